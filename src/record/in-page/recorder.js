// @ts-check
// The recorder's in-page script (recorder-script.ts says what it does and why). Its names match the
// constants there: the binding __parityRecord, the mark attribute data-parity-rec-<n>, the overlay
// frame parity-recorder; the token placeholder (TOKEN below) is replaced by the session's token.
(() => {
  // The overlay's own frame is not the page: nothing in it is recorded; its binding is the top frame's to take.
  let own = false;
  try { own = !!window.frameElement && window.frameElement.hasAttribute('data-parity-overlay'); } catch (e) { own = false; }
  if (own) return;
  const TOKEN = __PARITY_TOKEN__;
  const TOP = window === window.top;
  const bound = window.__parityRecord;
  try { delete window.__parityRecord; } catch (e) { /* nothing to take */ }
  // What the page could replace later, taken now (the page's scripts run after this one).
  const stringify = JSON.stringify, assign = Object.assign, bare = () => Object.create(null);
  const attachShadow = Element.prototype.attachShadow, appendChild = Node.prototype.appendChild;
  const setShadowHtml = /** @type {(this: ShadowRoot, html: string) => void} */ (/** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'innerHTML')).set);
  const shadowQuery = DocumentFragment.prototype.querySelector;
  const windowOf = /** @type {(this: HTMLIFrameElement) => any} */ (/** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')).get);
  // The top frame speaks only through the overlay's frame (set in overlay()): its own binding
  // goes through Playwright's plumbing in the page's world (its JSON, its globals), where a page
  // script could read the token. A frame within the page has no overlay: it uses its own.
  let send = typeof bound === 'function' && !TOP ? bound : null;
  // One event, signed, as a JSON string built from objects with no prototype (no page toJSON sees it).
  const call = (ev) => send ? send(stringify(assign(bare(), ev, { token: TOKEN }))) : undefined;
  const clean = (s) => String(s || '').replace(/\s+/g, ' ').trim();
  const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password', 'date', 'datetime-local', 'month', 'week', 'time']);
  const isTextField = (el) => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && TEXT_TYPES.has(el.type));
  const isToggle = (el) => el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
  const CLICKABLE = 'a[href],button,input[type=submit],input[type=button],input[type=reset],input[type=image],summary,[role=button],[role=link],[role=menuitem],[role=menuitemcheckbox],[role=menuitemradio],[role=tab],[role=option],[role=checkbox],[role=radio],[role=switch],[role=treeitem],[onclick]';
  let seq = 0, replaying = false, checking = false, host = null, ui = null;
  const inOverlay = (e) => !!host && e.composedPath().includes(host);
  const targetOf = (e) => { const t = e.composedPath()[0]; return t instanceof Element ? t : null; };

  function labelText(el) {
    const l = el.labels && el.labels[0];
    if (l) return clean(l.innerText || l.textContent);
    const by = el.getAttribute('aria-labelledby');
    if (by) return clean(by.split(/\s+/).map((id) => { const n = document.getElementById(id); return n ? n.textContent : ''; }).join(' '));
    return clean(el.getAttribute('aria-label') || el.getAttribute('title') || '');
  }
  function cssPath(el) {
    const parts = [];
    for (let n = el; n && n.nodeType === 1 && n !== document.documentElement; n = n.parentElement) {
      if (n.id && document.querySelectorAll('#' + CSS.escape(n.id)).length === 1) { parts.unshift('#' + CSS.escape(n.id)); break; }
      const tag = n.tagName.toLowerCase();
      const same = n.parentElement ? [...n.parentElement.children].filter((c) => c.tagName === n.tagName) : [];
      parts.unshift(same.length > 1 ? tag + ':nth-of-type(' + (same.indexOf(n) + 1) + ')' : tag);
    }
    return parts.join(' > ');
  }
  // What Node falls back on when the element has gone before it could be looked at.
  function hints(el) {
    const text = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? '' : clean(el.innerText || el.textContent);
    return assign(bare(), { tag: el.tagName.toLowerCase(), type: el instanceof HTMLInputElement ? el.type : undefined, label: labelText(el), placeholder: clean(el.getAttribute('placeholder')) || undefined, text: text.length <= 80 ? text : '', css: cssPath(el) });
  }
  function mainHeading() {
    for (const sel of ['h1', 'h2, h3, [role=heading]']) {
      for (const h of document.querySelectorAll(sel)) { const t = clean(/** @type {HTMLElement} */ (h).innerText); if (t) return t; }
    }
    return '';
  }
  const heading = () => mainHeading() || clean(document.title);
  // One event to Node, its element marked until Node has answered; resolves with the session's state.
  function report(ev, el) {
    const n = String(++seq);
    if (el) el.setAttribute('data-parity-rec-' + n, '');
    let done;
    try { done = Promise.resolve(call(assign(bare(), ev, { mark: el ? n : undefined, hints: el ? hints(el) : undefined }))); } catch (e) { done = Promise.resolve(undefined); }
    return done.catch(() => undefined).then((state) => {
      if (el) el.removeAttribute('data-parity-rec-' + n);
      if (state) show(state);
      return state;
    });
  }

  // A held click or key goes on after Node has looked, or after 3 s whatever Node is doing: the page never hangs on the recorder.
  const held = (p) => Promise.race([p, new Promise((r) => setTimeout(r, 3000))]);

  // Typing: one fill per field, with the value it has when the person leaves it (or presses Enter, or clicks on).
  const typed = new Set();
  // A field is secret for good once it has been a password field (or asked for one, or a code).
  const secretFields = new WeakSet();
  const SECRET_AUTOCOMPLETE = /(^|\s)(current-password|new-password|one-time-code)(\s|$)/i;
  const noteSecret = (el) => {
    if (el instanceof HTMLInputElement && (el.type === 'password' || SECRET_AUTOCOMPLETE.test(el.getAttribute('autocomplete') || ''))) secretFields.add(el);
  };
  function flush(el) {
    if (!typed.has(el)) return;
    typed.delete(el);
    noteSecret(el);
    report(secretFields.has(el) ? { kind: 'fill', secret: true } : { kind: 'fill', value: el.value }, el);
  }
  const flushAll = () => { for (const el of [...typed]) flush(el); };
  addEventListener('focusin', (e) => { const t = targetOf(e); if (t && !inOverlay(e)) noteSecret(t); }, true);
  addEventListener('input', (e) => { const t = targetOf(e); if (t && !inOverlay(e) && isTextField(t)) { noteSecret(t); typed.add(t); } }, true);
  addEventListener('focusout', (e) => { const t = targetOf(e); if (t && !inOverlay(e) && isTextField(t)) flush(t); }, true);
  addEventListener('change', (e) => {
    const t = targetOf(e);
    if (!t || inOverlay(e)) return;
    if (isTextField(t)) { typed.add(t); flush(t); return; }
    flushAll();
    if (t instanceof HTMLSelectElement && !t.multiple) {
      const o = t.selectedOptions[0];
      report({ kind: 'select', option: clean(o ? o.label || o.textContent : '') }, t);
    } else if (isToggle(t)) { const box = /** @type {HTMLInputElement} */ (t); report({ kind: box.type === 'radio' || box.checked ? 'check' : 'uncheck' }, t); }
  }, true);

  // The element a click means: the control around what was hit; nothing for fields and tick boxes
  // (typing, choosing and ticking are the actions) or for a click on plain text.
  function clickTarget(t) {
    if (isTextField(t) || isToggle(t) || t instanceof HTMLSelectElement || t instanceof HTMLOptionElement) return null;
    const c = t.closest(CLICKABLE);
    if (c) return isToggle(c) || c instanceof HTMLSelectElement ? null : c;
    const label = t.closest('label');
    if (label && label.control) return null;
    for (let n = t; n && n !== document.body; n = n.parentElement) if (getComputedStyle(n).cursor === 'pointer') return n;
    return null;
  }
  function stopIfChecking(e) {
    if (checking && !inOverlay(e)) { e.preventDefault(); e.stopImmediatePropagation(); }
  }
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) addEventListener(type, stopIfChecking, true);
  addEventListener('click', (e) => {
    if (replaying || inOverlay(e)) return;
    const t = targetOf(e);
    if (!t) return;
    if (checking) {
      // "Check this": the click names what to check, and does nothing else on the page.
      e.preventDefault(); e.stopImmediatePropagation();
      setChecking(false);
      flushAll();
      report({ kind: 'expect' }, t);
      return;
    }
    const el = clickTarget(t);
    if (!el) return;
    e.preventDefault(); e.stopImmediatePropagation();
    flushAll();
    const init = { bubbles: true, cancelable: true, composed: true, view: window, detail: e.detail, button: e.button, buttons: e.buttons,
      clientX: e.clientX, clientY: e.clientY, screenX: e.screenX, screenY: e.screenY, ctrlKey: e.ctrlKey, shiftKey: e.shiftKey, altKey: e.altKey, metaKey: e.metaKey };
    held(report({ kind: 'click' }, el)).then(() => {
      if (!t.isConnected) return;
      replaying = true;
      try { t.dispatchEvent(new MouseEvent('click', init)); } finally { replaying = false; }
    });
  }, true);
  addEventListener('keydown', (e) => {
    if (replaying || inOverlay(e) || e.key !== 'Enter' || e.isComposing) return;
    const t = targetOf(e);
    if (!(t instanceof HTMLInputElement) || !isTextField(t)) return;
    e.preventDefault(); e.stopImmediatePropagation();
    flush(t);
    held(report({ kind: 'press', key: 'Enter' }, t)).then(() => {
      if (!t.isConnected) return;
      replaying = true;
      try {
        const go = t.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true }));
        const form = t.form;
        if (go && form) {
          // Implicit submission, as Enter would have done: the form's default button, else the form.
          const button = /** @type {HTMLInputElement[]} */ ([...form.elements]).find((b) => (b.type === 'submit' || b.type === 'image') && b.form === form);
          if (button) { if (!button.disabled) button.click(); } else form.requestSubmit();
        }
      } finally { replaying = false; }
    });
  }, true);
  addEventListener('pagehide', flushAll, true);

  // ---- The overlay (top frame only) -------------------------------------------------------------
  // A small document of its own (an iframe) inside a shadow root: page CSS reaches neither, its
  // clicks never reach the page's listeners (or ours), and the runner's locators, which look in
  // frames only when the page itself has no match, never mistake its words for the page's.
  function setChecking(on) {
    checking = on;
    if (!ui) return;
    ui.check.setAttribute('aria-pressed', on ? 'true' : 'false');
    ui.hint.textContent = on ? 'Click what should be on this screen.' : '';
    if (!on) ui.outline.style.display = 'none';
    fit();
  }
  function show(state) {
    if (!ui) return;
    if (state.step !== undefined) ui.step.textContent = state.step;
    if (state.last !== undefined) ui.last.textContent = state.last;
    fit();
  }
  function fit() {
    if (ui) ui.frame.style.height = Math.min(400, ui.doc.documentElement.scrollHeight) + 'px';
  }
  const CSS_TEXT = 'html,body{margin:0;font:13px/1.35 system-ui,sans-serif;color:#1b1b1b;background:#fff}' +
    '.box{border:2px solid #b3261e;border-radius:6px;padding:8px}' +
    '.rec{font-weight:600;margin-bottom:4px}.rec:before{content:"\u25cf ";color:#b3261e}.last,.hint{color:#555;font-size:12px;margin:2px 0}' +
    'button{font:inherit;margin:4px 4px 0 0;padding:3px 8px;cursor:pointer}button[aria-pressed=true]{background:#b3261e;color:#fff}' +
    'form{margin-top:6px}input{font:inherit;width:95%}';
  const HTML = '<div class="box" role="region" aria-label="Parity recorder">' +
    '<div class="rec">Recording: <span class="step"></span></div><div class="last"></div>' +
    '<button type="button" data-a="step">New step here</button><button type="button" data-a="check" aria-pressed="false">Check this</button>' +
    '<button type="button" data-a="finish">Finish recording</button><button type="button" data-a="move" title="Move this box to the other corner">Move</button>' +
    '<form hidden><label>Step name <input name="step" autocomplete="off"></label><br><button type="submit">Add step</button><button type="button" data-a="cancel">Cancel</button></form>' +
    '<div class="hint" role="status"></div></div>';
  function overlay() {
    if (!TOP || host || !document.documentElement) return;
    host = document.createElement('parity-recorder');
    // Closed: no page script reaches the overlay, its buttons or its frame's binding.
    const root = attachShadow.call(host, { mode: 'closed' });
    setShadowHtml.call(root, '<style>:host{all:initial}' +
      'iframe{position:fixed;right:12px;bottom:12px;width:310px;height:120px;border:0;z-index:2147483647;box-shadow:0 2px 10px rgba(0,0,0,.25);border-radius:6px;background:#fff}' +
      '.outline{position:fixed;pointer-events:none;border:2px dashed #b3261e;display:none;z-index:2147483646}</style>' +
      '<div class="outline"></div><iframe name="parity-recorder" title="Parity recorder" data-parity-overlay></iframe>');
    // After <body>, so it is the last thing on the page in document order.
    appendChild.call(document.documentElement, host);
    const frame = shadowQuery.call(root, 'iframe');
    const win = windowOf.call(frame);
    // The overlay frame's binding, taken before any page script can run: from now on the top
    // frame speaks through it, and what the person does on the overlay is known to come from it.
    const theirs = win.__parityRecord;
    try { delete win.__parityRecord; } catch (e) { /* taken */ }
    if (typeof theirs === 'function') send = theirs;
    const doc = win.document;
    doc.head.innerHTML = '<style>' + CSS_TEXT + '</style>';
    doc.body.innerHTML = HTML;
    const q = (s) => doc.querySelector(s);
    ui = { frame, doc, step: q('.step'), last: q('.last'), hint: q('.hint'), check: q('[data-a=check]'), form: q('form'), input: q('input'), outline: shadowQuery.call(root, '.outline') };
    doc.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      const a = e.target instanceof doc.defaultView.Element && e.target.closest('[data-a]');
      const what = a && a.getAttribute('data-a');
      if (what === 'step') { setChecking(false); ui.form.hidden = false; ui.input.value = heading(); ui.input.focus(); ui.input.select(); fit(); }
      if (what === 'cancel') { ui.form.hidden = true; fit(); }
      if (what === 'check') { setChecking(!checking); report({ kind: 'checking', on: checking }); }
      // When the box covers what is to be clicked: the other corner, top or bottom.
      if (what === 'move') { const up = ui.frame.style.top === '12px'; ui.frame.style.top = up ? '' : '12px'; ui.frame.style.bottom = up ? '12px' : 'auto'; }
      if (what === 'finish') { setChecking(false); flushAll(); ui.hint.textContent = 'Writing the journey...'; report({ kind: 'finish' }); }
    });
    ui.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!e.isTrusted) return;
      const name = clean(ui.input.value);
      ui.form.hidden = true;
      fit();
      if (name) { flushAll(); report({ kind: 'step', name }); }
    });
    ui.input.addEventListener('keydown', (e) => { if (e.key === 'Escape') { ui.form.hidden = true; fit(); } });
    addEventListener('mouseover', (e) => {
      if (!checking || inOverlay(e)) return;
      const t = targetOf(e);
      if (!t) return;
      const r = t.getBoundingClientRect();
      Object.assign(ui.outline.style, { display: 'block', left: r.left - 2 + 'px', top: r.top - 2 + 'px', width: r.width + 'px', height: r.height + 'px' });
    }, true);
    fit();
    // The screen's heading as soon as it is drawn: the window may be closed before Node reads it.
    report({ kind: 'hello', url: location.href, heading: mainHeading() || undefined, title: document.title });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', overlay);
  else overlay();
})();
