// The trainer's handout: renders in Chromium with crops, escapes captured text, prints to PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser } from 'playwright';
import { buildFixtureRun, XSS, type FixtureRun } from '../fixtures/report/build-run.js';
import { writeHandout } from '../../src/report/index.js';
import { cropRect, evidenceBox } from '../../src/report/handout/crops.js';
import { launchChromium } from '../support/browser.js';

let fx: FixtureRun;
let browser: Browser;
beforeAll(async () => {
  fx = await buildFixtureRun(mkdtempSync(join(tmpdir(), 'parity-handout-')));
  browser = await launchChromium();
});
afterAll(async () => { await browser?.close(); });

describe('handout', () => {
  it('lists per journey, in order, what differs, with before/after crops, and nothing runs', async () => {
    const { html } = await writeHandout(fx.runDir, { env: 'live-london' });
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(pathToFileURL(html).href);
    expect(await page.locator('section.journey h2').allInnerTexts()).toEqual(['Register a new patient', 'Book an outpatient appointment', 'Write a discharge summary']);
    const first = page.locator('section.journey').first();
    expect(await first.locator('article.item').count()).toBe(6);
    expect(await first.locator('article.item').first().innerText()).toContain("'Overseas visitor status' is a new required field");
    // Crops are embedded images that really decoded.
    const sizes = await page.$$eval('figure img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(sizes.length).toBeGreaterThan(8);
    expect(sizes.every((w) => w > 0)).toBe(true);
    expect(await page.innerText('body')).toContain(XSS.script);
    expect(await page.locator('body script, body svg, img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
    expect(await page.locator('section.journey').nth(2).innerText()).toContain('works as trained');
    await page.close();
  });

  it('warns when a journey could not be checked', async () => {
    const { html } = await writeHandout(fx.runDir, { env: 'live-south', out: join(fx.runDir, 'south.html') });
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('could not be checked in LIVE South');
    expect(text).toContain('The help text under');
  });

  it('prints a PDF', async () => {
    const { pdf } = await writeHandout(fx.runDir, { env: 'live-london', pdf: true, out: join(fx.runDir, 'h.html') });
    const bytes = readFileSync(pdf!);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an environment that was not compared', async () => {
    await expect(writeHandout(fx.runDir, { env: 'training' })).rejects.toMatchObject({ code: 'HANDOUT_UNKNOWN_ENV' });
  });

  it('crops around the evidence, with margin, inside the image', () => {
    const b = evidenceBox({ targetBox: { x: 700, y: 10, width: 50, height: 20 } }, 'target')!;
    const r = cropRect(b, 800, 600);
    expect(r.left + r.width).toBeLessThanOrEqual(800);
    expect(r.top).toBe(0);
    expect(r.width).toBeGreaterThanOrEqual(420);
    expect(evidenceBox({ control: { role: 'textbox', name: 'NHS number' } }, 'reference', [
      { role: 'textbox', name: 'NHS number', tag: 'input', required: false, disabled: false, readonly: false, order: 0, box: { x: 1, y: 2, width: 3, height: 4 } },
    ])).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    expect(cropRect(undefined, 1920, 5000)).toEqual({ left: 0, top: 0, width: 1920, height: 1152 });
  });
});
