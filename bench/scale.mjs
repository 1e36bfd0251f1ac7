// The simulator suite at growing size: N generated journeys × the four simulated environments,
// through `parity run` as a user runs it. Per size: wall time, peak memory of Parity and its
// Chromium, time per step (wall time over steps, and the median a step spent in its actions and
// capture), and the report's build and first-render times at that size. Time per step should stay
// flat as the suite grows. The journeys only read (goto between screens), so they need no data of
// their own and change nothing another journey reads.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { measureReport } from '../dist/report/bench.js';
import { timed } from './timed.mjs';

const PARITY_BIN = fileURLToPath(new URL('../bin/parity.js', import.meta.url));
export const SCREENS = ['/home', '/patients/search', '/patients/new', '/clinics', '/waiting-list', '/wards', '/reports/rtt', '/reports/cds-020'];
const STEPS = 3;
const VARIANTS = ['train', 'live-south', 'live-london', 'live-shared'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function signIn(variant) {
  const lines = ['    signIn:', '      path: /login', '      actions:',
    '        - fill: { label: Username, value: trainer1 }',
    '        - fill: { label: Password, value: training }',
    '        - click: { role: button, name: Sign in }'];
  if (variant === 'live-shared') lines.push('        - check: { role: radio, name: Wessex Coast NHS Trust }', '        - click: { role: button, name: Continue }');
  return lines;
}

export function writeScaleProject(dir, journeys) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'specs'), { recursive: true });
  writeFileSync(join(dir, 'parity.config.yaml'), [
    'reference: train', 'environments:',
    ...VARIANTS.flatMap((v) => [`  ${v}:`, `    sim: { variant: ${v} }`, ...signIn(v)]),
    'viewport: { width: 1280, height: 800 }', 'concurrency: 2',
    'masks:', '  - selector: { css: .env-banner }', '  - selector: { css: .titlebar }', '  - selector: { css: .statusbar }', '',
  ].join('\n'));
  for (let i = 0; i < journeys; i++) {
    const steps = Array.from({ length: STEPS }, (_, k) => SCREENS[(i + k * 3) % SCREENS.length]);
    writeFileSync(join(dir, 'specs', `gen-${i}.yaml`), [
      `journey: gen-${i}`, `title: Generated ${i}`, 'steps:',
      ...steps.flatMap((p, k) => [`  - name: Screen ${k + 1} ${p}`, '    actions:', `      - goto: ${p}`]), '',
    ].join('\n'));
  }
}

const run = (args, cwd) => timed(process.execPath, [PARITY_BIN, ...args], cwd);

export async function benchScale({ sizes = [10, 50, 200], dir, workers = 4, log = () => {} }) {
  const out = [];
  for (const n of sizes) {
    log(`scale: ${n} journeys × ${VARIANTS.length} environments ...`);
    const proj = join(dir, `scale-${n}`);
    writeScaleProject(proj, n);
    const runDir = join(proj, 'run');
    const r = await run(['run', '--out', runDir, '--workers', String(workers)], proj);
    const caps = (await glob('captures/*/*/*/capture.json', { cwd: runDir, absolute: true })).map((f) => JSON.parse(readFileSync(f, 'utf8')));
    // A loaded machine can time a step out (exit 3): that is a figure to show, not a reason to stop.
    if (r.code !== 0 && r.code !== 1 && !caps.length) throw new Error(`parity run (${n} journeys) exited ${r.code}: ${r.err}`);
    const step = caps.filter((c) => c.status !== 'skipped').map((c) => c.timings.actionsMs + c.timings.captureMs);
    const errors = caps.filter((c) => c.status === 'error').map((c) => `${c.env}/${c.journey}/${c.index}: ${c.error}`);
    const report = await measureReport(runDir);
    const steps = n * STEPS * VARIANTS.length;
    out.push({
      journeys: n, environments: VARIANTS.length, steps, captured: step.length, exitCode: r.code, errors: errors.slice(0, 5), wallMs: Math.round(r.ms),
      msPerStep: Math.round(r.ms / steps), cpuMsPerStep: r.cpuMs === undefined ? undefined : Math.round(r.cpuMs / steps), stepMedianMs: Math.round(median(step)), peakMB: Math.round(r.peakBytes / 2 ** 20),
      report: { buildMs: report.buildMs, firstRenderMs: report.firstRenderMs, sizeKB: Math.round(report.sizeBytes / 1024) },
    });
    rmSync(proj, { recursive: true, force: true });
  }
  return out;
}
