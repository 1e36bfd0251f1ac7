// @ts-check
// Report viewer, part 3 of 7: the filters, the divergence list and keyboard navigation.
// Filtering is a pass over precomputed lower-case text; the list renders at most state.limit rows
// (with "show more") so 10,000 divergences filter as fast as 100.
function renderFilters(root) {
  var bar = h('div', { class: 'filters', id: 'filters', role: 'search' });
  SEV.forEach(function (s) {
    var cb = h('input', { type: 'checkbox', 'data-sev': s, id: 'f-' + s });
    cb.checked = true;
    cb.addEventListener('change', function () { state.sev[s] = cb.checked; applyFilters(); });
    bar.appendChild(h('label', { for: 'f-' + s }, cb, ' ', sevBadge(s)));
  });
  ui.kindSel = h('select', { id: 'f-kind', 'aria-label': 'Kind' }, h('option', { value: '' }, 'every kind'));
  KINDS.forEach(function (k) { ui.kindSel.appendChild(h('option', { value: k }, k)); });
  ui.envSel = h('select', { id: 'f-env', 'aria-label': 'Environment' }, h('option', { value: '' }, 'every environment'));
  TARGETS.forEach(function (t) { ui.envSel.appendChild(h('option', { value: t }, ENV_LABEL[t])); });
  ui.statusSel = h('select', { id: 'f-status', 'aria-label': 'Status' },
    h('option', { value: 'all' }, 'new and accepted'), h('option', { value: 'open' }, 'not accepted (new + expired)'),
    h('option', { value: 'new' }, 'new only'), h('option', { value: 'accepted' }, 'accepted only'), h('option', { value: 'failing' }, 'failing the run'));
  ui.search = h('input', { type: 'search', id: 'f-q', placeholder: 'Search text, step, field…  ( / )', 'aria-label': 'Search' });
  ui.kindSel.addEventListener('change', function () { state.kind = ui.kindSel.value; applyFilters(); });
  ui.envSel.addEventListener('change', function () { state.env = ui.envSel.value; applyFilters(); });
  ui.statusSel.addEventListener('change', function () { state.status = ui.statusSel.value; applyFilters(); });
  ui.search.addEventListener('input', function () { state.q = ui.search.value.trim().toLowerCase(); applyFilters(); });
  ui.journeyChip = h('span', { id: 'f-journey' });
  ui.count = h('span', { class: 'shown', id: 'shown', 'aria-live': 'polite' });
  add(bar, [ui.kindSel, ui.envSel, ui.statusSel, ui.search, ui.journeyChip, ui.count,
    h('span', { class: 'note kbdhelp' }, h('span', { class: 'kbd' }, 'j'), '/', h('span', { class: 'kbd' }, 'k'), ' next/previous')]);
  root.appendChild(bar);
}

function matches(d) {
  if (!state.sev[d.sv]) return false;
  if (state.kind && d.k !== state.kind) return false;
  if (state.env && d.t !== state.env) return false;
  if (state.journey && d.j !== state.journey) return false;
  var s = state.status;
  if (s === 'new' && d.s !== 'new') return false;
  if (s === 'accepted' && d.s !== 'accepted') return false;
  if (s === 'open' && d.s === 'accepted') return false;
  if (s === 'failing' && !d.f) return false;
  if (state.q && d.q.indexOf(state.q) < 0) return false;
  return true;
}

function applyFilters() {
  state.shown = D.ds.filter(matches);
  state.limit = 300;
  clear(ui.journeyChip);
  if (state.journey) {
    var chip = h('button', { class: 'chip', type: 'button', title: 'Show every journey' }, 'Journey: ' + JOURNEYS[state.journey].t + '  ✕');
    chip.addEventListener('click', function () { state.journey = ''; applyFilters(); });
    ui.journeyChip.appendChild(chip);
  }
  renderList();
}

function renderList() {
  var n = state.shown.length;
  ui.count.textContent = 'Showing ' + n + ' of ' + D.ds.length + ' divergences';
  var body = clear(ui.listBody);
  var frag = document.createDocumentFragment();
  var max = Math.min(n, state.limit);
  for (var i = 0; i < max; i++) frag.appendChild(listRow(state.shown[i]));
  body.appendChild(frag);
  clear(ui.more);
  if (n > max) {
    var b = h('button', { type: 'button' }, 'Show ' + Math.min(300, n - max) + ' more (' + (n - max) + ' hidden)');
    b.addEventListener('click', function () { state.limit += 300; renderList(); });
    ui.more.appendChild(b);
  }
  if (!n) body.appendChild(h('tr', null, h('td', { colspan: 4, class: 'note' }, D.ds.length ? 'Nothing matches these filters.' : 'No divergences: every journey matched the reference.')));
}

function listRow(d) {
  var j = JOURNEYS[d.j];
  var tr = h('tr', { class: 'div ' + d.s + (state.cur === d ? ' sel' : ''), tabindex: -1, 'data-id': d.i, 'data-sev': d.sv, 'data-kind': d.k, 'data-env': d.t, 'data-status': d.s },
    h('td', null, sevBadge(d.sv), ' ', statusBadge(d.s)),
    h('td', { class: 'where' }, h('b', null, j ? j.t : d.j), ' › ', d.st, h('div', null, ENV_LABEL[d.t] || d.t)),
    h('td', null, d.m, d.acc ? h('div', { class: 'note' }, 'Accepted by ' + d.acc.by + ': ' + d.acc.reason + (d.acc.until ? ' (until ' + d.acc.until + ')' : '')) : null),
    h('td', { class: 'note' }, d.k));
  tr.addEventListener('click', function () { select(d, true); });
  return tr;
}

function rowOf(d) { return ui.listBody.querySelector('tr[data-id="' + d.i + '"]'); }

/** Selects a divergence: highlights its row, moves focus to it, opens its step in the journey view. */
function select(d, focus) {
  var old = state.cur && rowOf(state.cur);
  if (old) old.classList.remove('sel');
  state.cur = d;
  var row = rowOf(d);
  if (row) {
    row.classList.add('sel');
    if (focus) { row.focus({ preventScroll: true }); row.scrollIntoView({ block: 'nearest' }); }
  }
  openJourney(d.j, d.t, rowIndexOf(d), d);
  markCell();
  setAddress(fpLink(d));
}

function move(step) {
  var list = state.shown;
  if (!list.length) return;
  var i = state.cur ? list.indexOf(state.cur) : -1;
  var next = i < 0 ? (step > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, i + step));
  if (next >= state.limit) { state.limit = next + 300; renderList(); }
  select(list[next], true);
}

document.addEventListener('keydown', function (e) {
  var t = /** @type {HTMLElement | null} */ (e.target);
  var typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
  if (e.key === 'Escape' && typing) { /** @type {HTMLElement} */ (t).blur(); return; }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); move(1); }
  else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
  else if (e.key === '/') { e.preventDefault(); ui.search.focus(); }
  else if (e.key === 's' || e.key === 'o' || e.key === 'l' || e.key === 'b') {
    if (state.view) setMode({ s: 'side', o: 'overlay', l: 'slider', b: 'blink' }[e.key]);
  }
});
