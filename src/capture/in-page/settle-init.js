// @ts-check
// Installed in every page before its own scripts run (addInitScript): counts what is still pending
// (short timers, fetch/XHR in flight, bodies being read) and when the DOM last changed, for
// settle-wait.js to read. A statement, not a function: the page runs it as it is.
(() => {
  if (window.__paritySettle) return;
  const s = { timers: new Set(), requests: 0, lastMutation: performance.now() };
  window.__paritySettle = s;
  const SHORT = 3000; // longer timers are idle time-outs and polls, not part of drawing the page
  const st = window.setTimeout, ct = window.clearTimeout;
  window.setTimeout = function (fn, ms, ...rest) {
    let id;
    const wrapped = typeof fn === 'function' ? function () { s.timers.delete(id); return fn.apply(this, arguments); } : fn;
    id = st.call(window, wrapped, ms, ...rest);
    if ((ms || 0) <= SHORT && typeof fn === 'function') s.timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) { s.timers.delete(id); return ct.call(window, id); };
  const f = window.fetch;
  if (f) window.fetch = function () { s.requests++; return f.apply(this, arguments).finally(() => { s.requests--; }); };
  // A fetch settles when the headers arrive; the page reads the body after that (r.json()) and only
  // then draws what it fetched. Reading a body is pending too, or a page that draws its form from a
  // fetched schema is captured empty whenever the machine is slow.
  if (window.Response) for (const m of ['json', 'text', 'arrayBuffer', 'blob', 'formData']) {
    const read = Response.prototype[m];
    if (typeof read !== 'function') continue;
    Response.prototype[m] = function () { s.requests++; const p = read.apply(this, arguments); p.then(() => { s.requests--; }, () => { s.requests--; }); return p; };
  }
  const open = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () { s.requests++; this.addEventListener('loadend', () => { s.requests--; }, { once: true }); return open.apply(this, arguments); };
  const OPTS = { subtree: true, childList: true, attributes: true, characterData: true };
  const mo = new MutationObserver(() => { s.lastMutation = performance.now(); });
  const watch = () => mo.observe(document, OPTS);
  if (document.documentElement) watch(); else document.addEventListener('DOMContentLoaded', watch, { once: true });
  // A document observer does not see inside shadow roots: web components drawing their own content
  // would look settled while they are still drawing. Observe every shadow root as it is attached.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function () {
    const root = attach.apply(this, arguments);
    mo.observe(root, OPTS);
    return root;
  };
})();
