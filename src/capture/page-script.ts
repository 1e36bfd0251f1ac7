// Runs inside the page: reads what a person meets on screen, in one evaluate() call.
// Kept as plain JavaScript source (not a bundled function) so no build tool can inject helpers
// into it: whatever transpiles this file, the page receives exactly this text.
// Returns { controls, identity-parts, elements } in page coordinates (document, not viewport).
import { SEEN_SCRIPT } from './page-script-seen.js';
import { WIDGET_SCRIPT } from './page-script-widgets.js';
import { RECORDS_SCRIPT } from './page-script-records.js';
import { RADIO_GROUPS_SCRIPT } from './page-script-radios.js';

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
      if (['button', 'submit', 'reset', 'image'].includes(t)) return 'button';
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
${SEEN_SCRIPT}
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
  // An option button is called by the words shown beside it (a rating's '0'…'10'); what a screen
  // reader hears for it is its own thing (the group's optionNames), as for any control.
  const radiosOf = (el) => [...el.querySelectorAll('[role=radio],input[type=radio]')];
  const radioWords = (o) => (visible(o) && seenOf(o, 'radio')) || optionWords(o, 'radio');
  // An option's words whether or not its list is open: a closed list is hidden (display:none or
  // visibility:hidden, where innerText reads nothing), and its codes are still the code list.
  const optionWords = (o, role) => nameOf(o, role) || clean(o.textContent);
  // The options of a widget's list, each once: the chosen entry shown in the closed box is marked as
  // an option too (same words, same value), and is not a second entry of the code list.
  const optionElsOf = (el) => {
    // Kept where it stands last: the box showing the choice comes before the list in the page. An
    // entry holding its own button (a chosen entry's remove cross) is a choice shown as a tag, not
    // an entry of the list to choose from.
    const seenKeys = new Set();
    return [...el.querySelectorAll('[role=option]')].reverse().filter((o) => {
      if (o.querySelector('button,[role=button]')) return false;
      const k = optionWords(o, 'option') + '\u0000' + (o.getAttribute('data-value') ?? o.getAttribute('value') ?? '');
      if (seenKeys.has(k)) return false;
      seenKeys.add(k);
      return true;
    }).reverse();
  };
  const optionsOf = (el, role) => {
    if (el.tagName.toLowerCase() === 'select') return [...el.options].map((o) => clean(o.label || o.textContent));
    if (role === 'listbox') return optionElsOf(el).map((o) => optionWords(o, 'option'));
    // A custom ARIA radio group is a code list too: its radios are its options, by their words on screen.
    if (role === 'radiogroup') return radiosOf(el).map(radioWords);
    if (role === 'combobox') {
      const ids = (el.getAttribute('aria-controls') || el.getAttribute('aria-owns') || '').split(/\s+/).filter(Boolean);
      // The list it controls, else the list drawn inside it (a wrapper holding its own list).
      const lists = ids.map((id) => byId(el, id)).filter(Boolean);
      if (!lists.length) lists.push(el);
      if (el.list) return [...el.list.options].map((o) => clean(o.value || o.label));
      const opts = lists.flatMap((l) => optionElsOf(l).map((o) => optionWords(o, 'option')));
      return opts.length ? opts : undefined;
    }
    return undefined;
  };

  // Where a drop-down's list is drawn while it is open (over what lies below it): the pixels that
  // change there are its options' doing. Undefined while it is closed.
  const openListBox = (el) => {
    const ids = (el.getAttribute('aria-controls') || el.getAttribute('aria-owns') || '').split(/\s+/).filter(Boolean);
    const lists = [...ids.map((id) => byId(el, id)).filter(Boolean), el];
    const shown = lists.flatMap(optionElsOf).filter(visible).map(box);
    if (!shown.length) return undefined;
    const x = Math.min(...shown.map((b) => b.x)), y = Math.min(...shown.map((b) => b.y));
    return { x, y, width: Math.max(...shown.map((b) => b.x + b.width)) - x, height: Math.max(...shown.map((b) => b.y + b.height)) - y };
  };

  // The values behind the words, where the page has them: what identifies an option across releases.
  const optionValuesOf = (el, role) => {
    if (el.tagName.toLowerCase() === 'select') return [...el.options].map((o) => o.value);
    const optionEls = role === 'listbox' || role === 'combobox' ? optionElsOf(el) : role === 'radiogroup' ? radiosOf(el) : [];
    const vs = optionEls.map((o) => o.getAttribute('data-value') ?? o.getAttribute('value') ?? '');
    return vs.some(Boolean) ? vs : undefined;
  };

  // The words of a native select's chosen option.
  const selectedOf = (sel) => (sel.selectedIndex >= 0 ? clean(sel.options[sel.selectedIndex].label || sel.options[sel.selectedIndex].textContent) : '');

