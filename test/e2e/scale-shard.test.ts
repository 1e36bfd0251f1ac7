// Sharding end to end through the real CLI: a suite captured as two shards (as two CI machines
// would) and joined with `parity merge` reports exactly what one unsharded run reports.
// Journeys are chosen so that both shards hold some (asserted: an empty shard would prove nothing).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import type { RunManifest } from '../../src/model/rundir.js';
import type { ReportDocument } from '../../src/report/document.js';
import type { CompareResult } from '../../src/model/divergence.js';

const repo = resolve('.');
// Three journeys split two and one: enough for 'both shards hold some, none twice'.
const JOURNEYS = ['find-patient', 'rtt-report', 'cds-020-preview'];
let dir: string;

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(dir, { ...process.env });
  const code = await main(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

const manifest = (run: string) => JSON.parse(readFileSync(join(dir, run, 'manifest.json'), 'utf8')) as RunManifest;
const report = (run: string) => JSON.parse(readFileSync(join(dir, run, 'report', 'report.json'), 'utf8')) as ReportDocument;
const compared = (run: string) => JSON.parse(readFileSync(join(dir, run, 'compare', 'result.json'), 'utf8')) as CompareResult;

/** What a report says, without what differs between any two runs (ids, times, timings, folders). */
function verdict(doc: ReportDocument) {
  const divergences = doc.divergences
    .map((d) => ({ fingerprint: d.fingerprint, kind: d.kind, severity: d.severity, message: d.message, journey: d.journey, step: d.step, target: d.target, status: d.status, failing: d.failing }))
    .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint) || a.message.localeCompare(b.message));
  return {
    reference: doc.run.reference,
    environments: doc.environments.map((e) => ({ name: e.name, role: e.role, status: e.status, baseUrl: e.baseUrl })),
    journeys: doc.journeys.map((j) => ({ id: j.id, steps: j.steps, runs: Object.fromEntries(Object.entries(j.runs).map(([k, v]) => [k, v.status])), alignments: j.alignments })),
    steps: doc.steps.map((s) => ({ id: s.id, status: s.status, name: s.name, screenshot: s.screenshot && { width: s.screenshot.width, height: s.screenshot.height } })),
    divergences,
    matrix: doc.matrix,
    totals: doc.totals,
  };
}

