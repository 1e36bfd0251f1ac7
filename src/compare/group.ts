// One change, one finding. When a release does the same thing to many controls of a screen (puts
// a number before every question, an asterisk into every label, renames every "Try" button alike,
// makes every field required), a person calls it one change: it is reported once, with how many
// controls it touched and a few of them, instead of once per control.
import type { StructFound } from './structure.js';
import { listWords, q, roleWord } from './make.js';
import { usableName } from './words.js';

/** Fewer alike than this stay separate findings: two renamed fields are two renames. */
const MIN_ALIKE = 3;
/** Names given where there were none carry no word choice of their own: one accessibility fix,
 *  already when it reaches two controls (a time picker's hour and minute boxes). */
const MIN_NAMED_FROM_NOTHING = 2;

/**
 * The shape of a rename, with the words themselves taken out: 'Surname' → '1. Surname' and
 * 'Forename' → '2. Forename' have the same shape (a number put in front). Undefined when the two
 * share nothing to take out (a different word altogether is a rename of its own).
 */
export function renameShape(before: string, after: string): string | undefined {
  const digits = (s: string) => s.replace(/\d+/g, '#');
  if (before.toLowerCase() === after.toLowerCase()) return 'case';
  // Words where there were none, or none any more: alike whatever the words.
  if (!before) return 'from-nothing';
  if (!after) return 'to-nothing';
  const { p, s } = commonEnds(before, after);
  const kept = p + s;
  // Most of the words must survive for it to be the same transformation on different words.
  if (kept < Math.min(before.length, after.length) * 0.5) return undefined;
  const gone = before.slice(p, before.length - s);
  const come = after.slice(p, after.length - s);
  const at = p === 0 ? 'start' : s === 0 ? 'end' : 'middle';
  // Words taken out or put in are alike whatever the word ('get', 'post' and 'del' taken off the
  // front of every menu entry are one change); numbers and marks keep their shape.
  // A word put in or taken out is alike whatever the word; a word replaced by another keeps its
  // words ('Home address' → 'Home phone' and 'Ward code' → 'Ward type' are two changes).
  const word = (x: string) => digits(x).replace(/\p{L}+/gu, 'w');
  return gone && come ? `${at}|${digits(gone)}→${digits(come)}` : `${at}|${word(gone)}→${word(come)}`;
}

/**
 * How much of the start (p) and end (s) two wordings share. Where the shared start and end overlap
 * ('GET Get a patient' → 'Get a patient' shares a 'G' at the start as well as 'Get a patient' at
 * the end), the way that cuts between words wins: the word 'GET ' was taken off, not 'ET G'.
 */
