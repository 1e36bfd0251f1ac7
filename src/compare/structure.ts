// The controls of one step, reference against target: what a trained person would notice
// missing, new, renamed, required, with other options, in another order or starting otherwise;
// and, as its own lower finding, what only a screen reader would announce differently.
import type { Box, FormControl, StepCapture } from '../model/capture.js';
import type { Evidence } from '../model/divergence.js';
import type { Normaliser } from './normalise.js';
import type { Found } from './make.js';
import { listWords, q, roleWord } from './make.js';
import { itemsOf, matchItems, withoutMark, type Item } from './match.js';
import { describeListDiff, diffList, isEmptyDiff } from './lists.js';
import { foldRecords } from './records.js';
import { diffOptions } from './options.js';
import { kindOfControl, usableName } from './words.js';

/** A finding plus what the pixel stage needs to fold regions into it, and a key to report chrome once per journey. */
export interface StructFound extends Found {
  boxes: Box[];
  /** Set for things on every page (menus, banners): the same change is reported once per journey. */
  repeatKey?: string;
  /** A change only a screen reader would hear, unless the screen changed where it is: what it is
   *  then (a heading turned into plain text in another style is seen too). Applied by pixels.ts. */
  ifSeen?: { kind: 'text-changed'; message: string };
  /** Beyond kind and subject, what makes a later finding the same change met again on the same
   *  screen (default: its before and after). */
  sameAs?: string;
  /** A change nothing on screen shows until it is opened (a closed drop-down's options): it
   *  explains no pixels. */
  unseen?: boolean;
  /** What grouping needs: the controls' words before and after, the shape of the change, and the
   *  clause that says what happened to each ("is required (optional in train)"). */
  group?: { shape: string; before?: string; after?: string; control: string; role: string; context?: string; clause?: string };
}

/** The page as a person names it: its main heading, else the step name. */
export function pageName(c: StepCapture, n: Normaliser): string {
  return (c.identity && n(c.identity.mainHeading)) || c.step;
}

/** Captures that read an option button's words on screen as its option (FormControl.optionNames). */
function hasOptionWordsModel(c: StepCapture): boolean {
  return (c.model ?? 1) >= 3;
}

/** Captures that recorded the words on screen apart from the accessible name (see FormControl.seen). */
export function hasSeenModel(c: StepCapture): boolean {
  return (c.model ?? 1) >= 2;
}

function subjectOf(it: Item): string {
  return `${it.family}:${it.role}:${it.name || it.text || it.display}`;
}

function boxes(...cs: (FormControl | undefined)[]): Box[] {
  return cs.filter((c): c is FormControl => c !== undefined).map((c) => c.box);
}

/** '11. Medicines reconciliation' → 'Medicines reconciliation': a question's number is not its words. */
function withoutNumber(s: string): string {
  return s.replace(/^\d+[.)]\s*/, '');
}

/** Where the controls' words stand apart from them (their label, their help text): changed words
 *  change the pixels there. */
function wordsBoxes(a: FormControl | undefined, b: FormControl | undefined, key: 'labelBox' | 'descriptionBox'): Box[] {
  return [a?.[key], b?.[key]].filter((x): x is Box => x !== undefined);
}

function ev(a: Item | undefined, b: Item | undefined, e: Evidence): Evidence {
  const out: Evidence = { ...e };
  const named = a ?? b;
  if (named) out.control = { role: named.control?.role ?? named.role, name: named.text || named.name };
  if (a?.control) out.referenceBox = a.control.box;
  if (b?.control) out.targetBox = b.control.box;
  return out;
}

interface PageWords { ref: Set<string>; tgt: Set<string> }

/** Paragraphs, messages and lines of words on a screen, normalised. */
function pageWords(c: StepCapture, n: Normaliser): Set<string> {
  return new Set([...(c.identity?.texts ?? []), ...(c.identity?.messages ?? []), ...(c.identity?.words ?? [])].map(n).filter(Boolean));
}

/** Every word line a person can read on a screen (lines, headings, column headers), normalised. */
function shownWords(c: StepCapture, n: Normaliser): Set<string> {
  const id = c.identity;
  return new Set([...(id?.words ?? []), ...(id?.headings ?? []).map((h) => h.replace(/^[1-6] /, '')), ...(id?.tableHeaders ?? []).flat(), ...c.controls.map((x) => x.seen ?? '')].map(n).filter(Boolean));
}

