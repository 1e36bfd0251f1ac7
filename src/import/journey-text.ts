// Writing a draft as the journey file a trainer would have written: flow maps one action a line,
// the words of the screen, a comment where the recording forced something a trainer should check.
import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Locator } from '../model/journey.js';
import type { DraftAction, DraftJourney } from './draft.js';
import { jsonPathText } from './json-source.js';

const LOCATOR_KEYS = ['role', 'name', 'label', 'text', 'placeholder', 'testId', 'css', 'exact', 'nth', 'within', 'frame'] as const;

function locatorObject(l: Locator): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of LOCATOR_KEYS) {
    const v = l[k];
    if (v === undefined) continue;
    out[k] = k === 'within' ? locatorObject(v as Locator) : v;
  }
  return out;
}

export function actionObject(a: DraftAction): Record<string, unknown> {
  const t = a.target ? locatorObject(a.target) : {};
  switch (a.kind) {
    case 'goto': return { goto: a.value };
    case 'press': return { press: a.value };
    case 'fill': return { fill: { ...t, value: a.value ?? '' } };
    case 'select': return { select: { ...t, option: a.value ?? '' } };
    case 'wait': return { wait: { for: t } };
    case 'expect': return { expect: { target: t, ...a.expect } };
    default: return { [a.kind]: t };
  }
}

export interface TextOptions {
  /** Step names, one per draft step. */
  names: string[];
  /** The recording's path as the comment names it. */
  recording: string;
  /** Relative path from the journey file to schema/journey.schema.json, when there is one. */
  schema?: string;
  /** The file's first comment, where the journey did not come from a recording file (parity record). */
  made?: string;
  /** Default [imported]: says where the journey came from, for --tag. */
  tags?: string[];
}

export function journeyText(j: DraftJourney, o: TextOptions): string {
  const obj: Record<string, unknown> = { journey: j.id, title: j.title, tags: o.tags ?? ['imported'] };
  if (j.start !== undefined) obj.start = j.start;
  obj.steps = j.steps.map((s, i) => {
    const step: Record<string, unknown> = { name: o.names[i] };
    if (s.commits) step.commits = true;
    if (s.actions.length) step.actions = s.actions.map(actionObject);
    return step;
  });
  const doc = new Document(obj);
  const recorded = j.steps.reduce((n, s) => n + s.actions.length, 0);
  doc.commentBefore = [
    ...(o.schema ? [` yaml-language-server: $schema=${o.schema}`] : []),
    o.made ?? ` Imported by parity import from ${o.recording} (${recorded} action${recorded === 1 ? '' : 's'}); edit freely, it is an ordinary journey.`,
  ].join('\n');
  (doc.get('tags', true) as YAMLSeq).flow = true;
  const steps = doc.get('steps', true) as YAMLSeq;
  j.steps.forEach((s, i) => {
    const stepNode = steps.items[i] as YAMLMap;
    if (s.commits) (stepNode.get('commits', true) as { comment?: string }).comment = ' requests that change data were seen here: skipped where writes are blocked';
    const actions = stepNode.get('actions', true);
    if (!isSeq(actions)) return;
    s.actions.forEach((a, k) => {
      const item = actions.items[k] as YAMLMap;
      for (const p of item.items) if (isMap(p.value)) setFlow(p.value);
      const notes = [...a.notes, ...(a.notes.length && a.from.length ? [`(recording ${jsonPathText(a.from)})`] : [])];
      if (notes.length) item.commentBefore = ` ${notes.join(' ')}`;
    });
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

function setFlow(m: YAMLMap): void {
  m.flow = true;
  for (const p of m.items) if (isMap(p.value)) setFlow(p.value);
}
