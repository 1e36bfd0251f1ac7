// Names from a run directory or a command line never build a path outside their folder. A crafted
// run directory names an environment '../x' (or a step folder '../../..'); approve, compare, report
// and handout refuse it with a code and exit 2, and nothing appears outside the folders they own.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { twoEnvs, writeRun } from './fixture.js';
import { registerJourney } from './journeys.js';
import { memoryIo } from '../../src/util/io.js';
import { runCli } from './cli-harness.js';
import { inside } from '../../src/util/paths.js';
import type { JourneyResult } from '../../src/model/capture.js';

/** A good run, then its manifest's second environment renamed `name` (and its captures moved to match). */
async function craftedRun(name: string): Promise<{ root: string; run: string }> {
  const root = mkdtempSync(join(tmpdir(), 'parity-names-'));
  const good = await writeRun(twoEnvs(registerJourney(), (j) => j), { runId: 'crafted' });
  const run = join(root, 'runs', 'crafted');
  cpSync(good, run, { recursive: true });
  const file = join(run, 'manifest.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/"live"/g, JSON.stringify(name)));
  return { root, run };
}

async function cli(cwd: string, ...argv: string[]) {
  const io = memoryIo(cwd);
  const code = await runCli(argv, io);
  return { code, err: io.stderr.join('\n'), all: io.text() };
}

describe('an environment name that climbs out of its folder', () => {
  it('parity approve --env ../x: exit 2 (PATH_OUTSIDE), nothing written beside --baselines', async () => {
    const { root, run } = await craftedRun('../x');
    const baselines = join(root, 'approved', 'baselines');
    const r = await cli(root, 'approve', run, '--env', '../x', '--baselines', baselines);
    expect(r.code, r.all).toBe(2);
    expect(r.err).toMatch(/PATH_OUTSIDE|RUNDIR_FORMAT/);
    expect(r.all).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, 'approved', 'x'))).toBe(false);
    expect(existsSync(join(root, 'approved'))).toBe(false); // not even the baselines folder was made
  });

  it('parity approve --env ../x on a good run: refused before the run is read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parity-names-'));
    const run = await writeRun(twoEnvs(registerJourney(), (j) => j), { runId: 'good' });
    const r = await cli(root, 'approve', run, '--env', '../x', '--baselines', join(root, 'b'));
    expect(r.code, r.all).toBe(2);
    expect(r.err).toMatch(/PATH_OUTSIDE/);
    expect(readdirSync(root)).toEqual([]);
  });

  for (const cmd of ['compare', 'report']) {
    it(`parity ${cmd} of a run whose manifest names '../../x': exit 2 (RUNDIR_FORMAT), nothing written`, async () => {
      const { root, run } = await craftedRun('../../x');
      const before = readdirSync(join(root, 'runs')).sort();
      const r = await cli(root, cmd, run);
      expect(r.code, r.all).toBe(2);
      expect(r.err).toMatch(/RUNDIR_FORMAT/);
      expect(readdirSync(join(root, 'runs')).sort()).toEqual(before);
      expect(readdirSync(root).sort()).toEqual(['runs']);
    });
  }

  it('a journey.json whose step folder climbs out is refused, not read (PATH_OUTSIDE)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parity-names-'));
    const run = await writeRun(twoEnvs(registerJourney(), (j) => j), { runId: 'steps' });
    const jfile = join(run, 'captures', 'live', 'register-patient', 'journey.json');
    const j = JSON.parse(readFileSync(jfile, 'utf8')) as JourneyResult;
    j.steps[0]!.dir = '../../../../../../etc';
    writeFileSync(jfile, JSON.stringify(j));
    const r = await cli(root, 'compare', run);
    expect(r.code, r.all).toBe(2);
    expect(r.err).toMatch(/PATH_OUTSIDE/);
  });
});

describe('inside(base, ...names)', () => {
  it('joins plain names and refuses every way out', () => {
    expect(inside('/runs/r', 'captures', 'live', 'j')).toBe('/runs/r/captures/live/j');
    expect(inside('/runs/r', 'captures/live/j/00-open/capture.json')).toBe('/runs/r/captures/live/j/00-open/capture.json');
    for (const bad of ['..', '../x', 'a/../../x', '/etc', 'a\\..\\x', '', 'a//b', '.', 'a\u0000b']) {
      expect(() => inside('/runs/r', 'captures', bad), JSON.stringify(bad)).toThrow(/PATH_OUTSIDE|not a plain name/);
    }
  });
});
