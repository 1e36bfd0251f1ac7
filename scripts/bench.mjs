#!/usr/bin/env node
// npm run bench: Parity's speed, measured side by side with the naive way in one run, on the simulator.
//   capture  Parity's per-step capture vs a bare Playwright loop (goto + full-page screenshot + ariaSnapshot)
//   pixels   Parity's pixel compare vs pngjs decode + pixelmatch + pngjs encode, on 1920-wide screenshot pairs
//   report   size and time to first render of a 1,000-step × 3-environment HTML report
// Prints a table; with --json, one JSON object holding every figure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim } from '../dist/sim/index.js';
import { openBrowser } from '../dist/run/browser.js';
import { signIn } from '../dist/run/env-session.js';
import { runJourney } from '../dist/run/journey-runner.js';
import { RunDir } from '../dist/run/run-dir.js';
import { Redactor } from '../dist/capture/redact.js';
import { defaultConfig, defaultEnvironment } from '../dist/spec/index.js';
import { benchPixels } from '../dist/compare/bench.js';
import { benchReport } from '../dist/report/bench.js';

const json = process.argv.includes('--json');
const log = (s) => { if (!json) console.log(s); };
const PAGES = ['/home', '/patients/search', '/patients/new', '/clinics', '/waiting-list', '/wards', '/reports/rtt', '/reports/cds-020'];
const ROUNDS = 3;
const VIEWPORT = { width: 1920, height: 1080 };

function config(dir) {
  return defaultConfig(dir, [], 'train');
}
function env(name, baseUrl) {
  return {
    ...defaultEnvironment(name, baseUrl), concurrency: 1, viewport: VIEWPORT,
    signIn: { path: '/login', actions: [
      { kind: 'fill', target: { label: 'Username' }, value: 'trainer1', text: 'fill Username' },
      { kind: 'fill', target: { label: 'Password' }, value: 'training', text: 'fill Password' },
      { kind: 'click', target: { role: 'button', name: 'Sign in' }, text: 'click Sign in' },
    ] },
  };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function captureBench(browser, sims, tmp) {
  const cfg = config(tmp);
  const e = env('train', sims.train.url);
  const state = await signIn(browser, cfg, e, (s) => s);
  const journey = { id: 'bench', title: 'bench', tags: [], file: 'bench', steps: PAGES.map((p) => ({ name: p, actions: [{ kind: 'goto', value: p, text: `goto ${p}` }] })) };

  async function bare() {
    const ctx = await browser.newContext({ viewport: VIEWPORT, storageState: state, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    const t0 = performance.now();
    for (const p of PAGES) {
      await page.goto(new URL(p, e.baseUrl).href);
      await page.screenshot({ fullPage: true });
      await page.locator('body').ariaSnapshot();
    }
    const ms = performance.now() - t0;
    await ctx.close();
    return ms / PAGES.length;
  }
  async function parity(i) {
    const root = join(tmp, `cap-${i}`);
    const runDir = new RunDir(root, {});
    const t0 = performance.now();
    await runJourney(journey, { browser, config: cfg, env: e, storageState: state, runDir, redactor: new Redactor([], new Set()), secrets: new Set(), resolve: (s) => s, trace: 'off' });
    return (performance.now() - t0) / PAGES.length;
  }
  await bare(); await parity('warm'); // warm the server, the browser and the code paths
  const b = [], p = [];
  for (let i = 0; i < ROUNDS; i++) { b.push(await bare()); p.push(await parity(i)); }
  return { bareMsPerStep: median(b), parityMsPerStep: median(p), ratio: median(p) / median(b), steps: PAGES.length * ROUNDS };
}

async function shots(browser, url, state) {
  const ctx = await browser.newContext({ viewport: VIEWPORT, storageState: state, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  const out = [];
  for (const p of PAGES) { await page.goto(new URL(p, url).href); out.push(await page.screenshot({ fullPage: true })); }
  await ctx.close();
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'parity-bench-'));
const sims = { train: await startSim({ variant: 'train' }), london: await startSim({ variant: 'live-london' }) };
const browser = await openBrowser({ headless: true, args: [] }, process.env);
try {
  log('capture: Parity vs a bare Playwright loop, 1920 wide, full page ...');
  const capture = await captureBench(browser, sims, tmp);
  log('pixels: Parity vs pngjs + pixelmatch + pngjs ...');
  const cfg = config(tmp);
  const trainState = await signIn(browser, cfg, env('train', sims.train.url), (s) => s);
  const londonState = await signIn(browser, cfg, env('live-london', sims.london.url), (s) => s);
  const a = await shots(browser, sims.train.url, trainState);
  const b = await shots(browser, sims.london.url, londonState);
  const pairs = a.map((x, i) => ({ a: x, b: b[i] }));
  const pixels = await benchPixels(pairs);
  log('report: 1,000 steps × 3 environments ...');
  const report = await benchReport();
  const result = { capture, pixels, report, machine: { cpus: (await import('node:os')).cpus().length, node: process.version } };
  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    const f = (n, d = 1) => (typeof n === 'number' ? n.toFixed(d) : String(n));
    console.log('');
    console.log('figure                                   parity        naive/bare    ratio     target');
    console.log(`capture, ms per step                     ${f(capture.parityMsPerStep).padEnd(13)} ${f(capture.bareMsPerStep).padEnd(13)} ${f(capture.ratio, 2).padEnd(9)} <= 1.5x`);
    console.log(`pixel compare, ms (differing pairs)      ${f(pixels.parityMs).padEnd(13)} ${f(pixels.naiveMs).padEnd(13)} ${f(pixels.ratio, 1).padEnd(9)} >= 5x faster`);
    console.log(`pixel compare, identical pair, µs        ${f(pixels.identicalUs, 1).padEnd(13)} ${''.padEnd(13)} ${''.padEnd(9)} < 1000 µs`);
    console.log(`report size without images, KB           ${f(report.sizeBytes / 1024, 0)}`);
    console.log(`report first render, ms                  ${f(report.firstRenderMs)}`);
    console.log(`report filter, ms                        ${f(report.filterMs)}`);
  }
} finally {
  await browser.close();
  await sims.train.close(); await sims.london.close();
  rmSync(tmp, { recursive: true, force: true });
}
