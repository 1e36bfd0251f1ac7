// @ts-check
// Report viewer, part 7 of 7: links. The address says what is on screen: selecting a divergence
// puts its fingerprint there (#d=<fingerprint>), a matrix cell its journey and environment
// (#j=<id>&t=<env>).
// Fingerprints stay the same from run to run, so a link pasted into a ticket opens the same
// divergence in tonight's report too, or says plainly that this run no longer has it.
// The current divergence also shows its fingerprint and the `parity accept` command for it.
var FP_LINK = /^#d=([0-9a-f]{16})$/;
var CELL_LINK = /^#j=([^&]+)&t=(.+)$/;
/** The only in-page links the report makes: its own two address forms. */
function ownLink(p) {
  p = String(p);
  return FP_LINK.test(p) || CELL_LINK.test(p) ? p : '';
}
function fpLink(d) { return '#d=' + d.fp; }
function cellLink(journey, target) { return '#j=' + encodeURIComponent(journey) + '&t=' + encodeURIComponent(target); }

var lastHash = '';
/** Records the address without adding a history entry or firing our own hashchange handler. */
function setAddress(hash) {
  if (location.hash === hash) return;
  lastHash = hash;
  try { history.replaceState(null, '', hash); } catch (e) { location.replace(hash); }
}

/** Every filter back to "show all", so a linked divergence is in the list. */
function resetFilters() {
  SEV.forEach(function (s) { state.sev[s] = true; /** @type {HTMLInputElement} */ (document.getElementById('f-' + s)).checked = true; });
  state.kind = ''; state.env = ''; state.status = 'all'; state.q = ''; state.journey = '';
  ui.kindSel.value = ''; ui.envSel.value = ''; ui.statusSel.value = 'all'; ui.search.value = '';
}

function openAddress() {
  var hash = location.hash;
  if (!hash || hash === lastHash) return;
  lastHash = hash;
  var m = FP_LINK.exec(hash);
  if (m) {
    var d = null;
    for (var i = 0; i < D.ds.length && !d; i++) if (D.ds[i].fp === m[1]) d = D.ds[i];
    if (!d) { linkMissing('divergence ' + m[1] + ' is not in this run: it may have been fixed, or the link belongs to another suite.'); return; }
    if (!matches(d)) { resetFilters(); applyFilters(); }
    var at = state.shown.indexOf(d);
    if (at >= state.limit) { state.limit = at + 300; renderList(); }
    select(d, true);
    ui.detail.scrollIntoView({ block: 'start' });
    return;
  }
  var c = CELL_LINK.exec(hash);
  if (c) {
    var journey, target;
    try { journey = decodeURIComponent(c[1]); target = decodeURIComponent(c[2]); } catch (e) { linkMissing('an address this report cannot read.'); return; }
    if (!JOURNEYS[journey] || TARGETS.indexOf(target) < 0) { linkMissing('journey ' + journey + ' in ' + target + ' is not in this run.'); return; }
    resetFilters();
    openCell(journey, target);
  }
}

function linkMissing(what) {
  clear(ui.detail).appendChild(h('p', { class: 'problem', id: 'link-missing', role: 'alert' }, 'This link points to ' + what));
}

/** Under the current divergence's sentence: its fingerprint, a link to it, and how to accept it. */
function fingerprintLine(d) {
  var box = h('div', { class: 'fpline', id: 'fpline' },
    'Fingerprint ', h('code', { class: 'fp' }, d.fp), ' · ', h('a', { href: fpLink(d) }, 'link to this divergence'));
  if (d.s !== 'accepted') {
    box.appendChild(h('div', null, 'To accept it: ',
      h('code', { class: 'cmd' }, 'npx parity accept ' + d.fp + ' --reason "…" --by "…" --until YYYY-MM-DD')));
  }
  return box;
}

window.addEventListener('hashchange', openAddress);
