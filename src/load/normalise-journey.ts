// From the validated surface syntax to the model every later stage reads (src/model/journey.ts).
// Shorthands are expanded here once ("press: Enter", "wait: 500", fill's locator-plus-value map),
// so the runner never has to know how a journey may be spelt.
import { isScalar, stringify } from 'yaml';
import type { Action, ActionKind, Expectation, Journey, Locator, Step } from '../model/journey.js';
import { nodeAt, sourcePos, type DataPath } from './locate.js';
import type { JourneyInput, StepInput } from './schema/journey.js';
import type { SourceFile } from './yaml-source.js';

type Raw = Record<string, unknown>;

/** Reads values from the validated data, and the source for text typed as a number. */
export class Reader {
  constructor(readonly src: SourceFile, readonly file: string) {}

  /** `value: 0018` is the text "0018", not the number 18: take what was typed. */
  text(v: unknown, path: DataPath): string {
    if (typeof v === 'string') return v;
    const n = nodeAt(this.src, path);
    if (n.complete && isScalar(n.node) && typeof n.node.source === 'string' && n.node.source !== '') return n.node.source;
    return String(v);
  }

  /** The value with each number as it was typed, for the action's one-line text. */
  asTyped(v: unknown, path: DataPath): unknown {
    if (typeof v === 'number') {
      const t = this.text(v, path);
      return t === String(v) ? v : t;
    }
    if (Array.isArray(v)) return v.map((x, i) => this.asTyped(x, [...path, i]));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.asTyped(x, [...path, k])]));
    return v;
  }

  locator(raw: Raw, path: DataPath): Locator {
    const loc: Locator = {};
    if (raw.role !== undefined) loc.role = String(raw.role);
    for (const k of ['name', 'label', 'text', 'placeholder'] as const) if (raw[k] !== undefined) loc[k] = this.text(raw[k], [...path, k]);
    if (raw.testId !== undefined) loc.testId = String(raw.testId);
    if (raw.css !== undefined) loc.css = String(raw.css);
    if (raw.exact !== undefined) loc.exact = Boolean(raw.exact);
    if (raw.nth !== undefined) loc.nth = Number(raw.nth);
    if (raw.within !== undefined) loc.within = this.locator(raw.within as Raw, [...path, 'within']);
    if (raw.frame !== undefined) loc.frame = this.text(raw.frame, [...path, 'frame']);
    return loc;
  }

  action(item: Raw, path: DataPath): Action {
    const kind = Object.keys(item)[0] as ActionKind;
    const v = item[kind];
    const at = [...path, kind];
    const a: Action = { kind, text: actionText(kind, this.asTyped(v, at)), pos: sourcePos(this.src, path, this.file) };
    switch (kind) {
      case 'goto':
        a.value = this.text(v, at);
        break;
      case 'fill':
      case 'type':
        a.target = this.locator(v as Raw, at);
        a.value = this.text((v as Raw).value, [...at, 'value']);
        break;
      case 'select':
        a.target = this.locator(v as Raw, at);
        a.value = this.text((v as Raw).option, [...at, 'option']);
        break;
      case 'press':
        if (typeof v === 'string') a.key = v;
        else {
          a.key = String((v as Raw).key);
          if ((v as Raw).target) a.target = this.locator((v as Raw).target as Raw, [...at, 'target']);
        }
        break;
      case 'wait':
        if (typeof v === 'number') a.ms = v;
        else a.for = this.locator((v as Raw).for as Raw, [...at, 'for']);
        break;
      case 'expect':
        Object.assign(a, this.expectation(v as Raw, at));
        break;
      default: // click, check, uncheck, hover
        a.target = this.locator(v as Raw, at);
    }
    return a;
  }

  private expectation(raw: Raw, path: DataPath): { target?: Locator; expect: Expectation } {
    const ex: Expectation = {};
    for (const k of ['visible', 'hidden', 'enabled', 'disabled'] as const) if (raw[k] !== undefined) ex[k] = Boolean(raw[k]);
    for (const k of ['text', 'value', 'url', 'title'] as const) if (raw[k] !== undefined) ex[k] = this.text(raw[k], [...path, k]);
    if (raw.count !== undefined) ex.count = Number(raw.count);
    const out: { target?: Locator; expect: Expectation } = { expect: ex };
    if (raw.target !== undefined) {
      out.target = this.locator(raw.target as Raw, [...path, 'target']);
      // "expect: { target: ... }" alone means: it is shown.
      if (Object.keys(ex).length === 0) ex.visible = true;
    }
    return out;
  }

  actions(items: unknown[] | undefined, path: DataPath): Action[] {
    return (items ?? []).map((item, i) => this.action(item as Raw, [...path, i]));
  }
}

/**
 * One line per action, as the trainer wrote it ("click { role: button, name: Book }"), for messages,
 * reports and blocked-step evidence. Templates stay unresolved, so a secret's value never reaches it.
 */
export function actionText(kind: string, value: unknown): string {
  if (value === null || value === undefined) return kind;
  return `${kind} ${stringify(value, { collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: true }).trim()}`;
}

function step(r: Reader, s: StepInput, i: number): Step {
  const path = ['steps', i];
  const out: Step = { name: s.name, actions: r.actions(s.actions, [...path, 'actions']), pos: sourcePos(r.src, path, r.file) };
  if (s.only) out.only = [...s.only];
  if (s.skip) out.skip = [...s.skip];
  if (s.commits !== undefined) out.commits = s.commits;
  if (s.capture) {
    out.capture = {};
    if (s.capture.fullPage !== undefined) out.capture.fullPage = s.capture.fullPage;
    if (s.capture.screenshot !== undefined) out.capture.screenshot = s.capture.screenshot;
    if (s.capture.masks) out.capture.masks = s.capture.masks.map((m, j) => r.locator(m as Raw, [...path, 'capture', 'masks', j]));
  }
  return out;
}

export function normaliseJourney(src: SourceFile, data: JourneyInput, file: string): Journey {
  const r = new Reader(src, file);
  const j: Journey = {
    id: data.journey,
    title: data.title ?? data.journey,
    tags: data.tags ? [...data.tags] : [],
    steps: data.steps.map((s, i) => step(r, s, i)),
    file,
  };
  if (data.start !== undefined) j.start = data.start;
  return j;
}
