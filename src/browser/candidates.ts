// "Nearest candidates": when the trained element is not there, what a person sees instead.
import type { Candidate } from '../model/capture.js';
import { editDistance } from '../util/edit-distance.js';
import { FIELD_ROLES } from '../model/roles.js';


function norm(s: string): string {
  return s.toLowerCase().replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim();
}

/** 0..1: edit similarity, lifted when one name contains the other or they share words. */
export function nameSimilarity(a: string, b: string): number {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return 0;
  const edit = 1 - editDistance(x, y) / Math.max(x.length, y.length);
  const wx = new Set(x.split(' '));
  const wy = new Set(y.split(' '));
  const shared = [...wx].filter((w) => wy.has(w)).length;
  const words = shared / Math.max(wx.size, wy.size);
  const contains = x.includes(y) || y.includes(x) ? 0.8 : 0;
  return Math.max(edit, words, contains);
}

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
    .map((e): Candidate => ({ role: e.role, name: e.name, score: wanted.name ? Math.round(nameSimilarity(wanted.name, e.name) * 100) / 100 : 0, ...(e.frame ? { frame: e.frame } : {}) }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .filter((c) => {
      const k = `${c.role}|${c.name}|${c.frame ?? ''}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, limit);
}
