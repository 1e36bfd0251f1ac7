// The comparer judged against the simulator's ground truth, end to end through the real CLI:
// the example suite in specs/ runs through train and every live variant. Every planted difference
// that `parity sim --list` declares must be found, with its kind, at the step where a person meets
// it; train compared with the committed baselines (train approved from an earlier run) must find
// nothing at all.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import { listVariants } from '../../src/sim/index.js';
import type { CompareResult } from '../../src/model/divergence.js';
import type { RunManifest } from '../../src/model/rundir.js';

const planted = listVariants().flatMap((v) => v.differences);
const repo = resolve('.');
let result: CompareResult;
let exitCode: number;
let runDir: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parity-truth-'));
  symlinkSync(join(repo, 'specs'), join(dir, 'specs'));
  // The approved training captures: where a trained control stood, for going on past a block.
  symlinkSync(join(repo, 'baselines'), join(dir, 'baselines'));
  // The example config as it is: train is compared with itself through the committed baselines.
  const config = parse(readFileSync(join(repo, 'parity.config.yaml'), 'utf8')) as Record<string, any>;
  writeFileSync(join(dir, 'parity.config.yaml'), stringify(config));
  runDir = join(dir, 'run');
  const io = memoryIo(dir, { ...process.env });
  exitCode = await main(['run', '--out', runDir, '--workers', '2', '--trace', 'off'], io);
  if (!existsSync(join(runDir, 'compare', 'result.json'))) throw new Error(`no comparison was written:\n${io.text()}`);
  result = JSON.parse(readFileSync(join(runDir, 'compare', 'result.json'), 'utf8')) as CompareResult;
}, 900_000);

describe('the example suite against the simulator', () => {
  it('runs every journey in every environment and exits 1 (divergences found)', () => {
    expect(exitCode).toBe(1);
    const m = JSON.parse(readFileSync(join(runDir, 'manifest.json'), 'utf8')) as RunManifest;
    expect(m.environments.map((e) => e.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(result.targets.sort()).toEqual(['live-london', 'live-shared', 'live-south']);
  });

  it('declares at least 15 planted differences across the live variants', () => {
    expect(planted.length).toBeGreaterThanOrEqual(15);
  });

  it('finds nothing when train is compared with train approved from an earlier run (the committed baselines); live drifts from them', async () => {
    const io = memoryIo(repo);
    const code = await main(['compare', runDir, '--against', 'baselines', '--baselines', join(repo, 'baselines')], io);
    expect(code, io.text()).toBe(1);
    const r = JSON.parse(readFileSync(join(runDir, 'compare', 'result.json'), 'utf8')) as CompareResult;
    expect(r.divergences.filter((d) => d.target === 'train')).toEqual([]);
    const cells = r.matrix.filter((c) => c.target === 'train');
    expect(cells.length).toBeGreaterThanOrEqual(10);
    for (const c of cells) expect(c).toMatchObject({ worst: null, status: 'compared' });
    expect(new Set(r.divergences.map((d) => d.target))).toEqual(new Set(['live-south', 'live-london', 'live-shared']));
  });

  it('reports nothing in a live variant that its planted differences do not explain (no false alarms)', () => {
    // A divergence is explained only by a difference planted in the same variant and journey, at
    // the very step it is reported at: the step where the difference was planted, or one of the
    // steps the planted difference itself declares it shows at too (alsoAt: the same form captured
    // again, the screen before a blocked click). A divergence at any other step of a journey with a
    // planted difference is noise a trainer would have to read past, as one in any other journey is.
    expect(result.divergences.length).toBeGreaterThanOrEqual(planted.length); // the check reads a real comparison
    const explains = (p: (typeof planted)[number], d: CompareResult['divergences'][number]) =>
      p.variant === d.target && p.journey === d.journey && (p.step === d.step || (p.alsoAt ?? []).includes(d.step));
    const unexplained = result.divergences.filter((d) => !planted.some((p) => explains(p, d)));
    expect(unexplained.map((d) => `${d.target} ${d.journey} / ${d.step}: ${d.kind}: ${d.message}`)).toEqual([]);
  });

  it('goes on past a block with the control standing in the trained one\'s place, and compares what lies behind it', () => {
    const london = result.divergences.filter((d) => d.target === 'live-london' && d.journey === 'book-appointment');
    const blocked = london.find((d) => d.kind === 'journey-blocked');
    expect(blocked?.message).toMatch(/the button 'Book' is now 'Reserve' \(in the same place\), and the journey went on with it/);
    for (const p of planted.filter((x) => x.behind)) {
      const behind = result.divergences.find((d) => d.target === p.variant && d.journey === p.journey && d.step === p.step && d.kind === p.kind);
      expect(behind?.message, p.sentence).toMatch(/continued via 'Reserve'/);
    }
    // No strong candidate, no going on: live-south has no 'RTT status' at all, and stops there.
    const south = result.matrix.find((c) => c.target === 'live-south' && c.journey === 'outcome-attendance');
    expect(south).toBeDefined();
    const rtt = result.divergences.find((d) => d.target === 'live-south' && d.journey === 'outcome-attendance' && d.kind === 'journey-blocked');
    expect(rtt?.message).not.toMatch(/went on/);
  });

  it.each(planted.map((p) => [`${p.variant}: ${p.kind} in ${p.journey} / ${p.step}`, p] as const))('finds %s', (_, p) => {
    const sameJourney = result.divergences.filter((d) => d.target === p.variant && d.journey === p.journey);
    const hit = sameJourney.find((d) => d.kind === p.kind && d.step === p.step);
    expect(hit, `found instead: ${sameJourney.map((d) => `${d.kind} @ ${d.step}`).join('; ')}`).toBeDefined();
  });
});
