// The controls of one step, reference against target: what a trained person would notice
// missing, new, renamed, required, with other options, in another order or starting otherwise.
import type { Box, FormControl, StepCapture } from '../model/capture.js';
import type { Evidence } from '../model/divergence.js';
import type { Normaliser } from './normalise.js';
import type { Found } from './make.js';
import { describe, q, roleWord } from './make.js';
import { itemsOf, matchItems, type Item } from './match.js';
import { describeListDiff, diffList, isEmptyDiff } from './lists.js';

/** A finding plus what the pixel stage needs to fold regions into it, and a key to report chrome once per journey. */
export interface StructFound extends Found {
  boxes: Box[];
  /** Set for things on every page (menus, banners): the same change is reported once per journey. */
  repeatKey?: string;
}

/** The page as a person names it: its main heading, else the step name. */
export function pageName(c: StepCapture, n: Normaliser): string {
  return (c.identity && n(c.identity.mainHeading)) || c.step;
}

function subjectOf(it: Item): string {
  return `${it.family}:${it.role}:${it.name}`;
}

function boxes(...cs: (FormControl | undefined)[]): Box[] {
  return cs.filter((c): c is FormControl => c !== undefined).map((c) => c.box);
}

function ev(a: Item | undefined, b: Item | undefined, e: Evidence): Evidence {
  const out: Evidence = { ...e };
  const named = a ?? b;
  if (named) out.control = { role: named.control?.role ?? named.role, name: named.name };
  if (a?.control) out.referenceBox = a.control.box;
  if (b?.control) out.targetBox = b.control.box;
  return out;
}

export function compareControls(ref: StepCapture, tgt: StepCapture, targetEnv: string, n: Normaliser, refEnv = 'the reference'): StructFound[] {
  const out: StructFound[] = [];
  const page = q(pageName(ref, n));
  const m = matchItems(itemsOf(ref.controls, ref.identity, n), itemsOf(tgt.controls, tgt.identity, n));
  const chrome = (it: Item, extra: string) => (it.family === 'menu' ? `${extra}|${subjectOf(it)}` : undefined);
  const push = (f: Found, a: Item | undefined, b: Item | undefined, repeat?: string) => {
    const sf: StructFound = { ...f, boxes: boxes(a?.control, b?.control) };
    if (repeat) sf.repeatKey = repeat;
    out.push(sf);
  };

  for (const a of m.missing) {
    const field = a.family === 'field';
    push({
      kind: field ? 'field-missing' : 'control-missing', subject: subjectOf(a),
      message: `In ${targetEnv}, ${describe(a.role, a.name)} is missing on ${page}.`,
      evidence: ev(a, undefined, { before: a.name, after: null }),
    }, a, undefined, chrome(a, 'missing'));
  }
  for (const b of m.added) {
    const field = b.family === 'field';
    const req = field && b.control?.required ? 'required ' : '';
    push({
      kind: field ? 'field-added' : 'control-added', subject: `${subjectOf(b)}`,
      message: `In ${targetEnv}, ${q(b.name)} is a new ${req}${field ? 'field' : roleWord(b.role)} on ${page}.`,
      evidence: ev(undefined, b, { before: null, after: b.name, ...(field && b.control ? { detail: b.control.required ? 'required' : 'optional' } : {}) }),
    }, undefined, b, chrome(b, 'added'));
  }

  for (const { ref: a, tgt: b } of m.pairs) {
    const subject = subjectOf(a);
    const what = describe(a.role, a.name);
    // Both the accessible name and the words on screen count: a person reads the screen.
    if (a.name !== b.name || a.text !== b.text) {
      const nameChanged = a.name !== b.name;
      push({
        kind: 'label-changed', subject,
        message: nameChanged
          ? `In ${targetEnv}, ${what} on ${page} is called ${q(b.name)}.`
          : `In ${targetEnv}, ${what} on ${page} shows ${q(b.text)} instead of ${q(a.text)}.`,
        evidence: ev(a, b, { before: nameChanged ? a.name : a.text, after: nameChanged ? b.name : b.text, ...(nameChanged ? {} : { detail: 'words on screen' }) }),
      }, a, b, chrome(a, `label|${b.name}`));
    }
    const ca = a.control;
    const cb = b.control;
    if (!ca || !cb) continue;
    if (ca.required !== cb.required) {
      push({
        kind: 'required-changed', subject,
        message: cb.required ? `In ${targetEnv}, ${what} on ${page} is required (optional in ${refEnv}).` : `In ${targetEnv}, ${what} on ${page} is optional (required in ${refEnv}).`,
        evidence: ev(a, b, { before: ca.required, after: cb.required }),
      }, a, b);
    }
    out.push(...optionFindings(a, b, ca, cb, targetEnv, page, n));
    out.push(...stateFindings(a, b, ca, cb, targetEnv, page, n, refEnv));
  }
  out.push(...orderFindings(m.pairs, targetEnv, page));
  return out;
}

