#!/usr/bin/env node
// The least a Playwright tool can do for the suite's work, as its own process: launch Chromium, and
// for each page of each environment a fresh context (as each of Parity's journeys has), goto and a
// full-page screenshot written to a file, four at once. No structure, no settling, no compare, no
// report: a floor to read Parity's and BackstopJS's wall times against, not a tool anyone would use.
// Usage: playwright-floor.mjs <browser> <out-dir> <width> <height> <url>...
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../dist/browser/browser-flags.js';

// The same Chromium the suite gives Parity and BackstopJS, by path.
const [executablePath, out, width, height, ...urls] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
const viewport = { width: Number(width), height: Number(height) };
const queue = urls.map((u, i) => ({ u, i }));
async function worker() {
  for (let job = queue.shift(); job; job = queue.shift()) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(job.u);
    writeFileSync(join(out, `${job.i}.png`), await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' }));
    await context.close();
  }
}
await Promise.all([worker(), worker(), worker(), worker()]);
await browser.close();
