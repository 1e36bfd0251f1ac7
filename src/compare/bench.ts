// How much faster Parity's pixel compare is than the naive pipeline most visual-regression tools
// use (pngjs decode, pixelmatch, pngjs encode), on the same screenshot pairs. `npm run bench`
// calls this with simulator screenshots at 1920 wide. Targets: >= 5x on differing pairs, < 1 ms on
// byte-identical ones. Both sides produce a diff PNG in memory; neither writes to disk.
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { checkBuffers } from './pixels.js';
import { PixelPool } from './pool.js';

export interface BenchResult {
  naiveMs: number; // all differing pairs, one after another, as naive tools do
  parityMs: number; // the same pairs through Parity's pool
  ratio: number; // naiveMs / parityMs
  identicalUs: number; // mean time to settle one byte-identical pair
  pairs: number; // differing pairs measured
  threads: number; // pixel worker threads used (0: in-process)
}

const VISUAL = { threshold: 0.1, includeAA: false };

/** The top-left w×h of a decoded PNG (pixelmatch needs equal sizes; a naive tool would crop too). */
function cropData(p: PNG, w: number, h: number): Buffer {
  if (p.width === w && p.height === h) return p.data;
  const out = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) p.data.copy(out, y * w * 4, y * p.width * 4, (y * p.width + w) * 4);
  return out;
}

function naive(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  const w = Math.min(pa.width, pb.width);
  const h = Math.min(pa.height, pb.height);
  const diff = new PNG({ width: w, height: h });
  const n = pixelmatch(cropData(pa, w, h), cropData(pb, w, h), diff.data, w, h, VISUAL);
  PNG.sync.write(diff);
  return n;
}

export async function benchPixels(pairs: { a: Buffer; b: Buffer }[], opts: { workers?: number } = {}): Promise<BenchResult> {
  const differing = pairs.filter((p) => !p.a.equals(p.b));
  const pool = new PixelPool(opts.workers);
  try {
    // Warm both up once (JIT, loading libvips, starting the workers): steady state is what a run sees.
    const warm = differing[0];
    if (warm) {
      naive(warm.a, warm.b);
      await Promise.all(Array.from({ length: Math.max(1, pool.threads) }, () => checkBuffers(warm.a, warm.b, pool, VISUAL, { returnDiff: true })));
    }
    let t = performance.now();
    for (const p of differing) naive(p.a, p.b);
    const naiveMs = performance.now() - t;

    t = performance.now();
    await Promise.all(differing.map((p) => checkBuffers(p.a, p.b, pool, VISUAL, { returnDiff: true })));
    const parityMs = performance.now() - t;

    // Byte-identical: a fresh copy, so no shortcut on object identity; the full check path.
    const sample = pairs.length ? pairs : [];
    const copies = sample.map((p) => ({ a: p.a, b: Buffer.from(p.a) }));
    const rounds = 20;
    t = performance.now();
    for (let r = 0; r < rounds; r++) for (const c of copies) await checkBuffers(c.a, c.b, pool, VISUAL);
    const identicalUs = copies.length ? ((performance.now() - t) * 1000) / (rounds * copies.length) : 0;

    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      naiveMs: round(naiveMs), parityMs: round(parityMs), ratio: parityMs > 0 ? round(naiveMs / parityMs) : 0,
      identicalUs: round(identicalUs), pairs: differing.length, threads: pool.threads,
    };
  } finally {
    await pool.close();
  }
}
