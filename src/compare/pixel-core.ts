// Comparing two screenshots, the part that burns CPU. Runs in a worker thread (pool.ts) or, where
// no compiled worker exists, in-process. Where the time goes (see DESIGN.md): decoding with sharp
// (libvips) is ~5x faster than pngjs and encoding ~30x; pixelmatch itself is a few ms. So: sharp to
// decode, pixelmatch on raw RGBA (only on the bands of rows that differ at all, found by memcmp),
// regions from its output, and sharp to write the diff image, only when pixels differ.
// Byte-identical PNGs never get here (pixels.ts settles them with Buffer.equals).
import sharp from 'sharp';
import pixelmatch from 'pixelmatch';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { findRegionsCut, type PixelRegion } from './regions.js';
import { lineUp } from './row-align.js';

export interface PixelJob {
  a: Uint8Array; // reference PNG
  b: Uint8Array; // target PNG
  threshold: number;
  includeAA: boolean;
  /** Rows no region may straddle: where the site's header ends and its footer begins. */
  cuts?: number[];
  /** Where to write the diff PNG when pixels differ; without it the PNG is returned as bytes. */
  diffPath?: string;
  /** Return the diff PNG bytes (benchmark, tests) instead of, or as well as, writing it. */
  returnDiff?: boolean;
}

export interface PixelOutcome {
  identical: boolean;
  width: number; // of the compared overlap
  height: number;
  refSize: { width: number; height: number };
  targetSize: { width: number; height: number };
  diffPixels: number;
  diffRatio: number; // of the overlap
  /** Target height minus reference height (full-page screenshots grow with content). */
  heightChange: number;
  /** The two were lined up row by row (row-align.ts) before comparing, the page having grown or shrunk. */
  linedUp?: boolean;
  regions: PixelRegion[];
  diffWritten: boolean;
  diffPng?: Uint8Array;
  ms: number;
}

// pixelmatch paints counted differences in this colour; regions are read back from it.
const DIFF_RGB: [number, number, number] = [255, 0, 0];

async function decode(png: Uint8Array): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The top-left w×h of an RGBA image; a view (no copy) when the width already fits. */
function crop(img: { data: Buffer; width: number }, w: number, h: number): Buffer {
  if (img.width === w) return img.data.subarray(0, w * h * 4);
  const out = Buffer.allocUnsafe(w * h * 4);
  for (let y = 0; y < h; y++) img.data.copy(out, y * w * 4, y * img.width * 4, (y * img.width + w) * 4);
  return out;
}

/**
 * Rows [start, end) where the images differ, found with memcmp per row (Buffer.compare), widened by
 * two rows (pixelmatch's anti-aliasing test looks two rows around a pixel) and merged when close.
 * Most differing screenshots differ in a few places: pixelmatch then runs on those bands only.
 */
export function changedBands(a: Uint8Array, b: Uint8Array, w: number, h: number): [number, number][] {
  const A = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const B = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const stride = w * 4;
  const bands: [number, number][] = [];
  let cur: [number, number] | undefined;
  for (let y = 0; y < h; y++) {
    const o = y * stride;
    if (A.compare(B, o, o + stride, o, o + stride) === 0) continue;
    const start = Math.max(0, y - MARGIN);
    const end = Math.min(h, y + MARGIN + 1);
    if (cur && start <= cur[1] + MERGE_GAP) cur[1] = end;
    else bands.push((cur = [start, end]));
  }
  return bands;
}

const MARGIN = 2;
const MERGE_GAP = 8;
/** Content moved up or down by this much or less is a nudge no person notices, not a change. */
export const NUDGE_PX = 8;

/**
 * Whether the band's rows in `a` are, all but a few, the rows of `b` moved by at most NUDGE_PX:
 * a release that adds a pixel of padding shifts everything below it, and pixelmatch would paint
 * the whole page red for a change no one sees. Row equality is memcmp, so this is cheap.
 */
export function nudged(a: Uint8Array, b: Uint8Array, w: number, h: number, y0: number, y1: number): boolean {
  const A = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const B = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const stride = w * 4;
  const rows = y1 - y0;
  // Where the shift begins and ends a few rows do not line up; a short band must line up exactly,
  // so a one-pixel underline that appeared is never taken for a nudge.
  const allow = rows >= 20 ? Math.floor(rows * 0.1) : 0;
  // Rows of `from` that are not rows of `to` moved by dy.
  const offRows = (from: Buffer, to: Buffer, dy: number) => {
    let off = 0;
    for (let y = y0; y < y1 && off <= allow; y++) {
      const yt = y + dy;
      if (yt < 0 || yt >= h) { off++; continue; }
      if (from.compare(to, yt * stride, yt * stride + stride, y * stride, y * stride + stride) !== 0) off++;
    }
    return off;
  };
  for (let dy = -NUDGE_PX; dy <= NUDGE_PX; dy++) {
    if (dy === 0) continue;
    // Both ways: every row of each image is a row of the other moved by the same amount. One way
    // only, a line that appeared on a plain background would pass (plain rows match plain rows).
    if (offRows(A, B, dy) <= allow && offRows(B, A, -dy) <= allow) return true;
  }
  return false;
}

