// @ts-check
// Page model, part 3: where a control stands (its box, its region) and the options of a list,
// a drop-down or a radio group, with the values behind them.
  const box = (el) => { const r = el.getBoundingClientRect(); return { x: Math.round(r.left + sx), y: Math.round(r.top + sy), width: Math.round(r.width), height: Math.round(r.height) }; };
  // Where the text a one-line box holds is drawn across it (document x), measured in its own font:
  // the rest of the box (a drop-down's arrow, a clear button, an icon) is the control's drawing,
  // not what was typed. Nothing when it holds nothing.
  /** @type {CanvasRenderingContext2D | null} */
  let measure = null;
  const valueSpan = (el) => {
    const v = /** @type {HTMLInputElement} */ (el).value;
    // A password's width would tell its length: its box stays data as a whole.
    if (!v || /** @type {HTMLInputElement} */ (el).type === 'password') return undefined;
    const cs = getComputedStyle(el);
    measure = measure || document.createElement('canvas').getContext('2d');
    if (!measure) return undefined;
    // From the longhands: the shorthand reads '' when font-variant-numeric or font-feature-settings
    // are set (as on NHS number boxes), and canvas would keep the last font it was given.
    measure.font = [cs.fontStyle, cs.fontWeight, cs.fontSize, cs.fontFamily].join(' ');
    measure.letterSpacing = cs.letterSpacing === 'normal' ? '0px' : cs.letterSpacing;
    measure.wordSpacing = cs.wordSpacing === 'normal' ? '0px' : cs.wordSpacing;
    const r = el.getBoundingClientRect();
    const left = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
    const right = r.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight);
    const w = Math.min(measure.measureText(v).width, Math.max(0, right - left));
    const end = cs.textAlign === 'right' || (cs.textAlign === 'end' && cs.direction !== 'rtl') || (cs.textAlign === 'start' && cs.direction === 'rtl');
    const x0 = end ? right - w : cs.textAlign === 'center' ? (left + right - w) / 2 : left;
    return { x: Math.round(x0 + sx), width: Math.round(w) };
  };
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

