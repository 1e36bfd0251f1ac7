// Lining up two screenshots row by row before comparing them, the way a person compares two
// pages: a section added near the top pushes everything under it down, yet what was pushed looks
// as it did. Compared at the same coordinates, every pushed row differs and a restyle further down
// is lost among them; compared against the row it came from, only what changed is left.
// Rows are matched whole (a hash of each row's pixels), anchored on rows each page has once
// (patience diff): a hash per row and a sort, however much changed.
import { createHash } from 'node:crypto';

export interface Rgba { data: Buffer; width: number; height: number }

export interface RowAlignment {
  /** For each row of the target: the reference row it is compared with, or -1 where the target
   *  has rows the reference lacks (compared with a plain row of the target's own background). */
  from: Int32Array;
  /** Target rows where reference rows that held something were taken out: the row under which
   *  they stood, how many there were and the columns they held something in. */
  removed: { y: number; refY: number; rows: number; x0: number; x1: number }[];
  /** Target rows where only blank rows were put in or taken out: the space above something changed. */
  spaced: { y: number; rows: number; added: boolean }[];
}

/** As pixel-core's NUDGE_PX (not imported: pixel-core imports this file). */
const NUDGE_ROWS = 8;

function rowHashes(img: Rgba, x0: number, x1: number): string[] {
  const stride = img.width * 4;
  const out: string[] = new Array(img.height);
  for (let y = 0; y < img.height; y++) {
    out[y] = createHash('sha1').update(img.data.subarray(y * stride + x0 * 4, y * stride + x1 * 4)).digest('base64');
  }
  return out;
}

/**
 * Rows that appear once on each side, in an order both sides keep (the longest such run, found
 * patience-style): the fixed points two pages share. Plain background rows appear many times and
 * anchor nothing; a row of text almost always appears once.
 */
function anchors(ha: string[], hb: string[]): [number, number][] {
  const count = new Map<string, number>();
  for (const h of ha) count.set(h, (count.get(h) ?? 0) + 1);
  const inB = new Map<string, number>();
  const twiceB = new Set<string>();
  hb.forEach((h, j) => { if (inB.has(h)) twiceB.add(h); inB.set(h, j); });
  const pairs: [number, number][] = [];
  ha.forEach((h, i) => { if (count.get(h) === 1 && !twiceB.has(h) && inB.has(h)) pairs.push([i, inB.get(h)!]); });
  // Longest increasing run of j (pairs are in order of i): patience sorting, O(n log n).
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (pairs[tails[mid]!]![1] < pairs[k]![1]) lo = mid + 1; else hi = mid; }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(pairs[k]!);
  return out.reverse();
}

/**
 * How the target's rows line up with the reference's, in columns [x0, x1) of each, or undefined
 * when too few rows are shared to say (a new colour or font everywhere): then compare in place.
 */
function alignRows(a: Rgba, b: Rgba, x0: number, x1: number): RowAlignment | undefined {
  const ha = rowHashes(a, x0, x1);
  const hb = rowHashes(b, x0, x1);
  const fixed = anchors(ha, hb);
  if (fixed.length < 2) return undefined;
  const from = new Int32Array(b.height).fill(-1);
  const removed: RowAlignment['removed'] = [];
  const spaced: RowAlignment['spaced'] = [];
  // Between two fixed points: equal rows on from the upper one and back from the lower one; what
  // is left between is one hunk, the rows taken out and put in.
  let i = 0;
  let j = 0;
  for (const [ni, nj] of [...fixed, [a.height, b.height] as [number, number]]) {
    while (i < ni && j < nj && ha[i] === hb[j]) from[j++] = i++;
    let ei = ni;
    let ej = nj;
    while (ei > i && ej > j && ha[ei - 1] === hb[ej - 1]) from[--ej] = --ei;
    const out = ei - i;
    const put = ej - j;
    // Rows changed in place (a restyled heading): each compared with the row it replaced, top
    // aligned; what one side has more of is added (compared with nothing) or removed.
    const paired = Math.min(out, put);
    for (let d = 0; d < paired; d++) from[j + d] = i + d;
    // A few rows fewer is a nudge (NUDGE_PX), no removal a person sees.
    if (out - paired > NUDGE_ROWS) {
      const span = inked(a, x0, x1, i + paired, ei);
      if (span) removed.push({ y: j + paired, refY: i + paired, rows: out - paired, ...span });
      else if (nj < b.height) spaced.push({ y: j + paired, rows: out - paired, added: false });
    }
    // Space at the foot of the page moves nothing.
    if (put - paired > NUDGE_ROWS && nj < b.height && !inked(b, x0, x1, j + paired, ej)) spaced.push({ y: j + paired, rows: put - paired, added: true });
    if (ni < a.height) from[nj] = ni;
    i = ni + 1;
    j = nj + 1;
  }
  return { from, removed, spaced };
}

/** The columns rows [y0, y1) of an image hold anything but their own first pixel's colour in. */
function inked(img: Rgba, cx0: number, cx1: number, y0: number, y1: number): { x0: number; x1: number } | undefined {
  const d = img.data;
  const stride = img.width * 4;
  let x0 = cx1;
  let x1 = -1;
  for (let y = y0; y < y1; y++) {
    const o = y * stride;
    for (let x = cx0; x < cx1; x++) {
      const p = o + x * 4;
      if (d[p] !== d[o] || d[p + 1] !== d[o + 1] || d[p + 2] !== d[o + 2]) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
      }
    }
  }
  return x1 < 0 ? undefined : { x0, x1: x1 + 1 };
}

