// kill -9 in the middle of a run, then `parity run --resume`: the run directory written so far is
// enough to build a report from, and resuming finishes exactly the journeys that had not finished,
// without redoing the others, nor starting journeys the run never planned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, cli, type CliResult, events, manifest, project, repo, simSignIn, stepCaptures } from './helpers-run.js';
import type { RunEvent, RunManifest } from '../../src/model/rundir.js';

const PLANNED = ['find-patient', 'record-allergy']; // chosen by --tag search allergy
const ENVS = ['train', 'live-south'];
const key = (env: string, journey: string) => `${env}/${journey}`;

let dir: string;
let runDir: string;
let child: ChildProcess | undefined;
let childOut = '';
let killedEvents: RunEvent[];
let killedManifest: RunManifest;
let finishedBeforeKill: Set<string>;
let partialCompare: CliResult;
let partialReport: CliResult;
let resume: CliResult;

/** Pairs with a journey-end, each counted once. */
function ended(evs: RunEvent[]): Set<string> {
  return new Set(evs.flatMap((e) => (e.type === 'journey-end' ? [key(e.env, e.journey)] : [])));
}

let projectDir: string | undefined;

beforeAll(async () => {
  expect(existsSync(join(repo, 'dist', 'cli', 'main.js')), 'run `npm run build` first').toBe(true);
  // register-patient and rtt-report are in the folder but not in the run (their tags are not asked
  // for): resume must not run them.
  const p = project([...PLANNED, 'register-patient', 'rtt-report']);
  projectDir = p.dir;
  p.config({
    reference: 'train',
    environments: {
      train: { sim: { variant: 'train' }, writes: 'allowed', concurrency: 1, signIn: simSignIn() },
      'live-south': { sim: { variant: 'live-south' }, writes: 'allowed', concurrency: 1, signIn: simSignIn() },
    },
  });
  dir = p.dir;
  runDir = join(dir, 'run');

  child = spawn(process.execPath, [join(repo, 'bin', 'parity.js'), 'run', '--capture-only', '--out', runDir, '--workers', '2', '--trace', 'off', '--tag', 'search', 'allergy'], {
    cwd: dir, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (b: Buffer) => void (childOut += b.toString()));
  child.stderr!.on('data', (b: Buffer) => void (childOut += b.toString()));
  const exited = new Promise<number | null>((r) => child!.on('exit', (code) => r(code)));
  const deadline = Date.now() + 60_000;
  // The journey's end is written to events.jsonl before its progress line reaches our pipe; wait
  // for both, so the kill lands after one whole journey was reported, as a person would see it.
  const progressLines = () => childOut.split('\n').filter((l) => /^(passed|failed|blocked)\s/.test(l)).length;
  while (ended(events(runDir)).size === 0 || progressLines() === 0) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no journey ended before the deadline:\n${childOut}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  expect(await exited).toBe(null); // killed, not finished
  child = undefined;

  killedEvents = events(runDir);
  killedManifest = manifest(runDir);
  finishedBeforeKill = ended(killedEvents);

  // A report from the partial run, before resuming.
  partialCompare = await cli(dir, ['compare', runDir]);
  partialReport = await cli(dir, ['report', runDir]);
  // Resume without the --tag filter: the manifest says what the run is.
  resume = await cli(dir, ['run', '--resume', runDir, '--capture-only', '--workers', '2', '--trace', 'off']);
}, 150_000);

afterAll(() => {
  child?.kill('SIGKILL'); // only if beforeAll failed before killing it
  cleanup(projectDir);
});

describe('a run killed with kill -9', () => {
  it('was killed part-way: some journeys finished, not all, and the run is not marked finished', () => {
    expect(finishedBeforeKill.size).toBeGreaterThanOrEqual(1);
    expect(finishedBeforeKill.size).toBeLessThan(PLANNED.length * ENVS.length);
    expect(killedManifest.finishedAt).toBeUndefined();
    expect(killedManifest.journeys.map((j) => j.id).sort()).toEqual(PLANNED);
    // In a pipe, one progress line per finished journey was printed before the kill.
    const lines = childOut.split('\n').filter((l) => /^(passed|failed|blocked)\s/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(1);
  });

  it('can be compared and reported as it is (exit 0 or 1, not a usage or environment error)', () => {
    expect([0, 1], partialCompare.text).toContain(partialCompare.code);
    expect([0, 1], partialReport.text).toContain(partialReport.code);
    expect(existsSync(join(runDir, 'report', 'index.html'))).toBe(true);
  });
});

describe('parity run --resume', () => {
  it('exits 0 and marks the run finished', () => {
    expect(resume.code, resume.text).toBe(0);
    const m = manifest(runDir);
    expect(m.finishedAt).toBeTruthy();
    expect(m.environments.map((e) => [e.name, e.status])).toEqual([['train', 'done'], ['live-south', 'done']]);
  });

  it('leaves a journey.json for every planned environment and journey, and runs nothing unplanned', () => {
    for (const env of ENVS) {
      for (const j of PLANNED) expect(existsSync(join(runDir, 'captures', env, j, 'journey.json')), key(env, j)).toBe(true);
      for (const j of ['register-patient', 'rtt-report']) expect(existsSync(join(runDir, 'captures', env, j)), key(env, j)).toBe(false);
    }
    expect(manifest(runDir).journeys.map((j) => j.id).sort()).toEqual(PLANNED);
  });

  it('did not run again the journeys that had finished before the kill, and ran each other one to its end', () => {
    const all = events(runDir);
    const starts = new Map<string, number>();
    for (const e of all) if (e.type === 'journey-start') starts.set(key(e.env, e.journey), (starts.get(key(e.env, e.journey)) ?? 0) + 1);
    for (const pair of finishedBeforeKill) expect(starts.get(pair), pair).toBe(1);
    const endedNow = ended(all.slice(killedEvents.length));
    for (const env of ENVS) {
      for (const j of PLANNED) {
        const pair = key(env, j);
        if (finishedBeforeKill.has(pair)) expect(endedNow.has(pair), pair).toBe(false);
        else expect(endedNow.has(pair), pair).toBe(true);
      }
    }
  });

  it('a resumed journey has a complete, clean set of captures', () => {
    for (const env of ENVS) {
      for (const j of PLANNED) {
        const caps = stepCaptures(runDir, env, j);
        expect(caps.map((c) => c.index), key(env, j)).toEqual(caps.map((_, i) => i));
        expect(caps.every((c) => c.status === 'captured' || c.status === 'skipped'), key(env, j)).toBe(true);
      }
    }
  });

  it('is then compared and reported like any run', async () => {
    const compare = await cli(dir, ['compare', runDir]);
    expect([0, 1], compare.text).toContain(compare.code);
    const report = await cli(dir, ['report', runDir]);
    expect([0, 1], report.text).toContain(report.code);
    for (const f of ['compare/result.json', 'report/index.html', 'report/junit.xml']) expect(existsSync(join(runDir, f)), f).toBe(true);
  });
});
