// @ts-check
// Report viewer, part 6 of 7: screenshots at full size. A screenshot in the step view is drawn at a
// third of its width; a click (or Enter on it) opens it at its own size in a modal viewer, with the
// changed regions drawn on it and scrolled to the first of them. The step view's screenshots sit in
// a scrolling box that opens on the changed region too, so a change low on a long page is in sight
// without scrolling for it. Everything shown is set as text or attributes (see part 1).
/** Makes a frame open its screenshot at full size when clicked or activated from the keyboard. */
function zoomable(f, step, bxs, caption) {
  if (!step || !step[2]) return f;
  f.classList.add('zoomable');
  f.setAttribute('tabindex', '0');
  f.setAttribute('role', 'button');
  f.setAttribute('aria-label', 'Open at full size: ' + caption);
  f.setAttribute('title', 'Click to open at full size');
  var open = function () { openViewer(step, bxs, caption); };
  f.addEventListener('click', open);
  f.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
  return f;
}

function openViewer(step, bxs, caption) {
  var old = document.getElementById('viewer');
  if (old) /** @type {Node} */ (old.parentNode).removeChild(old);
  var w = step[3], hgt = step[4];
  var pic = h('div', { class: 'frame full' });
  var im = h('img', { src: step[2], alt: 'Screenshot at full size: ' + caption, class: 'base', loading: 'lazy', decoding: 'async' });
  if (w && hgt) { im.setAttribute('width', w); im.setAttribute('height', hgt); pic.style.width = w + 'px'; pic.style.height = hgt + 'px'; }
  pic.appendChild(im);
  bxs.forEach(function (b) {
    var d = h('div', { class: 'box', title: (b.elements || []).join(', ') });
    d.style.left = b.x + 'px'; d.style.top = b.y + 'px'; d.style.width = b.width + 'px'; d.style.height = b.height + 'px';
    pic.appendChild(d);
  });
  var scroller = h('div', { class: 'vscroll', id: 'viewer-scroll' }, pic);
  var close = h('button', { type: 'button', id: 'viewer-close' }, 'Close');
  var dlg = h('dialog', { id: 'viewer', class: 'viewer', 'aria-label': caption + ', full size' },
    h('div', { class: 'vbar' }, h('b', null, caption), h('span', { class: 'note' }, (w && hgt ? ' ' + w + ' × ' + hgt + ' px' : '') + (bxs.length ? ' · changed regions outlined' : '') + ' · Esc closes'), close),
    scroller);
  close.addEventListener('click', function () { dlg.close(); });
  dlg.addEventListener('close', function () { if (dlg.parentNode) dlg.parentNode.removeChild(dlg); });
  document.body.appendChild(dlg);
  dlg.showModal();
  var b0 = firstBox(bxs);
  if (b0) centreOn(scroller, b0.x + b0.width / 2, b0.y + b0.height / 2);
}

/**
 * The top-most changed region: where a reader's eye should land.
 * @returns {{ x: number, y: number, width: number, height: number } | null}
 */
function firstBox(bxs) {
  var best = null;
  bxs.forEach(function (b) { if (!best || b.y < best.y) best = b; });
  return best;
}

function centreOn(scroller, x, y) {
  scroller.scrollLeft = Math.max(0, x - scroller.clientWidth / 2);
  scroller.scrollTop = Math.max(0, y - scroller.clientHeight / 2);
}

/** Scrolls the step view's screenshots so the first changed region is in the middle of their box. */
function scrollToChange() {
  if (!ui.stage) return;
  var el = ui.stage.querySelector('.frame .box');
  if (!el) return;
  var top = 0, n = el;
  while (n && n !== ui.stage) { top += n.offsetTop; n = n.offsetParent; }
  if (n !== ui.stage) return;
  ui.stage.scrollTop = Math.max(0, top + el.offsetHeight / 2 - ui.stage.clientHeight / 2);
}
