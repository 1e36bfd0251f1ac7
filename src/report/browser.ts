// The report stage's browser (PDF printing, the bench): launched the same way as the run's, with the
// same flags and the same search for a Chromium, so a locked-down desktop needs nothing extra.
import type { Browser } from 'playwright';
import { openBrowser } from '../browser/browser.js';

export function launchReportBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  return openBrowser({ args: [], headless: true, restarts: 0 }, env);
}
