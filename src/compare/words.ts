// How a sentence names a control and the kind of control it is, in a trainer's words. A control is
// named by what is on screen beside it; one with no words of its own is named by where it is ("the
// 2nd drop-down under 'Allergies'"), never as '' or '(no name)', and never by a value a library
// leaked into its name ('false', 'undefined').
import type { FormControl } from '../model/capture.js';
import type { Normaliser } from './normalise.js';
import { q, roleWord } from './make.js';

/** Words that are values or programming leftovers, not names a person reads. */
const NOT_A_NAME = /^(true|false|null|undefined|nan|\[object object\]|[\p{P}\p{S}\s_]*)$/iu;

export function usableName(s: string | undefined): string {
  const t = (s ?? '').trim();
  return NOT_A_NAME.test(t) ? '' : t;
}

interface Nameable { family: string; role: string; name: string; text: string; order: number; control?: FormControl }

function ordinal(k: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = k % 100;
  return `${k}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/** "the drop-down 'Clinic'", or "the 2nd drop-down under 'Allergies'" for one with no words. */
export function describeControl(it: Nameable, all: Nameable[], n: Normaliser): string {
  const word = roleWord(it.role);
  const words = usableName(it.text) || usableName(it.name) || usableName(it.control?.placeholder && n(it.control.placeholder));
  if (words) return `the ${word} ${q(words)}`;
  const context = it.control?.context ? n(it.control.context) : '';
  const nameless = all.filter((x) => x.role === it.role && !usableName(x.text) && !usableName(x.name) && (x.control?.context ? n(x.control.context) : '') === context);
  const rank = nameless.indexOf(it as never) + 1;
  const which = nameless.length > 1 && rank > 0 ? `${ordinal(rank)} ${word}` : word;
  return context ? `the ${which} under ${q(context)}` : `the ${which} with no label`;
}

const INPUT_WORDS: Record<string, string> = {
  date: 'date field', 'datetime-local': 'date and time field', time: 'time field', email: 'email field', tel: 'phone number field',
  number: 'number field', password: 'password field', search: 'search field', url: 'web address field', file: 'file upload',
  checkbox: 'tick box', radio: 'option button', range: 'slider', color: 'colour picker', month: 'month field', week: 'week field',
};

/**
 * The kind of control a person sees: a native select and a library's custom drop-down are both a
 * drop-down list; a text field that became a date field is another kind of control.
 */
export function kindOfControl(c: FormControl): string {
  if (c.tag === 'input' && c.type && INPUT_WORDS[c.type]) return INPUT_WORDS[c.type]!;
  if (c.tag === 'textarea') return 'text box';
  if (c.tag === 'select' || c.role === 'combobox' || c.role === 'listbox') return 'drop-down list';
  if (c.role === 'textbox') return 'text field';
  return roleWord(c.role);
}
