// @ts-check
// Report viewer, part 4 of 7: the journey view. Steps of the reference and the target side by side
// as compare aligned them (a blank, hatched cell where a step exists on one side only), then for the
// chosen step: the sentences, the structural differences as a table, and the screenshots.
function alignmentOf(journey, target) {
  var j = JOURNEYS[journey];
  if (j && j.al[target]) return j.al[target];
  // No alignment from compare (journey not compared): pair steps by position, as captured.
  var rows = [];
  for (var i = 0; i < 500; i++) {
    var r = D.steps[REF_ENV + '/' + journey + '/' + i], t = D.steps[target + '/' + journey + '/' + i];
    if (!r && !t) break;
    rows.push([r ? i : null, t ? i : null, (r || t)[0]]);
  }
  return rows;
}

/** The aligned row a divergence belongs to. The alignments never change, so it is worked out once. */
function rowIndexOf(d) {
  if (d.row === undefined) d.row = findRow(d);
  return d.row;
}

function findRow(d) {
  var rows = alignmentOf(d.j, d.t);
  for (var i = 0; i < rows.length; i++) {
    if (d.rs !== undefined && d.rs !== null && rows[i][0] === d.rs) return i;
  }
  for (var k = 0; k < rows.length; k++) {
    if (d.ts !== undefined && d.ts !== null && rows[k][1] === d.ts) return k;
  }
  for (var n = 0; n < rows.length; n++) if (rows[n][2] === d.st) return n;
  return -1; // about the whole journey
}

function divergencesAt(journey, target, rowIdx) {
  return D.ds.filter(function (d) { return d.j === journey && d.t === target && rowIndexOf(d) === rowIdx; });
}

function openJourney(journey, target, rowIdx, d) {
  var j = JOURNEYS[journey];
  var same = state.view && state.view.journey === journey && state.view.target === target;
  state.view = { journey: journey, target: target, row: rowIdx };
  if (!same) renderJourney(j, target);
  var rows = ui.alignBody.querySelectorAll('tr.row');
  for (var i = 0; i < rows.length; i++) rows[i].classList.toggle('sel', i === rowIdx);
  renderStep(j, target, rowIdx, d);
}

function runLine(j, env) {
  var r = j.runs[env];
  var line = h('div', { class: 'note' }, h('b', null, ENV_LABEL[env] || env), ': ', r ? r.s : 'not run');
  if (r && r.err) line.appendChild(h('span', { class: 'problem' }, ' — ' + r.err));
  if (r && r.tr) line.appendChild(h('span', null, ' · ', h('a', { href: r.tr, download: '' }, 'Playwright trace'), ' (open with npx playwright show-trace)'));
  return line;
}

function renderJourney(j, target) {
  var box = clear(ui.detail);
  box.appendChild(h('div', { class: 'jhead' }, h('h2', { id: 'jtitle' }, j.t), h('span', { class: 'note' }, j.id + ' · ' + j.f)));
  box.appendChild(runLine(j, REF_ENV));
  box.appendChild(runLine(j, target));
  var journeyLevel = D.ds.filter(function (d) { return d.j === j.id && d.t === target && rowIndexOf(d) < 0; });
  if (journeyLevel.length) box.appendChild(sentences(journeyLevel, null));
  var rows = alignmentOf(j.id, target);
  ui.alignBody = h('tbody');
  rows.forEach(function (row, i) {
    var ds = divergencesAt(j.id, target, i);
    var worst = null, open = 0;
    ds.forEach(function (d) { if (d.s !== 'accepted') { open++; if (!worst || SEV.indexOf(d.sv) < SEV.indexOf(worst)) worst = d.sv; } });
    var tr = h('tr', { class: 'row', 'data-row': i },
      h('td', null, i + 1),
      stepCell(REF_ENV, j.id, row[0]), stepCell(target, j.id, row[1]),
      h('td', null, open ? [sevBadge(worst), ' ' + open] : ds.length ? h('span', { class: 'note' }, ds.length + ' accepted') : h('span', { class: 'note' }, '—')));
    tr.addEventListener('click', function () {
      var first = ds.filter(function (d) { return state.shown.indexOf(d) >= 0; })[0];
      if (first) select(first, false); else openJourney(j.id, target, i, null);
    });
    ui.alignBody.appendChild(tr);
  });
  box.appendChild(h('table', { class: 'align', id: 'align' },
    h('thead', null, h('tr', null, h('th', null, '#'), h('th', null, ENV_LABEL[REF_ENV] || REF + ' (reference)'), h('th', null, ENV_LABEL[target] || target), h('th', null, 'Not accepted'))),
    ui.alignBody));
  ui.step = h('section', { id: 'step' });
  box.appendChild(ui.step);
}

