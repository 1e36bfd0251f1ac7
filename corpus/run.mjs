#!/usr/bin/env node
// npm run corpus: every pair of real third-party front ends through Parity, judged against the
// truth written by hand. See corpus/README.md. Needs a built Parity (npm run build; the npm
// script does it) and Chromium (scripts/ensure-browser.mjs).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { judge, runToRun } from './lib/judge.mjs';
import { preparePair } from './lib/prepare.mjs';
import { renderListing, renderTable } from './lib/table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: flags } = parseArgs({ options: {
  pairs: { type: 'string' }, runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false },
} });
const { main } = await import('../dist/cli/main.js');
const { parse } = await import('yaml');

const all = readdirSync(join(here, 'pairs')).filter((p) => existsSync(join(here, 'pairs', p, 'truth.yaml'))).sort();
const wanted = flags.pairs ? flags.pairs.split(',') : all;
for (const p of wanted) if (!all.includes(p)) fail(`corpus: no pair '${p}' (have ${all.join(', ')})`);
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`corpus: --runs must be a whole number of 1 or more, got '${flags.runs}'`);

const quiet = { out() {}, err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'), cwd: process.cwd(), env: process.env, isTTY: false };
const say = flags.json ? () => {} : (t) => process.stdout.write(t + '\n');
const results = [];
const notMeasured = [];
for (const pair of wanted) {
  say(`corpus: ${pair} …`);
  const pairDir = join(here, 'pairs', pair);
  const truth = parse(readFileSync(join(pairDir, 'truth.yaml'), 'utf8'));
  const prepared = await preparePair(pairDir, join(here, '.build', pair));
  try {
    const outDir = join(here, '.out', pair);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const cfg = join(outDir, 'parity.config.yaml');
    writeFileSync(cfg, configFor(pairDir, outDir, prepared));
    const perRun = [];
    for (let i = 1; i <= runs; i++) {
      const runDir = join(outDir, `run-${i}`);
      const runOnce = () => { rmSync(runDir, { recursive: true, force: true }); return main(['run', '--config', cfg, '--out', runDir, '--reporter', 'json', '--trace', 'off'], quiet); };
      let code = await runOnce();
      // A step that timed out on a loaded machine (exit 3) is tried once more; a pair that still
      // cannot be run is told, not measured, and the other pairs go on.
      if (code === 3) code = await runOnce();
      if (code !== 0 && code !== 1) {
        say(`corpus: parity run for ${pair} exited ${code}; not measured; see ${relative(process.cwd(), runDir)}`);
        notMeasured.push(`${pair} (exit ${code})`);
        break;
      }
      const result = JSON.parse(readFileSync(join(runDir, 'compare', 'result.json'), 'utf8'));
      perRun.push({ runDir, result });
    }
    if (perRun.length < runs) continue;
    const of = (r, env) => r.result.divergences.filter((d) => d.target === env);
    const first = perRun[0];
    const verdict = judge(truth, of(first, 'new'));
    const self = of(first, 'old-again');
    const fp = (r) => [...of(r, 'new'), ...of(r, 'old-again')].map((d) => d.fingerprint);
    const drift = perRun.slice(1).reduce((n, r) => n + runToRun(fp(first), fp(r)), 0);
    const journeys = new Set(first.result.matrix?.journeys ?? first.result.alignments.map((a) => a.journey)).size;
    results.push({ pair, title: prepared.title, releases: prepared.releases, journeys, verdict, self, drift, runs, runDir: first.runDir });
  } finally {
    await prepared.close();
  }
}

const totals = results.reduce((t, r) => ({
  known: t.known + r.verdict.known, named: t.named + r.verdict.named, divergences: t.divergences + r.verdict.divergences,
  false: t.false + r.verdict.false.length, repeated: t.repeated + r.verdict.repeated.length + r.verdict.sameSentence,
  self: t.self + r.self.length, drift: t.drift + r.drift, journeys: t.journeys + r.journeys,
}), { known: 0, named: 0, divergences: 0, false: 0, repeated: 0, self: 0, drift: 0, journeys: 0 });

mkdirSync(join(here, '.out'), { recursive: true });
writeFileSync(join(here, '.out', 'report.md'), renderListing(results));
if (flags.json) {
  process.stdout.write(JSON.stringify({ pairs: results.map(summary), totals, notMeasured }, null, 2) + '\n');
} else {
  say('');
  say(renderTable(results, totals));
  if (notMeasured.length) say(`\nnot measured: ${notMeasured.join(', ')}`);
  say(`\nEvery finding beside the truth: ${relative(process.cwd(), join(here, '.out', 'report.md'))}`);
}

// A pair that could not be run leaves the figures incomplete: not a pass.
if (notMeasured.length) process.exitCode = 3;

function summary(r) {
  return { pair: r.pair, releases: r.releases, journeys: r.journeys, known: r.verdict.known, named: r.verdict.named,
    missed: r.verdict.missed.map((c) => c.id), divergences: r.verdict.divergences, false: r.verdict.false.length,
    repeated: r.verdict.repeated.length + r.verdict.sameSentence, self: r.self.length, runToRun: r.drift };
}

function configFor(pairDir, outDir, prepared) {
  const extra = prepared.config ?? {};
  if (extra.environments) fail(`corpus: ${relative(process.cwd(), join(pairDir, 'pair.json'))}: "config" may not set environments`);
  const env = (url) => ({ baseUrl: url });
  const config = {
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezone: 'Europe/London',
    failOn: 'major',
    ...extra,
    reference: 'old',
    environments: { old: env(prepared.urls.old), 'old-again': env(prepared.urls.old), new: env(prepared.urls.new) },
    specs: [relative(outDir, join(pairDir, 'journeys')).split('\\').join('/') + '/*.yaml'],
    baselines: 'baselines',
    acceptances: 'acceptances.yaml',
  };
  return JSON.stringify(config, null, 2) + '\n'; // JSON is YAML
}

function fail(msg) {
  process.stderr.write(msg + '\n');
  process.exit(2);
}
