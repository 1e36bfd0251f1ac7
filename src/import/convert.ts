// A recording's steps turned into a journey's steps. A journey step is a screen: it begins with
// the action that arrives there (the navigation, or the click whose navigation the recording
// asserts), holds what is done on that screen, and is captured before the next one is left.
import type { Problem } from '../util/errors.js';
import { IMPORT_CODES } from './codes.js';
import type { DraftAction, DraftJourney, DraftStep } from './draft.js';
import { problemAtPath, type JsonPath, type JsonSource } from './json-source.js';
import { fileTitle, isDefaultTitle, secretName, slug } from './names.js';
import type { KeyStep, NavigateStep, NavigationEvent, RecordedStep, SelectorStep, UserFlow } from './recorder-format.js';
import { chooseLocator, looksLikePassword, readSelectors, type Purpose } from './selectors.js';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'ShiftLeft', 'ShiftRight', 'ControlLeft', 'ControlRight', 'AltLeft', 'AltRight', 'MetaLeft', 'MetaRight']);
const modifierName = (k: string) => k.replace(/(Left|Right)$/, '');

/** Why a recorded step has no journey action, in words that say what to do instead. */
const UNCONVERTIBLE: Record<string, string> = {
  doubleClick: 'a double-click: Parity journeys click once, as training material describes; record it as a click, or edit the journey by hand',
  waitForExpression: 'a JavaScript condition: journeys wait for what is on screen (wait: { for: <locator> }) or a fixed time, never for code',
  customStep: 'a custom step of a Recorder extension: Parity cannot know what it does',
  emulateNetworkConditions: 'network throttling: Parity runs at the network\'s own speed; remove the step',
};

export interface Converted { journey?: DraftJourney; problems: Problem[] }

