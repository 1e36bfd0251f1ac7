// Launching (or connecting to) the one browser a run uses. Contexts, not browsers, separate journeys.
import { chromium, type Browser } from 'playwright';
import type { BrowserConfig } from '../model/config.js';
import { EnvironmentError } from '../util/errors.js';
import { CHROMIUM_ARGS } from './browser-flags.js';
import { findBrowser, noBrowserHelp } from './find-browser.js';
import type { BrowserCode } from './codes.js';

export interface OpenOptions {
  /**
   * The caller handles Ctrl-C, SIGTERM and SIGHUP itself (parity record writes what was recorded):
   * Playwright's own handlers, which close the browser and exit 130, are not installed.
   */
  ownSignals?: boolean;
}

/** `uiLocale`: the language Chromium runs in, which its date and time inputs are drawn in (see browser-language.ts). */
export async function openBrowser(cfg: BrowserConfig, env: NodeJS.ProcessEnv, headed = false, uiLocale?: string, opts: OpenOptions = {}): Promise<Browser> {
  if (cfg.connect) {
    try {
      return await chromium.connect(cfg.connect.wsEndpoint, { headers: cfg.connect.headers, timeout: 30_000 });
    } catch (e) {
      throw new EnvironmentError('BROWSER_CONNECT' satisfies BrowserCode, `could not connect to the browser server at ${cfg.connect.wsEndpoint}: ${firstLine(e)}`);
    }
  }
  const choice = { executablePath: cfg.executablePath, channel: cfg.channel };
  const found = await findBrowser(env, choice);
  if (!found) throw new EnvironmentError('BROWSER_NOT_FOUND' satisfies BrowserCode, noBrowserHelp(env, choice));
  try {
    return await chromium.launch({
      executablePath: found.path,
      headless: headed ? false : cfg.headless,
      args: [...CHROMIUM_ARGS, ...cfg.args],
      ...(opts.ownSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
      // Playwright's own default is process.env; LANGUAGE is what Chromium on Linux reads its UI
      // language from (--lang is ignored there).
      ...(uiLocale ? { env: { ...process.env, LANGUAGE: uiLocale } } : {}),
    });
  } catch (e) {
    throw new EnvironmentError('BROWSER_LAUNCH' satisfies BrowserCode, `Chromium at ${found.path} did not start: ${firstLine(e)}`);
  }
}

export function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  // Playwright messages carry a call log after the first line; the first line says what happened.
  return (m.split('\n').find((l) => l.trim()) ?? m).replace(/\u001b\[[0-9;]*m/g, '').trim();
}
