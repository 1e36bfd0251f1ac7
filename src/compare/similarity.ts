// How alike two names are, for pairing things that were renamed: a control whose label changed,
// a code-list entry that was reworded, a heading that was edited. 0 = nothing alike, 1 = equal.

import { editDistance } from '../util/edit-distance.js';

export { editDistance };

function tidy(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Edit similarity, lifted when the names share words or one contains the other: "NHS Number" and
 * "CHI Number" share a word; "Two Week Wait" and "Two Week Wait (Cancer)" contain each other.
 */
export function similarity(a: string, b: string): number {
  const x = tidy(a);
  const y = tidy(b);
  if (x === y) return 1;
  if (!x || !y) return 0;
  const edit = 1 - editDistance(x, y) / Math.max(x.length, y.length);
  const wx = new Set(x.split(' '));
  const wy = new Set(y.split(' '));
  let shared = 0;
  for (const w of wx) if (wy.has(w)) shared++;
  const words = shared / Math.max(wx.size, wy.size);
  const contains = x.includes(y) || y.includes(x) ? 0.75 : 0;
  return Math.max(edit, words, contains);
}

/** The leading code of a code-list entry ("3 Two Week Wait" → "3", "A White British" → "A"), if it has one. */
export function leadingCode(s: string): string | undefined {
  const m = /^([0-9]{1,3}|[A-Z][0-9A-Z]?)\s+[-–:]?\s*\S/.exec(s.trim());
  return m?.[1];
}

/**
 * Pairs entries of `removed` with entries of `added` that look like renames: same leading code, or
 * similar enough. Greedy on the best score first, so each entry is used once.
 */
export function pairRenames(removed: string[], added: string[], min = 0.5): { from: string; to: string }[] {
  const scored: { i: number; j: number; s: number }[] = [];
  removed.forEach((r, i) =>
    added.forEach((a, j) => {
      const code = leadingCode(r);
      const sameCode = code !== undefined && code === leadingCode(a);
      const s = sameCode ? 1 + similarity(r, a) : similarity(r, a);
      if (s >= min) scored.push({ i, j, s });
    }),
  );
  scored.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  const out: { i: number; j: number }[] = [];
  for (const p of scored) {
    if (usedI.has(p.i) || usedJ.has(p.j)) continue;
    usedI.add(p.i);
    usedJ.add(p.j);
    out.push(p);
  }
  return out.sort((p, q) => p.i - q.i).map((p) => ({ from: removed[p.i]!, to: added[p.j]! }));
}
