// Pixel compare, Parity vs ODiffServer (odiff-bin, "the fastest image difference tool in the world"),
// on the same screenshot pairs, in the same run. Both read the PNGs from disk and write a diff PNG to
// disk for every differing pair, as a run does; all pairs are handed over at once, as a suite would.
// Rounds alternate which side goes first; the figures are medians over the rounds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkBuffers } from '../dist/compare/pixels.js';
import { PixelPool } from '../dist/compare/pool.js';
import { peer } from './peers.mjs';

const VISUAL = { threshold: 0.1, includeAA: false };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchOdiff(pairs, dir, { rounds = 5 } = {}) {
  const differing = pairs.filter((p) => !p.a.equals(p.b));
  mkdirSync(dir, { recursive: true });
  const files = differing.map((p, i) => {
    const a = join(dir, `${i}-a.png`), b = join(dir, `${i}-b.png`);
    writeFileSync(a, p.a); writeFileSync(b, p.b);
    return { a, b };
  });
  const { ODiffServer } = peer('odiff-bin');
  const odiff = new ODiffServer();
  const pool = new PixelPool();
  const threads = pool.threads;
  const sides = {
    parity: (r) => Promise.all(files.map(async (f, i) => {
      const [a, b] = await Promise.all([readFile(f.a), readFile(f.b)]);
      return (await checkBuffers(a, b, pool, VISUAL, { diffPath: join(dir, `parity-${r}-${i}.png`) })).outcome?.diffPixels ?? 0;
    })),
    // antialiasing: true is odiff's word for what pixelmatch calls includeAA: false (AA pixels not counted).
    odiff: (r) => Promise.all(files.map(async (f, i) => {
      const res = await odiff.compare(f.a, f.b, join(dir, `odiff-${r}-${i}.png`), { threshold: VISUAL.threshold, antialiasing: true });
      return res.match ? 0 : res.diffCount ?? -1;
    })),
  };
  const ms = { parity: [], odiff: [] };
  let counts;
  try {
    await sides.parity('warm'); await sides.odiff('warm'); // libvips, workers, odiff's process: steady state
    for (let r = 0; r < rounds; r++) {
      for (const side of r % 2 ? ['odiff', 'parity'] : ['parity', 'odiff']) {
        const t = performance.now();
        const n = await sides[side](r);
        ms[side].push(performance.now() - t);
        if (side === 'parity') counts = { ...counts, parity: n }; else counts = { ...counts, odiff: n };
      }
    }
  } finally {
    odiff.stop();
    await pool.close();
  }
  const round = (x) => Math.round(x * 10) / 10;
  const parityMs = median(ms.parity), odiffMs = median(ms.odiff);
  return {
    parityMs: round(parityMs), odiffMs: round(odiffMs), vsOdiff: Math.round((parityMs / odiffMs) * 100) / 100,
    pairs: differing.length, rounds, threads,
    // Changed pixels each tool counted, pair by pair: the two measure the same thing, roughly.
    diffPixels: counts,
  };
}