const runs: Record<string, { code: number; out: string; err: string }> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parity-shard-'));
  mkdirSync(join(dir, 'specs'));
  for (const id of JOURNEYS) cpSync(join(repo, 'specs', `${id}.yaml`), join(dir, 'specs', `${id}.yaml`));
  const config = parse(readFileSync(join(repo, 'parity.config.yaml'), 'utf8'), { merge: true }) as Record<string, any>;
  config.environments = { train: config.environments.train, 'live-london': config.environments['live-london'] };
  config.specs = ['specs/*.yaml'];
  // Shared CI machines can be slow enough that a click waits past the 5 s default; a blocked step
  // here would be a timing accident, not what this test is about.
  config.capture = { ...config.capture, actionTimeoutMs: 20_000 };
  writeFileSync(join(dir, 'parity.config.yaml'), stringify(config, { aliasDuplicateObjects: false }));

  // The three captures at once, as on three machines: each starts its own simulators and browser.
  await Promise.all(([['shard-1', ['--shard', '1/2']], ['shard-2', ['--shard', '2/2']], ['full', []]] as const).map(async ([name, extra]) => {
    runs[name] = await cli(['run', '--capture-only', '--trace', 'off', '--workers', '4', '--out', name, ...extra]);
    if (runs[name]!.code !== 0) throw new Error(`parity run ${name} exited ${runs[name]!.code}:\n${runs[name]!.out}\n${runs[name]!.err}`);
  }));
  runs.merge = await cli(['merge', 'shard-1', 'shard-2', '--out', 'merged']);
  for (const run of ['merged', 'full']) {
    // The previous run is the newest other run beside it, which differs for these two (the shards,
    // each other): counting coverage against it is another test's subject.
    runs[`compare ${run}`] = await cli(['compare', run, '--previous', 'none']);
    runs[`report ${run}`] = await cli(['report', run, '--reporter', 'json']);
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a run directory with its manifest changed. */
function variant(from: string, to: string, change: (m: RunManifest) => void): void {
  cpSync(join(dir, from), join(dir, to), { recursive: true });
  const m = manifest(to);
  change(m);
  writeFileSync(join(dir, to, 'manifest.json'), JSON.stringify(m));
}

describe('parity run --shard i/n, then parity merge', () => {
  it('splits the journeys between the shards: both hold some, together all, none twice', () => {
    const a = manifest('shard-1').journeys.map((j) => j.id);
    const b = manifest('shard-2').journeys.map((j) => j.id);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect([...a, ...b].sort()).toEqual([...JOURNEYS].sort());
    expect(manifest('shard-1').shard).toEqual({ index: 1, total: 2 });
    expect(manifest('shard-2').shard).toEqual({ index: 2, total: 2 });
    // Each shard captured only its own journeys.
    expect(readdirSync(join(dir, 'shard-1', 'captures', 'train')).sort()).toEqual([...a].sort());
    expect(readdirSync(join(dir, 'shard-2', 'captures', 'live-london')).sort()).toEqual([...b].sort());
  });

  it('refuses a malformed --shard before capturing anything (exit 2, USAGE_SHARD)', async () => {
    for (const bad of ['0/2', '3/2', '1of2']) {
      const r = await cli(['run', '--capture-only', '--shard', bad, '--out', 'bad-shard']);
      expect(r.code, bad).toBe(2);
      expect(r.err, bad).toContain('USAGE_SHARD');
    }
    expect(existsSync(join(dir, 'bad-shard'))).toBe(false);
  });

  it('merges into one run directory that reads like an unsharded run', () => {
    expect(runs.merge!.code).toBe(0);
    expect(runs.merge!.out).toContain(`merged 2 runs, ${JOURNEYS.length} journeys`);
    const m = manifest('merged');
    const full = manifest('full');
    expect(m.shard).toBeUndefined();
    expect(m.mergedFrom?.sort()).toEqual([manifest('shard-1').runId, manifest('shard-2').runId].sort());
    expect(m.journeys).toEqual(full.journeys);
    expect(m.environments).toEqual(full.environments);
    expect(m.reference).toBe('train');
    for (const env of ['train', 'live-london']) {
      expect(readdirSync(join(dir, 'merged', 'captures', env)).sort()).toEqual([...JOURNEYS].sort());
    }
  });

  it('compares and reports the merge exactly as the unsharded run: divergences, matrix, alignments', () => {
    expect(runs['compare merged']!.code).toBe(runs['compare full']!.code);
    expect(runs['report merged']!.code).toBe(runs['report full']!.code);
    const merged = report('merged');
    const full = report('full');
    // Not a vacuous equality: the suite meets real differences in live-london.
    expect(full.divergences.length).toBeGreaterThan(0);
    expect(full.matrix).toHaveLength(JOURNEYS.length);
    expect(verdict(merged)).toEqual(verdict(full));
    expect(merged.run.mergedFrom).toHaveLength(2);
    // compare/result.json agrees too (what `parity report` in another job would read).
    const strip = (r: CompareResult) => ({ ...r, createdAt: '', runId: '', timings: null, divergences: r.divergences.map((d) => ({ ...d, evidence: { ...d.evidence, diffImage: undefined } })) });
    expect(strip(compared('merged'))).toEqual(strip(compared('full')));
  });

  it('refuses to write into a folder that already holds something (exit 2, MERGE_EXISTS)', async () => {
    const r = await cli(['merge', 'shard-1', 'shard-2', '--out', 'merged']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('MERGE_EXISTS');
    mkdirSync(join(dir, 'not-empty'));
    writeFileSync(join(dir, 'not-empty', 'notes.txt'), 'keep me');
    const r2 = await cli(['merge', 'shard-1', 'shard-2', '--out', 'not-empty']);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('MERGE_EXISTS');
    expect(readdirSync(join(dir, 'not-empty'))).toEqual(['notes.txt']);
  });

  it('refuses runs compared against different references (exit 2, MERGE_MISMATCH) and writes nothing', async () => {
    variant('shard-2', 'other-ref', (m) => void (m.reference = 'live-london'));
    const r = await cli(['merge', 'shard-1', 'other-ref', '--out', 'bad-merge']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('MERGE_MISMATCH');
    expect(existsSync(join(dir, 'bad-merge'))).toBe(false);
  });

  it('refuses runs of different environments, and a folder that is not a run (exit 2)', async () => {
    variant('shard-2', 'other-envs', (m) => void (m.environments = m.environments.filter((e) => e.name === 'train')));
    const r = await cli(['merge', 'shard-1', 'other-envs', '--out', 'bad-merge-2']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('MERGE_MISMATCH');
    const r2 = await cli(['merge', 'shard-1', 'specs', '--out', 'bad-merge-3']);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('RUNDIR_NOT_FOUND');
  });

  it('refuses the same shard twice, shards of different splits, and the same folder twice (exit 2)', async () => {
    const twice = await cli(['merge', 'shard-1', 'shard-1', '--out', 'bad-merge-4']);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('MERGE_MISMATCH');
    variant('shard-2', 'shard-1-copy', (m) => void (m.shard = { index: 1, total: 2 }));
    const dup = await cli(['merge', 'shard-1', 'shard-1-copy', '--out', 'bad-merge-5']);
    expect(dup.code).toBe(2);
    expect(dup.err).toMatch(/MERGE_MISMATCH.*both shard 1\/2/);
    variant('shard-2', 'shard-2-of-3', (m) => void (m.shard = { index: 2, total: 3 }));
    const split = await cli(['merge', 'shard-1', 'shard-2-of-3', '--out', 'bad-merge-6']);
    expect(split.code).toBe(2);
    expect(split.err).toContain('MERGE_MISMATCH');
    for (const out of ['bad-merge-4', 'bad-merge-5', 'bad-merge-6']) expect(existsSync(join(dir, out))).toBe(false);
  });

  it('refuses a shard that did not finish capturing (exit 2, MERGE_UNFINISHED), naming --resume', async () => {
    variant('shard-2', 'killed', (m) => void delete m.finishedAt);
    const r = await cli(['merge', 'shard-1', 'killed', '--out', 'bad-merge-7']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/MERGE_UNFINISHED.*--resume/);
    variant('shard-2', 'no-browser', (m) => m.environments.forEach((e) => void (e.status = 'pending')));
    const r2 = await cli(['merge', 'shard-1', 'no-browser', '--out', 'bad-merge-8']);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('MERGE_UNFINISHED');
  });

  it('merges an incomplete set of shards but warns which shard is missing', async () => {
    const r = await cli(['merge', 'shard-2', '--out', 'partial']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('shard 1/2 not given');
    expect(manifest('partial').journeys.map((j) => j.id)).toEqual(manifest('shard-2').journeys.map((j) => j.id));
    expect(runs.merge!.err).toBe(''); // the complete set: no warning
  });
});
