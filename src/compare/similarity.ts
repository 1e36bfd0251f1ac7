// How alike two names are, for pairing things that were renamed: a control whose label changed,
// a code-list entry that was reworded, a heading that was edited. 0 = nothing alike, 1 = equal.

import { editDistance } from '../util/edit-distance.js';
import { nameSimilarity } from '../util/name-similarity.js';

export { editDistance };

/**
 * Between releases, one name inside the other counts a little less than for a missing control's
 * candidates: just under the 0.8 a far rename needs (lists.ts), so containment alone pairs only
 * where the list's own threshold is lower.
 */
const CONTAINED_WORTH = 0.75;

export function similarity(a: string, b: string): number {
  return nameSimilarity(a, b, CONTAINED_WORTH);
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
