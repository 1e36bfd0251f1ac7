// Chromium killed in the middle of a run (as the out-of-memory killer does on a busy CI machine).
// With restarts allowed, a new browser takes over, the journeys that were in flight run again and
// the run ends as if nothing had happened. With none allowed, what was captured before the crash is
// kept, compared and reported, the rest is recorded as an error, and the run exits 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, cli, events, journeyResult, manifest, project, readJson, repo, simSignIn, stepCaptures } from './helpers-run.js';
import type { RunEvent } from '../../src/model/rundir.js';
import type { ReportDocument } from '../../src/report/document.js';

const JOURNEYS = ['find-patient', 'rtt-report'];
const ENVS = ['train', 'live-south'];
const dirs: string[] = [];

/** Processes whose parent is `pid`, with their command names, read from /proc (Linux, as CI is). */
function childrenOf(pid: number): { pid: number; comm: string }[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === pid ? [{ pid: Number(d), comm }] : [];
    } catch {
      return []; // gone while we looked
    }
  });
}

const ended = (evs: RunEvent[]) => evs.filter((e): e is Extract<RunEvent, { type: 'journey-end' }> => e.type === 'journey-end');

interface Crashed { runDir: string; code: number | null; out: string; endedBeforeKill: string[]; eventsAtExit: number; passedAtExit: string[] }

/** Runs `parity run` as a real process and kills its Chromium with SIGKILL once a journey has ended. */
async function runAndKillBrowser(restarts: number): Promise<Crashed> {
  const p = project(JOURNEYS);
  dirs.push(p.dir);
  const env = { sim: undefined, writes: 'allowed', concurrency: 1, signIn: simSignIn() };
  p.config({
    reference: 'train',
    environments: Object.fromEntries(ENVS.map((e) => [e, { ...env, sim: { variant: e } }])),
    browser: { restarts },
  });
  const runDir = join(p.dir, 'run');
  const child = spawn(process.execPath, [join(repo, 'bin', 'parity.js'), 'run', '--out', runDir, '--workers', '2', '--trace', 'off'], {
    cwd: p.dir, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => void (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => void (out += b.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const deadline = Date.now() + 90_000;
  while (ended(events(runDir)).length === 0) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no journey ended before the deadline:\n${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const browsers = childrenOf(child.pid!).filter((c) => /chrom/i.test(c.comm));
  expect(browsers, `no Chromium under the run's process:\n${out}`).toHaveLength(1);
  const endedBeforeKill = ended(events(runDir)).map((e) => `${e.env}/${e.journey}`);
  process.kill(browsers[0]!.pid, 'SIGKILL');
  // A run that never ends after the crash is the failure this guards against: say what it printed.
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  const code = await exited;
  clearTimeout(timer);
  if (code === null) throw new Error(`the run did not end within 3 minutes of the crash:\n${out}`);
  const passedAtExit = ended(events(runDir)).filter((e) => e.status === 'passed').map((e) => `${e.env}/${e.journey}`);
  return { runDir, code, out, endedBeforeKill, eventsAtExit: events(runDir).length, passedAtExit };
}

afterAll(() => { for (const d of dirs) cleanup(d); });

describe('Chromium killed mid-run, restarts allowed (the default is 2)', () => {
  let r: Crashed;
  beforeAll(async () => { r = await runAndKillBrowser(2); }, 300_000);

  it('started a new browser once and said so', () => {
    expect(events(r.runDir).filter((e) => e.type === 'browser-restart')).toHaveLength(1);
    expect(r.out).toContain('the browser closed unexpectedly; starting another (1 of 2)');
    expect(r.endedBeforeKill.length).toBeLessThan(JOURNEYS.length * ENVS.length); // it really was mid-run
  });

  it('finished every journey in every environment, with every step captured', () => {
    for (const env of ENVS) {
      for (const j of JOURNEYS) {
        const result = journeyResult(r.runDir, env, j);
        expect(result.status, `${env}/${j}: ${result.error ?? ''}`).toBe('passed');
        expect(stepCaptures(r.runDir, env, j).map((c) => c.status).every((s) => s === 'captured')).toBe(true);
      }
    }
  });

  it('compared and reported as usual: the exit code is the divergences\', not a browser failure', () => {
    expect(r.code, r.out).not.toBe(3);
    expect([0, 1]).toContain(r.code);
    expect(existsSync(join(r.runDir, 'report', 'index.html'))).toBe(true);
    expect(manifest(r.runDir).environments.map((e) => e.status)).toEqual(['done', 'done']);
  });
});

describe('Chromium killed mid-run, no restarts allowed', () => {
  let r: Crashed;
  beforeAll(async () => { r = await runAndKillBrowser(0); }, 300_000);

  it('exits 3 and says why', () => {
    expect(r.code, r.out).toBe(3);
    expect(events(r.runDir).some((e) => e.type === 'browser-restart')).toBe(false);
  });

  it('keeps what was captured before the crash, and records the rest as an error, not as missing', () => {
    expect(r.endedBeforeKill.length).toBeGreaterThan(0);
    let errors = 0;
    for (const env of ENVS) {
      for (const j of JOURNEYS) {
        const result = journeyResult(r.runDir, env, j);
        if (r.endedBeforeKill.includes(`${env}/${j}`)) {
          expect(result.status).toBe('passed');
          expect(stepCaptures(r.runDir, env, j).every((c) => c.status === 'captured' && c.files.screenshot)).toBe(true);
        } else if (result.status !== 'passed') {
          errors++;
          expect(result.status).toBe('error');
          expect(result.error).toMatch(/browser closed unexpectedly/);
        }
      }
    }
    expect(errors).toBeGreaterThan(0);
  });

  it('still compares and reports what it has, the lost journeys shown as errors', () => {
    expect(existsSync(join(r.runDir, 'report', 'index.html'))).toBe(true);
    const doc = readJson<ReportDocument>(join(r.runDir, 'report', 'report.json'));
    const runs = doc.journeys.flatMap((j) => Object.values(j.runs));
    expect(runs.some((run) => run.status === 'error' && /browser closed unexpectedly/.test(run.error ?? ''))).toBe(true);
    expect(manifest(r.runDir).finishedAt).toBeDefined();
  });

  it('--resume runs exactly the journeys the crash cost, and then every one has passed', async () => {
    const resumed = await cli(join(r.runDir, '..'), ['run', '--resume', r.runDir, '--workers', '2', '--trace', 'off']);
    expect(resumed.code, resumed.text).not.toBe(3);
    const started = events(r.runDir).slice(r.eventsAtExit).filter((e) => e.type === 'journey-start').map((e) => `${e.env}/${e.journey}`);
    const lost = ENVS.flatMap((env) => JOURNEYS.map((j) => `${env}/${j}`)).filter((k) => !r.passedAtExit.includes(k));
    expect(started.sort()).toEqual(lost.sort());
    for (const env of ENVS) for (const j of JOURNEYS) expect(journeyResult(r.runDir, env, j).status).toBe('passed');
  }, 120_000);
});
