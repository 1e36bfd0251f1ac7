// LIVE is a hospital's production system: an environment whose writes are blocked (the default)
// must receive no data-changing request at all, whatever the journeys do. Proven on simulators this
// test starts itself, so it can read every request each one received. Also: progress in a pipe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { allFiles, cleanup, cli, type CliResult, journeyResult, project, simSignIn, stepCaptures } from './helpers-run.js';

// The allergy journey without `commits: true`: a journey author forgot to mark the saving step, so
// the page really tries to POST on LIVE. The guard in the browser must refuse it and record it.
const UNMARKED = readFileSync(join(import.meta.dirname, '../../specs/record-allergy.yaml'), 'utf8')
  .replace('journey: record-allergy', 'journey: allergy-unmarked')
  .replace(/\n    commits: true\n/, '\n')
  .replace(/\n      - expect: \{ target: \{ text: Allergy recorded \}[^\n]*/, '')
  .replace(/\n      - expect: \{ target: \{ role: region, name: Patient banner \}, text: Amoxicillin \}[^\n]*/, '');

const HEADER_KEY = 'hk-93f1c07e-parity-e2e';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JOURNEYS = ['register-patient', 'record-allergy', 'allergy-unmarked'];
let train: RunningSim;
let live: RunningSim;
let run: CliResult;
let runDir: string;

let projectDir: string | undefined;

beforeAll(async () => {
  expect(UNMARKED).not.toContain('commits: true');
  expect(UNMARKED).toContain('Save allergy');
  [train, live] = await Promise.all([startSim({ variant: 'train', port: 0 }), startSim({ variant: 'live-south', port: 0 })]);
  const p = project(['register-patient', 'record-allergy'], { 'allergy-unmarked': UNMARKED });
  projectDir = p.dir;
  p.config({
    reference: 'train',
    environments: {
      // An API key in a header is a secret: a trace would record it, so none may be written.
      train: { baseUrl: train.url, writes: 'allowed', signIn: simSignIn(), headers: { 'X-Parity-Key': '${secret.PARITY_TEST_HEADER_KEY}' } },
      'live-south': { baseUrl: live.url, signIn: simSignIn() }, // writes: blocked is the default
    },
  });
  runDir = join(p.dir, 'run');
  run = await cli(p.dir, ['run', '--capture-only', '--out', runDir, '--workers', '2', '--trace', 'on'], { PARITY_TEST_HEADER_KEY: HEADER_KEY });
}, 120_000);

afterAll(async () => {
  cleanup(projectDir);
  await Promise.all([train?.close(), live?.close()]);
});

describe('a read-only environment (writes: blocked, the default)', () => {
  it('the run completes (exit 0)', () => {
    expect(run.code, run.text).toBe(0);
  });

  it('receives no POST, PUT, PATCH or DELETE apart from the one sign-in POST to /login', () => {
    expect(live.requests.length).toBeGreaterThan(10);
    const writes = live.requests.filter((r) => WRITES.has(r.method));
    expect(writes).toEqual([{ method: 'POST', path: '/login' }]);
  });

  it('skips steps that save data, and every step after them, as read-only', () => {
    const reg = stepCaptures(runDir, 'live-south', 'register-patient');
    expect(reg.map((c) => [c.step, c.status])).toEqual([
      ['Open registration', 'captured'],
      ['Enter demographics', 'captured'],
      ['Save registration', 'skipped'],
      ['Confirm the demographics trace', 'skipped'],
      ['Check the new record', 'skipped'],
    ]);
    for (const c of reg.slice(2)) expect(c.skipCause, c.step).toBe('read-only');
    const allergy = stepCaptures(runDir, 'live-south', 'record-allergy');
    expect(allergy.at(-1)).toMatchObject({ step: 'Save allergy', status: 'skipped', skipCause: 'read-only' });
    expect(allergy.slice(0, -1).every((c) => c.status === 'captured')).toBe(true);
    // Skipped for safety is not a failure of the journey.
    expect(journeyResult(runDir, 'live-south', 'register-patient').status).toBe('passed');
  });

  it('records the write a page tried to send as a blocked write, and leaves the form on screen', () => {
    const save = stepCaptures(runDir, 'live-south', 'allergy-unmarked').at(-1)!;
    expect(save.step).toBe('Save allergy');
    expect(save.problems.blockedWrites).toEqual([{ method: 'POST', url: expect.stringMatching(/^\/patients\/[^/]+\/allergies\/new$/) }]);
    expect(save.identity?.mainHeading).toBe('Record allergy');
    expect(save.identity?.path).toMatch(/\/allergies\/new$/);
    // The refused request is not mistaken for a failure of the environment.
    expect(save.problems.failedRequests).toEqual([]);
    // No other capture of the read-only run saw a write attempt.
    for (const j of ['register-patient', 'record-allergy']) {
      for (const c of stepCaptures(runDir, 'live-south', j)) expect(c.problems.blockedWrites, `${j}/${c.step}`).toEqual([]);
    }
  });
});

describe('the same journeys in an environment with writes: allowed', () => {
  it('reach it: the registration and both allergy saves are POSTed', () => {
    const posts = train.requests.filter((r) => r.method === 'POST').map((r) => r.path.replace(/\/patients\/[^/]+\/allergies/, '/patients/:mrn/allergies'));
    expect(posts.sort()).toEqual(['/login', '/patients/:mrn/allergies/new', '/patients/:mrn/allergies/new', '/patients/new'].sort());
    const reg = stepCaptures(runDir, 'train', 'register-patient');
    expect(reg.find((c) => c.step === 'Save registration')?.status).toBe('captured');
    expect(reg.find((c) => c.step === 'Check the new record')?.status).toBe('captured');
    for (const c of stepCaptures(runDir, 'train', 'allergy-unmarked')) expect(c.problems.blockedWrites).toEqual([]);
  });
});

describe('a secret in a request header', () => {
  it('turns traces off (though --trace on was given) and reaches no file', () => {
    const files = allFiles(runDir);
    expect(files.filter((f) => f.endsWith('.zip'))).toEqual([]);
    expect(run.stderr.join('\n')).toMatch(/traces are off/);
    for (const f of files) expect(readFileSync(f).includes(HEADER_KEY), f).toBe(false);
  });
});

describe('progress when output is a pipe', () => {
  it('prints one line per finished journey, then the run directory', () => {
    const lines = run.stdout.flatMap((s) => s.split('\n')).filter((l) => l.trim());
    const journeyLines = lines.filter((l) => /^(passed|failed|blocked|error|unavailable|skipped)\s/.test(l));
    expect(journeyLines).toHaveLength(6);
    for (const env of ['train', 'live-south']) {
      for (const j of JOURNEYS) expect(journeyLines.filter((l) => new RegExp(`\\s${env}\\s+${j} \\(`).test(l)), `${env} ${j}`).toHaveLength(1);
    }
    expect(lines.at(-1)).toBe(`run directory: ${runDir}`);
    expect(lines).toHaveLength(7);
    // No terminal redraws in a pipe.
    expect(run.text).not.toContain('\r');
  });
});
