// What reading the screens settled, put into the draft: the locator checked on the page, fill or
// select (in the option's words), check for a radio button, the heading that names each step,
// and `commits: true` where the step sent data-changing requests.
import type { ReadJourney, ScreensRead, ReadAction } from '../run/read-screens.js';
import { IMPORT_CODES } from './codes.js';
import type { DraftAction, DraftJourney } from './draft.js';
import { optionNote, secretNote } from './convert.js';
import { problemAt } from '../load/yaml-source.js';
import { alternatives } from './selectors.js';
import { secretName } from './names.js';
import type { JsonSource } from './json-source.js';
import { problemAtPath } from './json-source.js';

/** The draft as a recording to play back on an environment. */
export function toRead(j: DraftJourney): ReadJourney {
  return {
    start: j.start ?? '/',
    steps: j.steps.map((s) => ({
      actions: s.actions.map((a): ReadAction => ({
        kind: a.change ? 'change' : a.kind === 'fill' || a.kind === 'select' || a.kind === 'check' || a.kind === 'uncheck' ? 'click' : a.kind,
        target: a.target?.css !== undefined ? undefined : a.target,
        alternatives: a.reading ? alternatives(a.reading) : [],
        value: a.change ? a.recorded : a.value,
      })),
    })),
  };
}

export function applyScreens(j: DraftJourney, read: ScreensRead, src: JsonSource, env: string): void {
  j.steps.forEach((s, si) => {
    const facts = read.steps[si];
    if (!facts) return;
    if (facts.heading) s.heading = facts.heading;
    if (facts.title) s.arrival = { ...s.arrival, title: facts.title };
    if (facts.wrote.length) s.commits = true;
    s.actions.forEach((a, ai) => {
      const f = facts.actions[ai];
      if (f) settle(a, f, src);
    });
  });
  if (read.stopped) {
    const a = j.steps[read.stopped.step]?.actions[read.stopped.action];
    const why = `reading the screens of ${env} stopped here (${read.stopped.why}); this step and those after it keep what the recording says`;
    j.warnings.push(a ? problemAtPath(src, a.from, IMPORT_CODES.notRead, why) : problemAt(src.file, src.text, 0, IMPORT_CODES.notRead, why));
  }
}

function settle(a: DraftAction, f: NonNullable<ScreensRead['steps'][number]['actions'][number]>, src: JsonSource): void {
  const wasCss = a.target?.css !== undefined;
  if (f.locator) a.target = f.locator;
  if (wasCss && a.target?.css === undefined) {
    // The page named it in words: the CSS the recording needed is gone, and so is the warning.
    a.notes = a.notes.filter((n) => !/selector: the recording has no aria/.test(n) && !/^an XPath/.test(n));
    a.warnings = a.warnings.filter((w) => w.code !== IMPORT_CODES.cssFallback);
  }
  a.guessed = false;
  if (a.change) {
    a.notes = a.notes.filter((n) => !n.startsWith("the option is the recording's value"));
    a.warnings = a.warnings.filter((w) => w.code !== IMPORT_CODES.optionValue);
    if (f.inputType === 'password' && !a.secret) {
      const name = secretName(f.name, new Set());
      Object.assign(a, { kind: 'fill', secret: name, value: `\${secret.${name}}` });
      a.warnings.push(problemAtPath(src, a.from, IMPORT_CODES.secret, secretNote(name)));
    } else if (f.tag === 'select') {
      a.kind = 'select';
      a.value = f.option || a.recorded;
      if (!f.option) {
        a.notes.push(optionNote(a.recorded ?? ''));
        a.warnings.push(problemAtPath(src, a.from, IMPORT_CODES.optionValue, optionNote(a.recorded ?? '')));
      }
    } else if (!a.secret) {
      a.kind = 'fill';
      a.value = a.recorded;
    }
    return;
  }
  if (a.kind === 'click' && (f.inputType === 'radio' || f.role === 'radio')) a.kind = 'check';
  else if (a.kind === 'click' && (f.inputType === 'checkbox' || f.role === 'checkbox' || f.role === 'switch') && f.checked !== undefined) a.kind = f.checked ? 'uncheck' : 'check';
}
