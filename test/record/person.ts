// The person at the recorder's window, for the record tests: the window itself cannot be shown
// here (no display), so the test reaches the same Chromium through its debugging port and clicks,
// types and chooses in the recorded page with Playwright, as a person would with the mouse.
import { createServer } from 'node:net';
import { chromium, type Browser, type Frame, type Page } from 'playwright';

/**
 * The recorder's overlay: a small frame of its own on the page, in a closed shadow root that no
 * selector reaches; the person's Playwright finds it in the page's frames, by its name.
 */
export async function overlay(page: Page): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const f = page.frames().find((x) => x.name() === 'parity-recorder' && x.parentFrame() === page.mainFrame() && !x.isDetached());
    if (f && (await f.getByRole('button', { name: 'Finish recording' }).count().catch(() => 0))) return f;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the recorder\'s overlay is not on the page');
}

/** The overlay's frame now, if it is drawn. */
function overlayNow(page: Page): Frame | undefined {
  return page.frames().find((x) => x.name() === 'parity-recorder' && x.parentFrame() === page.mainFrame());
}

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
        if (at.test(pg.url()) && (await overlayNow(pg)?.getByRole('button', { name: 'Finish recording' }).count().catch(() => 0))) page = pg;
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
