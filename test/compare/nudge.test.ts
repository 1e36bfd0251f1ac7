// Content moved by a pixel or three is a nudge no person notices; a thin line that appeared is not.
import { describe, expect, it } from 'vitest';
import { changedBands, nudged, NUDGE_PX } from '../../src/compare/pixel-core.js';

const W = 40;
/** An RGBA image whose row y is painted by shade(y) (0 = white). */
function image(h: number, shade: (y: number) => number): Uint8Array {
  const buf = new Uint8Array(W * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < W; x++) {
    const v = 255 - shade(y);
    buf.set([v, v, v, 255], (y * W + x) * 4);
  }
  return buf;
}
// Text-like rows from 10 to 90, irregular as lines of text are (a regular stripe would line up
// again after one period and look like a nudge).
const content = (y: number) => (y >= 10 && y < 90 && (Math.imul(y, 2654435761) >>> 0) % 5 < 2 ? 200 : 0);

describe('nudges', () => {
  it('everything below a point moved down by 2 px is a nudge', () => {
    const a = image(120, content);
    const b = image(120, (y) => content(y - 2));
    const bands = changedBands(a, b, W, 120);
    expect(bands.length).toBeGreaterThan(0);
    expect(bands.every(([y0, y1]) => nudged(a, b, W, 120, y0, y1))).toBe(true);
  });

  it(`moved by more than ${NUDGE_PX} px is a change`, () => {
    const a = image(120, content);
    const b = image(120, (y) => content(y - (NUDGE_PX + 3)));
    const [band] = changedBands(a, b, W, 120);
    expect(nudged(a, b, W, 120, band![0], band![1])).toBe(false);
  });

  it('a one-pixel line that appeared on a plain background is a change, not a nudge', () => {
    const a = image(60, () => 0);
    const b = image(60, (y) => (y === 30 ? 120 : 0));
    const [band] = changedBands(a, b, W, 60);
    expect(nudged(a, b, W, 60, band![0], band![1])).toBe(false);
  });

  it('a one-pixel underline that appeared is a change, not a nudge', () => {
    const a = image(60, (y) => (y >= 20 && y < 30 ? 200 : 0));
    const b = image(60, (y) => (y >= 20 && y < 30 ? 200 : y === 31 ? 120 : 0));
    const [band] = changedBands(a, b, W, 60);
    expect(nudged(a, b, W, 60, band![0], band![1])).toBe(false);
  });
});
