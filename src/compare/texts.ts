// Words on the page that are not controls: headings, help and static texts, validation and status
// messages, the title, an open dialog, and table column and row headers (a report with other columns is a
// report that answers another question). All normalised first, so patient data never shows here.
import type { Box, StepCapture } from '../model/capture.js';
import { listWords, q } from './make.js';
import { datesIn, type Normaliser } from './normalise.js';
import { describeListDiff, diffList } from './lists.js';
import { pageName, type StructFound } from './structure.js';
import { withoutMark } from './match.js';
import { FIELD_ROLES } from '../model/roles.js';

/** "2 Patient details" → "Patient details": a heading is compared and read by its words. */
function headingText(h: string): string {
  return h.replace(/^[1-6] /, '');
}

/** Where a heading stands on the screen that has it (the capture's named areas), for the pixels. */
function headingBox(c: NonNullable<StepCapture['identity']>, words: string, n: Normaliser): Box[] {
  // The area keeps the heading's words as shown, its required marker with them.
  return (c.areas ?? []).filter((x) => /^the heading '.*'$/.test(x.name) && withoutMark(n(x.name.slice("the heading '".length, -1))) === words).map((x) => x.box);
}

export function compareTexts(ref: StepCapture, tgt: StepCapture, env: string, n: Normaliser): StructFound[] {
  const a = ref.identity;
  const b = tgt.identity;
  if (!a || !b) return [];
  const page = q(pageName(ref, n));
  const out: StructFound[] = [];
  // The same change on every page (a banner, the title, a footer) is one finding per journey.
  const add = (f: Omit<StructFound, 'boxes' | 'kind' | 'repeatKey'>, before: unknown, after: unknown, boxes: Box[] = []) =>
    out.push({ ...f, kind: 'text-changed', boxes, repeatKey: `${f.subject}|${JSON.stringify(before)}|${JSON.stringify(after)}` });
  // What grouping needs (group.ts): sixteen headings gone from a page are one change.
  const like = (key: string, shape: string, words: string, before?: string, after?: string): StructFound['group'] =>
    ({ shape, control: `the ${key} ${q(words)}`, role: key, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });

  // A heading's level is markup; its words are what a person reads (a level a screen reader
  // announces differently, with the same words, changes no sentence here).
  const lists: { key: string; label: string; before: string[]; after: string[] }[] = [
    { key: 'heading', label: 'heading', before: a.headings.map((h) => withoutMark(headingText(n(h)))), after: b.headings.map((h) => withoutMark(headingText(n(h)))) },
    { key: 'message', label: 'message', before: a.messages.map(n), after: b.messages.map(n) },
    { key: 'text', label: 'text', before: a.texts.map(n), after: b.texts.map(n) },
  ];
  // Words on screen on each side in any role: a paragraph that became a field's help text, or a
  // line that became an alert, is still the same words on the same screen: not a change.
  const shown = (c: StepCapture) => new Set([...(c.identity?.texts ?? []), ...(c.identity?.messages ?? []), ...(c.identity?.headings ?? []).map(headingText), ...(c.identity?.words ?? []),
    ...c.controls.flatMap((x) => [x.description ?? '', x.error ?? ''])].map((t) => withoutMark(n(t))).filter(Boolean));
  // Help text and errors tied to a control are that control's findings (structure.ts), not the page's;
  // so is the title a question is asked by, heading or not: a question gone or reworded is its field's
  // finding.
  // A question is a field: a link or menu entry with a heading's words (a table of contents) is a
  // way to the heading, not its owner.
  const owned = (c: StepCapture) => new Set(c.controls.flatMap((x) => [x.description ?? '', x.error ?? '', ...(FIELD_ROLES.has(x.role) || x.role === 'radiogroup' || x.role === 'group' ? [x.seen ?? '', x.name] : [])]).map((t) => withoutMark(n(t))).filter(Boolean));
  const shownA = shown(ref);
  const shownB = shown(tgt);
  const ownedA = owned(ref);
  const ownedB = owned(tgt);
  let headsA = new Set<string>();
  let headsB = new Set<string>();
  for (const l of lists) {
    const d = diffList(l.before, l.after);
    d.renamed = d.renamed.filter((r) => !(ownedA.has(r.from) && ownedB.has(r.to)) && !(shownB.has(r.from) && shownA.has(r.to)));
    // A heading whose words are still on screen as plain text (or the other way round) looks the
    // same to the eye, give or take its style (the pixels tell that); a screen reader no longer
    // finds it in the list of headings.
    if (l.key === 'heading') {
      // Words still a heading elsewhere on the other screen are one heading more or fewer (a part
      // every operation has, in a section added or gone), not a heading turned into plain text.
      headsA = new Set(l.before);
      headsB = new Set(l.after);
      for (const x of d.removed.filter((h) => shownB.has(h) && !headsB.has(h))) {
        out.push({ kind: 'screen-reader-only', subject: `heading-gone:${x}`, boxes: headingBox(a, x, n), message: `In ${env}, a screen reader no longer finds ${q(x)} as a heading on ${page}; the words are still on screen.`,
          evidence: { before: x, after: null, detail: 'heading' }, group: like('heading', 'heard-heading-gone', x, x),
          ifSeen: { kind: 'text-changed', message: `In ${env}, ${q(x)} on ${page} is no longer shown as a heading; it is plain text.` } });
      }
      for (const x of d.added.filter((h) => shownA.has(h) && !headsA.has(h))) {
        out.push({ kind: 'screen-reader-only', subject: `heading-new:${x}`, boxes: headingBox(b, x, n), message: `In ${env}, a screen reader finds ${q(x)} as a heading on ${page}; the words were on screen before as plain text.`,
          evidence: { before: null, after: x, detail: 'heading' }, group: like('heading', 'heard-heading-new', x, undefined, x),
          ifSeen: { kind: 'text-changed', message: `In ${env}, ${q(x)} on ${page} is shown as a heading; it was plain text.` } });
      }
    }
    // One heading more or fewer of words that are a heading on both screens is a heading added or gone.
    const more = (x: string, heads: Set<string>) => l.key === 'heading' && heads.has(x);
    d.removed = d.removed.filter((x) => !ownedA.has(x) && (!shownB.has(x) || more(x, headsB)));
    d.added = d.added.filter((x) => !ownedB.has(x) && (!shownA.has(x) || more(x, headsA)));
    for (const r of d.renamed) {
      add({ subject: `${l.key}:${r.from}`, message: `In ${env}, the ${l.label} ${q(r.from)} on ${page} reads ${q(r.to)}.`,
        evidence: { before: r.from, after: r.to, detail: l.label }, group: like(l.key, 'label', r.from, r.from, r.to) }, r.from, r.to);
      // Where the screen shows it, on each side: the pixels changed there are this change, and
      // only there (a restyle elsewhere on the page is a change of its own).
      if (l.key === 'heading') out[out.length - 1]!.boxes = [...headingBox(a, r.from, n), ...headingBox(b, r.to, n)];
    }
    for (const x of d.removed) {
      add({ subject: `${l.key}:${x}`, message: `In ${env}, the ${l.label} ${q(x)} is not shown on ${page}.`,
        evidence: { before: x, after: null, detail: l.label }, group: like(l.key, `missing|${l.key}`, x, x) }, x, null);
      if (l.key === 'heading') out[out.length - 1]!.boxes = headingBox(a, x, n);
    }
    for (const x of d.added) {
      add({ subject: `${l.key}+:${x}`, message: `In ${env}, ${page} shows the ${l.label} ${q(x)}.`,
        evidence: { before: null, after: x, detail: l.label }, group: like(l.key, `added|${l.key}`, x, undefined, x) }, null, x);
      if (l.key === 'heading') out[out.length - 1]!.boxes = headingBox(b, x, n);
    }
  }

  // A message shown for one more field (a second 'Response required.', under another question) or
  // one fewer: the list of messages is the same words, the screen is not.
  if (a.fieldMessages && b.fieldMessages) {
    const key = (m: { field: string; text: string }) => `${withoutMark(n(m.field))}\u0000${n(m.text)}`;
    const left = (xs: string[], ys: string[]) => { const rest = [...ys]; return xs.filter((x) => { const i = rest.indexOf(x); if (i >= 0) rest.splice(i, 1); return i < 0; }); };
    const ka = a.fieldMessages.map(key);
    const kb = b.fieldMessages.map(key);
    for (const k of left(kb, ka)) {
      const [field, text] = k.split('\u0000') as [string, string];
      add({ subject: `field-message+:${k}`, message: `In ${env}, ${page} shows ${q(text)} for ${q(field)}.`, evidence: { before: null, after: text, detail: `message for ${field}` } }, null, k);
    }
    for (const k of left(ka, kb)) {
      const [field, text] = k.split('\u0000') as [string, string];
      add({ subject: `field-message:${k}`, message: `In ${env}, ${page} no longer shows ${q(text)} for ${q(field)}.`, evidence: { before: text, after: null, detail: `message for ${field}` } }, k, null);
    }
  }

  const ta = n(a.title);
  const tb = n(b.title);
  if (ta !== tb) add({ subject: 'title', message: `In ${env}, the title of ${page} is ${q(tb)} (was ${q(ta)}).`, evidence: { before: ta, after: tb, detail: 'title' } }, ta, tb);

  const da = n(a.dialog ?? '');
  const db = n(b.dialog ?? '');
  if (da !== db) {
    add({ subject: `dialog:${da}`, message: db ? `In ${env}, ${page} shows the dialog ${q(db)}${da ? ` instead of ${q(da)}` : ''}.` : `In ${env}, the dialog ${q(da)} does not appear on ${page}.`,
      evidence: { before: da || null, after: db || null, detail: 'dialog' } }, da, db);
  }

  // Alerts, confirms and prompts the page put up while the step ran: one that appears in one
  // environment only is a box a person meets and must answer. Compared only when both captures
  // recorded them (older captures did not).
  if (ref.problems.dialogs && tgt.problems.dialogs) {
    const boxes = (c: StepCapture) => c.problems.dialogs!.map((d) => ({ key: `${d.type}:${n(d.message)}`, word: d.type === 'beforeunload' ? 'leave-page warning' : d.type, text: n(d.message) }));
    const [ba, bb] = [boxes(ref), boxes(tgt)];
    for (const x of bb.filter((x) => !ba.some((y) => y.key === x.key))) {
      add({ subject: `box+:${x.key}`, message: `In ${env}, ${page} puts up the ${x.word} ${q(x.text)}.`, evidence: { before: null, after: x.text, detail: x.word } }, null, x.key);
    }
    for (const x of ba.filter((x) => !bb.some((y) => y.key === x.key))) {
      add({ subject: `box:${x.key}`, message: `In ${env}, the ${x.word} ${q(x.text)} does not appear on ${page}.`, evidence: { before: x.text, after: null, detail: x.word } }, x.key, null);
    }
  }

  // Tables by position on the page; each with other columns is one finding, and so is each with
  // other row headers (a report's bands or total row). Rows are compared only when both captures
  // recorded them: an older baseline has none, which is not the same as a table with none.
  // Column headers with no words (a library's empty header cells) name nothing.
  const tablesA = a.tableHeaders.map((t) => t.map(n).filter(Boolean));
  const tablesB = b.tableHeaders.map((t) => t.map(n).filter(Boolean));
  const tableName = (i: number) => (tablesA[i]?.length ? `the table with ${listWords(tablesA[i]!, 2)}` : `table ${i + 1}`);
  // Where each table stands on each side (older captures did not say): a table new or gone explains
  // its pixels; other columns explain only their headers, whose boxes are not kept, so not the rows.
  const tableBoxes = (i: number) => [a.tables?.[i]?.box, b.tables?.[i]?.box].filter((x): x is Box => x !== undefined);
  const changed = (i: number, x: string[], y: string[], what: 'columns' | 'rows') => {
    const d = diffList(x, y);
    add({ subject: `${what === 'rows' ? 'table-rows' : 'table'}:${i}`, message: `In ${env}, ${tableName(i)} on ${page} has other ${what}: ${describeListDiff(d, (xs) => listWords(xs, 4))}.`,
      evidence: { before: x, after: y, added: d.added, removed: d.removed, renamed: d.renamed, detail: `table ${what}` } }, x, y);
  };
  for (let i = 0; i < Math.max(tablesA.length, tablesB.length); i++) {
    const x = tablesA[i];
    const y = tablesB[i];
    if (x && y && same(x, y)) continue;
    // A table with no header words on either side (a library's layout grid) tells a person nothing
    // by itself; its words are compared as the screen's words.
    if (!x?.length && !y?.length) continue;
    if (!y) {
      add({ subject: `table:${i}`, message: `In ${env}, ${tableName(i)} is not shown on ${page}.`, evidence: { before: x ?? [], after: null, detail: 'table columns' } }, x, null, tableBoxes(i));
      continue;
    }
    if (!x) {
      add({ subject: `table:${i}`, message: y.length ? `In ${env}, ${page} shows a new table with the columns ${listWords(y, 4)}.` : `In ${env}, ${page} shows a new table.`, evidence: { before: null, after: y, detail: 'table columns' } }, null, y, tableBoxes(i));
      continue;
    }
    changed(i, x, y, 'columns');
  }
  // The same grid on screen, heard as a table on one side only: a screen reader user no longer
  // moves by row and column, nor hears which column a box is in. Only where both sides say.
  for (let i = 0; i < Math.min(a.tables?.length ?? 0, b.tables?.length ?? 0, tablesA.length, tablesB.length); i++) {
    const x = a.tables![i]!;
    const y = b.tables![i]!;
    if (x.heard === y.heard || !tablesA[i]!.length) continue;
    const title = n(x.title) || n(y.title);
    const what = title ? `the table ${q(title)}` : tableName(i);
    out.push({ kind: 'screen-reader-only', subject: `heard-table:${i}`, boxes: [],
      message: x.heard
        ? `In ${env}, a screen reader no longer hears ${what} on ${page} as a table: its rows and column headers are not announced; the screen shows the same grid.`
        : `In ${env}, a screen reader now hears ${what} on ${page} as a table, with its rows and column headers; the screen shows the same grid.`,
      evidence: { before: x.heard ? 'table' : 'not a table', after: y.heard ? 'table' : 'not a table', detail: 'table heard' },
      repeatKey: `heard-table:${what}|${x.heard}` });
  }
  if (a.tableRows && b.tableRows) {
    for (let i = 0; i < Math.min(a.tableRows.length, b.tableRows.length, tablesA.length, tablesB.length); i++) {
      const x = a.tableRows[i]!.map(n);
      const y = b.tableRows[i]!.map(n);
      if (!same(x, y)) changed(i, x, y, 'rows');
    }
  }
  for (const f of dateFormats(a.words, b.words, n)) {
    add({ subject: `date-format:${f.before}→${f.after}`, message: `In ${env}, dates on ${page} are written like ${q(f.now)} (was like ${q(f.was)}).`,
      evidence: { before: f.before, after: f.after, detail: 'how dates are written' } }, `${f.before}→${f.after}`, null);
  }
  return out;
}

