// Night after night: the journeys that consume data (book a slot, outcome an attendance) run twice
// against simulators that stay up between the runs, as a nightly job meets a real TRAIN and LIVE.
// Both nights go through everywhere and find the same divergences; the second counts its coverage
// against the first. A journey that cannot go through in the reference (a patient registered twice)
// is a broken suite: exit 4, told first. And a reset puts a sim's data back to its seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, cli, journeyResult, project, readJson, simSignIn, type CliResult } from './helpers-run.js';
import { repo } from './helpers-run.js';
import type { CompareResult } from '../../src/model/divergence.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';

const JOURNEYS = ['book-appointment', 'outcome-attendance'];
// Registering a seeded patient's number: the second registration is refused, in train too.
const REGISTER_EXISTING = readFileSync(join(repo, 'specs', 'register-patient.yaml'), 'utf8')
  .replace('journey: register-patient', 'journey: register-existing')
  .replace('"${gen.nhsNumber}"', '"999 000 0018"');

const sims: RunningSim[] = [];
const nights: { dir: string; r: CliResult; result: CompareResult }[] = [];
let broken: { dir: string; r: CliResult };
let projectDir: string | undefined;

async function attendancesToOutcome(sim: RunningSim): Promise<number> {
  const login = await fetch(`${sim.url}/login`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ username: 'trainer1', password: 'x' }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await fetch(`${sim.url}/clinics`, { headers: { cookie } })).text();
  return page.split('>Record outcome<').length - 1;
}

beforeAll(async () => {
  for (const variant of ['train', 'live-shared']) sims.push(await startSim({ variant, port: 0 }));
  const p = project(JOURNEYS, { 'register-existing': REGISTER_EXISTING });
  projectDir = p.dir;
  const shared = simSignIn();
  shared.actions.push({ check: { role: 'radio', name: 'Wessex Coast NHS Trust' } }, { click: { role: 'button', name: 'Continue' } });
  p.config({
    reference: 'train',
    environments: {
      train: { baseUrl: sims[0]!.url, writes: 'allowed', signIn: simSignIn() },
      'live-shared': { baseUrl: sims[1]!.url, writes: 'allowed', signIn: shared },
      // Named by register-patient's trace step (only: [live-south]); never run here.
      'live-south': { baseUrl: 'http://127.0.0.1:9/' },
    },
  });
  for (const n of [1, 2]) {
    const dir = join(p.dir, 'runs', `night-${n}`);
    const r = await cli(p.dir, ['run', '--env', 'train,live-shared', '--tag', 'booking', 'outcome', '--out', dir, '--workers', '2', '--trace', 'off', '--fail-on', 'major,coverage']);
    nights.push({ dir, r, result: readJson<CompareResult>(join(dir, 'compare', 'result.json')) });
  }
  const dir = join(p.dir, 'broken');
  broken = { dir, r: await cli(p.dir, ['run', '--env', 'train', '--journey', 'register-existing', '--out', dir, '--trace', 'off']) };
}, 600_000); // three runs; ~3 min on a machine under a load average of 30

afterAll(async () => {
  cleanup(projectDir);
  await Promise.all(sims.map((s) => s.close()));
});

describe('the same suite on two nights against simulators that stay up', () => {
  it('goes through in every environment on both nights', () => {
    for (const { dir, r } of nights) {
      for (const env of ['train', 'live-shared']) {
        for (const j of JOURNEYS) expect(journeyResult(dir, env, j).status, `${dir} ${env} ${j}\n${r.text}`).toBe('passed');
      }
    }
  });

  it('finds the same divergences on both nights, and exits the same way', () => {
    const [a, b] = nights;
    expect(a!.result.divergences.length).toBeGreaterThan(0); // the shared domain's clinic leak
    expect(b!.result.divergences.map((d) => d.fingerprint).sort()).toEqual(a!.result.divergences.map((d) => d.fingerprint).sort());
    expect(b!.r.code).toBe(a!.r.code);
    expect(a!.r.code).toBe(1);
    expect(a!.result.referenceProblems).toEqual([]);
  });

  it('counts night 2 against night 1: as many steps went through', () => {
    const c = nights[1]!.result.coverage!;
    expect(c.previous?.runId).toBe(nights[0]!.result.runId);
    expect(c.losses).toEqual([]);
    expect(c.through).toBe(c.route);
    expect(nights[1]!.r.stdout.join('\n')).toMatch(/coverage: 20 of 20 steps went through; as many as the previous run/);
  });
});

describe('a journey that cannot go through in the reference', () => {
  it('exits 4 and says so before the divergences', () => {
    expect(broken.r.code, broken.r.text).toBe(4);
    const out = broken.r.stdout.join('\n');
    const first = out.indexOf('the suite did not go through in train (the reference): 1 journey');
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(out.indexOf('divergences from train'));
    expect(out).toMatch(/register-existing fails in train at 'Check the new record': "expect .*Patient registered/);
  });

  it('is a failure in JUnit and the headline of the summary and the HTML report', () => {
    const junit = readFileSync(join(broken.dir, 'report', 'junit.xml'), 'utf8');
    expect(junit).toContain('type="reference-failed"');
    expect(junit).toMatch(/<testsuite name="parity: train \(the reference\) goes through" tests="1" failures="1"/);
    expect(readFileSync(join(broken.dir, 'report', 'summary.md'), 'utf8').split('\n')[0]).toMatch(/^## Parity: ❌ the suite did not go through in train/);
    const report = readJson<{ verdict: { fails: boolean; brokenSuite: boolean }; referenceProblems: { journey: string }[] }>(join(broken.dir, 'report', 'report.json'));
    expect(report.verdict).toMatchObject({ fails: true, brokenSuite: true });
    expect(report.referenceProblems.map((p) => p.journey)).toEqual(['register-existing']);
  });
});

describe('parity sim --reset', () => {
  it('puts a running simulator back to its seed', async () => {
    expect(await attendancesToOutcome(sims[0]!)).toBe(58); // two nights outcomed one each
    const r = await cli(repo, ['sim', '--reset', '--port', new URL(sims[0]!.url).port]);
    expect(r.code, r.text).toBe(0);
    expect(r.stdout.join('\n')).toContain("Simulated PAS 'train'");
    expect(await attendancesToOutcome(sims[0]!)).toBe(60);
    expect((await fetch(`${sims[0]!.url}/__sim/reset`)).status).toBe(405); // a GET never wipes a sim
    const none = await cli(repo, ['sim', '--reset', '--port', '9']);
    expect(none.code).toBe(3);
    expect(none.stderr.join('\n')).toMatch(/no simulator answered/);
  });
});
