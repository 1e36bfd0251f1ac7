// @ts-check
// Page model, part 5: a link or button in a row of a table with column headers (a clinic list, a
// worklist, search results) belongs to one record: the patient's name opening their record is data,
// and how many rows hold 'Record outcome' depends on who is booked today. Marked here with its table
// and column, so the comparer can compare what the rows offer, not who is in them.
  const RECORD_ROLES = new Set(['link', 'button', 'menuitem']);
  const columnsOf = new Map();
  const headerWords = (table) => {
    if (columnsOf.has(table)) return columnsOf.get(table);
    const own = (el) => el.closest('table,[role=table],[role=grid],[role=treegrid]') === table;
    const head = [...table.querySelectorAll('thead tr,[role=row]')].find((r) => own(r) && r.querySelector('th,[role=columnheader]'));
    const words = head ? [...head.children].map((h) => textOf(h)) : undefined;
    columnsOf.set(table, words);
    return words;
  };
  const recordOf = (el, role) => {
    if (!RECORD_ROLES.has(role)) return undefined;
    const cell = el.closest('td,[role=cell],[role=gridcell]');
    const row = cell && cell.parentElement;
    const table = row && row.closest('table,[role=table],[role=grid],[role=treegrid]');
    if (!table || row.closest('thead')) return undefined;
    const cols = headerWords(table);
    if (!cols) return undefined; // a table used for layout has no column headers: its controls are the form's
    const i = [...row.children].indexOf(cell);
    const caption = table.querySelector('caption');
    return { table: nameOf(table, 'table') || (caption ? textOf(caption) : '') || cols.filter(Boolean).join(', '), column: cols[i] || 'column ' + (i + 1) };
  };