function same(x: string[], y: string[]): boolean {
  return x.join('\u0000') === y.join('\u0000');
}

interface Line { raw: string; norm: string }
const DATE = /<DATE [^>]*>/g;

/**
 * How dates are written is configuration even where which day is patient data: a line of the
 * screen that reads the same but for how its dates are written ('19 Mar 2025' where it was
 * '19/03/2025') says so, once per way of writing (`before` and `after` are the date shapes, `was`
 * and `now` a line's dates as written). Lines are compared as a multiset, so a date that merely
 * appears or goes is the text it stands in, not a format. Needs both captures' lines of words.
 */
function dateFormats(wordsA: string[] | undefined, wordsB: string[] | undefined, n: Normaliser): { before: string; after: string; was: string; now: string }[] {
  if (!wordsA?.length || !wordsB?.length) return [];
  const dated = (ws: string[]): Line[] => ws.map((w) => ({ raw: w, norm: n(w) })).filter((x) => x.norm.includes('<DATE '));
  // Lines that read the same word for word pair first (a date of birth shown on both), then lines
  // that read alike once dates are masked; what is left on each side is what changed.
  const unmatched = (xs: Line[], ys: Line[]) => {
    const left = [...ys];
    const take = (same: (x: Line, y: Line) => boolean) => (x: Line) => {
      const i = left.findIndex((y) => same(x, y));
      if (i >= 0) left.splice(i, 1);
      return i < 0;
    };
    return xs.filter(take((x, y) => x.raw === y.raw)).filter(take((x, y) => x.norm === y.norm));
  };
  const la = dated(wordsA);
  const lb = dated(wordsB);
  const gone = unmatched(la, lb);
  const came = unmatched(lb, la);
  const masked = (l: Line) => l.norm.replace(DATE, '<DATE>');
  const numbers = (t: string) => new Set((t.match(/\d+/g) ?? []).map(Number));
  const formats = new Map<string, { before: string; after: string; was: string; now: string }>();
  for (const g of gone) {
    // Of the lines that read alike, the one sharing most numbers with it: the same date, rewritten.
    const mine = numbers(g.raw);
    const shared = (x: Line) => [...numbers(x.raw)].filter((d) => mine.has(d)).length;
    const c = came.filter((x) => masked(x) === masked(g)).sort((x, y) => shared(y) - shared(x))[0];
    if (!c) continue;
    came.splice(came.indexOf(c), 1);
    const before = g.norm.match(DATE)!.join(',');
    const after = c.norm.match(DATE)!.join(',');
    const key = `${before}→${after}`;
    if (!formats.has(key)) formats.set(key, { before, after, was: datesIn(g.raw).join(', '), now: datesIn(c.raw).join(', ') });
  }
  return [...formats.values()];
}

/**
 * A control whose screen-reader-only words carry words of the screen that changed (a 'Change'
 * link heard as 'Change registered GP practice', its row renamed 'Preferred language') follows
 * that change: the row's rename, heard again, is not a change of its own.
 */
export function withoutEchoes(controls: StructFound[], texts: StructFound[]): StructFound[] {
  const has = (s: unknown, part: unknown) => typeof s === 'string' && typeof part === 'string' && !!part && s.toLowerCase().includes(part.toLowerCase());
  const changed = texts.filter((t) => t.kind === 'text-changed');
  return controls.filter((f) => f.kind !== 'screen-reader-only' || !changed.some((t) => has(f.evidence.before, t.evidence.before) && has(f.evidence.after, t.evidence.after)));
}