export function convertFlow(flow: UserFlow, src: JsonSource, fileBase: string): Converted {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const stepProblem = (i: number, message: string, at: (string | number)[] = []) => problems.push(problemAtPath(src, ['steps', i, ...at], IMPORT_CODES.step, message));
  const warn = (path: JsonPath, code: string, message: string) => warnings.push(problemAtPath(src, path, code, message));

  const steps: DraftStep[] = [];
  let cur: DraftStep | undefined;
  let origin: string | undefined;
  let start: string | undefined;
  const held = new Set<string>(); // modifier keys down
  const secrets = new Map<string, string>(); // password field → secret name
  const begin = (arrival: DraftStep['arrival'], first?: DraftAction) => {
    if (cur) steps.push(cur);
    cur = { arrival, actions: first ? [first] : [] };
  };
  const add = (a: DraftAction, s: RecordedStep) => {
    if (start === undefined) return stepProblem(a.from[1] as number, 'comes before the recording opens a page: its first step should be a navigate (Chrome records one when recording starts)');
    const nav = navigation(s);
    if (nav || !cur) begin(nav ?? {}, a);
    else cur.actions.push(a);
  };

  flow.steps.forEach((s, i) => {
    const from: JsonPath = ['steps', i];
    if (s.target !== undefined && s.target !== 'main') {
      return stepProblem(i, `happens in another window or tab (${s.target}); a journey stays in one window: record the screens of that window on their own`, ['target']);
    }
    switch (s.type) {
      case 'setViewport':
        return warn(from, IMPORT_CODES.dropped, `the viewport (${(s as { width?: number }).width}×${(s as { height?: number }).height}) is not part of a journey: parity.config.yaml sets it for every environment`);
      case 'scroll':
        return warn(from, IMPORT_CODES.dropped, 'scrolling is not needed: Parity brings each element into view before it uses it, and captures the full page');
      case 'close':
        return i === flow.steps.length - 1 ? undefined : stepProblem(i, 'closes the page in the middle of the recording; a journey stays on one page');
      case 'navigate': {
        const n = s as NavigateStep;
        let url: URL;
        try {
          url = new URL(n.url);
        } catch {
          return stepProblem(i, `'${n.url}' is not an address`, ['url']);
        }
        if (!/^https?:$/.test(url.protocol)) return stepProblem(i, `'${n.url}' is not an http(s) address; a journey opens pages of the system only`, ['url']);
        origin ??= url.origin;
        // The recording's own host is dropped: the path runs on every environment's base URL.
        const where = url.origin === origin ? url.pathname + url.search + url.hash : url.href;
        if (url.origin !== origin) warn(from, IMPORT_CODES.dropped, `${url.origin} is not the recording's own site (${origin}); the address is kept whole, and the config's allowOrigins must list it`);
        const arrival = navigation(s) ?? { url: n.url };
        if (!cur && start === undefined) {
          start = where;
          begin(arrival);
          return;
        }
        begin(arrival, { kind: 'goto', value: where, from, notes: [], warnings: [] });
        return;
      }
      case 'keyDown': {
        const k = (s as KeyStep).key;
        if (MODIFIERS.has(k)) return void held.add(modifierName(k));
        const key = [...held, k === ' ' ? 'Space' : k].join('+');
        return add({ kind: 'press', value: key, from, notes: [], warnings: [] }, s);
      }
      case 'keyUp': {
        const k = (s as KeyStep).key;
        held.delete(modifierName(k));
        // The navigation a key caused is asserted on its keyUp: the press it ends starts the next screen.
        const nav = navigation(s);
        if (nav && cur) {
          const last = cur.actions[cur.actions.length - 1];
          if (last?.kind === 'press') {
            cur.actions.pop();
            begin(nav, last);
          } else begin(nav);
        }
        return;
      }
      case 'click':
        // Chrome records the click that puts the cursor in a field, then the change: the change is the action.
        if (sameElementChanged(s as SelectorStep, flow.steps[i + 1])) return;
      // falls through
      case 'hover':
      case 'change':
      case 'waitForElement': {
        const st = s as SelectorStep;
        if (st.type === 'click' && st.button && st.button !== 'primary') return stepProblem(i, `a ${st.button} button click (a context menu, say): journeys click with the primary button`, ['button']);
        const reading = readSelectors(st.selectors);
        const purpose: Purpose = st.type === 'change' ? 'field' : 'press';
        const chosen = chooseLocator(reading, purpose);
        if (!chosen) return stepProblem(i, 'none of its selectors can be used (expected aria/…, text/…, a CSS selector, xpath/… or pierce/…)', ['selectors']);
        const a: DraftAction = { kind: 'click', target: chosen.locator, reading, guessed: chosen.guessed, from, notes: [], warnings: [] };
        if (chosen.fallback) {
          const how = chosen.fallback === 'xpath' ? 'an XPath' : chosen.fallback === 'pierce' ? 'a pierce/ CSS selector' : 'a CSS selector';
          a.notes.push(`${how}: the recording has no aria/ or text/ selector for this element`);
        }
        if (st.type === 'hover') a.kind = 'hover';
        if (st.type === 'waitForElement') {
          const count = st.count ?? 1;
          const op = st.operator ?? '==';
          if (st.visible === false || (count === 0 && op !== '>=')) a.kind = 'expect', a.expect = { hidden: true };
          else if (op === '==' && count !== 1) a.kind = 'expect', a.expect = { count };
          else if (op === '<=' || (op === '>=' && count > 1)) return stepProblem(i, `waits for ${op} ${count} elements: a journey waits for an element, or expects an exact count`, ['operator']);
          else a.kind = 'wait';
        }
        if (st.type === 'change') {
          const value = st.value ?? '';
          a.change = true;
          a.recorded = value;
          if (looksLikePassword(reading)) {
            const label = chosen.locator.label ?? chosen.locator.name;
            const name = secrets.get(label ?? '') ?? secretName(label, new Set(secrets.values()));
            secrets.set(label ?? '', name);
            Object.assign(a, { kind: 'fill', secret: name, value: `\${secret.${name}}` });
            a.warnings.push(problemAtPath(src, from, IMPORT_CODES.secret, secretNote(name)));
          } else if (reading.tag === 'select') {
            Object.assign(a, { kind: 'select', value });
            a.notes.push(optionNote(value));
            a.warnings.push(problemAtPath(src, from, IMPORT_CODES.optionValue, optionNote(value)));
          } else Object.assign(a, { kind: 'fill', value });
        }
        if (chosen.fallback) {
          a.warnings.push(problemAtPath(src, from, IMPORT_CODES.cssFallback, `${a.kind} ${JSON.stringify(chosen.locator.css)}: the recording has no aria/ or text/ selector for this element, so the journey uses ${chosen.fallback === 'xpath' ? 'XPath' : 'CSS'}, which names nothing a trainer sees`));
        }
        return add(a, s);
      }
      default: {
        const why = UNCONVERTIBLE[s.type];
        return stepProblem(i, `cannot be imported: ${why ?? `'${s.type}' has no journey action`}`, ['type']);
      }
    }
  });
  if (cur) steps.push(cur);
  if (start === undefined && !problems.length) {
    problems.push(problemAtPath(src, flow.steps.length ? ['steps', 0] : ['steps'], IMPORT_CODES.step, 'the recording never opens a page: its first step should be a navigate (Chrome records one when recording starts)'));
  }
  if (problems.length) return { problems };
  const title = flow.title.trim();
  const named = !isDefaultTitle(title);
  return {
    problems: [],
    journey: {
      file: src.file, id: slug(named ? title : fileBase), title: named ? title : fileTitle(fileBase, 'Imported recording'), origin, start,
      steps: steps.filter((st, k) => k === 0 || st.actions.length), warnings,
    },
  };
}

/** The navigation a step asserts, if it asserts one. */
function navigation(s: RecordedStep): DraftStep['arrival'] | undefined {
  const e = (s.assertedEvents ?? []).find((x: NavigationEvent) => x.type === 'navigation');
  return e ? { url: e.url, title: e.title } : undefined;
}

/** A drop-down's change records the option's value (often a code), not the words a person reads. */
export function optionNote(value: string): string {
  return `the option is the recording's value '${value}', not its words on screen: import with --env <name> to read them from the page`;
}

export function secretNote(name: string): string {
  return `a password: the journey takes it from the environment variable ${name} (\${secret.${name}}); the recorded value is not written (delete the recording, which holds it in plain text)`;
}

function sameElementChanged(click: SelectorStep, next: RecordedStep | undefined): boolean {
  if (next?.type !== 'change' || click.assertedEvents?.length) return false;
  const key = (sel: unknown) => JSON.stringify(sel);
  return key((click.selectors ?? [])[0]) === key(((next as SelectorStep).selectors ?? [])[0]);
}
