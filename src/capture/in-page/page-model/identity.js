// @ts-check
// Page model, part 8: folds nested controls, then reads what identifies the page (title, headings,
// messages, words, tables, menus, areas) and returns it with the controls. Ends the function body.
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
    for (let t = /** @type {Text | null} */ (w.nextNode()); t && out.length < 3000; t = /** @type {Text | null} */ (w.nextNode())) {
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
  // Whether a screen reader hears each table as one (rows, columns, headers announced) or as loose
  // words, as a table a library marks role=presentation is: the grid on screen is the same. And
  // what a person calls it: its caption or own name, else the question or section it stands in.
  const tableTitle = (t) => {
    const cap = t.querySelector(':scope > caption');
    const own = (cap && textOf(cap)) || nameOf(t, 'table');
    if (own) return own;
    const holder = t.parentElement && t.parentElement.closest('fieldset,[role=group],[role=radiogroup],[role=region],section[aria-label],section[aria-labelledby]');
    return holder ? nameOf(holder, roleOf(holder) || 'group') : '';
  };
  // How a heading's words are set ('24px 700'): a release that sets them larger says so in words.
  const fontOf = (el) => { const cs = getComputedStyle(el); return Math.round(parseFloat(cs.fontSize)) + 'px ' + cs.fontWeight; };
  const tables = tableEls.map((t) => ({ heard: !['presentation', 'none'].includes(roleOf(t)), title: tableTitle(t), box: box(t) }));
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
  // @ts-expect-error -- this part ends the page model's function body (page-script.ts wraps the parts in it)
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
      tables,
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
    // navigation, the footer, a named region, each heading, and the title of a set of fields (a
    // legend: 'Home address' over its address lines) unless a heading inside it names it already.
    areas: [
      ...visibleEls.filter((el) => el.matches('header,nav,footer,aside,[role=banner],[role=navigation],[role=contentinfo],[role=complementary],[role=region][aria-label],[role=region][aria-labelledby]') && !el.parentElement?.closest('header,nav,footer,aside,[role=banner],[role=contentinfo]'))
        .map((el) => {
          const r = el.getAttribute('role');
          const tag = el.tagName.toLowerCase();
          const what = r === 'banner' || tag === 'header' ? 'the header' : r === 'contentinfo' || tag === 'footer' ? 'the footer' : r === 'navigation' || tag === 'nav' ? 'the navigation' : r === 'complementary' || tag === 'aside' ? 'the side panel' : 'the panel';
          const nm = clean(el.getAttribute('aria-label')) || idrefsText(el, 'aria-labelledby');
          return { name: nm && what !== 'the header' && what !== 'the footer' ? what + " '" + nm + "'" : what, box: box(el) };
        }),
      ...headingEls.filter((el) => textOf(el)).map((el) => ({ name: "the heading '" + textOf(el) + "'", box: box(el), font: fontOf(el) })),
      ...visibleEls.filter((el) => el.tagName === 'LEGEND' && textOf(el) && !headingEls.some((h) => el.contains(h)))
        .map((el) => ({ name: "the title '" + textOf(el) + "'", box: box(el), font: fontOf(el) })),
      // A table by its title, else by its first column headers: 'the table with Manifestation, Date'.
      ...tableEls.map((t, i) => {
        const cols = tableHeaders[i].filter(Boolean);
        const name = tables[i].title ? "the table '" + tables[i].title + "'" : cols.length ? 'the table with ' + cols.slice(0, 2).map((c) => "'" + c + "'").join(', ') : '';
        return { name, box: box(t) };
      }).filter((a) => a.name),
    ].slice(0, 400),
    page: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
  };
