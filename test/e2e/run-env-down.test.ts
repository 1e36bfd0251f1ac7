// An environment that goes down in the middle of a run: its requests are retried with backoff,
// then its remaining journeys are marked unavailable; the other environment completes every
// journey, the comparison and the report are still written, and the exit code is 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import type { CompareResult } from '../../src/model/divergence.js';
import { backoffMs } from '../../src/run/net-policy.js';
import { allFiles, cleanup, cli, type CliResult, events, journeyResult, manifest, project, readJson, simSignIn } from './helpers-run.js';

const JOURNEYS = ['find-patient', 'record-allergy', 'register-patient'];
// Page requests the simulator answers before it "goes away": the health check, the sign-in and the
// whole of find-patient fit; record-allergy (the second journey, one at a time) loses it midway.
const DOWN_AFTER = 10;
let live: RunningSim;
const times: number[] = []; // when each request reached the simulator
let run: CliResult;
let runDir: string;
let t0 = 0;

/** A local port nothing listens on (taken, then given back). */
async function deadPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

let projectDir: string | undefined;

beforeAll(async () => {
  live = await startSim({ variant: 'live-south', port: 0, faults: { downAfter: DOWN_AFTER } });
  const push = live.requests.push.bind(live.requests);
  live.requests.push = (...items) => {
    for (const _ of items) times.push(Date.now());
    return push(...items);
  };
  const p = project(JOURNEYS);
  projectDir = p.dir;
  p.config({
    reference: 'train',
    environments: {
      train: { sim: { variant: 'train' }, writes: 'allowed', signIn: simSignIn() },
      'live-south': { baseUrl: live.url, writes: 'allowed', concurrency: 1, signIn: simSignIn() },
      // Down from the start: refused connections.
      gone: { baseUrl: `http://127.0.0.1:${await deadPort()}/`, signIn: simSignIn() },
    },
    capture: { retries: 2 },
  });
  runDir = join(p.dir, 'run');
  t0 = Date.now();
  run = await cli(p.dir, ['run', '--out', runDir, '--workers', '2', '--trace', 'on-failure']);
}, 120_000);

afterAll(async () => {
  cleanup(projectDir);
  await live?.close();
});

const pages = () => live.requests.map((r, i) => ({ ...r, t: times[i]! })).filter((r) => !r.path.startsWith('/assets/'));

