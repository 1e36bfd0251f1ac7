// A new part of a screen is one change. When a release adds a section under a heading of its own
// (a new operation on an API page, a new "Overseas visitor" panel on a form), a person says "there
// is a new section 'X'", not "there are five new buttons, two new tabs, three new texts and a new
// table": everything new that stands between the new heading and the next heading the screens
// share is folded into one finding about the section, with its own entry in a menu (the same words)
// and, as they have no box, the new paragraphs and tables of a step where only one new section
// holds anything.
import type { Box, StepCapture } from '../model/capture.js';
import type { Normaliser } from './normalise.js';
import type { StructFound } from './structure.js';
import { listWords, q, roleWord } from './make.js';
import { plural } from './group.js';

const ADDED = new Set(['field-added', 'control-added', 'text-changed']);

function howMany(word: string, k: number): string {
  return k === 1 ? `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}` : `${k} ${plural(word)}`;
}

/** Added findings only: a text-changed counts when it is something new (no before). */
function isAddition(f: StructFound): boolean {
  return ADDED.has(f.kind) && (f.evidence.before === null || f.evidence.before === undefined);
}

/** Words that contain the other words whole ('PATCH Triage a referral' holds 'Triage a referral'). */
function holds(entry: string, words: string): boolean {
  return ` ${entry} `.includes(` ${words} `);
}

/**
 * A section renamed is one change: its heading and its entry in a menu renamed alike ('Get a
 * referral' → 'View a referral' in both) are told once, by the heading.
 */
function foldRenamedSections(found: StructFound[]): StructFound[] {
  const renamed = found.filter((f) => f.kind === 'text-changed' && f.evidence.detail === 'heading' && typeof f.evidence.before === 'string' && typeof f.evidence.after === 'string');
  if (!renamed.length) return found;
  const gone = new Set<StructFound>();
  const told = new Map<StructFound, StructFound>();
  for (const f of found) {
    const was = f.evidence.before;
    const now = f.evidence.after;
    if (f.kind !== 'label-changed' || f.evidence.control?.role !== 'menuitem' || typeof was !== 'string' || typeof now !== 'string') continue;
    const h = renamed.find((x) => holds(was, x.evidence.before as string) && holds(now, x.evidence.after as string));
    if (!h) continue;
    gone.add(f);
    told.set(h, { ...h, message: `${h.message.replace(/\.$/, '')}; its menu entry is renamed alike.`, boxes: [...h.boxes, ...f.boxes] });
  }
  return found.filter((f) => !gone.has(f)).map((f) => told.get(f) ?? f);
}

