// Which control in the target is which control in the reference. A person recognises a field by
// its label, then by where it sits; so do we: role + accessible name first, then the visible words,
// then the HTML name/id attributes, then position between already-matched neighbours and name
// similarity. That way a renamed label is ONE label-changed, not a removed field plus an added one.
import type { FormControl, PageIdentity } from '../model/capture.js';
import type { Normaliser } from './normalise.js';
import { similarity } from './similarity.js';

export type Family = 'field' | 'action' | 'menu';

export interface Item {
  family: Family;
  role: string;
  /** Normalised accessible name. */
  name: string;
  /** Normalised words shown on screen (visible text, else the name). */
  text: string;
  nameAttr?: string;
  id?: string;
  region: string;
  order: number;
  /** The captured control, where there is one (menu entries of a closed menu have none). */
  control?: FormControl;
}

export interface Matching {
  pairs: { ref: Item; tgt: Item; by: 'name' | 'text' | 'attribute' | 'position' | 'similarity' }[];
  missing: Item[]; // in the reference only
  added: Item[]; // in the target only
}

const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'radiogroup', 'spinbutton', 'switch', 'slider']);
const MENU_ROLES = new Set(['menuitem', 'menuitemcheckbox', 'menuitemradio']);

/**
 * The page's controls as items in three families. Radio buttons that belong to a captured radio
 * group are left out: the group carries them as its options, so a new radio is one options-changed.
 * Links in a navigation bar are menu entries (the capture lists their names in identity.menuItems).
 */
export function itemsOf(controls: FormControl[], identity: PageIdentity | undefined, n: Normaliser): Item[] {
  const groups = new Set(controls.filter((c) => c.role === 'radiogroup' && c.nameAttr).map((c) => c.nameAttr));
  const menuNames = new Set((identity?.menuItems ?? []).map(n));
  const items: Item[] = [];
  const menuSeen = new Set<string>();
  for (const c of [...controls].sort((a, b) => a.order - b.order)) {
    if (c.role === 'radio' && c.nameAttr && groups.has(c.nameAttr)) continue;
    const name = n(c.name);
    const isMenu = MENU_ROLES.has(c.role) || (c.role === 'link' && menuNames.has(name));
    const family: Family = FIELD_ROLES.has(c.role) ? 'field' : isMenu ? 'menu' : 'action';
    if (family === 'menu') menuSeen.add(name);
    const it: Item = { family, role: family === 'menu' ? 'menuitem' : c.role, name, text: c.visibleText ? n(c.visibleText) : name, region: n(c.region ?? ''), order: c.order, control: c };
    if (c.nameAttr) it.nameAttr = c.nameAttr;
    if (c.id) it.id = c.id;
    items.push(it);
  }
  // Entries of a menu that is closed are not visible controls, but a person opening it sees them.
  let k = 0;
  for (const m of identity?.menuItems ?? []) {
    const name = n(m);
    if (menuSeen.has(name)) continue;
    menuSeen.add(name);
    items.push({ family: 'menu', role: 'menuitem', name, text: name, region: 'menu', order: 100_000 + k++ });
  }
  return items;
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
      const b = index.get(k)?.find((x) => !taken.has(x));
      if (b) link(a, b, by);
    }
  };
  pass((x) => `${x.family}|${x.role}|${x.name}|${x.region}`, 'name');
  pass((x) => `${x.family}|${x.role}|${x.name}`, 'name');
  // The aria-label changed but the words on screen did not (or the other way round).
  pass((x) => (x.text ? `${x.family}|${x.role}|t:${x.text}` : undefined), 'text');
  pass((x) => (x.nameAttr ? `${x.family}|@name:${x.nameAttr}` : undefined), 'attribute');
  pass((x) => (x.id ? `${x.family}|#${x.id}` : undefined), 'attribute');

  // Position: an unmatched reference item between two matched neighbours is most likely the
  // unmatched target item of the same role between their partners.
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
  const open = refs.filter((a) => !partner.has(a));
  const gaps = new Map<Item, ReturnType<typeof gapOf>>();
  for (const a of open) gaps.set(a, gapOf(a));
  for (const a of open) {
    const g = gaps.get(a)!;
    const cands = tgt.filter((b) => !taken.has(b) && b.family === a.family && b.role === a.role && b.order > g.lo && b.order < g.hi);
    if (!cands.length) continue;
    const rivals = open.filter((x) => !partner.has(x) && x.role === a.role && x.family === a.family && gaps.get(x)!.key === g.key);
    if (cands.length === 1 && rivals.length === 1 && g.key !== 'any' && sameKindOfAnswer(a, cands[0]!)) {
      link(a, cands[0]!, 'position');
      continue;
    }
    const best = cands.map((b) => ({ b, s: similarity(a.name, b.name) })).sort((p, q) => q.s - p.s)[0]!;
    if (best.s >= 0.5) link(a, best.b, 'similarity');
  }
  // Last: something moved elsewhere and was lightly reworded.
  for (const a of refs) {
    if (partner.has(a)) continue;
    const best = tgt
      .filter((b) => !taken.has(b) && b.family === a.family && b.role === a.role)
      .map((b) => ({ b, s: similarity(a.name, b.name) }))
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
  const x = a.control?.options;
  const y = b.control?.options;
  if (!x?.length || !y?.length) return true;
  const left = new Set(x.map((o) => o.toLowerCase().trim()));
  return y.some((o) => left.has(o.toLowerCase().trim())) || similarity(a.name, b.name) >= 0.5;
}
