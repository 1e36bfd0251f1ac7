// A Playwright Test suite with checkpoints (test/fixtures/pwt: two projects, train and live-london,
// against two simulator variants), run for real as two shards, as two CI machines would. Each shard's
// parity/reporter writes a run directory; `parity merge` joins them; `parity compare` and `parity
// report` read the merge like any run. The suite's @playwright/test comes from its own lockfile
// (scripts/ensure-pwt.mjs), and it imports parity/test and parity/reporter by the package's exports.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import type { CompareResult } from '../../src/model/divergence.js';
import { readConfig } from '../../src/load/load-config.js';
import { chromiumPath } from '../support/browser.js';
import { allCaptures, allFiles, cleanup, cli, journeyResult, manifest, readJson, repo } from './helpers-run.js';

const suite = join(repo, 'test', 'fixtures', 'pwt');
const PASSWORD = 'pas-Secret-4471';
const FIND = 'patient-search-finds-a-patient-by-nhs-number';
const RTT = 'runs-the-monthly-rtt-report';
let dir: string;
let sims: RunningSim[] = [];
let env: Record<string, string>;
const shards: Record<string, { code: number | null; out: string }> = {};

/** npx playwright test, in the suite's folder, without blocking this process (the simulators answer from here). */
function playwright(args: string[], extra: Record<string, string | undefined>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(suite, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...args], {
      cwd: suite, env: { ...process.env, ...env, ...extra } as NodeJS.ProcessEnv,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parity-pwt-'));
  sims = await Promise.all([startSim({ variant: 'train' }), startSim({ variant: 'live-london' })]);
  env = { TRAIN_URL: sims[0]!.url, LIVE_URL: sims[1]!.url, PARITY_CHROMIUM: await chromiumPath(), PAS_PASSWORD: PASSWORD };
  // Two shards at once, one worker each: each has its own run directory and its own test-results
  // (Playwright empties its output folder when it starts, and the checkpoints' files are there).
  await Promise.all([1, 2].map(async (i) => {
    shards[i] = await playwright(['--shard', `${i}/2`, '--workers', '1'], { PARITY_OUT: join(dir, `shard-${i}`), PWT_OUTPUT_DIR: join(dir, `results-${i}`) });
    if (shards[i]!.code !== 0) throw new Error(`shard ${i}/2 exited ${shards[i]!.code}:\n${shards[i]!.out}`);
  }));
}, 240_000);

afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
  cleanup(dir);
});