/**
 * What kind of change in what a screen reader hears: one release names controls by the words on
 * screen where the other did not ('root[reaction]' or nothing → 'Reaction'), or stops doing so
 * ('GET Search patients' → 'Search patients'). However the old names read, that is one change made
 * to every control alike; any other change of name is grouped by its shape (group.ts).
 */
function heardShape(a: Item, b: Item, shown: PageWords): string {
  // Its own words, or (a control with none of its own, a field under a column header) words
  // shown on the screen.
  const said = (x: Item, words: Set<string>) => !!usableName(x.name) && (x.name === x.text || (!usableName(x.text) && words.has(x.name)));
  const before = said(a, shown.ref);
  const after = said(b, shown.tgt);
  if (after && !before) return 'heard-as-seen';
  if (before && !after) return 'heard-not-as-seen';
  return 'heard';
}

/** Required as a person meets it: marked on screen, or refused when left empty; a field its
 *  words call "(optional)" is not required to the eye. */
function requiredToEye(c: FormControl, marks: boolean): boolean {
  if (!marks) return c.required;
  if (/\(optional\)\s*$/i.test(c.seen ?? c.name)) return false;
  return c.required || c.requiredMark === true;
}

export function compareControls(ref: StepCapture, tgt: StepCapture, targetEnv: string, n: Normaliser, refEnv = 'the reference'): StructFound[] {
  const out: StructFound[] = [];
  const page = q(pageName(ref, n));
  const seenModel = hasSeenModel(ref) && hasSeenModel(tgt);
  const optionWords = hasOptionWordsModel(ref) && hasOptionWordsModel(tgt);
  const [refControls, tgtControls] = foldRecords(ref.controls, tgt.controls, n);
  const m = matchItems(itemsOf(refControls, ref.identity, n, seenModel), itemsOf(tgtControls, tgt.identity, n, seenModel));
  const words: PageWords = { ref: pageWords(ref, n), tgt: pageWords(tgt, n) };
  const onScreen: PageWords = { ref: shownWords(ref, n), tgt: shownWords(tgt, n) };
  // Menus and the site's header and footer are on every page: a change there is one per journey.
  // A menu entry by the words it shows: an entry of a closed menu has no other name to go by, and
  // the same entry, open at a later step, is the same entry.
  const chrome = (it: Item, extra: string) => (it.family === 'menu' ? `${extra}|menu:${it.text || it.name}` : it.control?.chrome ? `${extra}|${subjectOf(it)}` : undefined);
  const push = (f: Found & Pick<StructFound, 'group' | 'sameAs'>, a: Item | undefined, b: Item | undefined, repeat?: string, more: Box[] = []) => {
    const sf: StructFound = { ...f, boxes: [...boxes(a?.control, b?.control), ...more] };
    const context = (a ?? b)?.control?.context;
    if (sf.group && context) sf.group = { ...sf.group, context: n(context) };
    if (repeat) sf.repeatKey = repeat;
    out.push(sf);
  };

  for (const a of m.missing) {
    const field = a.family === 'field';
    push({
      kind: field ? 'field-missing' : 'control-missing', subject: subjectOf(a),
      message: `In ${targetEnv}, ${a.display} is missing on ${page}.`,
      evidence: ev(a, undefined, { before: a.text || a.name, after: null }),
      group: { shape: `missing|${a.role}`, before: a.text || a.name, control: a.display, role: a.role },
    }, a, undefined, chrome(a, 'missing'));
  }
  for (const b of m.added) {
    const field = b.family === 'field';
    const req = field && b.control && requiredToEye(b.control, seenModel) ? 'required ' : '';
    const words = usableName(b.text) || usableName(b.name);
    push({
      kind: field ? 'field-added' : 'control-added', subject: `${subjectOf(b)}`,
      message: words
        ? `In ${targetEnv}, ${q(words)} is a new ${req}${field ? 'field' : roleWord(b.role)} on ${page}.`
        : `In ${targetEnv}, ${page} has a new ${req}${b.display.replace(/^the /, '')}.`,
      evidence: ev(undefined, b, { before: null, after: b.text || b.name, ...(field && b.control ? { detail: requiredToEye(b.control, seenModel) ? 'required' : 'optional' } : {}) }),
      group: { shape: `added|${b.role}|${req}`, after: b.text || b.name, control: b.display, role: b.role },
    }, undefined, b, chrome(b, 'added'));
  }

  for (const { ref: a, tgt: b } of m.pairs) {
    const subject = subjectOf(a);
    const what = a.display;
    // What a person reads comes first; a change only a screen reader hears is its own finding.
    // A control with no words of its own that stood under a title reading as its new words showed
    // those words already, where a person reads them.
    const underItsTitle = !usableName(a.text) && !!a.control?.context && withoutNumber(withoutMark(n(a.control.context))) === withoutNumber(usableName(b.text));
    if (usableName(a.text) !== usableName(b.text) && !underItsTitle) {
      const message = !usableName(b.text)
        ? `In ${targetEnv}, ${what} on ${page} shows no words of its own any more${usableName(b.name) ? ` (a screen reader still says ${q(b.name)})` : ''}.`
        : !usableName(a.text)
          ? `In ${targetEnv}, ${what} on ${page} now shows the words ${q(b.text)}.`
          : `In ${targetEnv}, ${what} on ${page} is called ${q(b.text)}.`;
      push({
        kind: 'label-changed', subject, message,
        evidence: ev(a, b, { before: a.text, after: b.text, detail: 'words on screen' }),
        group: { shape: 'label', before: a.text, after: b.text, control: what, role: a.role },
      }, a, b, chrome(a, `label|${b.text}`), wordsBoxes(a.control, b.control, 'labelBox'));
    } else if (a.name !== b.name && (usableName(a.name) || usableName(b.name))) {
      push({
        kind: 'screen-reader-only', subject: `heard:${subject}`,
        message: `In ${targetEnv}, a screen reader announces ${what} on ${page} as ${usableName(b.name) ? q(b.name) : 'nothing'} (was ${usableName(a.name) ? q(a.name) : 'nothing'}); the screen shows the same words.`,
        evidence: ev(a, b, { before: a.name, after: b.name, detail: 'accessible name' }),
        group: { shape: heardShape(a, b, onScreen), before: a.name, after: b.name, control: what, role: a.role },
        // What the newer release announces: the older one's name can change with the step's state
        // (a list whose search box names it while open), the change met again is the same one.
        sameAs: `heard|${b.name}`,
      }, a, b, chrome(a, `heard|${b.name}`));
    }
    const ca = a.control;
    const cb = b.control;
    if (!ca || !cb) continue;
    // Its one button inside, called otherwise by a screen reader (a file question's choose button:
    // 'Select File' where it was the question). Parts added or taken out are the library's inner
    // structure, which a person operating the control does not see; several alike are most often
    // one per chosen entry (a 'Remove item' on each tag), the day's choices rather than the control.
    const partA = ca.parts?.length === 1 ? n(ca.parts[0]!) : undefined;
    const partB = cb.parts?.length === 1 ? n(cb.parts[0]!) : undefined;
    if (partA && partB && partA !== partB) {
      push({
        kind: 'screen-reader-only', subject: `heard-part:${subject}`,
        message: `In ${targetEnv}, a screen reader announces the button inside ${what} on ${page} as ${q(partB)} (was ${q(partA)}); the screen shows the same words.`,
        evidence: ev(a, b, { before: partA, after: partB, detail: 'its button as announced' }),
      }, a, b);
    }
    if (requiredToEye(ca, seenModel) !== requiredToEye(cb, seenModel)) {
      push({
        kind: 'required-changed', subject,
        message: requiredToEye(cb, seenModel) ? `In ${targetEnv}, ${what} on ${page} is required (optional in ${refEnv}).` : `In ${targetEnv}, ${what} on ${page} is optional (required in ${refEnv}).`,
        evidence: ev(a, b, { before: requiredToEye(ca, seenModel), after: requiredToEye(cb, seenModel) }),
        group: { shape: `required|${requiredToEye(cb, seenModel)}`, control: what, role: a.role, clause: requiredToEye(cb, seenModel) ? `is required (optional in ${refEnv})` : `is optional (required in ${refEnv})` },
      }, a, b);
    } else if (ca.required !== cb.required) {
      // Marked required on screen on both sides: only the markup a screen reader reads differs.
      push({
        kind: 'screen-reader-only', subject: `heard-required:${subject}`,
        message: `In ${targetEnv}, a screen reader ${cb.required ? 'announces' : 'no longer announces'} ${what} on ${page} as required; the screen marks it required on both.`,
        evidence: ev(a, b, { before: ca.required, after: cb.required, detail: 'required in the markup' }),
        group: { shape: `heard-required|${cb.required}`, control: what, role: a.role, clause: `is ${cb.required ? '' : 'no longer '}announced as required by a screen reader, marked required on screen on both` },
      }, a, b);
    }
    if (optionWords) out.push(...optionFindings(a, b, ca, cb, targetEnv, page, n), ...heardOptionFindings(a, b, ca, cb, targetEnv, page, n));
    // An older capture has only what each option is announced as: compare like with like.
    else out.push(...optionFindings(a, b, heardOptions(ca), heardOptions(cb), targetEnv, page, n));
    out.push(...stateFindings(a, b, ca, cb, targetEnv, page, n, refEnv, words));
    if (seenModel) out.push(...promptFindings(a, b, ca, cb, targetEnv, page, n));
  }
  out.push(...orderFindings(m.pairs, targetEnv, page));
  return out.map((f) => inPanel(f, page, [...ref.controls, ...tgt.controls]));
}

