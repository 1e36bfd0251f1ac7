// What `parity run` shows while it works: on a terminal one live status line (done/planned per
// environment, the time, the step in progress) drawn over itself, with a line per finished journey
// above it; in a pipe or CI only the lines per journey, nothing that redraws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import { cleanup, project, simSignIn } from './helpers-run.js';

let dir: string;
const runs: Record<'tty' | 'pipe', ReturnType<typeof memoryIo>> = {} as never;

beforeAll(async () => {
  const p = project(['find-patient', 'record-allergy']);
  dir = p.dir;
  p.config({ reference: 'train', environments: { train: { sim: { variant: 'train' }, writes: 'allowed', signIn: simSignIn() } } });
  for (const mode of ['tty', 'pipe'] as const) {
    const io = memoryIo(dir, { ...process.env });
    io.isTTY = mode === 'tty';
    const code = await main(['run', '--capture-only', '--out', join(dir, mode), '--workers', '1', '--trace', 'off'], io);
    expect(code, io.text()).toBe(0);
    runs[mode] = io;
  }
}, 120_000);
afterAll(() => cleanup(dir));

describe('progress of a run', () => {
  it('on a terminal, the status line follows each step and counts finished journeys', () => {
    const lines = runs.tty.statusLines;
    expect(lines).toContainEqual(expect.stringMatching(/^train 0\/2 {2}\d+\.\ds {2}train: find-patient › Open patient search$/));
    expect(lines).toContainEqual(expect.stringMatching(/^train 1\/2 {2}\d+\.\ds {2}train: record-allergy › /));
    expect(lines.at(-1)).toBe(''); // cleared before the summary, so nothing is left half-drawn
  });

  it('each finished journey still gets its own line, above the status line', () => {
    const done = runs.tty.stdout.filter((l) => /^passed\s+train\s+/.test(l));
    expect(done).toHaveLength(2);
    // The status line is cleared before each of those lines is printed.
    const clears = runs.tty.statusLines.filter((l) => l === '').length;
    expect(clears).toBeGreaterThanOrEqual(2);
  });

  it('in a pipe or CI: the lines per journey only, no status line', () => {
    expect(runs.pipe.statusLines).toEqual([]);
    expect(runs.pipe.stdout.filter((l) => /^passed\s+train\s+/.test(l))).toHaveLength(2);
  });
});
