// The person at the recorder's window, for the record tests: the window itself cannot be shown
// here (no display), so the test reaches the same Chromium through its debugging port and clicks,
// types and chooses in the recorded page with Playwright, as a person would with the mouse.
import { createServer } from 'node:net';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright';

/** The recorder's overlay: a small frame of its own on the page. */
export const overlay = (page: Page): FrameLocator => page.frameLocator('iframe[name="parity-recorder"]');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address() as { port: number };
      s.close(() => resolve(a.port));
    });
  });
}

/** Waits for the recorder's page (its overlay drawn, on a page whose address matches) and hands it to `act`. */
export async function asPerson(debugPort: number, at: RegExp, act: (page: Page) => Promise<void>): Promise<void> {
  let browser: Browser | undefined;
  for (let i = 0; i < 300 && !browser; i++) {
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`).catch(async () => {
      await new Promise((r) => setTimeout(r, 100));
      return undefined;
    });
  }
  if (!browser) throw new Error('the recorder\'s browser never opened its debugging port');
  try {
    let page: Page | undefined;
    for (let i = 0; i < 300 && !page; i++) {
      for (const pg of browser.contexts().flatMap((c) => c.pages())) {
        if (at.test(pg.url()) && (await overlay(pg).getByRole('button', { name: 'Finish recording' }).count().catch(() => 0))) page = pg;
      }
      if (!page) await new Promise((r) => setTimeout(r, 100));
    }
    if (!page) throw new Error(`no recorder page at ${at} in the browser`);
    page.setDefaultTimeout(20_000);
    await act(page);
  } finally {
    // Leaves the browser to parity record: only this connection is closed.
    await browser.close().catch(() => {});
  }
}