/** A control shown inside a frame is in a panel of the screen: "on 'Clinical record', in the panel 'Results'". */
function inPanel(f: StructFound, page: string, controls: FormControl[]): StructFound {
  const same = (x: Box, y: Box) => x.x === y.x && x.y === y.y && x.width === y.width && x.height === y.height;
  const panel = controls.find((c) => c.frame && f.boxes.some((b) => same(b, c.box)))?.frame;
  const at = f.message.includes(`on ${page}`) ? `on ${page}` : page;
  return panel && f.message.includes(at) ? { ...f, message: f.message.replace(at, `${at}, in the panel ${q(panel)}`) } : f;
}

function optionFindings(a: Item, b: Item, ca: FormControl, cb: FormControl, env: string, page: string, n: Normaliser): StructFound[] {
  const d = diffOptions(ca, cb, n);
  if (!d || isEmptyDiff(d.diff)) return [];
  const what = a.display;
  // An open list drawn over the page shows the options themselves: what changed there is this.
  const lists = [ca.listBox, cb.listBox].filter((x): x is Box => x !== undefined);
  const base = { subject: `${subjectOf(a)}`, boxes: [...boxes(ca, cb), ...lists], ...(closedDropDown(ca) && closedDropDown(cb) && sameShown(ca, cb, n) ? { unseen: true } : {}) };
  const { diff, before, after } = d;
  if (!diff.added.length && !diff.removed.length && !diff.renamed.length) {
    return [{ ...base, kind: 'order-changed', subject: `options:${subjectOf(a)}`,
      message: `In ${env}, the options of ${what} on ${page} are in another order (${describeListDiff(diff)}).`,
      evidence: ev(a, b, { before, after }) }];
  }
  return [{ ...base, kind: 'options-changed',
    message: `In ${env}, ${what} on ${page} has other options: ${describeListDiff({ ...diff, moved: [] })}.`,
    evidence: ev(a, b, { before, after, added: diff.added, removed: diff.removed, renamed: diff.renamed }) }];
}

