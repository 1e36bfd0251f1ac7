import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { twoEnvs, writeRun } from './fixture.js';
import { compare, control, kinds, registerJourney, step } from './journeys.js';
import { approve } from '../../src/compare/baselines.js';
import { memoryIo } from '../../src/util/io.js';
import { UsageError } from '../../src/util/errors.js';
import type { RunManifest } from '../../src/model/rundir.js';
import { runCli } from './cli-harness.js';

describe('baselines', () => {
  it('approve copies an environment into baselines/<env>/ with a manifest; --against baselines shows LIVE drifting from the approved training captures', async () => {
    const baselines = mkdtempSync(join(tmpdir(), 'parity-baselines-'));
    // March: the training material is written against training, whose captures are approved.
    const march = await writeRun(twoEnvs(registerJourney(), (j) => j), { runId: 'march' });
    const o = approve(march, { env: 'training', by: 'J. Patel', baselinesDir: baselines, now: new Date('2026-03-01T10:00:00Z') });
    const m = JSON.parse(readFileSync(join(baselines, 'training', 'manifest.json'), 'utf8')) as RunManifest;
    expect(m.baseline).toEqual({ approvedAt: '2026-03-01T10:00:00.000Z', approvedBy: 'J. Patel', fromRun: 'march', env: 'training' });
    expect(m.environments.map((e) => e.name)).toEqual(['training']);
    expect(o.journeys).toBe(1);
    expect(existsSync(join(baselines, 'training', 'captures', 'training', 'register-patient', '00-open-registration', 'screenshot.png'))).toBe(true);

    // June: live drifted (a new required field); training did not change.
    const june = await writeRun(twoEnvs(registerJourney(), (j) => {
      control(step(j, 'Enter demographics'), 'Overseas visitor status').required = true;
      return j;
    }), { runId: 'june' });
    const r = await compare(june, { against: 'baselines', baselinesDir: baselines });
    expect(r.against).toBe('baselines');
    expect(r.targets).toEqual(['training', 'live']);
    expect(kinds(r)).toEqual(['required-changed']);
    expect(r.divergences[0]).toMatchObject({ reference: 'baseline:training', target: 'live' });
    // training itself is compared with its approved captures too: unchanged, so nothing
    expect(r.matrix.find((c) => c.target === 'training')).toMatchObject({ status: 'compared', worst: null });
    expect(r.matrix.find((c) => c.target === 'live')).toMatchObject({ status: 'compared', worst: 'major' });

    // Approving live as well, --baseline live shows each environment against live's approved state.
    approve(june, { env: 'live', by: 'J. Patel', baselinesDir: baselines });
    const own = await compare(june, { against: 'baselines', baselinesDir: baselines, baseline: 'live' });
    expect(own.divergences.filter((d) => d.target === 'live')).toEqual([]);
    expect(own.divergences.filter((d) => d.target === 'training').map((d) => d.kind)).toEqual(['required-changed']);
  });

  it('approving again replaces the baseline; an unknown environment is an error with a code', async () => {
    const baselines = mkdtempSync(join(tmpdir(), 'parity-baselines-'));
    const a = await writeRun(twoEnvs(registerJourney(), (j) => j), { runId: 'a' });
    const b = await writeRun(twoEnvs(registerJourney(), (j) => j), { runId: 'b' });
    approve(a, { env: 'training', by: 'x', baselinesDir: baselines });
    approve(b, { env: 'training', by: 'y', baselinesDir: baselines });
    const m = JSON.parse(readFileSync(join(baselines, 'training', 'manifest.json'), 'utf8')) as RunManifest;
    expect(m.baseline).toMatchObject({ fromRun: 'b', approvedBy: 'y' });
    expect(() => approve(a, { env: 'nowhere', by: 'x', baselinesDir: baselines })).toThrow(UsageError);
  });

  it('parity approve and parity compare --against baselines from the command line', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'parity-cli-'));
    const run = await writeRun(twoEnvs(registerJourney(), (j) => j), { runId: 'r1' });
    const io = memoryIo(cwd, { USER: 'trainer1' });
    const none = memoryIo(cwd);
    expect(await runCli(['compare', run, '--against', 'baselines'], none)).toBe(2); // nothing approved yet
    expect(none.stderr.join('\n')).toContain('COMPARE_NO_BASELINE');
    expect(await runCli(['approve', run], io)).toBe(0); // the run's reference: training
    expect(io.stdout.join('\n')).toMatch(/approved training from run r1 .* by trainer1/);
    expect(existsSync(join(cwd, 'baselines', 'training', 'manifest.json'))).toBe(true);
    expect(await runCli(['compare', run, '--against', 'baselines'], memoryIo(cwd))).toBe(0);
    expect(await runCli(['compare', run, '--against', 'yesterday'], memoryIo(cwd))).toBe(2);
  });
});
