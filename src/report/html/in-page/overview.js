// @ts-check
// Report viewer, part 2 of 7: the first screen. Run metadata, the verdict, totals, and the matrix
// (journeys down, environments across; worst unaccepted severity and counts, accepted apart).
function renderHeader(root) {
  var r = D.run;
  var meta = [
    ['Run', r.id], ['Captured', when(r.createdAt)], ['Compared', when(r.comparedAt)],
    ['Reference', ENV_LABEL[REF_ENV] || REF],
    ['Compared with', TARGETS.map(function (t) { return ENV_LABEL[t]; }).join(', ')],
    ['Against', r.against === 'baselines' ? 'approved baseline' : 'live capture of the reference'],
    ['Fails on', r.failOn + ' or worse'], ['Parity', D.tool.version + (r.capturedWith !== D.tool.version ? ' (captured with ' + r.capturedWith + ')' : '')]
  ];
  if (r.baseline) meta.push(['Baseline', 'approved ' + when(r.baseline.approvedAt) + ' by ' + r.baseline.approvedBy + ' from run ' + r.baseline.fromRun]);
  if (r.mergedFrom) meta.push(['Merged from', r.mergedFrom.length + ' shards']);
  var dl = h('dl');
  meta.forEach(function (m) { dl.appendChild(h('div', null, h('dt', null, m[0]), h('dd', null, m[1]))); });
  root.appendChild(h('header', { class: 'top' }, h('h1', null, 'Parity — what differs from ' + (ENV_LABEL[REF_ENV] || REF)), dl));
  var t = D.totals;
  var S = D.suite;
  var fail = S.fails;
  var why = S.broken.length ? 'The suite did not go through in ' + (ENV_LABEL[S.env] || S.env) + ' (the reference): ' + S.broken.length + ' journey' + (S.broken.length === 1 ? '' : 's') + '. This run fails.'
    : t.failing ? t.failing + ' unaccepted divergence' + (t.failing === 1 ? '' : 's') + ' at ' + r.failOn + ' or worse: this run fails.'
      : S.covFails ? 'Fewer steps went through than before (--fail-on coverage): this run fails.'
        : 'No unaccepted divergence at ' + r.failOn + ' or worse: this run passes.';
  root.appendChild(h('div', { class: 'verdict ' + (fail ? 'fail' : 'pass'), id: 'verdict', role: 'status' }, why));
}

/** Before the totals: a broken suite (nothing after its stops was compared) and the coverage line. */
function renderSuite(root) {
  var S = D.suite;
  if (S.broken.length) {
    var ul = h('ul');
    S.broken.forEach(function (b) { ul.appendChild(h('li', null, b.line)); });
    root.appendChild(h('section', { class: 'broken-suite', id: 'broken-suite', 'aria-labelledby': 'broken-suite-h' },
      h('h2', { id: 'broken-suite-h' }, 'Broken suite: journeys that did not go through in ' + (ENV_LABEL[S.env] || S.env)),
      h('p', null, 'What these journeys did not reach was compared in no environment, so the counts below are incomplete. Fix the journey, or the data it needs (a slot or patient an earlier run used), first.'),
      ul));
  }
  if (S.cov) {
    var cov = h('section', { class: 'coverage' + (S.losses.length ? ' lost' : ''), id: 'coverage' }, h('p', null, S.cov + (S.covFails ? ' (fails this run)' : '')));
    if (S.losses.length) {
      var lu = h('ul');
      S.losses.forEach(function (l) { lu.appendChild(h('li', null, l)); });
      cov.appendChild(lu);
    }
    root.appendChild(cov);
  }
}

