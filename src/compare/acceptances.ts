// acceptances.yaml: divergences a person reviewed and accepted, with who, why and until when.
// Accepted divergences are still reported (as accepted) but never fail a run; once `until` has
// passed they count again (expired); acceptances that match nothing any more are listed as stale,
// so the file does not silently grow into a list of excuses.
//
//   - fingerprint: 3f2a9c0d1b7e4a55
//     reason: LIVE has the national trace screen; training material covers it
//     by: J. Patel (trainer)
//     until: 2026-09-30
//     ticket: CHG-1234
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, YAMLSeq, type Document } from 'yaml';
import type { Acceptance, Divergence } from '../model/divergence.js';
import { InputError, type Problem } from '../util/errors.js';
import { writeFileAtomic } from '../util/files.js';
import { FINGERPRINT_RE } from './fingerprint.js';
import type { CompareCode } from './codes.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && dayOf(d) === s;
}

/** Today as YYYY-MM-DD (UTC), the unit `until` is written in. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function readDoc(file: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    throw new InputError(doc.errors.map((e) => {
      const p: Problem = { code: 'ACCEPTANCES_YAML' satisfies CompareCode, message: e.message.split('\n')[0]!, file };
      const pos = e.linePos?.[0];
      if (pos) { p.line = pos.line; p.col = pos.col; }
      return p;
    }));
  }
  return { doc, lines };
}

/** Reads and checks the file; a missing file is an empty list. Every problem is reported at once. */
export function loadAcceptances(file: string): Acceptance[] {
  if (!existsSync(file)) return [];
  const { doc, lines } = readDoc(file);
  return checkAcceptances(doc, lines, file);
}

function checkAcceptances(doc: Document, lines: LineCounter, file: string): Acceptance[] {
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new InputError([{ code: 'ACCEPTANCES_INVALID' satisfies CompareCode, message: 'acceptances file must be a list of { fingerprint, reason, by, until?, ticket? }', file, line: 1, col: 1 }]);
  const problems: Problem[] = [];
  const out: Acceptance[] = [];
  for (const node of doc.contents.items) {
    const at = (n: unknown) => {
      const range = (n as { range?: [number, number, number] } | null)?.range;
      return range ? lines.linePos(range[0]) : { line: 1, col: 1 };
    };
    const bad = (message: string) => problems.push({ code: 'ACCEPTANCES_INVALID' satisfies CompareCode, message, file, ...at(node) });
    if (!isMap(node)) { bad('each acceptance must be a mapping'); continue; }
    const v = node.toJSON() as Record<string, unknown>;
    const str = (k: string) => (typeof v[k] === 'string' || typeof v[k] === 'number' ? String(v[k]) : undefined);
    // Read the fingerprint as written: an all-digit or "12e4…" fingerprint must not become a number.
    const fp = scalarText(node.get('fingerprint', true));
    const reason = str('reason');
    const by = str('by');
    const until = v.until instanceof Date ? dayOf(v.until) : str('until');
    if (!fp || !FINGERPRINT_RE.test(fp)) { bad(`fingerprint must be 16 hex digits, got '${fp ?? ''}'`); continue; }
    if (!reason) { bad(`acceptance ${fp}: reason is required`); continue; }
    if (!by) { bad(`acceptance ${fp}: by (who accepted it) is required`); continue; }
    if (until !== undefined && !validDate(until)) { bad(`acceptance ${fp}: until must be a date YYYY-MM-DD, got '${until}'`); continue; }
    const a: Acceptance = { fingerprint: fp, reason, by };
    if (until) a.until = until;
    const ticket = str('ticket');
    if (ticket) a.ticket = ticket;
    const addedAt = str('addedAt');
    if (addedAt) a.addedAt = addedAt;
    out.push(a);
  }
  if (problems.length) throw new InputError(problems);
  return out;
}

/**
 * Marks each divergence accepted or expired (mutating `status` and `acceptance`); returns the
 * acceptances that matched no divergence. `until` is inclusive: accepted through that day.
 */
export function applyAcceptances(divergences: Divergence[], acceptances: Acceptance[], now: Date): Acceptance[] {
  const today = dayOf(now);
  const byFp = new Map(acceptances.map((a) => [a.fingerprint, a]));
  const used = new Set<string>();
  for (const d of divergences) {
    const a = byFp.get(d.fingerprint);
    if (!a) continue;
    used.add(a.fingerprint);
    d.acceptance = a;
    d.status = a.until && a.until < today ? 'expired' : 'accepted';
  }
  return acceptances.filter((a) => !used.has(a.fingerprint));
}

/** Adds (or replaces, by fingerprint) one acceptance, keeping the file's comments and order. */
export function addAcceptance(file: string, a: Acceptance): { replaced: boolean } {
  if (!FINGERPRINT_RE.test(a.fingerprint)) throw new InputError([{ code: 'ACCEPT_FINGERPRINT' satisfies CompareCode, message: `fingerprint must be 16 hex digits, got '${a.fingerprint}'` }]);
  if (a.until !== undefined && !validDate(a.until)) throw new InputError([{ code: 'ACCEPT_UNTIL' satisfies CompareCode, message: `--until must be a date YYYY-MM-DD, got '${a.until}'` }]);
  const read = existsSync(file) ? readDoc(file) : undefined;
  if (read) checkAcceptances(read.doc, read.lines, file); // refuse to append to a file that is already broken
  const doc = read?.doc ?? parseDocument('');
  if (!isSeq(doc.contents)) doc.contents = new YAMLSeq();
  const seq = doc.contents as YAMLSeq;
  const entry: Record<string, string> = { fingerprint: a.fingerprint, reason: a.reason, by: a.by };
  if (a.until) entry.until = a.until;
  if (a.ticket) entry.ticket = a.ticket;
  if (a.addedAt) entry.addedAt = a.addedAt;
  const i = seq.items.findIndex((n) => isMap(n) && scalarText(n.get('fingerprint', true)) === a.fingerprint);
  const node = doc.createNode(entry);
  // Always quoted, so a fingerprint of digits (or digits and an 'e') stays a string for every reader.
  const fpNode = node.get('fingerprint', true);
  if (isScalar(fpNode)) fpNode.type = Scalar.QUOTE_DOUBLE;
  if (i >= 0) {
    // Comments a reviewer wrote above an entry stay with it.
    const old = seq.items[i] as { commentBefore?: string | null; comment?: string | null };
    if (old.commentBefore) node.commentBefore = old.commentBefore;
    if (old.comment) node.comment = old.comment;
    seq.items[i] = node;
  }
  else seq.items.push(node);
  writeFileAtomic(file, doc.toString());
  return { replaced: i >= 0 };
}

function scalarText(n: unknown): string | undefined {
  return isScalar(n) ? (n.source ?? String(n.value)) : undefined;
}