export async function comparePixels(job: PixelJob): Promise<PixelOutcome> {
  const t0 = performance.now();
  // libvips decodes both on its own threads at once.
  const [ra, rb] = await Promise.all([decode(job.a), decode(job.b)]);
  const w = Math.min(ra.width, rb.width);
  // A page that grew or shrank had something added or taken out: what moved with it is compared
  // with where it came from (row-align.ts), at the target's height. (Pages of one height are
  // compared in place: lining those up too lost more changes on the corpus than it found.)
  const lined = Math.abs(ra.height - rb.height) > NUDGE_PX ? lineUp(ra, rb, w) : undefined;
  const h = lined ? rb.height : Math.min(ra.height, rb.height);
  const ca = lined ? lined.ref : crop(ra, w, h);
  const cb = crop(rb, w, h);
  // The diff image is a mask: changed pixels in red on transparent, to lay over the target
  // screenshot. Painting a faded copy of the page under it would cost more than the compare.
  const out = Buffer.alloc(w * h * 4);
  let diffPixels = 0;
  let nudges = 0;
  const bands = changedBands(ca, cb, w, h);
  for (const [y0, y1] of bands) {
    if (nudged(ca, cb, w, h, y0, y1)) {
      nudges++;
      continue;
    }
    const from = y0 * w * 4;
    const to = y1 * w * 4;
    diffPixels += pixelmatch(ca.subarray(from, to), cb.subarray(from, to), out.subarray(from, to), w, y1 - y0, {
      threshold: job.threshold, includeAA: job.includeAA, diffColor: DIFF_RGB, diffMask: true,
    });
  }
  const regions = diffPixels ? findRegionsCut(out, w, h, job.cuts) : [];
  // A page a pixel or three taller because everything moved by that much is the same page.
  const onlyNudged = bands.length > 0 && nudges === bands.length && Math.abs(ra.height - rb.height) <= NUDGE_PX && ra.width === rb.width;
  if (lined) {
    for (const r of regions) {
      const at = lined.placeOf(r.x + r.width / 2, r.y, r.y + r.height);
      if (at.onlyTarget) r.onlyTarget = true;
      else if (at.refDy) r.refDy = at.refDy;
    }
    // Space put in or taken out moved what lies under it, which looks the same: the region is the
    // space put in and the first rows of what moved, so it is named after that (a Back link).
    for (const x of lined.spaced) {
      const height = Math.min(h - x.y, x.through !== undefined ? x.through - x.y : (x.added ? x.rows : 0) + NUDGE_PX);
      if (height > 0) regions.push({ x: 0, y: x.y, width: w, height, pixels: x.rows * w, spacedRows: x.added ? x.rows : -x.rows });
    }
    // What was taken out leaves no pixels on the target: a thin region where it stood.
    for (const x of lined.removed) {
      const y = Math.max(0, x.y - 1);
      regions.push({ x: x.x0, y, width: x.x1 - x.x0, height: 2, pixels: x.rows * (x.x1 - x.x0), removedRows: x.rows, ...(x.refY - y ? { refDy: x.refY - y } : {}) });
    }
  } else {
    // What only the taller page has is changed by definition: one region for it. A page a few
    // pixels longer or shorter is no change of its own (what made it so is, elsewhere).
    const extra = Math.abs(ra.height - rb.height);
    if (extra > NUDGE_PX && !onlyNudged) {
      regions.push({ x: 0, y: h, width: Math.max(ra.width, rb.width), height: extra, pixels: extra * w, beyondOverlap: true });
    }
  }
  if (ra.width !== rb.width) {
    regions.push({ x: w, y: 0, width: Math.abs(ra.width - rb.width), height: Math.max(ra.height, rb.height), pixels: 0, beyondOverlap: true });
  }
  const identical = diffPixels === 0 && ra.width === rb.width && (ra.height === rb.height || onlyNudged);
  let diffWritten = false;
  let diffPng: Uint8Array | undefined;
  if (diffPixels > 0 && (job.diffPath || job.returnDiff)) {
    // Fast zlib level: a diff image is looked at once, not archived; a mask compresses well anyway.
    const enc = sharp(out, { raw: { width: w, height: h, channels: 4 } }).png({ compressionLevel: 1, adaptiveFiltering: false });
    if (job.diffPath) {
      await mkdir(dirname(job.diffPath), { recursive: true });
      await enc.toFile(job.diffPath);
      diffWritten = true;
    } else {
      diffPng = await enc.toBuffer();
    }
  }
  const result: PixelOutcome = {
    identical, width: w, height: h,
    refSize: { width: ra.width, height: ra.height }, targetSize: { width: rb.width, height: rb.height },
    diffPixels, diffRatio: w * h ? diffPixels / (w * h) : 0, heightChange: rb.height - ra.height,
    regions, diffWritten, ms: performance.now() - t0,
  };
  if (diffPng) result.diffPng = diffPng;
  if (lined) result.linedUp = true;
  return result;
}
