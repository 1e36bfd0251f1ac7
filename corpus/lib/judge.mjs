// Judging one pair's findings against its truth file: which known changes were named, which
// findings are false (they name no known change), which are repeated (a second finding for a
// change already named, or the same sentence twice). Pure: data in, figures out.

/** A `match` entry: a plain string (case-insensitive substring) or /regex/flags. */
function matcher(entry) {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(entry);
  if (m) {
    const re = new RegExp(m[1], m[2].includes('i') ? m[2] : m[2] + 'i');
    return (s) => re.test(s);
  }
  const want = entry.toLowerCase();
  return (s) => s.toLowerCase().includes(want);
}

export function names(change, d) {
  if (change.step && change.step !== d.step) return false;
  if (change.kinds?.length && !change.kinds.includes(d.kind)) return false;
  const match = Array.isArray(change.match) ? change.match : change.match ? [change.match] : [];
  return match.length > 0 && match.every((m) => matcher(String(m))(d.message));
}

/**
 * `divergences`: the target's findings (compare/result.json entries for one target), in report order.
 * Returns per change the findings that name it, the false findings and the repeated ones.
 */
export function judge(truth, divergences) {
  const changes = (truth.changes ?? []).map((c) => ({ change: c, findings: [] }));
  const falses = [];
  const repeated = [];
  const sentences = new Set();
  // The same sentence again (at another step), not already counted as a second finding for a change.
  let sameSentence = 0;
  for (const d of divergences) {
    const key = `${d.kind}|${d.message}`;
    const again = sentences.has(key);
    sentences.add(key);
    // A finding that fits several changes (a footer region around '© Crown copyright' fits both the
    // crown in the header's logo and the footer's coat of arms by their words) names one not yet
    // named, else the first: which of them it is for is the judge's guess either way.
    const fits = changes.filter((x) => names(x.change, d));
    const hit = fits.find((x) => !x.findings.length) ?? fits[0];
    if (!hit) {
      if (again) sameSentence++;
      falses.push(d);
      continue;
    }
    if (hit.findings.length) repeated.push({ change: hit.change.id, divergence: d });
    hit.findings.push(d);
  }
  return {
    known: changes.length,
    named: changes.filter((x) => x.findings.length).length,
    missed: changes.filter((x) => !x.findings.length).map((x) => x.change),
    changes,
    divergences: divergences.length,
    false: falses,
    repeated,
    sameSentence,
  };
}

/** Fingerprints in one run and not in another, both ways. */
export function runToRun(a, b) {
  const x = new Set(a);
  const y = new Set(b);
  return [...x].filter((f) => !y.has(f)).length + [...y].filter((f) => !x.has(f)).length;
}