/** A drop-down whose list is not open: its options are not on screen, only what it shows chosen
 *  (so an options change explains no pixels only where that reads the same on both sides). */
function closedDropDown(c: FormControl): boolean {
  return c.role === 'combobox' && !c.listBox;
}

/** What two drop-downs show chosen reads the same, or one side does not say (a typed box's text is
 *  not kept): a reworded chosen option is on screen. */
function sameShown(ca: FormControl, cb: FormControl, n: Normaliser): boolean {
  return ca.value === undefined || cb.value === undefined || n(ca.value) === n(cb.value);
}

/** The control with its options as a screen reader announces them. */
function heardOptions(c: FormControl): FormControl {
  return c.optionNames ? { ...c, options: c.optionNames } : c;
}

/**
 * Options that read the same on screen but are announced otherwise ('0'…'10' where every circle
 * was 'Pain score'): one change a screen reader hears, for the whole list.
 */
function heardOptionFindings(a: Item, b: Item, ca: FormControl, cb: FormControl, env: string, page: string, n: Normaliser): StructFound[] {
  if (!ca.optionNames && !cb.optionNames) return [];
  const seen = diffOptions(ca, cb, n);
  if (seen && !isEmptyDiff(seen.diff)) return [];
  const x = (heardOptions(ca).options ?? []).map(n);
  const y = (heardOptions(cb).options ?? []).map(n);
  if (x.join('\u0000') === y.join('\u0000')) return [];
  const said = (ws: string[]) => (ws.length > 1 && ws.every((w) => w === ws[0]) ? `${q(ws[0]!)} for each` : listWords(ws.map((w) => w || 'nothing'), 3));
  return [{ kind: 'screen-reader-only', subject: `heard-options:${subjectOf(a)}`, boxes: boxes(ca, cb),
    message: `In ${env}, a screen reader announces the options of ${a.display} on ${page} as ${said(y)} (was ${said(x)}); the screen shows the same words.`,
    evidence: ev(a, b, { before: x, after: y, detail: 'options as announced' }) }];
}