function renderTotals(root) {
  var t = D.totals;
  var box = h('div', { class: 'totals', id: 'totals' });
  SEV.forEach(function (s) {
    box.appendChild(h('div', { class: 'total ' + s, 'data-sev': s }, h('b', null, t.bySeverity[s]), h('span', null, s + ' (not accepted)')));
  });
  box.appendChild(h('div', { class: 'total accepted' }, h('b', null, t.accepted), h('span', null, 'accepted')));
  if (t.expired) box.appendChild(h('div', { class: 'total expired' }, h('b', null, t.expired), h('span', null, 'acceptance expired')));
  box.appendChild(h('div', { class: 'total' }, h('b', null, t.journeys + ' · ' + t.steps), h('span', null, 'journeys · step captures')));
  root.appendChild(box);
}

function cellNew(c) { return c.c[0] + c.c[1] + c.c[2] + c.c[3]; }

function renderMatrix(root) {
  root.appendChild(h('h2', null, 'Journeys × environments'));
  var head = h('tr', null, h('th', null, 'Journey'));
  TARGETS.forEach(function (t) { head.appendChild(h('th', { scope: 'col' }, ENV_LABEL[t], t !== ENV_LABEL[t] ? h('div', { class: 'counts' }, t) : null)); });
  var body = h('tbody');
  D.js.forEach(function (j) {
    var tr = h('tr', null, h('th', { scope: 'row' }, j.t, h('small', null, j.id)));
    TARGETS.forEach(function (t) { tr.appendChild(matrixCell(j, t)); });
    body.appendChild(tr);
  });
  ui.matrix = h('table', { class: 'matrix', id: 'matrix' }, h('thead', null, head), body);
  root.appendChild(ui.matrix);
}

function matrixCell(j, t) {
  var c = CELLS[j.id + '\u0000' + t] || { j: j.id, t: t, w: null, c: [0, 0, 0, 0], a: 0, s: 'missing' };
  var n = cellNew(c);
  var td = h('td', {
    class: 'cell ' + (c.s !== 'compared' ? c.s : n ? c.w : 'same'), tabindex: 0, role: 'button',
    'data-journey': j.id, 'data-target': t, 'data-new': n, 'data-accepted': c.a, 'data-worst': c.w || '', 'data-status': c.s,
    title: 'Show ' + j.t + ' in ' + ENV_LABEL[t]
  });
  if (c.s === 'unavailable') td.appendChild(h('span', { class: 'problem' }, 'unavailable'));
  else if (c.s === 'missing') td.appendChild(h('span', null, 'not captured'));
  else if (c.s === 'skipped') td.appendChild(h('span', null, 'skipped'));
  else {
    td.appendChild(sevBadge(n ? c.w : null));
    if (n) td.appendChild(h('span', { class: 'new-count' }, ' ' + n + ' new'));
    var parts = [];
    SEV.forEach(function (s, i) { if (c.c[i]) parts.push(c.c[i] + ' ' + SEV_SHORT[s]); });
    if (parts.length) td.appendChild(h('div', { class: 'counts' }, parts.join(' · ')));
  }
  if (c.a) td.appendChild(h('div', { class: 'acc-count' }, '+ ' + c.a + ' accepted'));
  var run = j.runs[t];
  if (run && run.err) td.appendChild(h('div', { class: 'counts problem' }, run.err));
  td.addEventListener('click', function () { openCell(j.id, t); });
  td.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openCell(j.id, t); } });
  return td;
}

/** A cell narrows the list to that journey and environment and opens the journey view. */
function openCell(journey, target) {
  state.journey = journey; state.env = target;
  ui.envSel.value = target;
  applyFilters();
  var first = state.shown[0];
  if (first) select(first, false);
  else openJourney(journey, target, 0, null);
  markCell();
  setAddress(cellLink(journey, target));
  ui.detail.scrollIntoView({ block: 'start' });
}
function markCell() {
  var cells = ui.matrix.querySelectorAll('td.cell');
  for (var i = 0; i < cells.length; i++) {
    var v = state.view;
    cells[i].classList.toggle('sel', !!v && cells[i].getAttribute('data-journey') === v.journey && cells[i].getAttribute('data-target') === v.target);
  }
}
