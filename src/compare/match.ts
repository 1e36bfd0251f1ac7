// Which control in the target is which control in the reference. A person recognises a field by
// the words they read beside it, then by where it sits; so do we: the words on screen and the
// accessible name first, then identities the page's authors gave it (name, id, data-testid), then
// position between already-matched neighbours and name similarity. That way a renamed label is ONE
// label-changed, not a removed field plus an added one, and two unrelated fields that happen to
// stand in the same place (different labels AND different `name`s) are one removed and one added.
import type { FormControl, PageIdentity } from '../model/capture.js';
import { FIELD_ROLES } from '../model/roles.js';
import type { Normaliser } from './normalise.js';
import { similarity } from './similarity.js';
import { describeControl, kindOfControl } from './words.js';

export type Family = 'field' | 'action' | 'menu';

export interface Item {
  family: Family;
  role: string;
  /** Normalised accessible name (what a screen reader hears), required marker taken off. */
  name: string;
  /** Normalised words a sighted person reads for it, required marker taken off; '' when none. */
  text: string;
  nameAttr?: string;
  id?: string;
  testId?: string;
  region: string;
  order: number;
  /** How a sentence names it: its words, else where it is ("the 2nd drop-down under 'Allergies'"). */
  display: string;
  /** The captured control, where there is one (menu entries of a closed menu have none). */
  control?: FormControl;
}

export interface Matching {
  pairs: { ref: Item; tgt: Item; by: 'name' | 'text' | 'attribute' | 'position' | 'similarity' }[];
  missing: Item[]; // in the reference only
  added: Item[]; // in the target only
}

const MENU_ROLES = new Set(['menuitem', 'menuitemcheckbox', 'menuitemradio']);
// Roles a library may swap for one another without a person noticing the control is another kind.
const ROLE_CLASS: Record<string, string> = { textbox: 'entry', searchbox: 'entry', combobox: 'entry', listbox: 'entry', spinbutton: 'entry', checkbox: 'tick', switch: 'tick' };
const roleClass = (r: string) => ROLE_CLASS[r] ?? r;

/** An asterisk, "(required)" or "(optional)" after the words says whether it must be filled in,
 *  not what it is called: a change there is a required-changed, not a rename. */
export function withoutMark(s: string): string {
  return s.replace(/\s*(\*|\((required|optional)\))\s*$/i, '').trim();
}

/**
 * Attribute values a page numbers in sequence (sq_101, sq_102…; react-x-3-input) are made by a
 * library, not chosen by the page's authors: they shift when a question is added, so they say
 * nothing about which control is which. A value is an identity when fewer than three controls of
 * the page share its shape with digits taken out.
 */