${WIDGET_SCRIPT}
${RECORDS_SCRIPT}

  const controls = [];
  const radioGroups = new Map();
  let heading = '';
  let order = 0;
  for (const el of all) {
    if ((/^h[1-6]$/i.test(el.tagName) || el.getAttribute('role') === 'heading') && visible(el)) heading = textOf(el) || heading;
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
    const seen = visible(el) ? seenOf(el, role) : '';
    if (seen !== name) c.seen = seen;
    if (MARK.test(seen) || [...labelsOf(el)].some((l) => visible(l) && (MARK.test(eyeText(l)) || cssMark(l)))) c.requiredMark = true;
    const twin = twinOf(el, role);
    if (twin) {
      if (!el.getAttribute('name') && twin.getAttribute('name')) c.nameAttr = twin.getAttribute('name');
      if (!el.id && twin.id) c.id = twin.id;
      if (twin.required) c.required = true;
      if (labelsOf(twin).some((l) => visible(l) && (MARK.test(eyeText(l)) || cssMark(l)))) c.requiredMark = true;
    }
    const ph = clean(el.getAttribute('placeholder'));
    if (ph) c.placeholder = ph;
    const tid = el.getAttribute('data-testid');
    if (tid) c.testId = tid;
    if (heading) c.context = heading;
    c.el = el;
    const ls = labelsOf(el).map(labelText).filter(Boolean);
    if (ls.length) c.label = ls.join(' ');
    if (el.getAttribute('name')) c.nameAttr = el.getAttribute('name');
    if (el.id) c.id = el.id;
    if (tag === 'input') c.type = (el.getAttribute('type') || 'text').toLowerCase();
    const twinEl = twin;
    const op = optionsOf(el, role) || (twinEl && twinEl.tagName.toLowerCase() === 'select' ? optionsOf(twinEl, 'combobox') : undefined);
    if (op) c.options = op;
    if (op && tag !== 'select') { const lb = openListBox(el); if (lb) c.listBox = lb; }
    const ov = op ? optionValuesOf(el, role) || (twinEl ? optionValuesOf(twinEl, 'combobox') : undefined) : undefined;
    if (ov && ov.length === op.length) c.optionValues = ov;
    if (tag === 'select') c.value = selectedOf(el);
    else if ((role === 'combobox' || role === 'listbox') && !['input', 'textarea'].includes(tag) && !el.matches('[aria-multiselectable=true],:has([aria-multiselectable=true])')) {
      // A drop-down drawn over a hidden select shows what that select holds; one without, the
      // option it marks as chosen. That is its default, which a trained person relies on.
      if (twinEl && twinEl.tagName.toLowerCase() === 'select' && !twinEl.multiple) c.value = selectedOf(twinEl);
      else { const on = el.querySelector('[role=option][aria-selected=true]'); if (on) c.value = optionWords(on, 'option'); }
    }
    else if (role === 'checkbox' || role === 'radio' || role === 'switch') c.checked = el.checked === true || el.getAttribute('aria-checked') === 'true';
    else if (opts.values && (tag === 'input' || tag === 'textarea')) c.value = el.value;
    else if (tag === 'input' && /^(text|tel|search|)$/.test((el.getAttribute('type') || '').toLowerCase())) { const s = valueShape(el.value); if (s) c.valueShape = s; }
    // Where the words it is called by stand, when apart from it (a question's title above its
    // option buttons): a change of those words changes those pixels.
    const namer = [...(el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean).map((id) => byId(el, id)), ...labelsOf(el)].find((x) => x && x !== el && visible(x) && !x.contains(el));
    if (namer) c.labelBox = box(namer);
    const desc = idrefsText(el, 'aria-describedby');
    if (desc) c.description = desc;
    const describer = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean).map((id) => byId(el, id)).find((x) => x && visible(x));
    if (describer) c.descriptionBox = box(describer);
    const em = idrefsText(el, 'aria-errormessage');
    if (em && el.getAttribute('aria-invalid') === 'true') c.error = em;
    // On every page alike (site header, navigation, footer): a change there is one per journey.
    if (siteChrome(el)) c.chrome = true;
    const rg = regionOf(el);
    if (rg) c.region = rg;
    const rec = recordOf(el, role);
    if (rec) c.record = rec;
    if (role === 'radiogroup') {
      const rs = radiosOf(el);
      const on = rs.find((o) => o.checked === true || o.getAttribute('aria-checked') === 'true');
      c.value = on ? radioWords(on) : '';
      // Radios that share one form name are this group's: they are its options, not fields of their own.
      const formNames = new Set(rs.map((o) => o.getAttribute('name') || ''));
      if (!c.nameAttr && rs.length && formNames.size === 1 && !formNames.has('')) c.nameAttr = rs[0].getAttribute('name');
      const heard = rs.map((o) => nameOf(o, 'radio'));
      if (c.options && heard.join('\u0000') !== c.options.join('\u0000')) c.optionNames = heard;
    }
    controls.push(c);
    // Radios with one name form a group whose option list is a code list in its own right.
    if (role === 'radio' && tag === 'input' && el.name) {
      const key = (el.form ? 'f' : '') + el.name;
      const g = radioGroups.get(key) || { el, names: [], heard: [], values: [], required: false, on: '' };
      const words = c.seen || name;
      g.names.push(words); g.heard.push(name); g.values.push(el.value); g.required = g.required || el.required;
      if (el.checked) g.on = words;
      radioGroups.set(key, g);
    }
  }
