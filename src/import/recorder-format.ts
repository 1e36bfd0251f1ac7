// The Chrome and Edge DevTools Recorder's JSON export (the "UserFlow" of @puppeteer/replay's public
// schema), written out here as our own types: Parity reads the format and needs none of that
// package's code. Only the shape is checked here; what each step means is convert.ts's business.
import type { Problem } from '../util/errors.js';
import { didYouMean } from '../load/suggest.js';
import { IMPORT_CODES } from './codes.js';
import { problemAtPath, type JsonSource } from './json-source.js';

/** A selector: one string, or a chain (ancestor first, shadow roots pierced between parts). */
export type RecordedSelector = string | string[];

export interface NavigationEvent { type: 'navigation'; url?: string; title?: string }

interface Base {
  type: string;
  /** Which page: "main", or a URL for a popup the recording opened. */
  target?: string;
  /** Frame indexes from the main frame down. */
  frame?: number[];
  timeout?: number;
  assertedEvents?: NavigationEvent[];
}

export interface SelectorStep extends Base {
  type: 'click' | 'doubleClick' | 'hover' | 'change' | 'waitForElement';
  selectors: RecordedSelector[];
  value?: string; // change
  offsetX?: number;
  offsetY?: number;
  button?: 'primary' | 'auxiliary' | 'secondary' | 'back' | 'forward';
  deviceType?: 'mouse' | 'pen' | 'touch';
  duration?: number;
  operator?: '>=' | '==' | '<=';
  count?: number;
  visible?: boolean;
}
export interface NavigateStep extends Base { type: 'navigate'; url: string }
export interface KeyStep extends Base { type: 'keyDown' | 'keyUp'; key: string }
export interface OtherStep extends Base {
  type: 'setViewport' | 'scroll' | 'close' | 'waitForExpression' | 'emulateNetworkConditions' | 'customStep';
  selectors?: RecordedSelector[];
  expression?: string;
  name?: string;
}
export type RecordedStep = SelectorStep | NavigateStep | KeyStep | OtherStep;

export interface UserFlow {
  title: string;
  timeout?: number;
  selectorAttribute?: string;
  steps: RecordedStep[];
}

export const STEP_TYPES = [
  'change', 'click', 'close', 'customStep', 'doubleClick', 'emulateNetworkConditions', 'hover', 'keyDown',
  'keyUp', 'navigate', 'scroll', 'setViewport', 'waitForElement', 'waitForExpression',
] as const;
const NEEDS_SELECTORS = new Set(['click', 'doubleClick', 'hover', 'change', 'waitForElement']);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `the ${typeof v} ${JSON.stringify(v)}`);

/** The recording as a UserFlow, or every shape problem found in it. */
export function checkUserFlow(src: JsonSource): { flow?: UserFlow; problems: Problem[] } {
  const d = src.data;
  const p = (path: (string | number)[], message: string, hint?: string) => problemAtPath(src, path, IMPORT_CODES.format, message, hint);
  if (!isObject(d)) return { problems: [p([], `expected a Recorder export, an object with "title" and "steps"; this is ${kind(d)}`)] };
  const out: Problem[] = [];
  if (typeof d.title !== 'string') out.push(p(d.title === undefined ? [] : ['title'], d.title === undefined ? 'no "title": expected a Chrome or Edge Recorder export (DevTools › Recorder › Export › JSON)' : `"title" should be text, not ${kind(d.title)}`));
  if (!Array.isArray(d.steps)) {
    out.push(p(d.steps === undefined ? [] : ['steps'], d.steps === undefined ? 'no "steps": expected the list of recorded steps' : `"steps" should be a list, not ${kind(d.steps)}`));
    return { problems: out };
  }
  d.steps.forEach((s, i) => {
    if (!isObject(s)) return out.push(p(['steps', i], `a step should be an object with a "type", not ${kind(s)}`));
    if (typeof s.type !== 'string') return out.push(p(['steps', i], 'this step has no "type" (click, change, navigate, keyDown, ...)'));
    if (!(STEP_TYPES as readonly string[]).includes(s.type)) {
      return out.push(p(['steps', i, 'type'], `'${s.type}' is not a Recorder step type; expected one of ${STEP_TYPES.join(', ')}`, didYouMean(s.type, STEP_TYPES)));
    }
    if (NEEDS_SELECTORS.has(s.type)) {
      if (!Array.isArray(s.selectors)) out.push(p(s.selectors === undefined ? ['steps', i] : ['steps', i, 'selectors'], `a ${s.type} step needs "selectors", a list of selectors (["aria/Save"], ["#save"], ...)`));
      else s.selectors.forEach((sel, k) => {
        const ok = typeof sel === 'string' || (Array.isArray(sel) && sel.length > 0 && sel.every((x) => typeof x === 'string'));
        if (!ok) out.push(p(['steps', i, 'selectors', k], `a selector is text or a list of text, not ${kind(sel)}`));
      });
    }
    if (s.type === 'change' && typeof s.value !== 'string') out.push(p(s.value === undefined ? ['steps', i] : ['steps', i, 'value'], 'a change step needs "value", the text entered or the option chosen'));
    if (s.type === 'navigate' && typeof s.url !== 'string') out.push(p(s.url === undefined ? ['steps', i] : ['steps', i, 'url'], 'a navigate step needs "url"'));
    if ((s.type === 'keyDown' || s.type === 'keyUp') && typeof s.key !== 'string') out.push(p(s.key === undefined ? ['steps', i] : ['steps', i, 'key'], `a ${s.type} step needs "key" (Enter, Tab, ...)`));
    if (s.assertedEvents !== undefined && !(Array.isArray(s.assertedEvents) && s.assertedEvents.every(isObject))) out.push(p(['steps', i, 'assertedEvents'], 'assertedEvents should be a list of objects ({ "type": "navigation", "url": ..., "title": ... })'));
    if (s.frame !== undefined && !(Array.isArray(s.frame) && s.frame.every((n) => Number.isInteger(n)))) out.push(p(['steps', i, 'frame'], 'frame should be a list of frame numbers'));
  });
  return out.length ? { problems: out } : { flow: d as unknown as UserFlow, problems: [] };
}
