// Finding a Chromium. Playwright cannot download its own browser on locked-down machines
// (hospital desktops, our CI), so we look where one may already be, in a fixed order.
import { existsSync } from 'node:fs';
import { EnvironmentError } from '../util/errors.js';

export interface BrowserCandidate { path: string; source: string }

/** Places to look, most specific first. Pure: the caller decides what exists. */
export function browserCandidates(opts: { env: NodeJS.ProcessEnv; configured?: string; playwrightPath?: string }): BrowserCandidate[] {
  const list: BrowserCandidate[] = [];
  if (opts.env.PARITY_CHROMIUM) list.push({ path: opts.env.PARITY_CHROMIUM, source: 'PARITY_CHROMIUM' });
  if (opts.configured) list.push({ path: opts.configured, source: 'browser.executablePath in the config' });
  if (opts.playwrightPath) list.push({ path: opts.playwrightPath, source: 'Playwright-managed browser' });
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome']) {
    list.push({ path: p, source: 'system' });
  }
  if (process.platform === 'darwin') list.push({ path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', source: 'system' });
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
export async function findBrowser(env: NodeJS.ProcessEnv, configured?: string): Promise<BrowserCandidate | undefined> {
  if (env.PARITY_CHROMIUM && !existsSync(env.PARITY_CHROMIUM)) {
    throw new EnvironmentError('BROWSER_NOT_FOUND', `PARITY_CHROMIUM is ${env.PARITY_CHROMIUM}, which does not exist; unset it to let Parity look for a browser`);
  }
  const candidates = browserCandidates({ env, configured, playwrightPath: await playwrightManagedPath() });
  return candidates.find((c) => existsSync(c.path));
}

export const NO_BROWSER_HELP = [
  'No Chromium was found. Parity looked at PARITY_CHROMIUM, browser.executablePath in the config,',
  "Playwright's own browser, /usr/bin/chromium and Chrome. Install one of:",
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  with internet:  npx playwright install chromium',
  'or point PARITY_CHROMIUM at a Chromium or Chrome executable.',
].join('\n');
