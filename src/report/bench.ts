// `npm run bench` (report part): builds the HTML report of a synthetic run of 1,000 steps in each of
// 3 environments and measures what a reviewer feels: how big the page is without its images, how
// long Chromium takes to draw the first screen from file://, and how long a filter takes.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildReports } from './reporter.js';
import { writeSyntheticRun, type SyntheticOptions } from './synthetic-run.js';
import { launchReportBrowser } from './browser.js';

export interface BenchResult {
  sizeBytes: number; // index.html + app.js + app.css: everything but images
  firstRenderMs: number; // navigation start to the first screen drawn (matrix and list)
  filterMs: number; // worst of a few filter changes (severity, kind, text search)
  buildMs: number;
  divergences: number;
  steps: number;
}

export interface ReportMeasure { sizeBytes: number; firstRenderMs: number; filterMs: number; buildMs: number; steps: number }

/** Builds the HTML report of a compared run directory and measures it: size, first render, filters. */
export async function measureReport(runDir: string): Promise<ReportMeasure> {
  const t0 = performance.now();
  const { ctx, errors } = await buildReports(runDir, { reporters: ['html'] });
  const buildMs = performance.now() - t0;
  if (errors.length) throw errors[0]!.error;
  const sizeBytes = ['index.html', 'app.js', 'app.css'].reduce((s, f) => s + statSync(join(ctx.outDir, f)).size, 0);
  const browser = await launchReportBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) { // the first load warms the browser; report the best of the later ones
      await page.goto(pathToFileURL(join(ctx.outDir, 'index.html')).href);
      await page.waitForSelector('body[data-ready]');
      runs.push(Number(await page.getAttribute('body', 'data-render-ms')));
    }
    const filterMs = await page.evaluate(() => {
      const time = (f: () => void) => { const s = performance.now(); f(); return performance.now() - s; };
      const fire = (el: HTMLElement, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));
      const kind = document.getElementById('f-kind') as HTMLSelectElement;
      const q = document.getElementById('f-q') as HTMLInputElement;
      const cos = document.getElementById('f-cosmetic') as HTMLInputElement;
      return Math.max(
        time(() => { cos.checked = false; fire(cos, 'change'); }),
        time(() => { kind.value = kind.options[1]?.value ?? ''; fire(kind, 'change'); }),
        time(() => { q.value = 'field 3'; fire(q, 'input'); }),
        time(() => { q.value = ''; fire(q, 'input'); kind.value = ''; fire(kind, 'change'); }),
      );
    });
    return { sizeBytes, firstRenderMs: Math.min(...runs.slice(1)), filterMs: Math.round(filterMs * 10) / 10, buildMs: Math.round(buildMs), steps: ctx.doc.steps.length };
  } finally {
    await browser.close();
  }
}

export async function benchReport(opts: Partial<SyntheticOptions> = {}): Promise<BenchResult> {
  const shape: SyntheticOptions = { journeys: 100, steps: 10, targets: 2, ...opts }; // 100×10 steps × (reference + 2 targets)
  const root = mkdtempSync(join(tmpdir(), 'parity-bench-'));
  try {
    const runDir = join(root, 'run');
    const result = await writeSyntheticRun(runDir, shape);
    const m = await measureReport(runDir);
    return { ...m, divergences: result.divergences.length };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
