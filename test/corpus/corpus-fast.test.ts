// The fast part of the real-app corpus (npm run corpus has all of it, three runs each): two pairs
// of real third-party releases, installed from npm by their lockfiles, through the real CLI and
// real Chromium, judged against truth written by hand before Parity ran. The floors are what
// Parity reaches today; a change to the comparer that names fewer known changes, or reports a
// false one, fails here.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

interface PairFigures { pair: string; journeys: number; known: number; named: number; missed: string[]; false: number; repeated: number; self: number; runToRun: number }

describe('real-app corpus, fast subset', () => {
  it('flatpickr and json-editor: known changes named, no false findings, nothing against itself', () => {
    // dist is built by `npm test`'s pretest; the harness installs each pair from its lockfile.
    const out = execFileSync('node', ['corpus/run.mjs', '--pairs', 'flatpickr,json-editor', '--runs', '1', '--json'], { cwd: repo, encoding: 'utf8', timeout: 280_000, stdio: ['ignore', 'pipe', 'inherit'] });
    const figures = JSON.parse(out) as { pairs: PairFigures[] };
    const by = new Map(figures.pairs.map((p) => [p.pair, p]));
    const flatpickr = by.get('flatpickr')!;
    const jsonEditor = by.get('json-editor')!;
    for (const p of [flatpickr, jsonEditor]) {
      expect(p.self, `${p.pair} against itself`).toBe(0);
      expect(p.false, `${p.pair} false findings`).toBeLessThanOrEqual(p.journeys);
    }
    expect(flatpickr.named).toBeGreaterThanOrEqual(4);
    expect(jsonEditor.named).toBeGreaterThanOrEqual(7);
  }, 300_000);
});
