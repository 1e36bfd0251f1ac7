// Words on the page that are not controls: headings, help and static texts, validation and status
// messages, the title, an open dialog, and table column and row headers (a report with other columns is a
// report that answers another question). All normalised first, so patient data never shows here.
import type { StepCapture } from '../model/capture.js';
import { listWords, q } from './make.js';
import type { Normaliser } from './normalise.js';
import { describeListDiff, diffList } from './lists.js';
import { pageName, type StructFound } from './structure.js';

/** "2 Patient details" → "Patient details": the level is kept for comparing, not for reading. */
function headingText(h: string): string {
  return h.replace(/^[1-6] /, '');
}

export function compareTexts(ref: StepCapture, tgt: StepCapture, env: string, n: Normaliser): StructFound[] {
  const a = ref.identity;
  const b = tgt.identity;
  if (!a || !b) return [];
  const page = q(pageName(ref, n));
  const out: StructFound[] = [];
  // The same change on every page (a banner, the title, a footer) is one finding per journey.
  const add = (f: Omit<StructFound, 'boxes' | 'kind' | 'repeatKey'>, before: unknown, after: unknown) =>
    out.push({ ...f, kind: 'text-changed', boxes: [], repeatKey: `${f.subject}|${JSON.stringify(before)}|${JSON.stringify(after)}` });

  const lists: { key: string; label: string; before: string[]; after: string[]; show?: (s: string) => string }[] = [
    { key: 'heading', label: 'heading', before: a.headings.map(n), after: b.headings.map(n), show: headingText },
    { key: 'message', label: 'message', before: a.messages.map(n), after: b.messages.map(n) },
    { key: 'text', label: 'text', before: a.texts.map(n), after: b.texts.map(n) },
  ];
  for (const l of lists) {
    const show = l.show ?? ((s: string) => s);
    const d = diffList(l.before, l.after);
    for (const r of d.renamed) {
      add({ subject: `${l.key}:${r.from}`, message: `In ${env}, the ${l.label} ${q(show(r.from))} on ${page} reads ${q(show(r.to))}.`,
        evidence: { before: show(r.from), after: show(r.to), detail: l.label } }, r.from, r.to);
    }
    for (const x of d.removed) {
      add({ subject: `${l.key}:${x}`, message: `In ${env}, the ${l.label} ${q(show(x))} is not shown on ${page}.`,
        evidence: { before: show(x), after: null, detail: l.label } }, x, null);
    }
    for (const x of d.added) {
      add({ subject: `${l.key}+:${x}`, message: `In ${env}, ${page} shows the ${l.label} ${q(show(x))}.`,
        evidence: { before: null, after: show(x), detail: l.label } }, null, x);
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

  // Tables by position on the page; each with other columns is one finding, and so is each with
  // other row headers (a report's bands or total row). Rows are compared only when both captures
  // recorded them: an older baseline has none, which is not the same as a table with none.
  const tablesA = a.tableHeaders.map((t) => t.map(n));
  const tablesB = b.tableHeaders.map((t) => t.map(n));
  const tableName = (i: number) => (tablesA[i]?.length ? `the table with ${listWords(tablesA[i]!, 2)}` : `table ${i + 1}`);
  const changed = (i: number, x: string[], y: string[], what: 'columns' | 'rows') => {
    const d = diffList(x, y);
    add({ subject: `${what === 'rows' ? 'table-rows' : 'table'}:${i}`, message: `In ${env}, ${tableName(i)} on ${page} has other ${what}: ${describeListDiff(d, (xs) => listWords(xs, 4))}.`,
      evidence: { before: x, after: y, added: d.added, removed: d.removed, renamed: d.renamed, detail: `table ${what}` } }, x, y);
  };
  for (let i = 0; i < Math.max(tablesA.length, tablesB.length); i++) {
    const x = tablesA[i];
    const y = tablesB[i];
    if (x && y && same(x, y)) continue;
    if (!y) {
      add({ subject: `table:${i}`, message: `In ${env}, ${tableName(i)} is not shown on ${page}.`, evidence: { before: x ?? [], after: null, detail: 'table columns' } }, x, null);
      continue;
    }
    if (!x) {
      add({ subject: `table:${i}`, message: `In ${env}, ${page} shows a new table with the columns ${listWords(y, 4)}.`, evidence: { before: null, after: y, detail: 'table columns' } }, null, y);
      continue;
    }
    changed(i, x, y, 'columns');
  }
  if (a.tableRows && b.tableRows) {
    for (let i = 0; i < Math.min(a.tableRows.length, b.tableRows.length, tablesA.length, tablesB.length); i++) {
      const x = a.tableRows[i]!.map(n);
      const y = b.tableRows[i]!.map(n);
      if (!same(x, y)) changed(i, x, y, 'rows');
    }
  }
  return out;
}

function same(x: string[], y: string[]): boolean {
  return x.join('\u0000') === y.join('\u0000');
}
