// @ts-check
// Page model, part 1 (page-script.ts joins the parts into the body of one function of opts): the
// page's elements, what is visible, roles, and the name a screen reader hears for each control.
  const INVIS = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
  const clean = (s) => (s || '').replace(INVIS, '').replace(/\s+/g, ' ').trim();
  const sx = window.scrollX, sy = window.scrollY;

  // Every element, including inside open shadow roots (web components), in document order.
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);

  const visible = (el) => {
    if (!el.isConnected) return false;
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  // How a value is written, not what it says (see FormControl.valueShape): only for text holding
  // a number, where the shape is a format (a date, a time, a phone number), not somebody's words.
  const valueShape = (v) => /\d/.test(v || '') ? clean(v).replace(/\d+/g, '9').replace(/\p{L}+/gu, 'A') : '';
  const rootOf = (el) => el.getRootNode();
  const byId = (el, id) => { const r = rootOf(el); return (r.getElementById ? r.getElementById(id) : null) || document.getElementById(id); };
  const textOf = (el) => clean(el ? (el.innerText !== undefined && el.isConnected ? el.innerText : el.textContent) : '');
  // Words of the elements an aria-labelledby (or -describedby) names. As a screen reader reads them:
  // an element named directly counts even when hidden, but the hidden parts inside a shown one
  // (a library's display:none "Clear" or "No data to display") are not read.
  const idrefsText = (el, attr) => clean((el.getAttribute(attr) || '').split(/\s+/).filter(Boolean).map((id) => {
    const t = byId(el, id);
    if (!t) return '';
    return clean(t.getClientRects().length && t.innerText !== undefined ? t.innerText : t.textContent);
  }).join(' '));

  const implicitRole = (el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'input') {
      const t = (el.getAttribute('type') || 'text').toLowerCase();
      if (t === 'hidden') return null;
      // A file box is drawn and announced as its choose-file button.
      if (['button', 'submit', 'reset', 'image', 'file'].includes(t)) return 'button';
      if (t === 'checkbox') return 'checkbox';
      if (t === 'radio') return 'radio';
      if (t === 'number') return 'spinbutton';
      if (t === 'range') return 'slider';
      if (t === 'search') return 'searchbox';
      return el.hasAttribute('list') ? 'combobox' : 'textbox';
    }
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'progress') return 'progressbar';
    if (tag === 'meter') return 'meter';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'summary') return 'button';
    if (el.isContentEditable && el.getAttribute('contenteditable') !== null) return 'textbox';
    return null;
  };
  const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'spinbutton', 'slider', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'radiogroup',
    // Not operated, but a person reads them where they stand and a screen reader names them.
    'progressbar', 'meter']);
  const roleOf = (el) => (el.getAttribute('role') || '').split(/\s+/)[0] || implicitRole(el);

  const labelsOf = (el) => {
    const out = [];
    if (el.labels) for (const l of el.labels) out.push(l);
    else if (el.id) { const l = rootOf(el).querySelector && rootOf(el).querySelector('label[for="' + CSS.escape(el.id) + '"]'); if (l) out.push(l); }
    return out;
  };
  // Text of a label or legend without the controls inside it, and without what is not rendered
  // (display:none parts: a library's hidden "Clear" or "No data to display" is heard by no one).
  const labelText = (l) => {
    if (!l.getClientRects().length) {
      const c = l.cloneNode(true);
      for (const x of c.querySelectorAll('input,select,textarea,button')) x.remove();
      return clean(c.textContent);
    }
    let t = l.innerText || '';
    for (const x of l.querySelectorAll('input,select,textarea,button,[role=listbox]')) {
      const inner = x.innerText || '';
      if (inner && t.includes(inner)) t = t.replace(inner, ' ');
    }
    return clean(t);
  };
  const nameOf = (el, role) => {
    const lb = idrefsText(el, 'aria-labelledby');
    if (lb) return lb;
    const al = clean(el.getAttribute('aria-label'));
    if (al) return al;
    const tag = el.tagName.toLowerCase();
    if (['input', 'select', 'textarea'].includes(tag) || role === 'combobox' || role === 'textbox' || role === 'listbox') {
      const ls = labelsOf(el).map(labelText).filter(Boolean);
      if (ls.length) return ls.join(' ');
      if (tag === 'input' && ['button', 'submit', 'reset'].includes(el.type)) return clean(el.value) || (el.type === 'submit' ? 'Submit' : '');
      if (tag === 'input' && el.type === 'image') return clean(el.alt);
    }
    if (tag === 'fieldset') { const lg = el.querySelector('legend'); if (lg) return labelText(lg); }
    if (['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option', 'checkbox', 'radio', 'switch', 'heading'].includes(role) && !['input'].includes(tag)) {
      // Words, else what a logo or icon inside says of itself (alt, aria-label, <title>).
      const t = textOf(el) || clean([...el.querySelectorAll('img[alt],svg,[role=img]')].map((i) => i.getAttribute('alt') || i.getAttribute('aria-label') || (i.querySelector('title') ? i.querySelector('title').textContent : '')).join(' '));
      if (t) return t;
    }
    return clean(el.getAttribute('title')) || clean(el.getAttribute('placeholder'));
  };
