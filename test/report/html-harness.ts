// Shared set-up of the HTML report tests: one fixture run reported to a temporary folder, and a real
// Chromium that opens it the way a reviewer does, over file://, offline.
import { afterAll, beforeAll, expect } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright';
import { buildFixtureRun } from '../fixtures/report/build-run.js';
import { buildReports } from '../../src/report/index.js';
import type { ReportDocument } from '../../src/report/document.js';
import { launchChromium } from '../support/browser.js';

export interface Opened { page: Page; requests: string[]; console: string[]; errors: string[]; dialogs: string[] }

export interface ReportUnderTest {
  doc: ReportDocument;
  folderUrl: string;
  /** Opens index.html (with an optional #address) and waits until the viewer has drawn it. */
  open(hash?: string): Promise<Opened>;
}

export function useReport(): ReportUnderTest {
  let browser: Browser;
  const r = {
    open: async (hash = '') => {
      const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
      const o: Opened = { page, requests: [], console: [], errors: [], dialogs: [] };
      page.on('request', (q) => o.requests.push(q.url()));
      page.on('console', (m) => o.console.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => o.errors.push(e.message));
      page.on('dialog', (d) => { o.dialogs.push(d.message()); void d.dismiss(); });
      await page.goto(r.folderUrl + 'index.html' + hash);
      await page.waitForSelector('body[data-ready]', { timeout: 10_000 });
      return o;
    },
  } as ReportUnderTest;
  beforeAll(async () => {
    const fx = await buildFixtureRun(mkdtempSync(join(tmpdir(), 'parity-html-')));
    const built = await buildReports(fx.runDir, { reporters: ['html', 'json'] });
    expect(built.errors).toEqual([]);
    r.folderUrl = pathToFileURL(built.ctx.outDir).href + '/';
    r.doc = JSON.parse(readFileSync(join(built.ctx.outDir, 'report.json'), 'utf8')) as ReportDocument;
    browser = await launchChromium();
  });
  afterAll(async () => { await browser?.close(); });
  return r;
}

export const rows = (p: Page) => p.locator('#list tr.div');
