// The whole suite, Parity vs BackstopJS, on the same static screens served on loopback: `parity run`
// (capture both environments, compare, write every report) against `backstop reference` + `backstop
// test` (capture the reference, capture the test side, compare, write its report). Both full page at
// the same viewport in the same Chromium, four at once. Each is a fresh process, as a user runs it;
// rounds rotate which goes first, and the figures are medians. BackstopJS captures pixels only;
// Parity also reads every page's structure and words, and compares those. A third side, the
// Playwright floor (playwright-floor.mjs), takes the same screenshots and nothing else.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { peerFile } from './peers.mjs';
import { hasTime, timed } from './timed.mjs';
import { CHROMIUM_ARGS } from '../dist/browser/browser-flags.js';

const PARITY_BIN = fileURLToPath(new URL('../bin/parity.js', import.meta.url));
const FLOOR = fileURLToPath(new URL('./playwright-floor.mjs', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const slug = (p) => p.replace(/^\//, '').replace(/\W+/g, '-') || 'root';

export function writeParityProject(dir, urls, pages, viewport) {
  mkdirSync(join(dir, 'specs'), { recursive: true });
  // Read-only (the default) on both sides: what a run against LIVE is.
  writeFileSync(join(dir, 'parity.config.yaml'), [
    'reference: train',
    'environments:',
    `  train: { baseUrl: "${urls.train}", concurrency: 4 }`,
    `  live: { baseUrl: "${urls.live}", concurrency: 4 }`,
    `viewport: { width: ${viewport.width}, height: ${viewport.height} }`,
    '',
  ].join('\n'));
  for (const p of pages) {
    writeFileSync(join(dir, 'specs', `${slug(p)}.yaml`), [
      `journey: page-${slug(p)}`, `title: ${p}`, 'steps:', `  - name: ${p}`, '    actions:', `      - goto: ${p}`, '',
    ].join('\n'));
  }
}

function backstopProject(dir, urls, pages, viewport, browserPath) {
  mkdirSync(dir, { recursive: true });
  const config = {
    id: 'bench',
    viewports: [{ label: 'desktop', width: viewport.width, height: viewport.height }],
    scenarios: pages.map((p) => ({ label: slug(p), url: urls.live + p, referenceUrl: urls.train + p, selectors: ['document'], misMatchThreshold: 0.1 })),
    paths: {
      bitmaps_reference: join(dir, 'ref'), bitmaps_test: join(dir, 'test'), engine_scripts: join(dir, 'scripts'),
      html_report: join(dir, 'html_report'), ci_report: join(dir, 'ci_report'), json_report: join(dir, 'json_report'),
    },
    report: ['browser', 'json'], openReport: false,
    engine: 'puppeteer',
    engineOptions: { executablePath: browserPath, headless: 'new', args: [...CHROMIUM_ARGS] },
    asyncCaptureLimit: 4, asyncCompareLimit: 50, debug: false, debugWindow: false,
  };
  writeFileSync(join(dir, 'backstop.json'), JSON.stringify(config, null, 2));
}

export async function benchSuite({ urls, pages, viewport, browserPath, dir, rounds = 3 }) {
  const backstopCli = peerFile('backstopjs', 'cli/index.js');
  const sides = {
    parity: async (r) => {
      const proj = join(dir, `parity-${r}`);
      writeParityProject(proj, urls, pages, viewport);
      const run = await timed(process.execPath, [PARITY_BIN, 'run', '--out', join(proj, 'run'), '--workers', '4'], proj);
      // 3 is a step that timed out on a loaded machine (the run still compares and reports): shown, not fatal.
      if (run.code === 2 || run.code === null) throw new Error(`parity run exited ${run.code}: ${run.err}`);
      return { ms: run.ms, cpuMs: run.cpuMs, code: run.code };
    },
    backstop: async (r) => {
      const proj = join(dir, `backstop-${r}`);
      backstopProject(proj, urls, pages, viewport, browserPath);
      const env = { PUPPETEER_SKIP_DOWNLOAD: '1' };
      const ref = await timed(process.execPath, [backstopCli, 'reference', `--config=${join(proj, 'backstop.json')}`], proj, env);
      if (ref.code !== 0) throw new Error(`backstop reference exited ${ref.code}: ${ref.err}`);
      const test = await timed(process.execPath, [backstopCli, 'test', `--config=${join(proj, 'backstop.json')}`], proj, env);
      if (test.code !== 0 && test.code !== 1) throw new Error(`backstop test exited ${test.code}: ${test.err}`);
      return { ms: ref.ms + test.ms, cpuMs: hasTime ? ref.cpuMs + test.cpuMs : undefined };
    },
    // Not a peer: the floor any Playwright tool that gives each page a fresh context stands on.
    floor: async (r) => {
      const shots = [...pages.map((p) => urls.train + p), ...pages.map((p) => urls.live + p)];
      const run = await timed(process.execPath, [FLOOR, browserPath, join(dir, `floor-${r}`), String(viewport.width), String(viewport.height), ...shots], dir);
      if (run.code !== 0) throw new Error(`playwright floor exited ${run.code}: ${run.err}`);
      return { ms: run.ms, cpuMs: run.cpuMs };
    },
  };
  const got = { parity: [], backstop: [], floor: [] };
  mkdirSync(dir, { recursive: true });
  await sides.parity('warm'); await sides.backstop('warm'); await sides.floor('warm'); // disk cache, Chromium's first start
  const order = ['parity', 'backstop', 'floor'];
  for (let r = 0; r < rounds; r++) {
    for (const side of [...order.slice(r % 3), ...order.slice(0, r % 3)]) got[side].push(await sides[side](r));
  }
  rmSync(dir, { recursive: true, force: true });
  const med = (side, k) => median(got[side].map((x) => x[k]));
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  const out = {
    parityMs: Math.round(med('parity', 'ms')), backstopMs: Math.round(med('backstop', 'ms')), vsBackstop: ratio(med('parity', 'ms'), med('backstop', 'ms')),
    floorMs: Math.round(med('floor', 'ms')), floorVsBackstop: ratio(med('floor', 'ms'), med('backstop', 'ms')), vsFloor: ratio(med('parity', 'ms'), med('floor', 'ms')),
    pages: pages.length, environments: 2, rounds,
    runs: { parity: got.parity.map((x) => Math.round(x.ms)), backstop: got.backstop.map((x) => Math.round(x.ms)), floor: got.floor.map((x) => Math.round(x.ms)), parityExit: got.parity.map((x) => x.code) },
  };
  if (hasTime) {
    Object.assign(out, {
      parityCpuMs: Math.round(med('parity', 'cpuMs')), backstopCpuMs: Math.round(med('backstop', 'cpuMs')),
      cpuVsBackstop: ratio(med('parity', 'cpuMs'), med('backstop', 'cpuMs')),
    });
  }
  return out;
}