function stepCell(env, journey, idx) {
  if (idx === null || idx === undefined) return h('td', { class: 'gap' }, 'no such step here');
  var s = D.steps[env + '/' + journey + '/' + idx];
  if (!s) return h('td', { class: 'gap' }, 'not captured');
  return h('td', null, s[0], s[1] !== 'captured' ? h('span', { class: 'problem' }, ' (' + s[1] + ')') : null);
}

function sentences(ds, cur) {
  var ul = h('ul', { class: 'sentences' });
  ds.forEach(function (d) {
    var li = h('li', { class: d === cur ? 'cur' : '', 'data-id': d.i }, sevBadge(d.sv), ' ', statusBadge(d.s), ' ', d.m);
    if (d.acc) li.appendChild(h('div', { class: 'note' }, 'Accepted by ' + d.acc.by + ': ' + d.acc.reason + (d.acc.ticket ? ' [' + d.acc.ticket + ']' : '')));
    if (d === cur) li.appendChild(fingerprintLine(d));
    ul.appendChild(li);
  });
  return ul;
}

function renderStep(j, target, rowIdx, cur) {
  var box = clear(ui.step);
  if (rowIdx < 0) { box.appendChild(h('p', { class: 'note' }, 'This divergence concerns the whole journey.')); return; }
  var row = alignmentOf(j.id, target)[rowIdx];
  if (!row) return;
  var ref = row[0] === null ? null : D.steps[REF_ENV + '/' + j.id + '/' + row[0]];
  var tgt = row[1] === null ? null : D.steps[target + '/' + j.id + '/' + row[1]];
  box.appendChild(h('h3', null, 'Step ' + (rowIdx + 1) + ': ' + row[2]));
  [[ref, REF_ENV], [tgt, target]].forEach(function (p) {
    if (p[0] && p[0][6]) box.appendChild(h('p', { class: p[0][1] === 'blocked' || p[0][1] === 'failed' ? 'problem' : 'note' }, (ENV_LABEL[p[1]] || p[1]) + ': ' + p[0][6]));
  });
  var ds = divergencesAt(j.id, target, rowIdx);
  if (ds.length) box.appendChild(sentences(ds, cur));
  else box.appendChild(h('p', { class: 'note' }, 'No divergence at this step.'));
  var structural = ds.filter(function (d) { return d.k !== 'visual-only'; });
  if (structural.length) box.appendChild(structTable(structural, target));
  box.appendChild(renderImages(ref, tgt, target, ds, cur));
  scrollToChange(); // once in the page: its layout is known
}

function structTable(ds, target) {
  var body = h('tbody');
  ds.forEach(function (d) {
    var ev = d.ev || {};
    var refCell = h('td', { class: 'val' }), tgtCell = h('td', { class: 'val' });
    // Page text, each value isolated (<bdi>) so right-to-left text cannot reorder what is around it.
    if (ev.before !== undefined) add(refCell, h('bdi', null, show(ev.before)));
    if (ev.after !== undefined) add(tgtCell, h('bdi', null, show(ev.after)));
    (ev.removed || []).forEach(function (x) { refCell.appendChild(h('div', { class: 'del' }, '− ', h('bdi', null, x))); });
    (ev.added || []).forEach(function (x) { tgtCell.appendChild(h('div', { class: 'ins' }, '+ ', h('bdi', null, x))); });
    (ev.renamed || []).forEach(function (r) { refCell.appendChild(h('div', { class: 'del' }, h('bdi', null, r.from))); tgtCell.appendChild(h('div', { class: 'ins' }, h('bdi', null, r.to))); });
    if (ev.detail) tgtCell.appendChild(h('div', { class: 'note' }, ev.detail));
    var subject = ev.control ? ev.control.role + ' “' + ev.control.name + '”' : d.st;
    body.appendChild(h('tr', { 'data-id': d.i }, h('td', null, sevBadge(d.sv)), h('td', null, d.k), h('td', null, subject), refCell, tgtCell));
  });
  return h('table', { class: 'struct', id: 'struct' },
    h('thead', null, h('tr', null, h('th', null, ''), h('th', null, 'Kind'), h('th', null, 'What'),
      h('th', null, (ENV_LABEL[REF_ENV] || REF) + ' shows'), h('th', null, (ENV_LABEL[target] || target) + ' shows'))), body);
}