/** What it starts as: selected option, ticked or not, disabled, read-only, kind of control. */
function stateFindings(a: Item, b: Item, ca: FormControl, cb: FormControl, env: string, page: string, n: Normaliser, refEnv: string, words: PageWords): StructFound[] {
  const out: StructFound[] = [];
  const what = a.display;
  const mk = (key: string, before: string | boolean | null, after: string | boolean | null, sentence: string): StructFound => ({
    kind: 'default-changed', subject: `${key}:${subjectOf(a)}`, boxes: boxes(ca, cb),
    message: `In ${env}, ${what} on ${page} ${sentence}.`, evidence: ev(a, b, { before, after, detail: key }),
    group: { shape: `state|${key}|${String(after)}`, control: what, role: a.role, clause: sentence },
  });
  if (ca.value !== undefined && cb.value !== undefined && startsOtherwise(ca, cb, n)) {
    out.push(mk('value', n(ca.value), n(cb.value), n(cb.value) ? `starts as ${q(n(cb.value))}, not ${q(n(ca.value) || 'nothing chosen')}` : `starts with nothing chosen, not ${q(n(ca.value))}`));
  }
  // Both hold a number written another way (17/03/2025 and 17 Mar 2025): the system's format
  // changed. Only the shapes are compared, so the values themselves (patient data) can differ.
  if (ca.valueShape && cb.valueShape && ca.valueShape !== cb.valueShape) {
    out.push(mk('format', ca.valueShape, cb.valueShape, `shows what it holds in another format: ${q(cb.valueShape)}, not ${q(ca.valueShape)} (9 stands for a number, A for a word)`));
  }
  if (ca.checked !== undefined && cb.checked !== undefined && ca.checked !== cb.checked) {
    out.push(mk('checked', ca.checked, cb.checked, cb.checked ? 'starts ticked' : 'starts unticked'));
  }
  if (ca.disabled !== cb.disabled) out.push(mk('disabled', ca.disabled, cb.disabled, cb.disabled ? 'is disabled' : `is enabled (disabled in ${refEnv})`));
  // Read-only matters where a person types; a drop-down drawn over a read-only input is chosen from.
  const typed = (c: FormControl) => ['textbox', 'searchbox', 'spinbutton'].includes(c.role);
  if (ca.readonly !== cb.readonly && typed(ca) && typed(cb)) out.push(mk('readonly', ca.readonly, cb.readonly, cb.readonly ? 'is read-only' : `can be edited (read-only in ${refEnv})`));
  const ka = kindOfControl(ca);
  const kb = kindOfControl(cb);
  if (ka !== kb) out.push(mk('type', ka, kb, `is a ${kb} instead of a ${ka}`));
  // Help text and validation messages tied to the control.
  const help = (key: 'description' | 'error', label: string) => {
    const x = n(ca[key] ?? '');
    const y = n(cb[key] ?? '');
    if (x === y) return;
    // The same words shown on the other side, only not tied to the control there: not a change.
    if ((!x && words.ref.has(y)) || (!y && words.tgt.has(x))) return;
    out.push({ kind: 'text-changed', subject: `${key}:${subjectOf(a)}`, boxes: [...boxes(ca, cb), ...wordsBoxes(ca, cb, 'descriptionBox')],
      message: `In ${env}, the ${label} of ${what} on ${page} ${y ? `reads ${q(y)}` : 'is gone'}${x ? ` (was ${q(x)})` : ''}.`,
      evidence: ev(a, b, { before: x || null, after: y || null, detail: label }),
      group: { shape: `${key}`, before: x, after: y, control: what, role: a.role, clause: `has the ${label} ${y ? q(y) : 'removed'}` } });
  };
  // One release ties an error to its field as the description, another as the error message: the
  // words a person reads next to the field are what counts, whichever way they are tied.
  const said = (c: FormControl) => [c.description, c.error].map((x) => n(x ?? '')).filter(Boolean);
  // Words tied on one side only that the other side shows anyway (a caption no longer tied once an
  // error is, the error then tied as the description) change nothing a person reads.
  const gone = said(ca).filter((x) => !said(cb).includes(x) && !words.tgt.has(x));
  const came = said(cb).filter((y) => !said(ca).includes(y) && !words.ref.has(y));
  if (gone.length || came.length) {
    help('description', 'help text');
    help('error', 'validation message');
  }
  return out;
}