export function foldNewSections(found: StructFound[], tgt: StepCapture, env: string, page: string, n: Normaliser): StructFound[] {
  found = foldRenamedSections(found);
  // The screen's headings with their boxes and, where the capture gives them, their levels (the
  // headings with words, in page order, are the heading areas in the same order).
  const levels = (tgt.identity?.headings ?? []).map((h) => /^([1-6]) (.*)$/.exec(h)).filter((m): m is RegExpExecArray => !!m && !!m[2]!.trim()).map((m) => Number(m[1]));
  const areas = (tgt.identity?.areas ?? []).filter((a) => a.name.startsWith('the heading ')).map((a, i) => ({ ...a, level: levels[i] }));
  // New headings that open a section: not words that were on screen before and are now marked as a
  // heading, nor one more heading of a kind renamed on this screen (a part every operation has).
  const renamedTo = new Set(found.filter((f) => f.evidence.detail === 'heading' && f.evidence.before && typeof f.evidence.after === 'string').map((f) => f.evidence.after as string));
  const headingAdded = (f: StructFound) => f.kind === 'text-changed' && f.evidence.detail === 'heading' && isAddition(f) && typeof f.evidence.after === 'string' && !f.subject.startsWith('heading-new:');
  const newHeadings = found.filter((f) => headingAdded(f) && !renamedTo.has(f.evidence.after as string));
  if (!newHeadings.length) return found;
  const headingBoxes = (words: string): Box[] => areas.filter((a) => n(a.name) === `the heading ${q(words)}`).map((a) => a.box);
  const headingBox = (words: string): Box | undefined => headingBoxes(words)[0];
  // Headings the reference screen does not have as they read now (new, renamed, or words newly
  // marked as a heading): a section runs on past them.
  const isNew = new Set(found.filter((f) => f.evidence.detail === 'heading' && typeof f.evidence.after === 'string').map((f) => f.evidence.after as string));
  const out = new Set(found);
  const folded: StructFound[] = [];
  // What each new heading holds: what is new inside its part of the screen (boxes between it and the
  // next heading both screens share), new headings under it, and its own entry in a menu or table of
  // contents (the same words: 'Triage a referral' is a new operation and its entry, one change).
  const sections: { h: StructFound; words: string; top: Box; bottom: number; members: StructFound[] }[] = [];
  const claimed = new Set<StructFound>();
  for (const h of newHeadings) {
    if (claimed.has(h)) continue; // already inside an earlier new section
    const words = h.evidence.after as string;
    const at = areas.find((a) => n(a.name) === `the heading ${q(words)}`);
    if (!at) continue;
    const top = at.box;
    // The section ends at the next heading below it that both screens have, and that is not a part
    // of it (a heading of a lower level: 'Responses' under every operation).
    const outer = (a: (typeof areas)[number]) => at.level === undefined || a.level === undefined || a.level <= at.level;
    const below = areas.filter((a) => a.box.y > top.y && outer(a) && !isNew.has(n(a.name).replace(/^the heading '(.*)'$/, '$1'))).sort((a, b) => a.box.y - b.box.y)[0];
    const bottom = below ? below.box.y : Infinity;
    const inside = (b: Box) => b.y >= top.y && b.y < bottom;
    const members = found.filter((f) => f !== h && !claimed.has(f) && isAddition(f) && (
      f.boxes.some(inside) ||
      (f.kind !== 'text-changed' && !!f.evidence.control && holds(f.evidence.control.name, words)) ||
      (f.evidence.detail === 'heading' && typeof f.evidence.after === 'string' && headingBoxes(f.evidence.after as string).some(inside))
    ));
    if (members.length >= 2) for (const m of members) claimed.add(m);
    sections.push({ h, words, top, bottom, members });
  }
  // Paragraphs and tables have no box of their own: they belong to the new section, if only one new
  // section holds anything. Messages and dialogs are never folded: an alert is a change of its own.
  const holding = sections.filter((x) => x.members.length);
  const only = sections.length === 1 ? sections[0] : holding.length === 1 ? holding[0] : undefined;
  if (only) only.members.push(...found.filter((f) => !claimed.has(f) && f !== only.h && isAddition(f) && !f.boxes.length && f.kind === 'text-changed' && (f.evidence.detail === 'text' || f.evidence.detail === 'table columns')));
  for (const { h, words, top, bottom, members } of sections) {
    if (members.length < 2) continue;
    const counts = new Map<string, number>();
    for (const m of members) {
      const word = m.kind === 'text-changed' ? (m.evidence.detail === 'table columns' ? 'table' : m.evidence.detail === 'heading' ? 'heading' : 'text') : roleWord(m.evidence.control?.role ?? 'control');
      counts.set(word, (counts.get(word) ?? 0) + (m.evidence.count ?? 1));
    }
    const parts = [...counts.entries()].map(([w, k]) => howMany(w, k));
    const list = listWords(parts, parts.length, (s) => s);
    const named = members.filter((m) => m.kind !== 'text-changed' && m.evidence.control?.name).map((m) => m.evidence.control!.name);
    const fields = members.some((m) => m.kind === 'field-added');
    const boxes = [...members.flatMap((m) => m.boxes), { x: 0, y: top.y, width: 100_000, height: Number.isFinite(bottom) ? bottom - top.y : 100_000 }];
    folded.push({
      kind: fields ? 'field-added' : 'control-added',
      subject: `section:${words}`,
      message: `In ${env}, ${page} has a new section ${q(words)} with ${list}${named.length ? ` (${listWords(named, 3)})` : ''}.`,
      evidence: { before: null, after: words, detail: 'section', count: members.length + 1,
        examples: members.slice(0, 5).map((m) => ({ control: m.evidence.control ? `${roleWord(m.evidence.control.role)} '${m.evidence.control.name}'` : String(m.evidence.after ?? ''), after: String(m.evidence.after ?? '') })) },
      boxes,
    });
    out.delete(h);
    for (const m of members) out.delete(m);
  }
  return [...found.filter((f) => out.has(f)), ...folded];
}
