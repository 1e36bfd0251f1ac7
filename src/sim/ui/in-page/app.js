// @ts-check
// The one client script every simulator page loads (/assets/app.js). Plain ES5-style JavaScript:
// no build step, no framework, nothing fetched from elsewhere. It runs the custom combobox, the
// booking dialog, the menubar's arrow keys, and the two faults that live in the page: a panel that
// renders late (--slow-element) and a primary button that appears late on some loads (--flaky).
(function () {
  'use strict';
  var body = document.body;
  var all = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };

  // --flaky: on this load the primary button is hidden by CSS until the delay has passed.
  var flaky = Number(body.getAttribute('data-flaky-ms') || 0);
  if (flaky) setTimeout(function () { body.classList.add('flaky-revealed'); }, flaky);

  // --slow-element: panels whose content arrives late.
  var slow = Number(body.getAttribute('data-slow-ms') || 0);
  all('[data-late-body]').forEach(function (el) {
    var tpl = el.parentNode.querySelector('template[data-late-content]');
    setTimeout(function () { el.innerHTML = ''; if (tpl) el.appendChild(tpl.content.cloneNode(true)); }, slow);
  });

  all('[data-combo]').forEach(initCombo);
  all('[data-open-dialog]').forEach(initDialogOpener);
  all('[role=menubar]').forEach(initMenubar);
  all('[data-announce]').forEach(function (b) {
    b.addEventListener('click', function () {
      var t = b.parentNode.parentNode.querySelector('[data-announce-target]');
      if (t) t.textContent = b.getAttribute('data-announce');
    });
  });

  function initCombo(root) {
    var input = root.querySelector('[role=combobox]');
    var list = root.querySelector('[role=listbox]');
    var hidden = root.querySelector('input[type=hidden]');
    var toggle = root.querySelector('[data-combo-toggle]');
    var options = all('[role=option]', list);
    var active = -1;
    var shown = function () { return options.filter(function (o) { return !o.hidden; }); };
    var open = function () { list.hidden = false; input.setAttribute('aria-expanded', 'true'); };
    var close = function () { list.hidden = true; input.setAttribute('aria-expanded', 'false'); setActive(-1); };
    var filter = function (q) {
      q = (q || '').toLowerCase();
      options.forEach(function (o) { o.hidden = !!q && o.textContent.toLowerCase().indexOf(q) < 0; });
    };
    function setActive(i) {
      var vis = shown();
      options.forEach(function (o) { o.classList.remove('active'); });
      active = i;
      if (i >= 0 && vis[i]) { vis[i].classList.add('active'); input.setAttribute('aria-activedescendant', vis[i].id); vis[i].scrollIntoView({ block: 'nearest' }); }
      else input.removeAttribute('aria-activedescendant');
    }
    function choose(o) {
      var v = o.getAttribute('data-value');
      input.value = v; hidden.value = v;
      options.forEach(function (x) { x.setAttribute('aria-selected', x === o ? 'true' : 'false'); });
      close();
      var form = root.closest('form');
      if (form && form.getAttribute('data-reload-on-combo') === hidden.name) {
        // Choosing a clinic shows its slots: reload the screen for it, keeping the chosen type.
        var params = new URLSearchParams();
        params.set(hidden.name, v);
        var type = form.querySelector('select[name=type]');
        if (type && type.value) params.set('type', type.value);
        location.href = location.pathname + '?' + params.toString();
      }
    }
    input.addEventListener('click', function () { filter(''); open(); });
    input.addEventListener('input', function () { hidden.value = ''; filter(input.value); open(); setActive(shown().length ? 0 : -1); });
    input.addEventListener('keydown', function (e) {
      var vis = shown();
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) { filter(''); open(); } setActive(Math.min(active + 1, vis.length - 1)); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(Math.max(active - 1, 0)); }
      else if (e.key === 'Enter') { if (!list.hidden) { e.preventDefault(); if (vis[active]) choose(vis[active]); } }
      else if (e.key === 'Escape') { close(); }
    });
    toggle.addEventListener('click', function () { if (list.hidden) { filter(''); open(); input.focus(); } else close(); });
    options.forEach(function (o) {
      o.addEventListener('mousedown', function (e) { e.preventDefault(); });
      o.addEventListener('click', function () { choose(o); });
    });
    document.addEventListener('click', function (e) { if (!root.contains(e.target)) close(); });
  }

  function initDialogOpener(btn) {
    // The screen that has the button has the dialog it names.
    var dialog = /** @type {HTMLElement} */ (document.getElementById(btn.getAttribute('data-open-dialog')));
    var backdrop = /** @type {HTMLElement | null} */ (document.querySelector('[data-dialog-backdrop]'));
    var form = btn.closest('form');
    var opener = btn;
    function hide() { dialog.hidden = true; if (backdrop) backdrop.hidden = true; opener.focus(); }
    btn.addEventListener('click', function () {
      var old = document.getElementById('slot-client-error');
      if (old) /** @type {Node} */ (old.parentNode).removeChild(old);
      var slot = form.querySelector('input[name=slot]:checked');
      if (!slot) {
        var p = document.createElement('p');
        p.className = 'error-message'; p.id = 'slot-client-error'; p.setAttribute('role', 'alert');
        p.textContent = form.querySelector('input[name=slot]') ? 'Select a slot' : 'Select a clinic, then a slot';
        btn.parentNode.insertBefore(p, btn);
        return;
      }
      var label = document.querySelector('label[for="' + slot.id + '"]');
      var fill = function (k, v) { var el = dialog.querySelector('[data-fill=' + k + ']'); if (el) el.textContent = v; };
      fill('clinic', form.querySelector('input[name=clinic]').value);
      fill('slot', label ? label.textContent : slot.value);
      fill('type', form.querySelector('select[name=type]').value || 'Not chosen');
      dialog.hidden = false; if (backdrop) backdrop.hidden = false;
      /** @type {HTMLElement} */ (dialog.querySelector('button')).focus();
    });
    all('[data-close-dialog]', dialog).forEach(function (b) { b.addEventListener('click', hide); });
    dialog.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { e.preventDefault(); hide(); return; }
      if (e.key !== 'Tab') return;
      var f = all('button,[href],input,select', dialog);
      var first = f[0], last = f[f.length - 1];
      if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    });
  }

  function initMenubar(bar) {
    var items = all('[role=menuitem]', bar);
    if (!items.length) return;
    items[0].setAttribute('tabindex', '0');
    bar.addEventListener('keydown', function (e) {
      var i = items.indexOf(document.activeElement);
      if (i < 0) return;
      var next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      items[i].setAttribute('tabindex', '-1');
      var t = items[(next + items.length) % items.length];
      t.setAttribute('tabindex', '0'); t.focus();
    });
  }
})();
