// The Chromium the tests use is the one the product would find (PARITY_CHROMIUM, Playwright's own,
// /usr/bin/chromium, Chrome), launched with the product's own flags: no test assumes a path.
import { chromium, type Browser, type LaunchOptions } from 'playwright';
import { CHROMIUM_ARGS } from '../../src/browser/browser-flags.js';
import { findBrowser } from '../../src/browser/find-browser.js';

export async function chromiumPath(): Promise<string> {
  const found = await findBrowser(process.env);
  if (!found) throw new Error('no Chromium found: run `npm run browser` (npm test does it first)');
  return found.path;
}

export async function launchChromium(extra: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, ...extra, args: [...CHROMIUM_ARGS, ...(extra.args ?? [])] });
}