describe('checkpoints in a Playwright Test suite, sharded and merged', () => {
  it('each shard writes a run directory: every project an environment, the first the reference', () => {
    for (const i of [1, 2]) {
      const m = manifest(join(dir, `shard-${i}`));
      expect(m.format).toBe('parity-run');
      expect(m.shard).toEqual({ index: i, total: 2 });
      expect(m.reference).toBe('train');
      expect(m.environments.map((e) => [e.name, e.status, e.baseUrl])).toEqual([['train', 'done', `${env.TRAIN_URL}/`], ['live-london', 'done', `${env.LIVE_URL}/`]]);
      expect(m.finishedAt).toBeTruthy();
      expect(shards[i]!.out).toContain(`run directory ${join(dir, `shard-${i}`)}`);
    }
    // fullyParallel splits tests, not files: both shards hold checkpoints.
    expect(manifest(join(dir, 'shard-1')).journeys.length + manifest(join(dir, 'shard-2')).journeys.length).toBeGreaterThanOrEqual(2);
  });

  it('parity merge joins the shards: tests with checkpoints are journeys, checkpoints are steps, in both projects', async () => {
    const r = await cli(dir, ['merge', 'shard-1', 'shard-2', '--out', 'merged']);
    expect(r.code, r.text).toBe(0);
    expect(r.stderr.join('\n')).toBe(''); // a complete set of shards: no warning
    const m = manifest(join(dir, 'merged'));
    expect(m.mergedFrom).toHaveLength(2);
    // The test that calls no checkpoint is no journey: nothing of Parity ran in it.
    expect(m.journeys.map((j) => j.id)).toEqual([FIND, RTT]);
    expect(m.journeys.find((j) => j.id === FIND)).toMatchObject({ file: 'tests/find-patient.spec.ts', steps: ['Open patient search', 'Search by NHS number', 'Open the patient record'] });
    for (const e of ['train', 'live-london']) {
      const j = journeyResult(join(dir, 'merged'), e, FIND);
      expect(j.status).toBe('passed');
      expect(j.title).toBe('Patient search › finds a patient by NHS number');
      expect(j.steps.map((s) => s.dir)).toEqual([
        `captures/${e}/${FIND}/00-open-patient-search`, `captures/${e}/${FIND}/01-search-by-nhs-number`, `captures/${e}/${FIND}/02-open-the-patient-record`,
      ]);
    }
  });

  it('captures a checkpoint as a journey step: page model, accessibility snapshot, screenshot', () => {
    const caps = allCaptures(join(dir, 'merged'));
    expect(caps.size).toBe(10); // 2 projects × (3 + 2) checkpoints: none overwrote another
    const search = caps.get(`captures/live-london/${FIND}/00-open-patient-search`)!;
    expect(search).toMatchObject({ format: 'parity-capture', env: 'live-london', journey: FIND, step: 'Open patient search', index: 0, status: 'captured', model: 4 });
    expect(search.identity?.mainHeading).toBe('Find patient');
    expect(search.controls.map((c) => c.name)).toContain('First name'); // live-london's rename
    expect(search.screenshot?.width).toBe(1280);
    const folder = join(dir, 'merged', search.dir);
    expect(readFileSync(join(folder, 'screenshot.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(folder, 'aria.yaml'), 'utf8')).toContain('heading "Find patient"');
  });

  it('parity compare and parity report read the merge as any run, and find what the simulator planted', async () => {
    const c = await cli(dir, ['compare', 'merged']);
    expect([0, 1], c.text).toContain(c.code);
    const result = readJson<CompareResult>(join(dir, 'merged', 'compare', 'result.json'));
    const found = result.divergences.map((d) => `${d.kind} ${d.journey} / ${d.step}: ${d.message}`);
    expect(found.some((f) => f.startsWith(`label-changed ${FIND} / Open patient search`) && f.includes('First name')), found.join('\n')).toBe(true);
    expect(found.some((f) => f.startsWith(`text-changed ${RTT} / Run the report`)), found.join('\n')).toBe(true);
    const r = await cli(dir, ['report', 'merged', '--reporter', 'html,json']);
    expect([0, 1], r.text).toContain(r.code);
    expect(existsSync(join(dir, 'merged', 'report', 'index.html'))).toBe(true);
    const doc = readJson<{ matrix: unknown[] }>(join(dir, 'merged', 'report', 'report.json'));
    expect(doc.matrix).toHaveLength(2);
  });

  it('redacts as parity run does: the config\'s patterns and the named secrets reach no file', () => {
    for (const f of allFiles(join(dir, 'merged')).filter((f) => !f.endsWith('.png'))) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/trainer1/i); // the simulator's header shows TRAINER1
      expect(text, f).not.toContain(PASSWORD);
    }
    // Removed, not missing: the accessibility snapshot of the header shows where the name was.
    expect(readFileSync(join(dir, 'merged', 'captures', 'train', RTT, '00-open-the-rtt-report', 'aria.yaml'), 'utf8')).toContain('▇▇▇');
  });
});

describe('parity/reporter refuses what cannot be a run directory', () => {
  it('without out: one line naming the option, no stack trace', async () => {
    const r = await playwright(['--list'], { PARITY_OUT: undefined, PWT_OUTPUT_DIR: join(dir, 'results-list') });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("parity: PWT_REPORTER_OPTIONS: ['parity/reporter', { ... }] in playwright.config: needs out");
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it('a suite\'s parity.config.yaml needs no environments, and its problems carry file:line:col', async () => {
    const good = await readConfig({ cwd: suite, file: 'parity.config.yaml', env: {}, environmentsOptional: true });
    expect(good.problems).toEqual([]);
    expect(good.config?.redact).toHaveLength(1);
    writeFileSync(join(dir, 'bad.yaml'), 'masks:\n  - selector: { css: ".x" }\nredact:\n  - { pattern: "(unclosed" }\n');
    const bad = await readConfig({ cwd: dir, file: 'bad.yaml', env: {}, environmentsOptional: true });
    expect(bad.problems).toMatchObject([{ code: 'CONFIG_PATTERN', file: 'bad.yaml', line: 4 }]);
    // Without the Playwright suite, environments are still required.
    expect((await readConfig({ cwd: suite, file: 'parity.config.yaml', env: {} })).problems.length).toBeGreaterThan(0);
  });
});