function commonEnds(before: string, after: string): { p: number; s: number } {
  const startFirst = () => {
    let p = 0;
    while (p < before.length && p < after.length && before[p] === after[p]) p++;
    let s = 0;
    while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
    return { p, s };
  };
  const endFirst = () => {
    let s = 0;
    while (s < before.length && s < after.length && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
    let p = 0;
    while (p < before.length - s && p < after.length - s && before[p] === after[p]) p++;
    return { p, s };
  };
  const inWord = (t: string, i: number) => i > 0 && i < t.length && /[\p{L}\p{N}]/u.test(t[i - 1]!) && /[\p{L}\p{N}]/u.test(t[i]!);
  const cutsWords = ({ p, s }: { p: number; s: number }) => [before, after].every((t) => !inWord(t, p) && !inWord(t, t.length - s));
  const a = startFirst();
  if (cutsWords(a)) return a;
  const b = endFirst();
  return cutsWords(b) ? b : a;
}

/** "fields", "tick boxes", "menu entries". */
export function plural(word: string): string {
  if (/(x|s|ch)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Which findings are the same change: a rename of the same shape, or the same thing happening
 * with the same words (made required; help text changed to the same words; moved; new). Findings
 * whose own before/after differ (three fields whose help text changed to three other texts) are
 * three changes.
 */
function keyOf(f: StructFound): string | undefined {
  const g = f.group;
  if (!g) return undefined;
  if (g.shape === 'label' || g.shape === 'heard') {
    // A leaked 'false' is no words, as the sentences say: the shape is taken from usable names.
    const shape = renameShape(usableName(g.before), usableName(g.after));
    return shape ? `${f.kind}|${g.shape}|${shape}` : undefined;
  }
  if (g.shape.startsWith('added') || g.shape.startsWith('missing') || g.shape.startsWith('heard-heading') || g.shape.startsWith('seen-heading')) return `${f.kind}|${g.shape}`;
  return `${f.kind}|${g.shape}|${g.clause ?? ''}`;
}

/**
 * The change a finding shows with the controls' own words taken out, where it is one a release
 * makes to every control alike: a heading no longer a heading (seen or only heard: the pixels decide
 * that per place), a rename of one shape ('Surname' → '1. Surname'). Undefined for the rest, which
 * are changes of their own control (a new field, a field made required).
 */
export function transformationOf(f: StructFound): string | undefined {
  const g = f.group;
  if (!g) return undefined;
  const heading = /^(heard|seen)-heading-(gone|new)$/.exec(g.shape);
  if (heading) return `heading-${heading[2]}`;
  if (g.shape !== 'label' && g.shape !== 'heard') return undefined;
  const shape = renameShape(g.before ?? '', g.after ?? '');
  return shape && shape !== 'from-nothing' && shape !== 'to-nothing' ? `${f.kind}|${g.shape}|${shape}` : undefined;
}

/** The words a person reads for each grouped control, else how it is described. */
function controlWords(m: StructFound): string {
  return /'(.*)'$/.exec(m.group!.control)?.[1] || m.group!.control;
}

/** What the grouped controls have in common, after "the same change on N fields of 'X'". */
function phrase(f: StructFound, members: StructFound[]): string {
  const g = f.group!;
  const shown = (s: string | undefined) => (usableName(s) ? q(s!) : 'no words');
  const renamed = (xs: StructFound[]) => xs.slice(0, 3).map((m) => `${shown(m.group!.before)} → ${shown(m.group!.after)}`).join(', ') + (xs.length > 3 ? ` and ${xs.length - 3} more` : '');
  const names = listWords(members.map(controlWords), 3);
  if (g.shape === 'label') return `each is worded alike in another way: ${renamed(members)}`;
  if (g.shape === 'heard') return `a screen reader announces each alike in another way (${renamed(members)}); the screen shows the same words`;
  if (g.shape === 'heard-as-seen') return `a screen reader now announces each by the words on screen (${renamed(members)}); the screen shows the same words`;
  if (g.shape === 'heard-not-as-seen') return `a screen reader no longer announces each by the words on screen (${renamed(members)}); the screen shows the same words`;
  if (g.shape === 'heard-heading-gone') return `a screen reader no longer finds each as a heading, though the words are still on screen: ${names}`;
  if (g.shape === 'heard-heading-new') return `a screen reader now finds each as a heading: ${names}`;
  if (g.shape === 'seen-heading-gone') return `each is no longer shown as a heading, it is plain text: ${names}`;
  if (g.shape === 'seen-heading-new') return `each is shown as a heading, it was plain text: ${names}`;
  return `each ${g.clause ?? f.kind}: ${names}`;
}

/** " under 'Known allergies'" when every grouped control sits under the same heading. */
function under(members: StructFound[], page: string): string {
  const cs = new Set(members.map((m) => m.group!.context ?? ''));
  const [c] = [...cs];
  // The page's own title is said already ("of 'Refer a patient'").
  return cs.size === 1 && c && q(c) !== page ? ` under ${q(c)}` : '';
}

/** How far apart two controls may stand and still be one bar of them: a button bar's own gap. */
const SIDE_BY_SIDE_PX = 16;

/**
 * Two controls of one kind that came (or went) together, standing next to each other under the
 * same heading: 'Delete Last Episode' and 'Delete All' appearing in one button bar are one change
 * to a person, told in one sentence. Apart, or under different headings, they stay two.
 */
function sideBySide(members: StructFound[]): boolean {
  if (members.length !== 2) return false;
  const [a, b] = members as [StructFound, StructFound];
  if (!a.group!.shape.startsWith('added') && !a.group!.shape.startsWith('missing')) return false;
  if ((a.group!.context ?? '') !== (b.group!.context ?? '')) return false;
  const [x, y] = [a.boxes[0], b.boxes[0]];
  if (!x || !y) return false;
  const gapX = Math.max(0, Math.max(x.x, y.x) - Math.min(x.x + x.width, y.x + y.width));
  const gapY = Math.max(0, Math.max(x.y, y.y) - Math.min(x.y + x.height, y.y + y.height));
  return Math.max(gapX, gapY) <= SIDE_BY_SIDE_PX;
}

/** `firsts`, when given, learns each group's first member (where the group is told). */
export function groupFindings(found: StructFound[], env: string, page: string, firsts?: Map<StructFound, StructFound>): StructFound[] {
  const buckets = new Map<string, StructFound[]>();
  for (const f of found) {
    const k = keyOf(f);
    if (!k) continue;
    buckets.set(k, [...(buckets.get(k) ?? []), f]);
  }
  const grouped = new Map<StructFound, StructFound | null>();
  for (const [k, members] of buckets) {
    const enough = members.length >= (k.endsWith('|from-nothing') ? MIN_NAMED_FROM_NOTHING : MIN_ALIKE) || sideBySide(members);
    if (!enough) continue;
    const first = members[0]!;
    const roles = new Set(members.map((m) => m.group!.role));
    const things = roles.size === 1 ? plural(roleWord(first.group!.role)) : 'controls';
    const sf: StructFound = {
      kind: first.kind,
      // The members' own subjects, so the fingerprint stays the same run after run and changes
      // when the change reaches other controls.
      subject: `alike:${k}:${members.map((m) => m.subject).sort().join(',')}`,
      // Several new (or gone) controls are several things, told together; the rest is one change.
      message: first.group!.shape.startsWith('added')
        ? `In ${env}, ${page}${under(members, page)} has ${members.length} new ${things}: ${listWords(members.map(controlWords), 3)}.`
        : first.group!.shape.startsWith('missing')
          ? `In ${env}, ${members.length} ${things} are missing on ${page}${under(members, page)}: ${listWords(members.map(controlWords), 3)}.`
          : `In ${env}, the same change on ${members.length} ${things} of ${page}${under(members, page)}: ${phrase(first, members)}.`,
      evidence: {
        ...first.evidence,
        count: members.length,
        examples: members.slice(0, 5).map((m) => ({ control: m.group!.control, ...(m.group!.before !== undefined ? { before: m.group!.before } : {}), ...(m.group!.after !== undefined ? { after: m.group!.after } : {}) })),
      },
      boxes: members.flatMap((m) => m.boxes),
    };
    grouped.set(first, sf);
    firsts?.set(sf, first);
    for (const m of members.slice(1)) grouped.set(m, null);
  }
  const out: StructFound[] = [];
  for (const f of found) {
    const g = grouped.get(f);
    if (g === undefined) out.push(f);
    else if (g) out.push(g);
  }
  return out;
}
