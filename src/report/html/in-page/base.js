// @ts-check
// Report viewer, part 1 of 7: helpers, the data, indexes and the state every view reads.
// Plain browser JavaScript, shipped as written (no bundler), joined with the other parts into
// report/app.js. Security rule for every part: captured text reaches the DOM only as text nodes or
// attribute values set with setAttribute on non-URL attributes; href/src come only from paths the
// reporter generated (checked by ownPath) or the report's own #links (ownLink), and nothing is
// ever assigned to innerHTML.
var SEV = ['critical', 'major', 'minor', 'cosmetic'];
var SEV_SHORT = { critical: 'crit', major: 'maj', minor: 'min', cosmetic: 'cos' };
// index.html always carries the data element, with the data as its text (page.ts).
var D = JSON.parse(/** @type {string} */ (/** @type {HTMLElement} */ (document.getElementById('parity-data')).textContent));

function h(tag, props) {
  var el = document.createElement(tag);
  if (props) {
    for (var k in props) {
      var v = props[k];
      if (v === undefined || v === null || v === false) continue;
      if (/^on/i.test(k)) throw new Error('event attributes are not allowed');
      if (k === 'text') el.textContent = String(v);
      else if (k === 'class') el.className = v;
      else if (k === 'href' || k === 'src') { var p = ownPath(v) || (k === 'href' && ownLink(v)); if (p) el.setAttribute(k, p); }
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
  return el;
}
function add(el, c) {
  if (c === undefined || c === null || c === false) return;
  if (Array.isArray(c)) { for (var i = 0; i < c.length; i++) add(el, c[i]); return; }
  el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
}
/** Only relative paths inside the report folder: never a scheme (javascript:, http:), never '..'. */
function ownPath(p) {
  p = String(p);
  return /^(shots|diffs|traces)\/[a-z0-9]+\.(png|jpg|zip)$/.test(p) ? p : '';
}
function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
function sevBadge(s) { return s ? h('span', { class: 'sev ' + s, title: s }, s) : h('span', { class: 'sev ok' }, 'same'); }
function statusBadge(s) { return h('span', { class: 'st ' + s }, s === 'new' ? 'NEW' : s === 'accepted' ? 'ACCEPTED' : 'EXPIRED'); }
function when(iso) { return iso ? iso.slice(0, 16).replace('T', ' ') + ' UTC' : '—'; }
function show(v) {
  if (v === undefined) return '';
  if (v === null) return '(none)';
  if (Array.isArray(v)) return v.join('\n');
  return String(v);
}

var JOURNEYS = {};
D.js.forEach(function (j, i) { j.pos = i; JOURNEYS[j.id] = j; });
var ENV_LABEL = {};
D.envs.forEach(function (e) { ENV_LABEL[e.n] = e.l || e.n; });
var TARGETS = D.envs.filter(function (e) { return e.role === 'target'; }).map(function (e) { return e.n; });
var REF = D.run.reference;
var REF_ENV = REF.replace(/^baseline:/, '');
var CELLS = {};
D.mx.forEach(function (c) { CELLS[c.j + '\u0000' + c.t] = c; });
var KINDS = [];
D.ds.forEach(function (d) {
  if (KINDS.indexOf(d.k) < 0) KINDS.push(d.k);
  var j = JOURNEYS[d.j];
  var ev = d.ev || {};
  // Searched text, lower-cased once: filtering thousands of rows then costs a substring test each.
  d.q = [d.m, d.fp, d.st, d.j, j ? j.t : '', d.k, d.t, d.sv, d.s, show(ev.before), show(ev.after), show(ev.added), show(ev.removed), ev.detail || ''].join('\n').toLowerCase();
});
KINDS.sort();

/** @type {{ sev: Record<string, boolean>, kind: string, env: string, status: string, q: string, journey: string,
 *   shown: any[], limit: number, cur: any, view: { journey: string, target: string, row: number } | null,
 *   mode: string, blink: number | null, slider: number, opacity: number }} */
var state = {
  sev: { critical: true, major: true, minor: true, cosmetic: true },
  kind: '', env: '', status: 'all', q: '', journey: '',
  shown: [], limit: 300,
  cur: null,            // selected divergence
  view: null,           // { journey, target, row } of the journey view
  mode: 'side', blink: null, slider: 50, opacity: 70
};
var ui = {};