function chosenValues(controls: FormControl[], get: (c: FormControl) => string | undefined): Set<string> {
  const shape = (v: string) => v.replace(/\d+/g, '#');
  const count = new Map<string, number>();
  for (const c of controls) {
    const v = get(c);
    if (v && /\d/.test(v)) count.set(shape(v), (count.get(shape(v)) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const c of controls) {
    const v = get(c);
    if (v && !/^[\d\W_]*$/.test(v) && !(/\d/.test(v) && (count.get(shape(v)) ?? 0) >= 3)) out.add(v);
  }
  return out;
}

/**
 * The page's controls as items in three families. Radio buttons that belong to a captured radio
 * group are left out: the group carries them as its options, so a new radio is one options-changed.
 * Links in a navigation bar are menu entries (the capture lists their names in identity.menuItems).
 * `seenModel`: both captures recorded the words on screen apart from the accessible name (older
 * captures have only the accessible name and, for buttons and links, their visible text).
 */
export function itemsOf(controls: FormControl[], identity: PageIdentity | undefined, n: Normaliser, seenModel = true): Item[] {
  const groups = new Set(controls.filter((c) => c.role === 'radiogroup' && c.nameAttr).map((c) => c.nameAttr));
  const menuNames = new Set((identity?.menuItems ?? []).map(n));
  const names = chosenValues(controls, (c) => c.nameAttr);
  const ids = chosenValues(controls, (c) => c.id);
  const items: Item[] = [];
  const menuSeen = new Set<string>();
  const sorted = [...controls].sort((a, b) => a.order - b.order);
  for (const c of sorted) {
    if (c.role === 'radio' && c.nameAttr && groups.has(c.nameAttr)) continue;
    const name = withoutMark(n(c.name));
    const seen = seenModel ? (c.seen ?? c.name) : (c.visibleText ?? c.name);
    // Menu entries are listed by their words on screen (older captures: by their names).
    const isMenu = MENU_ROLES.has(c.role) || (c.role === 'link' && (menuNames.has(n(c.name)) || menuNames.has(n(seen))));
    const family: Family = FIELD_ROLES.has(c.role) ? 'field' : isMenu ? 'menu' : 'action';
    if (family === 'menu') menuSeen.add(n(c.name)).add(n(seen));
    const it: Item = { family, role: family === 'menu' ? 'menuitem' : c.role, name, text: withoutMark(n(seen)), region: n(c.region ?? ''), order: c.order, display: '', control: c };
    if (c.nameAttr && names.has(c.nameAttr)) it.nameAttr = c.nameAttr;
    if (c.id && ids.has(c.id)) it.id = c.id;
    if (c.testId) it.testId = c.testId;
    items.push(it);
  }
  // Entries of a menu that is closed are not visible controls, but a person opening it sees them.
  let k = 0;
  for (const m of identity?.menuItems ?? []) {
    const name = n(m);
    if (menuSeen.has(name)) continue;
    menuSeen.add(name);
    items.push({ family: 'menu', role: 'menuitem', name, text: name, region: 'menu', order: 100_000 + k++, display: '' });
  }
  for (const it of items) it.display = describeControl(it, items, n);
  return items;
}

/** Identities the authors gave both controls that disagree: they are two different controls. */
function conflicting(a: Item, b: Item): boolean {
  return (!!a.nameAttr && !!b.nameAttr && a.nameAttr !== b.nameAttr) || (!!a.id && !!b.id && a.id !== b.id) || (!!a.testId && !!b.testId && a.testId !== b.testId);
}

/** Words to pair renamed controls by: what is on screen, else what is heard. */
function wordsOf(x: Item): string {
  return x.text || x.name;
}

type Key = (x: Item) => string | undefined;

export function matchItems(ref: Item[], tgt: Item[]): Matching {
  const partner = new Map<Item, Item>();
  const taken = new Set<Item>();
  const pairs: Matching['pairs'] = [];
  const link = (a: Item, b: Item, by: Matching['pairs'][number]['by']) => {
    partner.set(a, b);
    taken.add(b);
    pairs.push({ ref: a, tgt: b, by });
  };
  // Exact passes, strongest first. Duplicates (two "Save" buttons) pair up in document order.
  const pass = (key: Key, by: Matching['pairs'][number]['by']) => {
    const index = new Map<string, Item[]>();
    for (const b of tgt) {
      if (taken.has(b)) continue;
      const k = key(b);
      if (k === undefined) continue;
      const list = index.get(k) ?? [];
      list.push(b);
      index.set(k, list);
    }
    for (const a of ref) {
      if (partner.has(a)) continue;
      const k = key(a);
      if (k === undefined) continue;
      const b = index.get(k)?.find((x) => !taken.has(x) && !conflicting(a, x));
      if (b) link(a, b, by);
    }
  };
  const seen = (x: Item) => (x.text ? x.text : undefined);
  pass((x) => `${x.family}|${roleClass(x.role)}|${x.text}|${x.name}|${x.region}`, 'name');
  pass((x) => `${x.family}|${roleClass(x.role)}|${x.text}|${x.name}`, 'name');
  pass((x) => (seen(x) ? `${x.family}|${roleClass(x.role)}|t:${x.text}|${x.region}` : undefined), 'text');
  pass((x) => `${x.family}|${x.role}|${x.name}|${x.region}`, 'name');
  pass((x) => (seen(x) ? `${x.family}|${roleClass(x.role)}|t:${x.text}` : undefined), 'text');
  pass((x) => `${x.family}|${x.role}|${x.name}`, 'name');
  // The same words on screen under another kind of control (a text field that became a drop-down).
  pass((x) => (seen(x) ? `${x.family}|t:${x.text}|${x.region}` : undefined), 'text');
  pass((x) => (x.testId ? `${x.family}|testid:${x.testId}` : undefined), 'attribute');
  pass((x) => (x.nameAttr ? `${x.family}|@name:${x.nameAttr}` : undefined), 'attribute');
  pass((x) => (x.id ? `${x.family}|#${x.id}` : undefined), 'attribute');

  // Position: an unmatched reference item between two matched neighbours is most likely the
  // unmatched target item of the same kind between their partners.
  const byOrder = (xs: Item[]) => [...xs].sort((a, b) => a.order - b.order);
  const refs = byOrder(ref);
  const gapOf = (a: Item): { lo: number; hi: number; key: string } => {
    const i = refs.indexOf(a);
    let lo = -Infinity;
    let hi = Infinity;
    let key = '';
    for (let k = i - 1; k >= 0; k--) {
      const p = partner.get(refs[k]!);
      if (p && p.family === a.family) { lo = p.order; key += refs[k]!.order; break; }
    }
    key += '|';
    for (let k = i + 1; k < refs.length; k++) {
      const p = partner.get(refs[k]!);
      if (p && p.family === a.family) { hi = p.order; key += refs[k]!.order; break; }
    }
    // Neighbours that swapped places give no usable gap: search everywhere.
    return lo < hi ? { lo, hi, key } : { lo: -Infinity, hi: Infinity, key: 'any' };
  };
  const alike = (a: Item, b: Item) => b.family === a.family && roleClass(b.role) === roleClass(a.role);
  // Different names/ids the authors chose, and unrelated words: two fields, never one renamed.
  const mayPair = (a: Item, b: Item) => !conflicting(a, b) || similarity(wordsOf(a), wordsOf(b)) >= 0.5;
  const open = refs.filter((a) => !partner.has(a));
  const gaps = new Map<Item, ReturnType<typeof gapOf>>();
  for (const a of open) gaps.set(a, gapOf(a));
  for (const a of open) {
    const g = gaps.get(a)!;
    const cands = tgt.filter((b) => !taken.has(b) && alike(a, b) && b.order > g.lo && b.order < g.hi && mayPair(a, b));
    if (!cands.length) continue;
    const rivals = open.filter((x) => !partner.has(x) && alike(a, x) && gaps.get(x)!.key === g.key);
    if (cands.length === 1 && rivals.length === 1 && g.key !== 'any' && sameKindOfAnswer(a, cands[0]!)) {
      link(a, cands[0]!, 'position');
      continue;
    }
    // As many unmatched on each side between the same neighbours (an hour and a minute box that
    // gained names): they pair in order, as a person reading both screens would pair them.
    const at = rivals.indexOf(a);
    if (g.key !== 'any' && cands.length === rivals.length && at >= 0) {
      const b = [...cands].sort((x, y) => x.order - y.order)[at]!;
      if (sameKindOfAnswer(a, b) && (!wordsOf(a) || !wordsOf(b) || similarity(wordsOf(a), wordsOf(b)) >= 0.5)) {
        link(a, b, 'position');
        continue;
      }
    }
    const best = cands.map((b) => ({ b, s: similarity(wordsOf(a), wordsOf(b)) })).sort((p, q) => q.s - p.s)[0]!;
    if (best.s >= 0.5) link(a, best.b, 'similarity');
  }
  // Last: something moved elsewhere and was lightly reworded.
  for (const a of refs) {
    if (partner.has(a)) continue;
    const best = tgt
      .filter((b) => !taken.has(b) && alike(a, b) && mayPair(a, b))
      .map((b) => ({ b, s: similarity(wordsOf(a), wordsOf(b)) }))
      .sort((p, q) => q.s - p.s)[0];
    if (best && best.s >= 0.8) link(a, best.b, 'similarity');
  }
  return {
    pairs: pairs.sort((p, q) => p.ref.order - q.ref.order),
    missing: refs.filter((a) => !partner.has(a)),
    added: byOrder(tgt).filter((b) => !taken.has(b)),
  };
}

/**
 * Two code lists with no entry in common ask different questions: a list in the place of another
 * list is a new field, not a renamed one (RTT status gone, Overseas visitor status new).
 */
function sameKindOfAnswer(a: Item, b: Item): boolean {
  // Another kind of answer under unrelated words ("Religion or belief" as text, "Next of kin
  // telephone" as a phone number): a different question, however it sits.
  if (a.control && b.control && kindOfControl(a.control) !== kindOfControl(b.control) && similarity(wordsOf(a), wordsOf(b)) < 0.5) return false;
  const x = a.control?.options;
  const y = b.control?.options;
  if (!x?.length || !y?.length) return true;
  const left = new Set(x.map((o) => o.toLowerCase().trim()));
  return y.some((o) => left.has(o.toLowerCase().trim())) || similarity(wordsOf(a), wordsOf(b)) >= 0.5;
}
