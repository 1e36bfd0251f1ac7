// A control's code list, reference against target. Options are the same option when the value
// behind them is the same (a reworded entry under the same code is renamed, whatever its words);
// where a page gives no values, or numbers its values by position, the words decide.
import type { FormControl } from '../model/capture.js';
import { diffList, type ListDiff } from './lists.js';
import type { Normaliser } from './normalise.js';

export interface OptionsDiff { diff: ListDiff; before: string[]; after: string[] }

/** Values that identify options: all present, distinct, and not just 0..n-1 or 1..n. */
function identifying(values: string[] | undefined, count: number): values is string[] {
  if (!values || values.length !== count || !count) return false;
  if (values.some((v) => v === '') || new Set(values).size !== values.length) return false;
  const positional = (start: number) => values.every((v, i) => v === String(i + start));
  return !positional(0) && !positional(1);
}

/**
 * Undefined when there is nothing to compare: one side recorded no list at all (a custom drop-down
 * whose options exist only while it is open) is not a list that lost or gained every entry.
 */
export function diffOptions(ca: FormControl, cb: FormControl, n: Normaliser): OptionsDiff | undefined {
  // An entry with no words is a library's placeholder row: nobody can choose it by its words.
  const kept = (c: FormControl) => (c.options ?? []).map((o, i) => ({ w: n(o), v: c.optionValues?.[i] })).filter((x) => x.w);
  const ka = kept(ca);
  const kb = kept(cb);
  const before = ka.map((x) => x.w);
  const after = kb.map((x) => x.w);
  if (!before.length && !after.length) return undefined;
  const bothNative = ca.tag === 'select' && cb.tag === 'select';
  if ((!before.length || !after.length) && !bothNative) return undefined;
  const va = ca.optionValues ? ka.map((x) => x.v ?? '') : undefined;
  const vb = cb.optionValues ? kb.map((x) => x.v ?? '') : undefined;
  if (!identifying(va, before.length) || !identifying(vb, after.length)) return { diff: diffList(before, after), before, after };
  // By value: order and membership from the values, renames where one value's words differ.
  const words = (vals: string[], ws: string[]) => new Map(vals.map((v, i) => [v, ws[i]!]));
  const wa = words(va, before);
  const wb = words(vb, after);
  const byValue = diffList(va, vb, Infinity, false);
  // A code changed behind the same words ('Male' now M where it was 1) is not on the screen.
  const addedWords = byValue.added.map((v) => wb.get(v)!);
  const removedWords = byValue.removed.map((v) => wa.get(v)!);
  const both = addedWords.filter((w) => removedWords.includes(w));
  const diff: ListDiff = {
    added: addedWords.filter((w) => !both.includes(w)),
    removed: removedWords.filter((w) => !both.includes(w)),
    renamed: va.filter((v) => wb.has(v) && wb.get(v) !== wa.get(v)).map((v) => ({ from: wa.get(v)!, to: wb.get(v)! })),
    moved: byValue.moved.map((v) => wb.get(v)!),
  };
  return { diff, before, after };
}
