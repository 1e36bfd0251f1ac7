// Launching (or connecting to) the one browser a run uses. Contexts, not browsers, separate journeys.
import { chromium, type Browser } from 'playwright';
import type { BrowserConfig } from '../model/config.js';
import { EnvironmentError } from '../util/errors.js';
import { CHROMIUM_ARGS } from './browser-flags.js';
import { findBrowser, NO_BROWSER_HELP } from './find-browser.js';

export async function openBrowser(cfg: BrowserConfig, env: NodeJS.ProcessEnv, headed = false): Promise<Browser> {
  if (cfg.connect) {
    try {
      return await chromium.connect(cfg.connect.wsEndpoint, { headers: cfg.connect.headers, timeout: 30_000 });
    } catch (e) {
      throw new EnvironmentError('BROWSER_CONNECT', `could not connect to the browser server at ${cfg.connect.wsEndpoint}: ${firstLine(e)}`);
    }
  }
  const found = await findBrowser(env, cfg.executablePath);
  if (!found) throw new EnvironmentError('BROWSER_NOT_FOUND', NO_BROWSER_HELP);
  try {
    return await chromium.launch({
      executablePath: found.path,
      headless: headed ? false : cfg.headless,
      args: [...CHROMIUM_ARGS, ...cfg.args],
    });
  } catch (e) {
    throw new EnvironmentError('BROWSER_LAUNCH', `Chromium at ${found.path} did not start: ${firstLine(e)}`);
  }
}

export function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  // Playwright messages carry a call log after the first line; the first line says what happened.
  return (m.split('\n').find((l) => l.trim()) ?? m).replace(/\u001b\[[0-9;]*m/g, '').trim();
}
