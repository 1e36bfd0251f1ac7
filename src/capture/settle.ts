// Waiting for a page to settle: before each action and before the capture.
import type { Page } from 'playwright';
import { SETTLE_WAIT_SCRIPT } from './settle-script.js';

/** Returns the milliseconds spent. Never throws: a page that will not settle is captured as it is. */
export async function settle(page: Page, maxMs = 3000): Promise<number> {
  const t0 = performance.now();
  try {
    await page.waitForLoadState('load', { timeout: maxMs });
    await page.evaluate(`(${SETTLE_WAIT_SCRIPT})(${maxMs})`);
  } catch {
    // navigation in progress while we asked: the next settle or the capture will see the new page
  }
  return performance.now() - t0;
}
