// A trained action and the reason it could not be done, said in a trainer's words ("choose '20
// Continues' in 'RTT status'"; "this screen has no 'RTT status'"), for the handout, the report and
// the terminal. The action as written (YAML) and candidates' scores stay in the detail view.
import { parse } from 'yaml';

type Raw = Record<string, unknown>;

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/** The words a locator names its control by: 'RTT status' for `{ label: RTT status }`. */
const wordsOf = (t: Raw) => str(t.name) ?? str(t.label) ?? str(t.text) ?? str(t.placeholder);

/** What a locator is called on screen, quoted: 'RTT status'. */
function called(t: Raw | undefined): string {
  if (!t) return 'it';
  const name = wordsOf(t);
  if (name !== undefined) return `'${name}'`;
  if (t.role) return `a ${String(t.role)}`;
  return 'the element';
}

/** A value typed in, unless it is a template (a secret, a variable): those are not repeated. */
function typed(v: unknown): string {
  const s = str(v) ?? '';
  return /\$\{/.test(s) ? 'a value' : `'${s}'`;
}

/** The action as the trainer wrote it, `select { label: X, option: Y }`, read back. */
export function readAction(text: string): { kind: string; v: unknown } | undefined {
  const m = /^\s*(\w+):?\s*(.*)$/s.exec(text);
  if (!m) return undefined;
  try {
    return { kind: m[1]!, v: m[2] ? parse(m[2]) : undefined };
  } catch {
    return { kind: m[1]!, v: m[2] };
  }
}

/** "choose '20 Continues' in 'RTT status'", "press the button 'Book'", "enter 'H1' in 'Hospital number'". */
export function actionInWords(text: string): string {
  const a = readAction(text);
  if (!a) return text;
  const v = (typeof a.v === 'object' && a.v !== null ? a.v : {}) as Raw;
  const target = (v.target && typeof v.target === 'object' ? v.target : v) as Raw;
  switch (a.kind) {
    case 'click': {
      const role = str(target.role);
      if (role === 'button') return `press the button ${called(target)}`;
      if (role === 'link') return `follow the link ${called(target)}`;
      if (role === 'tab' || role === 'menuitem') return `open the ${role === 'tab' ? 'tab' : 'menu entry'} ${called(target)}`;
      return `click ${called(target)}`;
    }
    case 'fill':
    case 'type': return `enter ${typed(v.value)} in ${called(target)}`;
    case 'select': return `choose '${str(v.option) ?? ''}' in ${called(target)}`;
    case 'check': return str(target.role) === 'radio' ? `choose ${called(target)}` : `tick ${called(target)}`;
    case 'uncheck': return `untick ${called(target)}`;
    case 'press': return typeof a.v === 'string' ? `press the ${a.v} key` : `press the ${str(v.key) ?? ''} key in ${called(v.target as Raw)}`;
    case 'hover': return `point at ${called(target)}`;
    case 'wait': return typeof a.v === 'number' ? 'wait' : `wait for ${called((v.for ?? v) as Raw)}`;
    case 'goto': return `open ${str(a.v) ?? 'the page'}`;
    case 'expect': return `see ${called((v.target ?? v) as Raw)}`;
    default: return text;
  }
}

/** The locator of the control the action is about, as written. */
function targetOf(text: string): Raw {
  const a = readAction(text);
  const v = (a && typeof a.v === 'object' && a.v !== null ? a.v : {}) as Raw;
  return (v.target && typeof v.target === 'object' ? v.target : v) as Raw;
}

/** The control the action is about, quoted, for the reason sentence. */
function subjectOf(text: string): string {
  return called(targetOf(text));
}

/** The trained control's words, unquoted ('Book' for `click: { role: button, name: Book }`). */
export function trainedWords(action: string): string | undefined {
  return wordsOf(targetOf(action));
}

/** Why it could not be done, and what to try, from the runner's error: never Playwright's own words. */
export function blockedReason(action: string, error: string): { reason: string; tryThis: string } {
  const it = subjectOf(action);
  let m: RegExpExecArray | null;
  if ((m = /has no option '([^']*)'(?: \(it offers '(.*)'\))?/.exec(error))) {
    return { reason: `${it} has no option '${m[1]}'${m[2] ? ` (it offers '${m[2]}')` : ''}`, tryThis: 'Tell staff which option to use instead, or add the option.' };
  }
  if ((m = /^(\d+) (?:elements|drop-downs) match/.exec(error))) {
    return { reason: `there are ${m[1]} called ${it} and the journey does not say which`, tryThis: 'Say which one in the journey (nth or within).' };
  }
  if (/is disabled/.test(error)) return { reason: `${it} is there but cannot be used (it is greyed out)`, tryThis: 'Check what must be done first on that screen.' };
  if (/hidden, and nothing on the screen stands for it|element is not visible|it is hidden/.test(error)) return { reason: `${it} is in the page but hidden`, tryThis: 'Check whether something must be opened first.' };
  if (/intercepts pointer events|drawn over it/.test(error)) return { reason: `${it} is covered by something drawn over it`, tryThis: 'Check for a message, banner or pop-up in the way on that screen.' };
  if (/did not keep what was entered/.test(error)) return { reason: `${it} did not keep what was entered`, tryThis: 'Try entering it by hand on that screen.' };
  if (/did not (check|uncheck)|was not taken|closed before/.test(error)) return { reason: `${it} did not take the choice`, tryThis: 'Try it by hand on that screen.' };
  if (/not on the screen/.test(error)) return { reason: `this screen has no ${it}`, tryThis: 'If it was renamed or moved, tell staff; if the journey is out of date, update it.' };
  // Anything else: the runner's words without markup or a Playwright call name ("locator.click: ").
  const plain = error.replace(/<[^>]*>/g, '').replace(/\b\w+\.\w+: /g, '').replace(/Timeout \d+ms exceeded\.?/i, 'it did not respond in time').trim();
  return { reason: `it could not be done (${plain})`, tryThis: 'Try it by hand on that screen.' };
}

/** Names only, no scores: "the nearest are 'Outcome' and 'Attendance'". */
export function nearestInWords(names: string[]): string {
  const uniq = [...new Set(names.filter(Boolean))].slice(0, 3).map((n) => `'${n}'`);
  if (!uniq.length) return '';
  const list = uniq.length === 1 ? uniq[0]! : `${uniq.slice(0, -1).join(', ')} and ${uniq.at(-1)}`;
  return uniq.length === 1 ? `the nearest is ${list}` : `the nearest are ${list}`;
}

/** One line: "could not choose 'X' in 'Ward': this screen has no 'Ward'". */
export function blockedInWords(action: string, error: string): string {
  return `could not ${actionInWords(action)}: ${blockedReason(action, error).reason}`;
}