/** The grey prompt inside an empty box ("Add a reason") is words a person reads; shown only while
 *  nothing is chosen or typed, so a box that holds something on either side says nothing of it. */
function promptFindings(a: Item, b: Item, ca: FormControl, cb: FormControl, env: string, page: string, n: Normaliser): StructFound[] {
  if (n(ca.value ?? '') || n(cb.value ?? '')) return [];
  const x = n(ca.placeholder ?? '');
  const y = n(cb.placeholder ?? '');
  // The prompt standing in for a missing label is the control's words, already compared.
  if (x === y || [a.text, b.text].some((t) => t && (n(t) === x || n(t) === y))) return [];
  return [{ kind: 'text-changed', subject: `placeholder:${subjectOf(a)}`, boxes: boxes(ca, cb),
    message: `In ${env}, ${a.display} on ${page} ${y ? `shows the prompt ${q(y)} while empty` : 'shows no prompt while empty'}${x ? ` (was ${q(x)})` : ' (it was blank)'}.`,
    evidence: ev(a, b, { before: x || null, after: y || null, detail: 'prompt' }),
    group: { shape: 'placeholder', before: x, after: y, control: a.display, role: a.role, clause: y ? `shows the prompt ${q(y)}` : 'shows no prompt' } }];
}

/** Whether two controls start on different options: by the value behind the chosen words where
 *  both pages have values (an option reworded under the same value is an options change, not
 *  another default), else by the words. */
function startsOtherwise(ca: FormControl, cb: FormControl, n: Normaliser): boolean {
  const valueOf = (c: FormControl) => {
    const i = c.options?.indexOf(c.value ?? '') ?? -1;
    return i >= 0 ? c.optionValues?.[i] : undefined;
  };
  const va = valueOf(ca);
  const vb = valueOf(cb);
  if (va && vb) return va !== vb;
  return n(ca.value ?? '') !== n(cb.value ?? '');
}

/** Matched controls that moved relative to the others: one order-changed per moved control. */
function orderFindings(pairs: ReturnType<typeof matchItems>['pairs'], env: string, page: string): StructFound[] {
  const out: StructFound[] = [];
  for (const family of ['field', 'action', 'menu'] as const) {
    // The order of a table's rows is the day's data (who was booked first), not the system's.
    const ps = pairs.filter((p) => p.ref.family === family && !p.ref.control?.record);
    const ids = new Map(ps.map((p, i) => [p, String(i)]));
    const before = [...ps].sort((x, y) => x.ref.order - y.ref.order).map((p) => ids.get(p)!);
    const after = [...ps].sort((x, y) => x.tgt.order - y.tgt.order).map((p) => ids.get(p)!);
    const d = diffList(before, after, 2, false); // ids never "rename": moves only
    for (const id of d.moved) {
      const p = ps[Number(id)]!;
      const i = after.indexOf(id);
      const prev = i > 0 ? ps[Number(after[i - 1])]!.tgt : undefined;
      const sf: StructFound = {
        kind: 'order-changed', subject: `${family}:${p.ref.role}:${p.ref.name || p.ref.text}`, boxes: boxes(p.ref.control, p.tgt.control),
        message: `In ${env}, ${p.ref.display} on ${page} has moved${prev ? ` (now after ${prev.display})` : ' (now first)'}.`,
        evidence: ev(p.ref, p.tgt, { before: before.map((x) => ps[Number(x)]!.ref.text || ps[Number(x)]!.ref.name), after: after.map((x) => ps[Number(x)]!.tgt.text || ps[Number(x)]!.tgt.name) }),
        group: { shape: `moved|${family}`, control: p.ref.display, role: p.ref.role, clause: 'has moved' },
        // Where it now stands, not the whole list: a screen whose other contents change from step to
        // step (a single-page app) still reports the same move once.
        sameAs: prev ? prev.name || prev.text : '',
      };
      if (family === 'menu') sf.repeatKey = `order|${sf.subject}|${sf.sameAs}`;
      out.push(sf);
    }
  }
  return out;
}

