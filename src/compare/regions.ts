// Changed regions as boxes a person can look at, from pixelmatch's output. Pixels are binned into
// 16×16 cells; cells with changes that lie within two cells of each other are one region (so the
// letters of one changed label are one box, not thirty). Each box is tightened to the changed
// pixels it holds. Linear in the image size and cheap next to decoding.
import type { Box } from '../model/capture.js';

export interface PixelRegion extends Box {
  pixels: number; // changed pixels inside
  /** Part of the taller (or wider) page that the other one does not have at all. */
  beyondOverlap?: boolean;
  /** Screenshots lined up row by row (row-align.ts): the target alone has these rows... */
  onlyTarget?: boolean;
  /** ...or the reference shows them this many rows lower (negative: higher). */
  refDy?: number;
  /** Rows the reference had here that the target took out (a thin region where they stood). */
  removedRows?: number;
  /** Blank rows put in here (positive) or taken out (negative): what lies under it was moved. */
  spacedRows?: number;
}

const CELL = 16;
const REACH = 2; // cells: gaps up to ~32 px are bridged
const MAX_REGIONS = 50;
// pixelmatch's diff colour [255,0,0] at alpha 255, read as a little-endian 32-bit word.
const DIFF_WORD = 0xff0000ff;

/**
 * Regions of the whole image, never straddling a cut (a row where one part of the page ends and
 * the next begins, such as the bottom of the site's header): a header that changed colour and a
 * link just beneath it that moved are two changes, even when fewer than 32 px apart.
 */
export function findRegionsCut(rgba: Uint8Array, width: number, height: number, cuts: number[] = []): PixelRegion[] {
  const edges = [...new Set([0, ...cuts.map((c) => Math.round(c)).filter((c) => c > 0 && c < height), height])].sort((a, b) => a - b);
  const out: PixelRegion[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const y0 = edges[i]!;
    const slab = rgba.subarray(y0 * width * 4, edges[i + 1]! * width * 4);
    for (const r of findRegions(slab, width, edges[i + 1]! - y0)) out.push({ ...r, y: r.y + y0 });
  }
  const kept = out.length > MAX_REGIONS ? [...out].sort((a, b) => b.pixels - a.pixels).slice(0, MAX_REGIONS) : out;
  return kept.sort((a, b) => a.y - b.y || a.x - b.x);
}

export function findRegions(rgba: Uint8Array, width: number, height: number): PixelRegion[] {
  const cw = Math.ceil(width / CELL);
  const ch = Math.ceil(height / CELL);
  const cells = cw * ch;
  const count = new Uint32Array(cells);
  const minX = new Int32Array(cells).fill(width);
  const minY = new Int32Array(cells).fill(height);
  const maxX = new Int32Array(cells).fill(-1);
  const maxY = new Int32Array(cells).fill(-1);
  const words = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const cy = ((y / CELL) | 0) * cw;
    for (let x = 0; x < width; x++) {
      if (words[row + x] !== DIFF_WORD) continue;
      const c = cy + ((x / CELL) | 0);
      count[c]!++;
      if (x < minX[c]!) minX[c] = x;
      if (x > maxX[c]!) maxX[c] = x;
      if (y < minY[c]!) minY[c] = y;
      if (y > maxY[c]!) maxY[c] = y;
    }
  }
  // Connected components over changed cells (flood fill with a reach of REACH cells).
  const seen = new Uint8Array(cells);
  const regions: PixelRegion[] = [];
  const stack: number[] = [];
  for (let start = 0; start < cells; start++) {
    if (!count[start] || seen[start]) continue;
    seen[start] = 1;
    stack.push(start);
    let x0 = width, y0 = height, x1 = -1, y1 = -1, px = 0;
    while (stack.length) {
      const c = stack.pop()!;
      px += count[c]!;
      if (minX[c]! < x0) x0 = minX[c]!;
      if (minY[c]! < y0) y0 = minY[c]!;
      if (maxX[c]! > x1) x1 = maxX[c]!;
      if (maxY[c]! > y1) y1 = maxY[c]!;
      const cx = c % cw;
      const cy = (c / cw) | 0;
      for (let dy = -REACH; dy <= REACH; dy++) {
        const ny = cy + dy;
        if (ny < 0 || ny >= ch) continue;
        for (let dx = -REACH; dx <= REACH; dx++) {
          const nx = cx + dx;
          if (nx < 0 || nx >= cw) continue;
          const k = ny * cw + nx;
          if (count[k] && !seen[k]) {
            seen[k] = 1;
            stack.push(k);
          }
        }
      }
    }
    regions.push({ x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1, pixels: px });
  }
  // A page of noise would give hundreds of boxes: keep the biggest, in reading order.
  const kept = regions.length > MAX_REGIONS ? [...regions].sort((a, b) => b.pixels - a.pixels).slice(0, MAX_REGIONS) : regions;
  return kept.sort((a, b) => a.y - b.y || a.x - b.x);
}

export function intersects(a: Box, b: Box, pad = 0): boolean {
  return a.x - pad < b.x + b.width && b.x - pad < a.x + a.width && a.y - pad < b.y + b.height && b.y - pad < a.y + a.height;
}