describe('an environment that goes down mid-run', () => {
  it('exits 3 (an environment failed)', () => {
    expect(run.code, run.text).toBe(3);
  });

  it('kept what it captured before going down, and marks the rest unavailable', () => {
    expect(journeyResult(runDir, 'live-south', 'find-patient').status).toBe('passed');
    for (const j of ['record-allergy', 'register-patient']) {
      const r = journeyResult(runDir, 'live-south', j);
      expect(r.status, j).toBe('unavailable');
      expect(r.error, j).toBeTruthy();
    }
    const env = manifest(runDir).environments.find((e) => e.name === 'live-south')!;
    expect(env.status).toBe('unavailable');
    expect(env.error).toMatch(/did not answer/);
    expect(events(runDir).filter((e) => e.type === 'env-unavailable').map((e) => 'env' in e && e.env).sort()).toEqual(['gone', 'live-south']);
    expect(run.stderr.join('\n')).toMatch(/environment live-south is unavailable/);
    // Each journey has its progress line, those given up on too.
    for (const j of JOURNEYS.slice(1)) expect(run.stdout.join('\n')).toMatch(new RegExp(`^unavailable\\s+live-south\\s+${j} `, 'm'));
  });

  it('retried the lost requests with growing pauses before giving up', () => {
    const after = pages().slice(DOWN_AFTER);
    expect(after.length).toBeGreaterThanOrEqual(3);
    // The page request that failed first was sent again (1 + retries times in all).
    const first = after[0]!;
    const same = after.filter((r) => r.path === first.path && r.method === first.method);
    expect(same.length, JSON.stringify(after)).toBeGreaterThanOrEqual(3);
    // The first 1 + retries of them are one request being retried; later ones are other attempts
    // (the next journey, the environment check), with their own schedule.
    const first3 = same.slice(0, 3);
    const gaps = first3.slice(1).map((r, i) => r.t - first3[i]!.t);
    // Each pause at least as long as the growing schedule says (a busy machine only adds to it,
    // so lower bounds hold where comparing one measured gap with another would not).
    gaps.forEach((g, i) => expect(g, `pause ${i + 1} of ${JSON.stringify(gaps)}`).toBeGreaterThanOrEqual(backoffMs(i) * 0.8));
    expect(backoffMs(1)).toBeGreaterThan(backoffMs(0));
    // Then the environment itself was checked again (its base URL) before the rest was given up.
    expect(after.filter((r) => r.path === '/').length).toBeGreaterThanOrEqual(3);
    // Given up in bounded time: not the full timeout of every remaining journey.
    expect(Date.now() - t0).toBeLessThan(60_000);
  });

  it('keeps a Playwright trace of the journey that lost the environment, and of no journey that passed', () => {
    const r = journeyResult(runDir, 'live-south', 'record-allergy');
    expect(r.trace).toBe('captures/live-south/record-allergy/trace.zip');
    expect(readFileSync(join(runDir, r.trace!)).subarray(0, 2).toString()).toBe('PK');
    const zips = allFiles(join(runDir, 'captures')).filter((f) => f.endsWith('.zip')).map((f) => f.slice(runDir.length + 1));
    expect(zips).toEqual([r.trace]);
    // The report links a copy, so it opens from the report folder alone.
    expect(allFiles(join(runDir, 'report')).filter((f) => f.endsWith('.zip'))).toHaveLength(1);
  });

  it('did not touch the environment again once it was marked unavailable', () => {
    // register-patient never started there: no journey-start for it.
    const starts = events(runDir).filter((e) => e.type === 'journey-start' && e.env === 'live-south').map((e) => 'journey' in e && e.journey);
    expect(starts).toEqual(['find-patient', 'record-allergy']);
  });

  it('an environment that refuses connections from the start: every journey unavailable, none started', () => {
    for (const j of JOURNEYS) expect(journeyResult(runDir, 'gone', j)).toMatchObject({ status: 'unavailable', steps: [] });
    const env = manifest(runDir).environments.find((e) => e.name === 'gone')!;
    expect(env).toMatchObject({ status: 'unavailable', error: expect.stringMatching(/ECONNREFUSED.*after 3 attempts/) });
    expect(events(runDir).some((e) => e.type === 'journey-start' && e.env === 'gone')).toBe(false);
  });

  it('completes every journey in the other environment', () => {
    for (const j of JOURNEYS) expect(journeyResult(runDir, 'train', j).status, j).toBe('passed');
    expect(manifest(runDir).environments.find((e) => e.name === 'train')!.status).toBe('done');
  });

  it('still compares and writes the report, showing the environment as unavailable', () => {
    for (const f of ['compare/result.json', 'report/index.html', 'report/report.json', 'report/junit.xml', 'report/summary.md']) {
      expect(existsSync(join(runDir, f)), f).toBe(true);
    }
    const result = readJson<CompareResult>(join(runDir, 'compare', 'result.json'));
    const cells = result.matrix.filter((c) => c.target === 'live-south');
    expect(cells.find((c) => c.journey === 'register-patient')?.status).toBe('unavailable');
    expect(cells.find((c) => c.journey === 'record-allergy')?.status).toBe('unavailable');
    // find-patient finished before live-south went down: it is compared, not thrown away.
    expect(cells.find((c) => c.journey === 'find-patient')?.status).toBe('compared');
    expect(run.stdout.join('\n')).toMatch(/report: .*index\.html/);
  });
});
