// Screenshots of a page that grew are lined up row by row before they are compared: what a block
// added near the top pushed down is compared with where it came from, so only the block and a
// restyle further down are changes, each at its own place.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { comparePixels } from '../../src/compare/pixel-core.js';

const W = 400;

/** A white page of "lines of text": each line's dots scattered its own way, so no two rows look alike, as with words. */
async function page(lines: { y: number; k: number; rgb?: [number, number, number] }[], blocks: { y: number; h: number }[], height: number): Promise<Buffer> {
  const px = Buffer.alloc(W * height * 4, 255);
  const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    const o = (y * W + x) * 4;
    px[o] = r; px[o + 1] = g; px[o + 2] = b;
  };
  for (const { y, k, rgb = [0, 0, 0] as [number, number, number] } of lines) {
    for (let dy = 0; dy < 8; dy++) for (let x = 20; x < 380; x++) if (Math.imul(x * 31 + k * 977 + dy * 131, 2654435761) >>> 29 < 2) set(x, y + dy, rgb);
  }
  for (const { y, h } of blocks) for (let dy = 0; dy < h; dy++) for (let x = 20; x < 380; x++) set(x, y + dy, [200, 200, 220]);
  return sharp(px, { raw: { width: W, height, channels: 4 } }).png().toBuffer();
}

describe('screenshots lined up row by row', () => {
  it('a block added near the top is one change; what it pushed down is none, and a line restyled below it is seen where it now stands', async () => {
    const lines = Array.from({ length: 20 }, (_, k) => ({ y: 20 + 25 * k, k }));
    const a = await page(lines, [], 540);
    // 60 rows added under the fourth line; the sixteenth line is now red.
    const moved = lines.map((l) => ({ ...l, y: l.y >= 110 ? l.y + 60 : l.y, ...(l.k === 15 ? { rgb: [200, 0, 0] as [number, number, number] } : {}) }));
    const b = await page(moved, [{ y: 115, h: 50 }], 600);
    const o = await comparePixels({ a, b, threshold: 0.1, includeAA: false });
    expect(o.linedUp).toBe(true);
    expect(o.heightChange).toBe(60);
    const boxes = o.regions.map(({ x, y, width, height, onlyTarget, refDy }) => ({ x, y, width, height, onlyTarget, refDy }));
    expect(boxes).toEqual([
      expect.objectContaining({ y: 115, height: 50, onlyTarget: true }),
      expect.objectContaining({ y: 20 + 25 * 15 + 60, height: 8, refDy: -60 }),
    ]);
  });

  it('content taken out leaves a thin region where it stood, tied to the reference rows it was', async () => {
    const lines = Array.from({ length: 20 }, (_, k) => ({ y: 20 + 25 * k, k }));
    const a = await page(lines.map((l) => ({ ...l, y: l.y >= 110 ? l.y + 60 : l.y })), [{ y: 115, h: 50 }], 600);
    const b = await page(lines, [], 540);
    const o = await comparePixels({ a, b, threshold: 0.1, includeAA: false });
    expect(o.heightChange).toBe(-60);
    expect(o.regions).toEqual([expect.objectContaining({ height: 2, removedRows: expect.any(Number) })]);
    expect(o.regions[0]!.removedRows).toBeGreaterThanOrEqual(50);
  });

  it('two pages of one height are compared in place, as before', async () => {
    const lines = Array.from({ length: 10 }, (_, k) => ({ y: 20 + 25 * k, k }));
    const a = await page(lines, [], 300);
    const b = await page(lines.map((l) => (l.k === 3 ? { ...l, rgb: [200, 0, 0] as [number, number, number] } : l)), [], 300);
    const o = await comparePixels({ a, b, threshold: 0.1, includeAA: false });
    expect(o.linedUp).toBeUndefined();
    expect(o.regions).toEqual([expect.objectContaining({ y: 95, height: 8 })]);
  });

  it('a line set lower on its own (space moved from under it to above it) on a page that grew is one region over it', async () => {
    const lines = Array.from({ length: 10 }, (_, k) => ({ y: 20 + 25 * k, k }));
    const a = await page(lines.map((l) => (l.k === 2 ? { ...l, y: l.y - 6 } : l)), [], 300);
    // The third line, 6 rows under its place in a, now 14 rows lower than it was: 20 rows of space
    // moved; and the page is 40 rows taller at its foot.
    const b = await page(lines.map((l) => (l.k === 2 ? { ...l, y: l.y + 14 } : l)), [], 340);
    const o = await comparePixels({ a, b, threshold: 0.1, includeAA: false });
    expect(o.linedUp).toBe(true);
    expect(o.regions).toEqual([expect.objectContaining({ x: 0, width: W, spacedRows: 20 })]);
    const r = o.regions[0]!;
    expect(r.y).toBeLessThanOrEqual(64 + 14);
    expect(r.y + r.height).toBeGreaterThanOrEqual(70 + 14);
  });

  it('a page that is the same but for a nudge of a few rows is not lined up and has no region', async () => {
    const lines = Array.from({ length: 10 }, (_, k) => ({ y: 20 + 25 * k, k }));
    const a = await page(lines, [], 300);
    const b = await page(lines.map((l) => ({ ...l, y: l.y + 3 })), [], 300);
    const o = await comparePixels({ a, b, threshold: 0.1, includeAA: false });
    expect(o.linedUp).toBeUndefined();
    expect(o.regions).toEqual([]);
  });
});
