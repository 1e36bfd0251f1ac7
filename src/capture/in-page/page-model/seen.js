// @ts-check
// Page model, part 2: what a sighted person reads as a control's name, apart from what a screen
// reader hears; the site's own header and footer; required marks. Uses part 1's helpers.
  // What a sighted person reads, as opposed to what a screen reader hears: text that is laid out
  // but clipped to a pixel (the "visually hidden" pattern) is heard, not seen.
  const tiny = (el) => { const r = el.getBoundingClientRect(); return r.width <= 1 || r.height <= 1; };
  const eyeText = (el, ownOnly) => {
    if (!el || !visible(el)) return '';
    let s = el.innerText || '';
    for (const d of el.querySelectorAll('*')) {
      // Controls inside it are read as themselves (a menu entry's open submenu is not its name).
      const nested = ownOnly && d.matches('a[href],button,[role=menuitem],[role=menu],[role=group],[role=tree],[role=link],[role=button],[role=tab]');
      const hidden = nested || d.matches('input,select,textarea,[role=listbox],[role=option]') || (tiny(d) && visible(d));
      if (!hidden) continue;
      const t = d.innerText || '';
      if (t && s.includes(t)) s = s.replace(t, ' ');
    }
    return clean(s);
  };
  // The words an entry of a closed menu shows once the menu opens. innerText reads an element that
  // is not laid out as its raw text (a badge 'get' run into 'Search patients'); read it as it will
  // be laid out instead: each text in its own case (text-transform), parts laid out apart (blocks,
  // flex items) apart, nested entries and visually hidden parts left out.
  const NESTED = 'a[href],button,[role=menuitem],[role=menu],[role=group],[role=tree],[role=link],[role=button],[role=tab]';
  const inCase = (t, how) => how === 'uppercase' ? t.toUpperCase() : how === 'lowercase' ? t.toLowerCase()
    : how === 'capitalize' ? t.replace(/(^|\s)(\p{L})/gu, (m, a, b) => a + b.toUpperCase()) : t;
  const clipped = (cs) => cs.position === 'absolute' && (parseFloat(cs.width) <= 1 || parseFloat(cs.height) <= 1 || /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(cs.clip));
  const shownText = (el) => {
    const parts = [];
    const read = (node) => {
      const flow = getComputedStyle(node).display;
      for (const k of node.childNodes) {
        if (k.nodeType === 3) { parts.push(inCase(k.data, getComputedStyle(node).textTransform)); continue; }
        if (k.nodeType !== 1 || k.matches(NESTED)) continue;
        const cs = getComputedStyle(k);
        if (cs.display === 'none' || clipped(cs)) continue;
        const apart = cs.display !== 'inline' || /flex|grid/.test(flow);
        if (apart) parts.push(' ');
        read(k);
        if (apart) parts.push(' ');
      }
    };
    read(el);
    return clean(parts.join(''));
  };
  const seenOf = (el, role) => {
    const tag = el.tagName.toLowerCase();
    const tick = ['checkbox', 'radio', 'switch'].includes(role) && tag !== 'input';
    // A switch or tick box that a question's words label is called by those words, not by the
    // "No Yes" drawn on it (also a native one inside a label that holds only those two words).
    if (['checkbox', 'radio', 'switch'].includes(role) && el.getAttribute('aria-labelledby')) {
      const named = clean((el.getAttribute('aria-labelledby') || '').split(/\s+/).map((id) => byId(el, id)).filter((t) => t && t !== el && !tiny(t)).map((t) => eyeText(t)).join(' '));
      if (named) return named;
    }
    if (['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab'].includes(role) || tick) {
      const t = tag === 'input' ? clean(el.value) : eyeText(el, true);
      if (t) return t;
      // A logo or icon is read by the eye as what it shows: its alt text or title stands for it.
      if (!['checkbox', 'radio', 'switch'].includes(role) && [...el.querySelectorAll('img,svg,[role=img]')].some(visible)) return nameOf(el, role);
    }
    const ls = labelsOf(el).filter(visible).map((l) => eyeText(l)).filter(Boolean);
    if (ls.length) return ls.join(' ');
    const refs = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean).map((id) => byId(el, id)).filter((t) => t && t !== el && !tiny(t));
    const lb = clean(refs.map((t) => eyeText(t)).join(' '));
    if (lb) return lb;
    if (tag === 'fieldset') { const lg = el.querySelector('legend'); if (lg) return eyeText(lg); }
    // A widget built over a hidden native control: the label a person sees belongs to that control.
    const twin = twinOf(el, role);
    const tl = twin ? labelsOf(twin).filter(visible).map((l) => eyeText(l)).filter(Boolean) : [];
    if (tl.length) return tl.join(' ');
    return clean(el.getAttribute('placeholder')) || looseLabel(el);
  };
  const ENTRY_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton']);
  // The site's own header, navigation and footer (on every page alike), as screen readers find a
  // banner: a header or footer inside an article, section, dialog or form is that part's own.
  const SECTIONING = 'article,aside,main,section,dialog,[role=dialog],form';
  const siteChrome = (el) => {
    const h = el.closest('header,footer,[role=banner],[role=contentinfo],nav,[role=navigation]');
    if (!h) return false;
    if (h.matches('nav,[role=navigation],[role=banner],[role=contentinfo]')) return !h.closest('dialog,[role=dialog]');
    return !(h.parentElement && h.parentElement.closest(SECTIONING));
  };
  /** Not there for the eye: not rendered, a pixel in size, or fully transparent. */
  const unseen = (x) => !visible(x) || tiny(x) || getComputedStyle(x).opacity === '0';
  /** The hidden native select or input a custom widget stands for, inside it or just before it. */
  const twinOf = (el, role) => {
    if (!ENTRY_ROLES.has(role) || labelsOf(el).length) return null;
    const near = [...el.querySelectorAll('select,input,textarea'), ...(el.parentElement ? [...el.parentElement.children].filter((x) => x.matches('select,input,textarea')) : [])];
    return near.find((x) => x !== el && unseen(x) && x.type !== 'hidden' && x.labels && x.labels.length) || null;
  };
  /** A label element tied to nothing, just before the control in its own container: the words a
   *  person reads as its name although the markup never says so. */
  const looseLabel = (el) => {
    let p = el.parentElement;
    for (let depth = 0; p && depth < 3; p = p.parentElement, depth++) {
      const ls = [...p.querySelectorAll('label')].filter((l) => !l.control && visible(l) && (l.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
      if (ls.length) return eyeText(ls[ls.length - 1]);
    }
    return '';
  };
  /** An asterisk a style sheet puts after (or before) a label. */
  const cssMark = (l) => ['::after', '::before'].some((pe) => /\*/.test(getComputedStyle(l, pe).content || ''));
  // A required marker a person sees next to the words: an asterisk or "(required)".
  const MARK = /(^|\s)(\*|\(required\))\s*$/i;
