// Past a block, the pure part: which control on the screen stands in for a trained one that is gone.
// Only a strong candidate counts, because everything the journey shows afterwards is reached through
// it: the control the approved reference had at that place (same role, same box or the same slot in
// its form), one the page's authors gave the same id, name attribute or test id, or one whose name is
// a few letters off. A weak resemblance ("Book" and "Book later") is no stand-in: the journey stops.
import type { Box, FormControl, StandIn } from '../model/capture.js';
import { editDistance } from '../util/edit-distance.js';
import { FIELD_ROLES } from '../model/roles.js';


/** What the blocked action looked for: a role (or 'field' for a label), and the words. */
export interface Wanted { role?: string; name?: string }

/** Where the approved reference had the trained control, and the screen around it. */
export interface ReferencePlace { control: FormControl; controls: FormControl[] }

const words = (s: string) => s.toLowerCase().replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[*:]+\s*$/, '').replace(/\s+/g, ' ').trim();
/** An attribute or a name as one run of letters and digits: 'NHS number', 'nhsNumber', 'nhs-number' → 'nhsnumber'. */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function roleFits(c: FormControl, w: Wanted): boolean {
  if (!w.role) return false; // a text or css locator says nothing about what kind of thing it was
  if (w.role === 'field') return FIELD_ROLES.has(c.role);
  return c.role === w.role;
}

/** The seen name first: what a person reads on the control. */
function shown(c: FormControl): string {
  return c.seen || c.label || c.name;
}

/** Does this control answer to the trained words (the reference's own copy of the trained control)? */
export function answersTo(c: FormControl, w: Wanted): boolean {
  if (!w.name || !roleFits(c, w)) return false;
  const want = words(w.name);
  return [c.name, c.seen, c.label].some((n) => n !== undefined && words(n) === want);
}

function overlap(a: Box, b: Box): number {
  const x = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = x * y;
  const union = a.width * a.height + b.width * b.height - inter;
  return union > 0 ? inter / union : 0;
}

/** Edit similarity of two names (0..1), letters only: 'NHS Number' and 'NHS number:' are 1. */
function letters(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x || !y) return 0;
  const d = editDistance(x, y);
  return 1 - d / Math.max(x.length, y.length);
}

/** The one control a test picks, or none when it picks none or several (several is no answer). */
function one(pool: FormControl[], test: (c: FormControl) => boolean): FormControl | undefined {
  const hits = pool.filter(test);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Its position among the controls of its role in its region, and how many there are. */
function slot(c: FormControl, all: FormControl[]): { at: number; of: number } | undefined {
  if (!c.region) return undefined;
  const mates = all.filter((x) => x.role === c.role && x.region === c.region && x.frame === c.frame);
  return { at: mates.indexOf(c), of: mates.length };
}

/** Edit similarity at or above this is a close name ("Surname" / "Surnames", "NHS No." / "NHS No"). */
export const CLOSE_NAME = 0.75;

/**
 * The strong candidate for a trained control that is not on the screen, or undefined. `controls` is
 * the screen as it is now; `ref` where the approved reference had the control, when known.
 */
export function chooseStandIn(controls: FormControl[], wanted: Wanted, ref?: ReferencePlace): StandIn | undefined {
  const w: Wanted = ref ? { role: ref.control.role, name: wanted.name } : wanted;
  const pool = controls.filter((c) => roleFits(c, w) && !c.disabled && c.name.trim() !== '' && !answersTo(c, wanted));
  if (!pool.length) return undefined;
  const as = (c: FormControl, why: StandIn['why']): StandIn => ({ role: c.role, name: c.name, why, ...(c.frame ? { frame: c.frame } : {}) });
  if (ref) {
    const r = ref.control;
    // The same identity the authors gave it. Radios and tick boxes share a name attribute by design.
    const byId = (r.id && one(pool, (c) => c.id === r.id))
      || (r.testId && one(pool, (c) => c.testId === r.testId))
      || (r.nameAttr && !['radio', 'checkbox'].includes(r.role) && one(pool, (c) => c.nameAttr === r.nameAttr && c.tag === r.tag));
    if (byId) return as(byId, 'same id');
    // The same place: where its box was, or the same slot among its kind in the same form or section.
    const byBox = one(pool, (c) => c.frame === r.frame && overlap(c.box, r.box) >= 0.5);
    if (byBox) return as(byBox, 'same place');
    const was = slot(r, ref.controls);
    if (was && was.at >= 0) {
      const bySlot = one(pool, (c) => {
        const s = slot(c, controls);
        return s !== undefined && c.region === r.region && s.at === was.at && s.of === was.of;
      });
      if (bySlot) return as(bySlot, 'same place');
    }
  }
  if (!wanted.name) return undefined;
  // An id or name attribute that still says the trained words ('Book' and id="book").
  const said = squash(wanted.name);
  const saysIt = said.length >= 3 ? one(pool, (c) => [c.id, c.nameAttr, c.testId].some((v) => v !== undefined && squash(v) === said)) : undefined;
  if (saysIt) return as(saysIt, 'same id');
  // A close name, clearly closer than the next: a typo fixed, a colon or a plural added.
  const scored = pool.map((c) => ({ c, s: letters(wanted.name!, shown(c)) })).sort((a, b) => b.s - a.s);
  const best = scored[0]!;
  const next = scored[1]?.s ?? 0;
  if (best.s >= CLOSE_NAME && best.s - next >= 0.1) return as(best.c, 'close name');
  return undefined;
}
