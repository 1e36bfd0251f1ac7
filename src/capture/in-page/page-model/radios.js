// @ts-check
// Page model, part 7, run after the controls are read: radios as a person reads them. Radios sharing
// one form name are one group, whose options are a code list in its own right; a group element
// holding several names' radios is a grid of questions.
  // A group element holding the radios of several form names is a grid: each name is one row, a
  // question of its own, and the grid itself is not one more field.
  for (let i = controls.length - 1; i >= 0; i--) {
    const c = controls[i];
    if (c.role !== 'radiogroup' || c.nameAttr || !c.el) continue;
    const formNames = new Set(radiosOf(c.el).map((o) => o.getAttribute('name') || ''));
    if (formNames.size > 1 && !formNames.has('')) controls.splice(i, 1);
  }
  for (const [key, g] of radioGroups) {
    if (controls.some((c) => c.role === 'radiogroup' && ((c.nameAttr && c.nameAttr === g.el.name) || (c.options && c.options.join('|') === g.names.join('|'))))) continue;
    const fs = g.el.closest('fieldset');
    const name = fs ? nameOf(fs, 'group') : g.el.name;
    // The group stands where its first radio stands, so a group moved on the form is an order change.
    const at = controls.findIndex((c) => c.el === g.el);
    const group = { role: 'radiogroup', name, tag: 'fieldset', nameAttr: g.el.name, required: g.required, disabled: false, readonly: false,
      options: g.names, optionValues: g.values, value: g.on, box: box(fs || g.el), order: 0, region: fs ? regionOf(fs.parentNode || fs) : undefined };
    if (g.heard.join('\u0000') !== g.names.join('\u0000')) group.optionNames = g.heard;
    if (fs) {
      const seen = seenOf(fs, 'group');
      if (seen !== name) group.seen = seen;
      const lg = fs.querySelector('legend');
      if (lg && visible(lg) && MARK.test(eyeText(lg))) group.requiredMark = true;
    }
    const first = controls[at];
    if (first && first.context) group.context = first.context;
    controls.splice(at < 0 ? controls.length : at, 0, group);
  }
