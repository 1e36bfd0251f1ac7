import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { twoEnvs, writeRun } from './fixture.js';
import { compare, control, registerJourney, step } from './journeys.js';
import { exitCodeFor } from '../../src/compare/index.js';
import { addAcceptance, loadAcceptances } from '../../src/compare/acceptances.js';
import { acceptancesFileOf } from '../../src/cli/compare-settings.js';
import { InputError } from '../../src/util/errors.js';
import { memoryIo } from '../../src/util/io.js';
import { runCli } from './cli-harness.js';

/** Live: one required-changed (major) and one label-changed (minor). */
async function run(): Promise<string> {
  return writeRun(twoEnvs(registerJourney(), (j) => {
    control(step(j, 'Enter demographics'), 'Overseas visitor status').required = true;
    control(step(j, 'Open registration'), 'Next').name = 'Continue';
    return j;
  }));
}

const NOW = new Date('2026-06-10T12:00:00Z');

describe('acceptances and exit codes', () => {
  it('exit code follows failOn; accepted never fails, expired counts again, unmatched are stale', async () => {
    const dir = await run();
    const plain = await compare(dir, { failOn: 'major' });
    expect(exitCodeFor(plain)).toBe(1);
    expect(exitCodeFor(await compare(dir, { failOn: 'critical' }))).toBe(0);
    expect(plain.totals).toMatchObject({ failing: 1, new: 2, accepted: 0 });
    const req = plain.divergences.find((d) => d.kind === 'required-changed')!;
    const label = plain.divergences.find((d) => d.kind === 'label-changed')!;

    const file = join(mkdtempSync(join(tmpdir(), 'parity-acc-')), 'acceptances.yaml');
    addAcceptance(file, { fingerprint: req.fingerprint, reason: 'national policy', by: 'J. Patel', until: '2026-12-31', ticket: 'CHG-1' });
    addAcceptance(file, { fingerprint: label.fingerprint, reason: 'old', by: 'A. N. Other', until: '2026-06-01' });
    addAcceptance(file, { fingerprint: '0123456789abcdef', reason: 'long gone', by: 'A. N. Other' });
    const r = await compare(dir, { failOn: 'major', acceptancesFile: file, now: NOW });
    expect(r.divergences.find((d) => d.kind === 'required-changed')).toMatchObject({ status: 'accepted', acceptance: { by: 'J. Patel', ticket: 'CHG-1' } });
    expect(r.divergences.find((d) => d.kind === 'label-changed')!.status).toBe('expired');
    expect(r.staleAcceptances.map((a) => a.fingerprint)).toEqual(['0123456789abcdef']);
    expect(r.totals).toMatchObject({ accepted: 1, new: 1, failing: 0 });
    expect(r.matrix[0]).toMatchObject({ worst: 'minor', accepted: 1 });
    expect(exitCodeFor(r)).toBe(0);
    expect(exitCodeFor({ ...r, failOn: 'minor' })).toBe(1); // the expired one counts again

    // `until` is inclusive.
    const onTheDay = await compare(dir, { failOn: 'major', acceptancesFile: file, now: new Date('2026-12-31T23:00:00Z') });
    expect(onTheDay.divergences.find((d) => d.kind === 'required-changed')!.status).toBe('accepted');
  });

  it('the acceptances file keeps comments, replaces by fingerprint, quotes fingerprints, and rejects bad entries with a line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parity-acc-')), 'acceptances.yaml');
    writeFileSync(file, '# reviewed at the change board\n- fingerprint: "1234567890123456"\n  reason: digits only\n  by: X\n');
    expect(addAcceptance(file, { fingerprint: '1234567890123456', reason: 'again', by: 'Y' })).toEqual({ replaced: true });
    addAcceptance(file, { fingerprint: '12e4567890123456', reason: 'looks like a float', by: 'Z' });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# reviewed at the change board');
    expect(loadAcceptances(file).map((a) => [a.fingerprint, a.reason])).toEqual([['1234567890123456', 'again'], ['12e4567890123456', 'looks like a float']]);

    writeFileSync(file, '- fingerprint: abc\n  reason: r\n  by: b\n- fingerprint: 0123456789abcdef\n  by: b\n  until: 2026-13-01\n');
    try {
      loadAcceptances(file);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).problems.map((p) => [p.code, p.line])).toEqual([['ACCEPTANCES_INVALID', 1], ['ACCEPTANCES_INVALID', 4]]);
    }
  });

  it('parity accept adds one; parity compare exits 1, then 0 once it is accepted', async () => {
    const dir = await run();
    const cwd = mkdtempSync(join(tmpdir(), 'parity-cli-'));
    const cli = (argv: string[]) => {
      const io = memoryIo(cwd);
      return { io, code: runCli(argv, io) };
    };
    const first = cli(['compare', dir, '--fail-on', 'major']);
    expect(await first.code).toBe(1);
    const fp = /required-changed\s+([0-9a-f]{16})/.exec(first.io.stdout.join('\n'))![1]!;
    const acc = cli(['accept', fp, '--reason', 'national policy', '--by', 'J. Patel', '--until', '2099-01-01', '--ticket', 'CHG-9']);
    expect(await acc.code).toBe(0);
    expect(loadAcceptances(join(cwd, 'acceptances.yaml'))).toEqual([expect.objectContaining({ fingerprint: fp, by: 'J. Patel', until: '2099-01-01', ticket: 'CHG-9' })]);
    expect(await cli(['compare', dir, '--fail-on', 'major']).code).toBe(0);
    expect(await cli(['compare', dir, '--fail-on', 'minor']).code).toBe(1);
    expect(await cli(['accept', 'nothex', '--reason', 'r', '--by', 'b']).code).toBe(2);
    expect(await cli(['compare', dir, '--fail-on', 'severe']).code).toBe(2);
    expect(await cli(['compare', join(cwd, 'no-such-run')]).code).toBe(2);
  });
});


describe('where the acceptances file is', () => {
  it('relative to the config folder, or as written when absolute: the same for parity run, compare and accept', () => {
    expect(acceptancesFileOf({ dir: '/trust/parity', acceptances: 'acceptances.yaml' })).toBe('/trust/parity/acceptances.yaml');
    expect(acceptancesFileOf({ dir: '/trust/parity', acceptances: '/shared/reviews/acceptances.yaml' })).toBe('/shared/reviews/acceptances.yaml');
  });
});
