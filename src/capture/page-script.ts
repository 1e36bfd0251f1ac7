// Runs inside the page: reads what a person meets on screen, in one evaluate() call.
// Kept as plain JavaScript source (not a bundled function) so no build tool can inject helpers
// into it: whatever transpiles this file, the page receives exactly this text.
// Returns { controls, identity-parts, elements } in page coordinates (document, not viewport).
export const PAGE_MODEL_SCRIPT = String.raw`
(opts) => {
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
  const rootOf = (el) => el.getRootNode();
  const byId = (el, id) => { const r = rootOf(el); return (r.getElementById ? r.getElementById(id) : null) || document.getElementById(id); };
  const textOf = (el) => clean(el ? (el.innerText !== undefined && el.isConnected ? el.innerText : el.textContent) : '');
  const idrefsText = (el, attr) => clean((el.getAttribute(attr) || '').split(/\s+/).filter(Boolean).map((id) => { const t = byId(el, id); return t ? clean(t.textContent) : ''; }).join(' '));

  const implicitRole = (el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'input') {
      const t = (el.getAttribute('type') || 'text').toLowerCase();
      if (t === 'hidden') return null;
      if (['button', 'submit', 'reset', 'image'].includes(t)) return 'button';
      if (t === 'checkbox') return 'checkbox';
      if (t === 'radio') return 'radio';
      if (t === 'number') return 'spinbutton';
      if (t === 'range') return 'slider';
      if (t === 'search') return 'searchbox';
      return el.hasAttribute('list') ? 'combobox' : 'textbox';
    }
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'summary') return 'button';
    if (el.isContentEditable && el.getAttribute('contenteditable') !== null) return 'textbox';
    return null;
  };
  const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'spinbutton', 'slider', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'radiogroup']);
  const roleOf = (el) => (el.getAttribute('role') || '').split(/\s+/)[0] || implicitRole(el);

  const labelsOf = (el) => {
    const out = [];
    if (el.labels) for (const l of el.labels) out.push(l);
    else if (el.id) { const l = rootOf(el).querySelector && rootOf(el).querySelector('label[for="' + CSS.escape(el.id) + '"]'); if (l) out.push(l); }
    return out;
  };
  // Text of a label without the value of a control nested in it.
  const labelText = (l) => {
    const c = l.cloneNode(true);
    for (const x of c.querySelectorAll('input,select,textarea,button')) x.remove();
    return clean(c.textContent);
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
    if (tag === 'fieldset') { const lg = el.querySelector('legend'); if (lg) return clean(lg.textContent); }
    if (['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option', 'checkbox', 'radio', 'switch', 'heading'].includes(role) && !['input'].includes(tag)) {
      const t = textOf(el) || clean([...el.querySelectorAll('img[alt]')].map((i) => i.alt).join(' '));
      if (t) return t;
    }
    return clean(el.getAttribute('title')) || clean(el.getAttribute('placeholder'));
  };
  const box = (el) => { const r = el.getBoundingClientRect(); return { x: Math.round(r.left + sx), y: Math.round(r.top + sy), width: Math.round(r.width), height: Math.round(r.height) }; };
  const regionOf = (el) => {
    let n = el;
    while (n) {
      if (n.nodeType === 1) {
        const tag = n.tagName.toLowerCase();
        const role = n.getAttribute('role');
        if (tag === 'fieldset') { const lg = n.querySelector('legend'); if (lg) return clean(lg.textContent); }
        if (tag === 'dialog' || role === 'dialog' || role === 'alertdialog') return nameOf(n, 'dialog') || 'dialog';
        if (['nav', 'aside', 'header', 'form', 'section'].includes(tag) || ['navigation', 'region', 'form', 'search', 'banner'].includes(role)) {
          const nm = clean(n.getAttribute('aria-label')) || idrefsText(n, 'aria-labelledby');
          if (nm) return nm;
        }
      }
      n = n.parentNode || (n.host ?? null);
    }
    return undefined;
  };
  const optionsOf = (el, role) => {
    if (el.tagName.toLowerCase() === 'select') return [...el.options].map((o) => clean(o.label || o.textContent));
    if (role === 'listbox') return [...el.querySelectorAll('[role=option]')].map((o) => nameOf(o, 'option'));
    // A custom ARIA radio group is a code list too: its radios are its options.
    if (role === 'radiogroup') return [...el.querySelectorAll('[role=radio],input[type=radio]')].map((o) => nameOf(o, 'radio'));
    if (role === 'combobox') {
      const ids = (el.getAttribute('aria-controls') || el.getAttribute('aria-owns') || '').split(/\s+/).filter(Boolean);
      const lists = ids.map((id) => byId(el, id)).filter(Boolean);
      if (el.list) return [...el.list.options].map((o) => clean(o.value || o.label));
      const opts = lists.flatMap((l) => [...l.querySelectorAll('[role=option]')].map((o) => nameOf(o, 'option')));
      return opts.length ? opts : undefined;
    }
    return undefined;
  };

  const controls = [];
  const radioGroups = new Map();
  let order = 0;
  for (const el of all) {
    const role = roleOf(el);
    if (!role || !CONTROL_ROLES.has(role)) continue;
    if (!visible(el) && !(role === 'radio' || role === 'checkbox')) continue;
    if (!visible(el) && !visible(el.parentElement || el)) continue;
    const tag = el.tagName.toLowerCase();
    const name = nameOf(el, role);
    const c = { role, name, tag, required: el.required === true || el.getAttribute('aria-required') === 'true',
      disabled: el.disabled === true || el.getAttribute('aria-disabled') === 'true',
      readonly: el.readOnly === true || el.getAttribute('aria-readonly') === 'true', box: box(el), order: order++ };
    const vt = ['button', 'link', 'menuitem', 'tab'].includes(role) ? (tag === 'input' ? clean(el.value) : textOf(el)) : '';
    if (vt && vt !== name) c.visibleText = vt;
    const ls = labelsOf(el).map(labelText).filter(Boolean);
    if (ls.length) c.label = ls.join(' ');
    if (el.getAttribute('name')) c.nameAttr = el.getAttribute('name');
    if (el.id) c.id = el.id;
    if (tag === 'input') c.type = (el.getAttribute('type') || 'text').toLowerCase();
    const op = optionsOf(el, role);
    if (op) c.options = op;
    if (tag === 'select') c.value = el.selectedIndex >= 0 ? clean(el.options[el.selectedIndex].label || el.options[el.selectedIndex].textContent) : '';
    else if (role === 'checkbox' || role === 'radio' || role === 'switch') c.checked = el.checked === true || el.getAttribute('aria-checked') === 'true';
    else if (opts.values && (tag === 'input' || tag === 'textarea')) c.value = el.value;
    const desc = idrefsText(el, 'aria-describedby');
    if (desc) c.description = desc;
    const em = idrefsText(el, 'aria-errormessage');
    if (em && el.getAttribute('aria-invalid') === 'true') c.error = em;
    const rg = regionOf(el);
    if (rg) c.region = rg;
    if (role === 'radio') c.el = el; // to place its group; removed before returning
    controls.push(c);
    // Radios with one name form a group whose option list is a code list in its own right.
    if (role === 'radio' && tag === 'input' && el.name) {
      const key = (el.form ? 'f' : '') + el.name;
      const g = radioGroups.get(key) || { el, names: [], required: false };
      g.names.push(name); g.required = g.required || el.required; radioGroups.set(key, g);
    }
  }
  for (const [key, g] of radioGroups) {
    if (controls.some((c) => c.role === 'radiogroup' && c.options && c.options.join('|') === g.names.join('|'))) continue;
    const fs = g.el.closest('fieldset');
    const name = fs ? nameOf(fs, 'group') : g.el.name;
    // The group stands where its first radio stands, so a group moved on the form is an order change.
    const at = controls.findIndex((c) => c.el === g.el);
    controls.splice(at < 0 ? controls.length : at, 0, { role: 'radiogroup', name, tag: 'fieldset', nameAttr: g.el.name, required: g.required, disabled: false, readonly: false,
      options: g.names, box: box(fs || g.el), order: 0, region: fs ? regionOf(fs.parentNode || fs) : undefined });
  }
  controls.forEach((c, i) => { c.order = i; delete c.el; });

  const visibleEls = all.filter((el) => visible(el));
  const texts = (sel) => visibleEls.filter((el) => el.matches(sel)).map((el) => textOf(el)).filter(Boolean);
  const headingEls = visibleEls.filter((el) => /^h[1-6]$/i.test(el.tagName) || el.getAttribute('role') === 'heading');
  const level = (el) => Number(el.getAttribute('aria-level')) || Number(el.tagName.slice(1)) || 2;
  const headings = headingEls.map((el) => level(el) + ' ' + textOf(el));
  const h1 = headingEls.find((el) => level(el) === 1) || headingEls[0];
  const inMenu = (el) => !!el.closest('nav,[role=navigation],[role=menubar],[role=menu]');
  const names = (pred) => controls.filter(pred).map((c) => c.name);
  const dialogEl = visibleEls.find((el) => el.matches('dialog[open],[role=dialog],[role=alertdialog]'));
  const tableEls = visibleEls.filter((el) => el.matches('table,[role=table],[role=grid]'));
  const tableHeaders = tableEls.map((t) =>
    [...t.querySelectorAll('th,[role=columnheader]')].filter((h) => !h.closest('tbody') || h.getAttribute('scope') === 'col').map((h) => textOf(h)));
  // Row headers name what each row counts (weekly bands, specialties, the total): configuration, not
  // patient data, when a page marks them as headers. Capped, so a long list cannot bloat a capture.
  const tableRows = tableEls.map((t) =>
    [...t.querySelectorAll('tbody th:not([scope=col]),[role=rowheader]')].slice(0, 200).map((h) => textOf(h)));
  const messageEls = visibleEls.filter((el) => el.matches('[role=alert],[role=status],[aria-live]:not([aria-live=off]),.error-message,.validation-message'));
  const msgs = [...new Set(messageEls.map((el) => textOf(el)).filter(Boolean))];
  const textBlocks = visibleEls.filter((el) => el.matches('p,legend,caption,figcaption,dt,.hint,[role=note]') && !el.closest('td,[role=cell],[role=alert],[role=status]'))
    .map((el) => textOf(el)).filter((t) => t && t.length <= 300);
  return {
    controls,
    identity: {
      path: location.pathname,
      title: clean(document.title),
      mainHeading: h1 ? textOf(h1) : '',
      headings,
      buttons: names((c) => c.role === 'button'),
      links: names((c) => c.role === 'link'),
      menuItems: [],
      tabs: names((c) => c.role === 'tab'),
      messages: msgs,
      tableHeaders,
      tableRows,
      texts: [...new Set(textBlocks)],
      dialog: dialogEl ? nameOf(dialogEl, 'dialog') || 'dialog' : undefined,
    },
    // links and menu entries are split here, where the DOM is at hand
    menu: all.filter((el) => { const r = roleOf(el); return (r === 'menuitem' || r === 'menuitemcheckbox' || r === 'menuitemradio' || (r === 'link' && inMenu(el))) && (visible(el) || el.closest('[role=menu],[role=menubar]')); })
      .map((el) => nameOf(el, roleOf(el))),
    menuLinks: all.filter((el) => roleOf(el) === 'link' && inMenu(el) && visible(el)).map((el) => nameOf(el, 'link')),
    headingBoxes: headingEls.map((el) => ({ role: 'heading', name: textOf(el), box: box(el) })),
    page: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
  };
}
`;
