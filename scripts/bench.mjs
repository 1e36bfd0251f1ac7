#!/usr/bin/env node
// npm run bench: Parity's speed, side by side in one run with the naive way and with the tools users
// would pick instead, on the same inputs, as ratios (timings alone say little on a shared machine).
//   capture  Parity's per-step capture vs a bare Playwright loop (goto + full-page screenshot +
//            ariaSnapshot), on the simulator and on static copies of its screens; and a journey's
//            first step (a new context's first navigation) vs a bare page.goto in a new context
//   pixels   Parity's pixel compare vs pngjs decode + pixelmatch + pngjs encode, and vs ODiffServer
//            (odiff-bin), on 1920-wide screenshot pairs
//   suite    `parity run` vs BackstopJS `reference` + `test` on the same static screens on loopback,
//            and both against the floor a bare Playwright script stands on for the same screenshots
//   scale    the simulator suite at 10, 50, 200 generated journeys × 4 environments
//   report   size and time to first render of a 1,000-step × 3-environment HTML report
// Prints a table on stdout; with --json, exactly one JSON document on stdout (progress goes to
// stderr; use `npm run -s bench -- --json`, as npm itself prints its script banners on stdout).
// --only capture,pixels,... runs some parts; --scale 10,50 sets the sizes; --rounds N the repetitions.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim } from '../dist/sim/index.js';
import { openBrowser } from '../dist/browser/browser.js';
import { findBrowser } from '../dist/browser/find-browser.js';
import { signIn } from '../dist/run/env-session.js';
import { runJourney } from '../dist/run/journey-runner.js';
import { GuardProxies } from '../dist/run/guard-proxies.js';
import { RunDir } from '../dist/rundir/run-dir.js';
import { Redactor } from '../dist/capture/redact.js';
import { defaultConfig, defaultEnvironment } from '../dist/load/index.js';
import { benchPixels } from '../dist/compare/bench.js';
import { benchReport } from '../dist/report/bench.js';
import { installPeers } from '../bench/peers.mjs';
import { benchOdiff } from '../bench/odiff.mjs';
import { benchSuite } from '../bench/suite.mjs';
import { benchScale, SCREENS } from '../bench/scale.mjs';
import { serveStatic } from '../bench/static-site.mjs';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt; };
const only = new Set(opt('--only', 'capture,pixels,suite,scale,report').split(','));
const sizes = opt('--scale', '10,50,200').split(',').map(Number);
const ROUNDS = Number(opt('--rounds', '5'));
const log = (s) => process.stderr.write(`${s}\n`);
const SUITE_PAGES = ['/home', '/patients/search', '/patients/new', '/clinics'];
const VIEWPORT = { width: 1920, height: 1080 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function env(name, baseUrl, withSignIn = true) {
  return {
    ...defaultEnvironment(name, baseUrl), concurrency: 1, viewport: VIEWPORT,
    ...(withSignIn ? { signIn: { path: '/login', actions: [
      { kind: 'fill', target: { label: 'Username' }, value: 'trainer1', text: 'fill Username' },
      { kind: 'fill', target: { label: 'Password' }, value: 'training', text: 'fill Password' },
      { kind: 'click', target: { role: 'button', name: 'Sign in' }, text: 'click Sign in' },
    ] } } : {}),
  };
}

/** Parity's steps (runJourney, read-only as against LIVE) vs a bare loop over the same pages, alternating. */
async function captureBench(browser, { baseUrl, pages, state, tmp, label }) {
  const cfg = defaultConfig(tmp, [], 'train');
  const e = { ...env('train', baseUrl, false), signIn: undefined };
  const journey = { id: 'bench', title: 'bench', tags: [], file: 'bench', steps: pages.map((p) => ({ name: p, actions: [{ kind: 'goto', value: p, text: `goto ${p}` }] })) };
  const guards = new GuardProxies();
  // Both sides time the same unit of work: a fresh context, the pages one after another, closed.
  async function bare() {
    const t0 = performance.now();
    const ctx = await browser.newContext({ viewport: VIEWPORT, storageState: state, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    const tGoto = performance.now();
    let first = 0;
    for (const p of pages) {
      await page.goto(new URL(p, baseUrl).href);
      first ||= performance.now() - tGoto;
      await page.screenshot({ fullPage: true });
      await page.locator('body').ariaSnapshot();
    }
    const ms = performance.now() - t0;
    await ctx.close();
    return { perStep: ms / pages.length, first };
  }
  async function parity(i) {
    const runDir = new RunDir(join(tmp, `cap-${label}-${i}`), {});
    const t0 = performance.now();
    const r = await runJourney(journey, { browser, config: cfg, env: e, storageState: state, runDir, redactor: new Redactor([], new Set()), secrets: new Set(), resolve: (s) => s, trace: 'off', guards });
    const perStep = (performance.now() - t0) / pages.length;
    const first = JSON.parse(readFileSync(join(runDir.root, r.steps[0].dir, 'capture.json'), 'utf8')).timings.actionsMs;
    return { perStep, first };
  }
  try {
    await bare(); await parity('warm'); // warm the server, the browser and the code paths
    const b = [], p = [];
    for (let i = 0; i < ROUNDS; i++) {
      if (i % 2) { p.push(await parity(i)); b.push(await bare()); } else { b.push(await bare()); p.push(await parity(i)); }
    }
    const bm = median(b.map((x) => x.perStep)), pm = median(p.map((x) => x.perStep));
    const bf = median(b.map((x) => x.first)), pf = median(p.map((x) => x.first));
    const r1 = (x) => Math.round(x * 10) / 10;
    return {
      bareMsPerStep: r1(bm), parityMsPerStep: r1(pm), ratio: Math.round((pm / bm) * 100) / 100, steps: pages.length * ROUNDS,
      // The first step's actions (a goto in the journey's new context) against a bare first goto.
      firstStep: { parityActionsMs: r1(pf), bareGotoMs: r1(bf), ratio: Math.round((pf / bf) * 100) / 100 },
    };
  } finally {
    await guards.closeAll();
  }
}

async function shots(browser, url, state, pages) {
  const ctx = await browser.newContext({ viewport: VIEWPORT, storageState: state, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  const out = [];
  for (const p of pages) { await page.goto(new URL(p, url).href); out.push(await page.screenshot({ fullPage: true })); }
  await ctx.close();
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'parity-bench-'));
const result = { machine: { cpus: cpus().length, node: process.version, loadavg: (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10) } };
const wantPeers = only.has('pixels') || only.has('suite');
if (wantPeers) installPeers(log);
const sims = { train: await startSim({ variant: 'train' }), london: await startSim({ variant: 'live-london' }) };
const statics = only.has('capture') || only.has('suite') ? await serveStatic(['train', 'live-london'], SUITE_PAGES, join(tmp, 'static')) : {};
const browser = await openBrowser({ headless: true, args: [] }, process.env);
try {
  const cfg = defaultConfig(tmp, [], 'train');
  const proxies = { proxies: new GuardProxies(), onRefused() {} };
  const trainState = await signIn(browser, cfg, env('train', sims.train.url), (s) => s, proxies);
  if (only.has('capture')) {
    log('capture: Parity vs a bare Playwright loop, 1920 wide, full page (simulator, then static pages) ...');
    result.capture = await captureBench(browser, { baseUrl: sims.train.url, pages: SCREENS, state: trainState, tmp, label: 'sim' });
    result.captureStatic = await captureBench(browser, { baseUrl: statics.train.url, pages: SUITE_PAGES, state: undefined, tmp, label: 'static' });
  }
  if (only.has('pixels')) {
    log('pixels: Parity vs pngjs + pixelmatch + pngjs, and vs ODiffServer ...');
    const londonState = await signIn(browser, cfg, env('live-london', sims.london.url), (s) => s, proxies);
    const a = await shots(browser, sims.train.url, trainState, SCREENS);
    const b = await shots(browser, sims.london.url, londonState, SCREENS);
    const pairs = a.map((x, i) => ({ a: x, b: b[i] }));
    result.pixels = await benchPixels(pairs);
    const od = await benchOdiff(pairs, join(tmp, 'odiff'), { rounds: ROUNDS });
    Object.assign(result.pixels, { odiffMs: od.odiffMs, vsOdiff: od.vsOdiff, odiff: od });
  }
  await proxies.proxies.closeAll();
  if (only.has('suite')) {
    log('suite: parity run vs BackstopJS reference + test, 4 static pages × 2 environments ...');
    const found = await findBrowser(process.env);
    result.suite = await benchSuite({
      urls: { train: statics.train.url, live: statics['live-london'].url }, pages: SUITE_PAGES, viewport: VIEWPORT,
      browserPath: found.path, dir: join(tmp, 'suite'), rounds: Math.min(ROUNDS, 3),
    });
  }
} finally {
  await browser.close();
  await sims.train.close(); await sims.london.close();
  for (const s of Object.values(statics)) await s.close();
}
try {
  if (only.has('scale')) result.scale = await benchScale({ sizes, dir: join(tmp, 'scale'), log });
  if (only.has('report')) {
    log('report: 1,000 steps × 3 environments ...');
    result.report = await benchReport();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const f = (n, d = 1) => (typeof n === 'number' ? n.toFixed(d) : String(n ?? ''));
  const row = (name, a, b, ratio, target) => console.log(`${name.padEnd(42)} ${String(a).padEnd(12)} ${String(b).padEnd(12)} ${String(ratio).padEnd(8)} ${target}`);
  console.log('');
  row('figure', 'parity', 'other', 'ratio', 'target');
  const { capture: c, captureStatic: cs, pixels: p, suite: s, report: r } = result;
  if (c) {
    row('capture, ms per step (simulator)', f(c.parityMsPerStep), f(c.bareMsPerStep), f(c.ratio, 2), '<= 1.2 (bare loop)');
    row('capture, ms per step (static pages)', f(cs.parityMsPerStep), f(cs.bareMsPerStep), f(cs.ratio, 2), '<= 1.2 (bare loop)');
    row('first step, actions ms (simulator)', f(c.firstStep.parityActionsMs), f(c.firstStep.bareGotoMs), f(c.firstStep.ratio, 2), '(bare first goto)');
  }
  if (p) {
    row('pixel compare, ms (differing pairs)', f(p.parityMs), f(p.naiveMs), `${f(p.ratio, 1)}x`, '>= 5x faster (naive)');
    row('pixel compare vs ODiffServer, ms', f(p.odiffMs === undefined ? undefined : p.odiff.parityMs), f(p.odiffMs), f(p.vsOdiff, 2), '<= 0.75');
    row('pixel compare, identical pair, µs', f(p.identicalUs), '', '', '< 1000 µs');
  }
  if (s) {
    row('whole suite, wall ms (vs BackstopJS)', s.parityMs, s.backstopMs, f(s.vsBackstop, 2), '<= 0.5');
    if (s.cpuVsBackstop !== undefined) row('whole suite, CPU ms (vs BackstopJS)', s.parityCpuMs, s.backstopCpuMs, f(s.cpuVsBackstop, 2), '<= 0.5');
    row('Playwright floor, wall ms (vs BackstopJS)', s.floorMs, s.backstopMs, f(s.floorVsBackstop, 2), '(fresh context + goto + shot)');
    row('whole suite, wall ms (vs Playwright floor)', s.parityMs, s.floorMs, f(s.vsFloor, 2), '');
  }
  for (const x of result.scale ?? []) {
    row(`scale ${x.journeys}×${x.environments}: wall s, ms/step, MB`, f(x.wallMs / 1000), `${x.msPerStep} ms`, `${x.peakMB}MB`, `CPU ${x.cpuMsPerStep ?? '?'} ms/step; step median ${x.stepMedianMs} ms; report build ${x.report.buildMs} ms, first render ${x.report.firstRenderMs} ms`);
  }
  if (r) {
    row('report size without images, KB', f(r.sizeBytes / 1024, 0), '', '', '');
    row('report first render, ms', f(r.firstRenderMs), '', '', '');
    row('report filter, ms', f(r.filterMs), '', '', '');
  }
}
