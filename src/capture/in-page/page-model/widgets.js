// @ts-check
// Page model, part 4: one control where a library nests several: the folding of wrappers, lists and
// their buttons (collapseNested, run once the controls are read).
  // Libraries nest role-bearing wrappers (a combobox div around a combobox input around a listbox):
  // a person operates one control there. A field inside another field is folded into the outer
  // one, which keeps what it lacks (name, words, options, required); a wrapper around tick boxes or
  // option buttons is not a field of its own (the buttons are). A listbox a combobox opens is the
  // combobox's list, not a second field.
  const ENTRY = ENTRY_ROLES;
  const collapseNested = (cs) => {
    const drop = new Set();
    // Controls by element, so each drop-down looks only at what is inside it (a page of thousands
    // of controls stays linear).
    const byEl = new Map(cs.filter((c) => c.el).map((c) => [c.el, c]));
    const insideOf = (el) => [...el.querySelectorAll('*')].map((d) => byEl.get(d)).filter(Boolean);
    for (const outer of cs) {
      if (!outer.el || !ENTRY.has(outer.role)) continue;
      for (const inner of insideOf(outer.el)) {
        if (inner === outer || drop.has(inner)) continue;
        if (ENTRY.has(inner.role)) {
          // The outer one shows no words of its own: the inner one's words are what is seen
          // (an inner control's seen is absent when it equals its name).
          if (outer.seen === '' && (inner.seen ?? inner.name)) outer.seen = inner.seen ?? inner.name;
          for (const k of ['name', 'label', 'nameAttr', 'id', 'placeholder', 'options', 'optionValues', 'value', 'description', 'testId', 'listBox']) {
            if ((outer[k] === undefined || outer[k] === '') && inner[k] !== undefined) outer[k] = inner[k];
          }
          outer.required = outer.required || inner.required;
          outer.requiredMark = outer.requiredMark || inner.requiredMark;
          drop.add(inner);
        } else if (['radio', 'checkbox', 'switch', 'radiogroup'].includes(inner.role)) {
          // The words the wrapper is called by are the question the option buttons answer: they
          // name the group inside it where that group has no name of its own.
          const group = insideOf(outer.el).find((g) => g.role === 'radiogroup' && !g.name);
          if (group) {
            for (const k of ['name', 'seen', 'label', 'description', 'error', 'testId']) if (outer[k] !== undefined && (group[k] === undefined || group[k] === '')) group[k] = outer[k];
            if (group.seen === group.name) delete group.seen;
            group.required = group.required || outer.required;
            group.requiredMark = group.requiredMark || outer.requiredMark;
          }
          drop.add(outer);
          break;
        } else if (inner.role === 'button') {
          // A drop-down's own arrow and clear buttons are parts of it, not buttons of the form
          // (nor is a file question's choose button); what a screen reader calls them is kept.
          if (inner.name) outer.parts = [...(outer.parts || []), inner.name];
          drop.add(inner);
        }
      }
    }
    // Buttons drawn inside a drop-down's box (its arrow, its clear cross) are parts of it too.
    const within = (a, b) => a.x >= b.x - 2 && a.y >= b.y - 2 && a.x + a.width <= b.x + b.width + 2 && a.y + a.height <= b.y + b.height + 2;
    // So are icon buttons (no words of their own) drawn beside its text in the box that holds the
    // two of them on one line: a chevron and a clear cross a person sees as the drop-down's.
    const oneLine = (w, c, b) => w.height <= 1.5 * Math.max(c.height, b.height) && within(c, w) && within(b, w);
    const iconOnly = (b) => !clean(b.el.innerText);
    for (const c of cs) {
      if (!['combobox', 'listbox'].includes(c.role) || drop.has(c)) continue;
      // ...and in the same widget in the page, so an open list drawn over a form's Save keeps Save.
      const widget = c.el && (c.el.parentElement?.parentElement || c.el.parentElement);
      if (!widget) continue;
      for (const b of insideOf(widget)) if (b.role === 'button' && !drop.has(b) && b.box.width > 0 && within(b.box, c.box)) drop.add(b);
      let w = c.el.parentElement;
      for (let depth = 0; w && depth < 4; w = w.parentElement, depth++) {
        const inside = insideOf(w).filter((x) => x !== c && !drop.has(x));
        if (!inside.length) continue;
        const wb = box(w);
        if (inside.some((x) => x.role !== 'button' || !iconOnly(x) || !oneLine(wb, c.box, x.box))) break;
        for (const x of inside) drop.add(x);
        break;
      }
    }
    for (const c of cs) {
      if (c.role !== 'combobox' || !c.el || drop.has(c)) continue;
      const ids = (c.el.getAttribute('aria-controls') || c.el.getAttribute('aria-owns') || '').split(/\s+/).filter(Boolean);
      for (const l of cs) {
        if (l.role === 'listbox' && l.el && l.id && ids.includes(l.id)) {
          if (!c.options && l.options) { c.options = l.options; if (l.optionValues) c.optionValues = l.optionValues; }
          if (!c.listBox && l.listBox) c.listBox = l.listBox;
          drop.add(l);
        }
      }
    }
    for (let i = cs.length - 1; i >= 0; i--) if (drop.has(cs[i])) cs.splice(i, 1);
  };