${RADIO_GROUPS_SCRIPT}
  collapseNested(controls);
  controls.forEach((c, i) => { c.order = i; delete c.el; });

  const visibleEls = all.filter((el) => visible(el));
  // The elements that hold words themselves (a text node of their own), each read once: linear in
  // the page, where reading every container's innerText would read big pages many times over.
  // A line set in several inline pieces ('3.', 'Admitting ward', '*' each in a span of its own) is
  // read as one line too: the block that holds them.
  const blockOf = (el) => {
    let b = el;
    for (let d = 0; d < 4 && b.parentElement && getComputedStyle(b).display.startsWith('inline'); d++) b = b.parentElement;
    return b;
  };
  const lineWords = () => {
    const out = [];
    const holders = new Set();
    const w = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
    for (let t = w.nextNode(); t && out.length < 3000; t = w.nextNode()) {
      const el = t.parentElement;
      if (!el || holders.has(el) || !t.data.trim()) continue;
      holders.add(el);
      if (el.childElementCount > 8 || !visible(el)) continue;
      const line = textOf(el);
      if (line && line.length <= 300) out.push(line);
      const block = blockOf(el);
      if (block === el || holders.has(block)) continue;
      holders.add(block);
      const whole = block.childElementCount <= 8 ? textOf(block) : '';
      if (whole && whole !== line && whole.length <= 300) out.push(whole);
    }
    return out;
  };
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
  // Which question each message is shown for: the field or group of fields that points at it as its
  // description or error. Two fields saying 'Response required.' are two messages a person reads.
  const fieldMessages = messageEls.filter((el) => el.id && textOf(el)).flatMap((el) => {
    const sel = '[aria-describedby~="' + CSS.escape(el.id) + '"],[aria-errormessage~="' + CSS.escape(el.id) + '"]';
    const by = [...(rootOf(el).querySelectorAll ? rootOf(el).querySelectorAll(sel) : [])].find((x) => x !== el);
    if (!by) return [];
    const role = roleOf(by) || 'group';
    return [{ field: (visible(by) && seenOf(by, role)) || nameOf(by, role), text: textOf(el) }];
  }).filter((m) => m.field);
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
      fieldMessages,
      tableHeaders,
      tableRows,
      texts: [...new Set(textBlocks)],
      // Every line of words on the screen, whatever holds it: the same words in another element
      // (a paragraph that became an alert) are still the same words to a person.
      words: [...new Set(lineWords())].slice(0, 3000),
      dialog: dialogEl ? nameOf(dialogEl, 'dialog') || 'dialog' : undefined,
    },
    // links and menu entries are split here, where the DOM is at hand
    menu: all.filter((el) => { const r = roleOf(el); return (r === 'menuitem' || r === 'menuitemcheckbox' || r === 'menuitemradio' || (r === 'link' && inMenu(el))) && (visible(el) || el.closest('[role=menu],[role=menubar]')); })
      // By the words on screen where it is shown (a hidden aria-label is what a screen reader
      // hears; the badge and words a person reads are the entry), else by its name.
      // An entry of a closed menu, by the words it will show when the menu opens.
      .map((el) => eyeText(el, true) || (visible(el) ? '' : shownText(el)) || nameOf(el, roleOf(el))),
    menuLinks: all.filter((el) => roleOf(el) === 'link' && inMenu(el) && visible(el)).map((el) => nameOf(el, 'link')),
    headingBoxes: headingEls.map((el) => ({ role: 'heading', name: textOf(el), box: box(el) })),
    // Parts of the page a person names when something there looks different: the header, the
    // navigation, the footer, a named region, each heading.
    areas: [
      ...visibleEls.filter((el) => el.matches('header,nav,footer,aside,[role=banner],[role=navigation],[role=contentinfo],[role=complementary],[role=region][aria-label],[role=region][aria-labelledby]') && !el.parentElement?.closest('header,nav,footer,aside,[role=banner],[role=contentinfo]'))
        .map((el) => {
          const r = el.getAttribute('role');
          const tag = el.tagName.toLowerCase();
          const what = r === 'banner' || tag === 'header' ? 'the header' : r === 'contentinfo' || tag === 'footer' ? 'the footer' : r === 'navigation' || tag === 'nav' ? 'the navigation' : r === 'complementary' || tag === 'aside' ? 'the side panel' : 'the panel';
          const nm = clean(el.getAttribute('aria-label')) || idrefsText(el, 'aria-labelledby');
          return { name: nm && what !== 'the header' && what !== 'the footer' ? what + " '" + nm + "'" : what, box: box(el) };
        }),
      ...headingEls.filter((el) => textOf(el)).map((el) => ({ name: "the heading '" + textOf(el) + "'", box: box(el) })),
    ].slice(0, 400),
    page: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
  };
}
`;
