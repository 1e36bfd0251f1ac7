// A deterministic screenshot: animations stopped, caret hidden, dynamic regions masked,
// patient data and secrets painted over, taken once the page has settled.
import { createHash } from 'node:crypto';
import type { Locator as PwLocator, Page } from 'playwright';
import type { Box } from '../model/capture.js';
import { resolveLocator } from '../browser/locators.js';
import { PAINT_OVER_SCRIPT, REMOVE_OVERLAYS_SCRIPT, type Redactor } from './redact.js';

export interface Shot { png: Buffer; width: number; height: number; sha256: string; ms: number }

export function pngSize(png: Buffer): { width: number; height: number } {
  // IHDR follows the 8-byte signature: length(4) type(4) width(4) height(4)
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export async function takeScreenshot(page: Page, opts: { fullPage: boolean; masks: PwLocator[]; redactor: Redactor; secrets: string[] }): Promise<Shot> {
  const t0 = performance.now();
  let painted = 0;
  if (opts.redactor.active) {
    const boxes = await regionBoxes(page, opts.redactor);
    const arg = JSON.stringify({ patterns: opts.redactor.textPatterns, secrets: opts.secrets, boxes });
    painted = Number(await page.evaluate(`(${PAINT_OVER_SCRIPT})(${arg})`));
  }
  try {
    const png = await page.screenshot({
      fullPage: opts.fullPage,
      animations: 'disabled',
      caret: 'hide',
      mask: opts.masks,
      maskColor: '#5A5A5A',
      scale: 'css',
      type: 'png',
    });
    const { width, height } = pngSize(png);
    return { png, width, height, sha256: createHash('sha256').update(png).digest('hex'), ms: performance.now() - t0 };
  } finally {
    if (painted) await page.evaluate(`(${REMOVE_OVERLAYS_SCRIPT})()`).catch(() => {});
  }
}

/** Document boxes of every element a redaction region rule names (all matches, visible or not). */
async function regionBoxes(page: Page, redactor: Redactor): Promise<Box[]> {
  const all = await Promise.all(redactor.regions.map((loc) =>
    resolveLocator(page, loc).evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
    }))));
  return all.flat().filter((b) => b.width > 0 && b.height > 0);
}
