// "Nearest candidates": when the trained element is not there, what a person sees instead.
import type { Candidate } from '../model/capture.js';
import { nameSimilarity } from '../util/name-similarity.js';
import { FIELD_ROLES } from '../model/roles.js';

/** A name inside the other ('Book' in 'Book appointment') makes a strong candidate for what a person looks for. */
const CONTAINED_WORTH = 0.8;

export function nearestCandidates(
  elements: { role: string; name: string; frame?: string }[],
  wanted: { role?: string; name?: string },
  limit = 5,
): Candidate[] {
  const sameKind = elements.filter((e) => {
    if (!e.name) return false;
    if (!wanted.role) return true;
    if (wanted.role === 'field') return FIELD_ROLES.has(e.role);
    return e.role === wanted.role;
  });
  const pool = sameKind.length ? sameKind : elements.filter((e) => e.name);
  const seen = new Set<string>();
  return pool
    .map((e): Candidate => ({ role: e.role, name: e.name, score: wanted.name ? Math.round(nameSimilarity(wanted.name, e.name, CONTAINED_WORTH) * 100) / 100 : 0, ...(e.frame ? { frame: e.frame } : {}) }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .filter((c) => {
      const k = `${c.role}|${c.name}|${c.frame ?? ''}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, limit);
}
