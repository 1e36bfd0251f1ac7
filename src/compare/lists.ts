// Differences between two ordered lists of names: a code list's options, a page's headings, a
// table's columns, a menu. Uses diff's array diff (an LCS), so an entry inserted in the middle is
// one addition, not a shift of everything after it; an entry both removed and added elsewhere is a
// move; a removal and an addition in the same place that look alike are a rename.
import { diffArrays } from 'diff';
import { pairRenames } from './similarity.js';

export interface ListDiff {
  added: string[];
  removed: string[];
  renamed: { from: string; to: string }[];
  /** Entries present on both sides in another order. */
  moved: string[];
}

export function isEmptyDiff(d: ListDiff): boolean {
  return !d.added.length && !d.removed.length && !d.renamed.length && !d.moved.length;
}

function takeOne(list: string[], x: string): boolean {
  const i = list.indexOf(x);
  if (i < 0) return false;
  list.splice(i, 1);
  return true;
}

/**
 * `renameMin`: how alike a removed and an added entry must be to count as a rename. One entry
 * replaced by one other in the same place is a rename however unlike the words are ("Two Week
 * Wait" → "Urgent Suspected Cancer"), unless `positional` is off.
 */
export function diffList(before: readonly string[], after: readonly string[], renameMin = 0.5, positional = true): ListDiff {
  const out: ListDiff = { added: [], removed: [], renamed: [], moved: [] };
  const hunks: { removed: string[]; added: string[] }[] = [];
  let cur = { removed: [] as string[], added: [] as string[] };
  for (const ch of diffArrays([...before], [...after])) {
    if (ch.removed) cur.removed.push(...ch.value);
    else if (ch.added) cur.added.push(...ch.value);
    else if (cur.removed.length || cur.added.length) {
      hunks.push(cur);
      cur = { removed: [], added: [] };
    }
  }
  if (cur.removed.length || cur.added.length) hunks.push(cur);

  // Moves: the same entry taken out in one place and put back in another.
  const allAdded = hunks.flatMap((h) => h.added);
  for (const h of hunks) {
    for (const x of [...h.removed]) {
      if (!allAdded.includes(x)) continue;
      takeOne(allAdded, x);
      takeOne(h.removed, x);
      for (const g of hunks) if (takeOne(g.added, x)) break;
      out.moved.push(x);
    }
  }
  // Renames: first where they stand (same hunk), then anywhere with a stricter bar.
  const leftR: string[] = [];
  const leftA: string[] = [];
  for (const h of hunks) {
    const oneForOne = positional && h.removed.length === 1 && h.added.length === 1;
    const pairs = oneForOne ? [{ from: h.removed[0]!, to: h.added[0]! }] : pairRenames(h.removed, h.added, renameMin);
    out.renamed.push(...pairs);
    leftR.push(...h.removed.filter((x) => !pairs.some((p) => p.from === x)));
    leftA.push(...h.added.filter((x) => !pairs.some((p) => p.to === x)));
  }
  const far = pairRenames(leftR, leftA, Math.max(renameMin, 0.8));
  out.renamed.push(...far);
  out.removed = leftR.filter((x) => !far.some((p) => p.from === x));
  out.added = leftA.filter((x) => !far.some((p) => p.to === x));
  return out;
}

/** "added 'Soon'; renamed 'Two Week Wait' → 'Urgent Suspected Cancer'"; `words` lists the entries. */
export function describeListDiff(d: ListDiff, words = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ')): string {
  const parts: string[] = [];
  if (d.added.length) parts.push(`added ${words(d.added)}`);
  if (d.removed.length) parts.push(`removed ${words(d.removed)}`);
  if (d.renamed.length) parts.push(`renamed ${d.renamed.map((r) => `'${r.from}' → '${r.to}'`).join(', ')}`);
  if (d.moved.length) parts.push(`moved ${words(d.moved)}`);
  return parts.join('; ');
}
