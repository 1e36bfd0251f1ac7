// Finding a Chromium. Playwright cannot download its own browser on locked-down machines
// (hospital desktops, our CI), so we look where one may already be, in a fixed order:
// PARITY_CHROMIUM, browser.executablePath, Playwright's own browser, then the platform's install
// paths (Chromium, Chrome, Edge). With browser.channel (msedge, chrome) only that browser's
// install paths: a trust that has validated Edge must not be tested in something else.
import { existsSync } from 'node:fs';
import { EnvironmentError } from '../util/errors.js';
import { CHANNEL_NAMES, installPaths, type Channel } from './browser-paths.js';
import type { BrowserCode } from './codes.js';

export interface BrowserCandidate { path: string; source: string }

export interface BrowserChoice { executablePath?: string; channel?: Channel }

interface CandidateOptions {
  env: NodeJS.ProcessEnv;
  configured?: string;
  channel?: Channel;
  playwrightPath?: string;
  platform?: NodeJS.Platform;
}

/** Places to look, most specific first. Pure: the caller decides what exists. */
export function browserCandidates(opts: CandidateOptions): BrowserCandidate[] {
  const list: BrowserCandidate[] = [];
  if (opts.env.PARITY_CHROMIUM) list.push({ path: opts.env.PARITY_CHROMIUM, source: 'PARITY_CHROMIUM' });
  if (opts.configured) list.push({ path: opts.configured, source: 'browser.executablePath in the config' });
  if (opts.playwrightPath && !opts.channel) list.push({ path: opts.playwrightPath, source: 'Playwright-managed browser' });
  for (const p of installPaths(opts.platform ?? process.platform, opts.env, opts.channel)) {
    list.push({ path: p.path, source: opts.channel ? `browser.channel ${opts.channel}` : 'system' });
  }
  return list;
}

async function playwrightManagedPath(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The first candidate that exists, or undefined. An explicit PARITY_CHROMIUM that does not exist is not silently skipped. */
export async function findBrowser(env: NodeJS.ProcessEnv, choice: BrowserChoice = {}): Promise<BrowserCandidate | undefined> {
  if (env.PARITY_CHROMIUM && !existsSync(env.PARITY_CHROMIUM)) {
    throw new EnvironmentError('BROWSER_NOT_FOUND' satisfies BrowserCode, `PARITY_CHROMIUM is ${env.PARITY_CHROMIUM}, which does not exist; unset it to let Parity look for a browser`);
  }
  const candidates = browserCandidates({ env, configured: choice.executablePath, channel: choice.channel, playwrightPath: await playwrightManagedPath() });
  return candidates.find((c) => existsSync(c.path));
}

/** What to do when no browser was found: where Parity looked, and how to get one on this platform. */
export function noBrowserHelp(env: NodeJS.ProcessEnv, choice: BrowserChoice = {}, platform: NodeJS.Platform = process.platform): string {
  const what = choice.channel ? `${CHANNEL_NAMES[choice.channel]} (browser.channel: ${choice.channel})` : 'Chromium, Chrome or Edge';
  const looked = browserCandidates({ env: { ...env, PARITY_CHROMIUM: undefined }, configured: choice.executablePath, channel: choice.channel, platform })
    .map((c) => `  ${c.path}${c.source.startsWith('browser.executablePath') ? `  (${c.source})` : ''}`);
  if (!choice.channel) looked.splice(choice.executablePath ? 1 : 0, 0, "  Playwright's own browser (npx playwright install chromium)");
  const install = platform === 'win32'
    ? ['  Windows: Edge comes with Windows; where it is elsewhere, set browser.executablePath to its msedge.exe,', '           or PARITY_CHROMIUM to a chrome.exe or msedge.exe (no admin rights needed: a per-user Chrome in LOCALAPPDATA is found too)']
    : platform === 'darwin'
      ? ['  macOS:   install Google Chrome or Microsoft Edge into /Applications or ~/Applications']
      : ['  Debian/Ubuntu:  sudo apt-get install -y chromium', '  with internet:  npx playwright install chromium'];
  return [
    `No ${what} was found. Parity looked at PARITY_CHROMIUM, then:`,
    ...looked,
    'Install one:',
    ...install,
    `or point PARITY_CHROMIUM at ${choice.channel ? `the ${CHANNEL_NAMES[choice.channel]}` : 'a Chromium, Chrome or Edge'} executable.`,
  ].join('\n');
}
