// "Did you mean ...?" for misspelt keys, action names, roles and environment names.
// Trainers type these by hand; a near miss deserves the right word, not a list of all of them.

/** Optimal-string-alignment distance: Levenshtein plus adjacent swaps ("lable" -> "label" is 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo.
 * Case and dashes/underscores are ignored first (TestId, test-id and testid all mean testId).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const w = fold(word);
  if (!w) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === word) continue;
    const f = fold(c);
    const dist = f === w ? 0 : editDistance(w, f);
    if (dist < bestScore) {
      best = c;
      bestScore = dist;
    }
  }
  if (best === undefined) return undefined;
  // One edit for short words, about a third of the letters for longer ones: "nme" -> "name", not "x" -> "nth".
  const allowed = Math.max(1, Math.floor(Math.max(w.length, fold(best).length) / 3));
  return bestScore <= allowed ? best : undefined;
}

/** The hint text for a Problem, or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const c = closest(word, candidates);
  return c === undefined ? undefined : `did you mean '${c}'?`;
}