/** At most this tall, a thing set lower or higher on its own (a link, a heading, a line of text). */
const MOVED_THING = 120;

/** Columns are lined up apart, this wide: a page's columns (a menu, a form, a side panel) move on their own. */
const STRIP = 160;

export interface LinedUp {
  /** The reference redrawn at the target's size, strip by strip: each target row holds the
   *  reference row it lines up with; a row the reference lacks holds the colour of the target
   *  row's first pixel (the page's background there), so only what was added shows as changed. */
  ref: Buffer;
  /** Where the target's rows [y0, y1) at column x stand on the reference. */
  placeOf(x: number, y0: number, y1: number): { onlyTarget: boolean; refDy: number };
  /** What the reference had that the target took out, where it stood on the target. */
  removed: { y: number; refY: number; rows: number; x0: number; x1: number }[];
  /** Space put in or taken out across the page's width (a Back link set lower): where, how much,
   *  and where the space given back below ends (space moved from under a thing to above it). */
  spaced: { y: number; rows: number; added: boolean; through?: number }[];
}

/** Lines the reference up with the target in strips of columns, in the first `w` columns of each. */
export function lineUp(a: Rgba, b: Rgba, w: number): LinedUp | undefined {
  const found: { x0: number; x1: number; al: RowAlignment | undefined }[] = [];
  for (let x0 = 0; x0 < w; x0 += STRIP) {
    const x1 = Math.min(w, x0 + STRIP);
    found.push({ x0, x1, al: alignRows(a, b, x0, x1) });
  }
  // A strip with nothing in it to line up by (a plain margin) moves with its nearest neighbour.
  const near = (k: number) => found.map((f, i) => ({ f, d: Math.abs(i - k) })).filter((x) => x.f.al).sort((p, q) => p.d - q.d)[0]?.f.al;
  if (!near(0)) return undefined;
  const strips = found.map((f, k) => ({ x0: f.x0, x1: f.x1, al: f.al ?? near(k)! }));
  const ref = Buffer.allocUnsafe(w * b.height * 4);
  const sa = a.width * 4;
  const sb = b.width * 4;
  for (const { x0, x1, al } of strips) {
    for (let y = 0; y < b.height; y++) {
      const i = al.from[y]!;
      if (i >= 0) {
        a.data.copy(ref, (y * w + x0) * 4, i * sa + x0 * 4, i * sa + x1 * 4);
        continue;
      }
      // The page's own background on that row (its first pixel, at the page's edge), not the
      // strip's first pixel, which may lie inside what was added.
      const o = y * sb;
      ref.fill(b.data.subarray(o, o + 4), (y * w + x0) * 4, (y * w + x1) * 4);
    }
  }
  // A block taken out across several strips is one removal.
  const removed: LinedUp['removed'] = [];
  for (const r of strips.flatMap((s) => s.al.removed).sort((p, q) => p.y - q.y || p.x0 - q.x0)) {
    const last = removed.find((m) => Math.abs(m.y - r.y) <= 2 && r.x0 <= m.x1 + STRIP && r.x1 >= m.x0 - STRIP);
    if (last) {
      last.x0 = Math.min(last.x0, r.x0);
      last.x1 = Math.max(last.x1, r.x1);
      last.rows = Math.max(last.rows, r.rows);
    } else removed.push({ ...r });
  }
  // Space put in or taken out is a change of the page's layout only where (nearly) every strip
  // says so at the same place; one strip alone is a column that moved on its own.
  const spaced: LinedUp['spaced'] = [];
  const all = strips.flatMap((s) => s.al.spaced).sort((p, q) => p.y - q.y);
  for (const x of all) {
    if (spaced.some((m) => Math.abs(m.y - x.y) <= 2 && m.added === x.added)) continue;
    const agree = new Set(strips.filter((s) => s.al.spaced.some((m) => Math.abs(m.y - x.y) <= 2 && m.added === x.added)).map((s) => s.al));
    if (agree.size * 2 >= new Set(strips.map((s) => s.al)).size) spaced.push({ ...x });
  }
  // Space put in above a thing and as much taken out just below it (or the other way) moved that
  // thing alone: one change, from the one to the other.
  for (let k = 0; k + 1 < spaced.length; k++) {
    const [p, q] = [spaced[k]!, spaced[k + 1]!];
    if (p.added !== q.added && q.y - p.y <= MOVED_THING && Math.abs(p.rows - q.rows) <= NUDGE_ROWS) {
      p.through = q.y;
      spaced.splice(k + 1, 1);
    }
  }
  return {
    ref, removed, spaced,
    placeOf(x, y0, y1) {
      const al = strips[Math.min(strips.length - 1, Math.floor(x / STRIP))]!.al;
      const shifts: number[] = [];
      for (let y = y0; y < y1; y++) if (al.from[y]! >= 0) shifts.push(al.from[y]! - y);
      if (!shifts.length) return { onlyTarget: true, refDy: 0 };
      shifts.sort((p, q) => p - q);
      return { onlyTarget: false, refDy: shifts[Math.floor(shifts.length / 2)]! };
    },
  };
}