function optionFindings(a: Item, b: Item, ca: FormControl, cb: FormControl, env: string, page: string, n: Normaliser): StructFound[] {
  if (!ca.options && !cb.options) return [];
  const what = describe(a.role, a.name);
  const before = (ca.options ?? []).map(n);
  const after = (cb.options ?? []).map(n);
  const d = diffList(before, after);
  if (isEmptyDiff(d)) return [];
  const base = { subject: `${subjectOf(a)}`, boxes: boxes(ca, cb) };
  if (!d.added.length && !d.removed.length && !d.renamed.length) {
    return [{ ...base, kind: 'order-changed', subject: `options:${subjectOf(a)}`,
      message: `In ${env}, the options of ${what} on ${page} are in another order (${describeListDiff(d)}).`,
      evidence: ev(a, b, { before, after }) }];
  }
  return [{ ...base, kind: 'options-changed',
    message: `In ${env}, ${what} on ${page} has other options: ${describeListDiff({ ...d, moved: [] })}.`,
    evidence: ev(a, b, { before, after, added: d.added, removed: d.removed, renamed: d.renamed }) }];
}

/** What it starts as: selected option, ticked or not, disabled, read-only, type of input. */
function stateFindings(a: Item, b: Item, ca: FormControl, cb: FormControl, env: string, page: string, n: Normaliser, refEnv: string): StructFound[] {
  const out: StructFound[] = [];
  const what = describe(a.role, a.name);
  const mk = (key: string, before: string | boolean | null, after: string | boolean | null, sentence: string): StructFound => ({
    kind: 'default-changed', subject: `${key}:${subjectOf(a)}`, boxes: boxes(ca, cb),
    message: `In ${env}, ${what} on ${page} ${sentence}.`, evidence: ev(a, b, { before, after, detail: key }),
  });
  if (ca.value !== undefined && cb.value !== undefined && n(ca.value) !== n(cb.value)) {
    out.push(mk('value', n(ca.value), n(cb.value), `starts as ${q(n(cb.value) || '(empty)')}, not ${q(n(ca.value) || '(empty)')}`));
  }
  if (ca.checked !== undefined && cb.checked !== undefined && ca.checked !== cb.checked) {
    out.push(mk('checked', ca.checked, cb.checked, cb.checked ? 'starts ticked' : 'starts unticked'));
  }
  if (ca.disabled !== cb.disabled) out.push(mk('disabled', ca.disabled, cb.disabled, cb.disabled ? 'is disabled' : `is enabled (disabled in ${refEnv})`));
  if (ca.readonly !== cb.readonly) out.push(mk('readonly', ca.readonly, cb.readonly, cb.readonly ? 'is read-only' : `can be edited (read-only in ${refEnv})`));
  if ((ca.type ?? '') !== (cb.type ?? '') || ca.role !== cb.role) {
    const t = (c: FormControl) => `${c.role}${c.type ? `/${c.type}` : ''}`;
    out.push(mk('type', t(ca), t(cb), `is a ${t(cb)} instead of a ${t(ca)}`));
  }
  // Help text and validation messages tied to the control.
  const help = (key: 'description' | 'error', label: string) => {
    const x = n(ca[key] ?? '');
    const y = n(cb[key] ?? '');
    if (x === y) return;
    out.push({ kind: 'text-changed', subject: `${key}:${subjectOf(a)}`, boxes: boxes(ca, cb),
      message: `In ${env}, the ${label} of ${what} on ${page} ${y ? `reads ${q(y)}` : 'is gone'}${x ? ` (was ${q(x)})` : ''}.`,
      evidence: ev(a, b, { before: x || null, after: y || null, detail: label }) });
  };
  help('description', 'help text');
  help('error', 'validation message');
  return out;
}

/** Matched controls that moved relative to the others: one order-changed per moved control. */
function orderFindings(pairs: ReturnType<typeof matchItems>['pairs'], env: string, page: string): StructFound[] {
  const out: StructFound[] = [];
  for (const family of ['field', 'action', 'menu'] as const) {
    const ps = pairs.filter((p) => p.ref.family === family);
    const ids = new Map(ps.map((p, i) => [p, String(i)]));
    const before = [...ps].sort((x, y) => x.ref.order - y.ref.order).map((p) => ids.get(p)!);
    const after = [...ps].sort((x, y) => x.tgt.order - y.tgt.order).map((p) => ids.get(p)!);
    const d = diffList(before, after, 2, false); // ids never "rename": moves only
    for (const id of d.moved) {
      const p = ps[Number(id)]!;
      const i = after.indexOf(id);
      const prev = i > 0 ? ps[Number(after[i - 1])]!.tgt.name : undefined;
      const sf: StructFound = {
        kind: 'order-changed', subject: `${family}:${p.ref.role}:${p.ref.name}`, boxes: boxes(p.ref.control, p.tgt.control),
        message: `In ${env}, ${describe(p.ref.role, p.ref.name)} on ${page} has moved${prev ? ` (now after ${q(prev)})` : ' (now first)'}.`,
        evidence: ev(p.ref, p.tgt, { before: before.map((x) => ps[Number(x)]!.ref.name), after: after.map((x) => ps[Number(x)]!.tgt.name) }),
      };
      if (family === 'menu') sf.repeatKey = `order|${sf.subject}|${prev ?? ''}`;
      out.push(sf);
    }
  }
  return out;
}
