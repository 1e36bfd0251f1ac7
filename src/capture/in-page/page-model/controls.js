// @ts-check
// Page model, part 6: the walk over every element that reads each control a person meets, with
// what parts 1 to 5 say of it.
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
    if (tag === 'input' && c.type !== 'hidden') { const span = valueSpan(el); if (span) c.valueSpan = span; }
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
