// Rows of a table are records: in a clinic list, who is booked and how many of them still show
// 'Record outcome' is the day's data, not the system. TRAIN and LIVE never hold the same patients,
// and a TRAIN that stays up changes its rows every night a journey saves. So the links and buttons
// of a table's rows (capture marks them `record`) are compared for what the rows offer, column by
// column: each action they hold ('Record outcome', 'Cancel'), once, and whether a column opens
// something at all (a patient's name as a link), never which names or how many.
import type { FormControl } from '../model/capture.js';
import type { Normaliser } from './normalise.js';

type Column = string;

function columnKey(c: FormControl): Column {
  return `${c.record!.table}\u0000${c.record!.column}\u0000${c.role}`;
}

/** Names per column of one capture's rows, with how many rows hold each. */
function namesByColumn(cs: FormControl[], n: Normaliser): Map<Column, Map<string, number>> {
  const out = new Map<Column, Map<string, number>>();
  for (const c of cs) {
    if (!c.record) continue;
    const names = out.get(columnKey(c)) ?? new Map<string, number>();
    names.set(n(c.name), (names.get(n(c.name)) ?? 0) + 1);
    out.set(columnKey(c), names);
  }
  return out;
}

/**
 * Both captures' controls with each table column's row controls folded: one control per action
 * (a name several rows hold, or both captures hold), and one standing for the rest (names each row
 * has its own: data), named by the column. Captures made before records were marked (an approved
 * baseline of an older release) have none: then nothing is folded on either side, so the two
 * are compared alike.
 */
export function foldRecords(ref: FormControl[], tgt: FormControl[], n: Normaliser): [FormControl[], FormControl[]] {
  if (!ref.some((c) => c.record) || !tgt.some((c) => c.record)) return [ref, tgt];
  const names = [namesByColumn(ref, n), namesByColumn(tgt, n)] as const;
  const isAction = (side: 0 | 1, col: Column, name: string) =>
    (names[side].get(col)?.get(name) ?? 0) > 1 || names[side === 0 ? 1 : 0].get(col)?.has(name) === true;
  const fold = (cs: FormControl[], side: 0 | 1): FormControl[] => {
    const kept = new Set<string>();
    const out: FormControl[] = [];
    for (const c of cs) {
      if (!c.record) {
        out.push(c);
        continue;
      }
      const col = columnKey(c);
      const action = isAction(side, col, n(c.name));
      const key = `${col}\u0000${action ? n(c.name) : ''}`;
      if (kept.has(key)) continue;
      kept.add(key);
      if (action) out.push(c);
      else {
        // A record's own words stand for every row's: named by its column, as a person says it
        // ("the patient's name opens the record"), and never a patient's name in a report.
        const { visibleText: _v, seen: _s, label: _l, ...rest } = c;
        out.push({ ...rest, name: c.record.column });
      }
    }
    return out;
  };
  return [fold(ref, 0), fold(tgt, 1)];
}
