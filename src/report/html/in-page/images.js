// @ts-check
// Report viewer, part 5 of 7: the screenshots of one step, four ways. Side by side (with the
// evidence boxes drawn on each), overlay (compare's diff image over the target, or a CSS difference
// blend when there is none), a slider that uncovers the reference over the target, and blink.
// Images load lazily: only the chosen step's screenshots are ever in the page. Each opens at full
// size on a click (part 6), and the box they sit in scrolls to the changed region.
var MODES = [['side', 'Side by side', 's'], ['overlay', 'Diff overlay', 'o'], ['slider', 'Slider', 'l'], ['blink', 'Blink', 'b']];

function renderImages(ref, tgt, target, ds, cur) {
  stopBlink();
  var wrap = h('section', { class: 'images', id: 'images' });
  var hasRef = !!(ref && ref[2]), hasTgt = !!(tgt && tgt[2]);
  if (!hasRef && !hasTgt) { wrap.appendChild(h('p', { class: 'note' }, 'No screenshot of this step in either environment.')); ui.stage = null; return wrap; }
  var diff = null;
  (cur ? [cur].concat(ds) : ds).forEach(function (d) { if (!diff && d.ev && d.ev.diffImage) diff = d.ev.diffImage; });
  ui.img = { ref: ref, tgt: tgt, target: target, ds: cur ? [cur] : ds, diff: diff, both: hasRef && hasTgt };
  ui.modeBar = h('div', { class: 'modes', role: 'toolbar', 'aria-label': 'How to show the screenshots' });
  MODES.forEach(function (m) {
    var b = h('button', { type: 'button', 'data-mode': m[0], 'aria-pressed': 'false', title: 'Key: ' + m[2], disabled: !ui.img.both && m[0] !== 'side' }, m[1]);
    b.addEventListener('click', function () { setMode(m[0]); });
    ui.modeBar.appendChild(b);
  });
  ui.modeNote = h('span', { class: 'note' });
  ui.modeBar.appendChild(ui.modeNote);
  ui.stage = h('div', { id: 'stage' });
  wrap.appendChild(ui.modeBar);
  wrap.appendChild(ui.stage);
  drawMode();
  return wrap;
}

function setMode(m) { state.mode = m; drawMode(); scrollToChange(); }

function drawMode() {
  if (!ui.stage) return;
  stopBlink();
  var m = ui.img.both ? state.mode : 'side';
  var btns = ui.modeBar.querySelectorAll('button');
  for (var i = 0; i < btns.length; i++) btns[i].setAttribute('aria-pressed', String(btns[i].getAttribute('data-mode') === m));
  var stage = clear(ui.stage);
  stage.setAttribute('data-mode', m);
  var I = ui.img, refName = ENV_LABEL[REF_ENV] || REF, tgtName = ENV_LABEL[I.target] || I.target;
  ui.modeNote.textContent = '';
  if (m === 'side') {
    stage.appendChild(h('div', { class: 'shots' },
      figure(refName + ' (reference)', I.ref, boxes('referenceBox')), figure(tgtName, I.tgt, boxes('targetBox'))));
    ui.modeNote.textContent = ' Click a screenshot to open it at full size.';
  } else if (m === 'overlay') {
    var f = zoomable(frame(I.tgt, boxes('targetBox')), I.tgt, boxes('targetBox'), tgtName);
    var top = I.diff ? img(I.diff, 'Pixels that differ', 'top diff') : img(I.ref[2], 'Screenshot in ' + refName, 'top blend');
    top.style.opacity = String(state.opacity / 100);
    f.appendChild(top);
    var range = h('input', { type: 'range', min: 0, max: 100, value: state.opacity, id: 'opacity', 'aria-label': 'Overlay opacity' });
    range.addEventListener('input', function () { state.opacity = Number(range.value); top.style.opacity = String(state.opacity / 100); });
    ui.modeNote.textContent = I.diff ? ' Changed pixels (from compare) over ' + tgtName + '. Opacity:' : ' Difference blend: unchanged areas are black. Opacity:';
    ui.modeBar.appendChild(range);
    stage.appendChild(f);
  } else if (m === 'slider') {
    var fs = zoomable(frame(I.tgt, []), I.tgt, boxes('targetBox'), tgtName);
    var over = img(I.ref[2], 'Screenshot in ' + refName, 'top');
    var handle = h('div', { class: 'handle' });
    var set = function (v) { over.style.clipPath = 'inset(0 ' + (100 - v) + '% 0 0)'; handle.style.left = v + '%'; };
    fs.appendChild(over); fs.appendChild(handle);
    set(state.slider);
    var sl = h('input', { type: 'range', min: 0, max: 100, value: state.slider, id: 'slider', 'aria-label': 'Slider position' });
    sl.addEventListener('input', function () { state.slider = Number(sl.value); set(state.slider); });
    ui.modeNote.textContent = ' Left of the line: ' + refName + '; right: ' + tgtName + '.';
    stage.appendChild(sl);
    stage.appendChild(fs);
  } else {
    var fb = zoomable(frame(I.tgt, boxes('targetBox')), I.tgt, boxes('targetBox'), tgtName);
    var refImg = img(I.ref[2], 'Screenshot in ' + refName, 'top');
    fb.appendChild(refImg);
    var label = h('div', { class: 'note', id: 'blink-label' });
    var showing = 'reference';
    var flip = function () {
      showing = showing === 'reference' ? 'target' : 'reference';
      refImg.classList.toggle('hidden', showing === 'target');
      fb.setAttribute('data-showing', showing);
      label.textContent = 'Showing: ' + (showing === 'reference' ? refName : tgtName);
    };
    showing = 'target'; flip();
    var pause = h('button', { type: 'button', id: 'blink-pause' }, 'Pause');
    pause.addEventListener('click', function () {
      if (state.blink) { stopBlink(); pause.textContent = 'Play'; } else { state.blink = setInterval(flip, 700); pause.textContent = 'Pause'; }
    });
    state.blink = setInterval(flip, 700);
    stage.appendChild(h('div', { class: 'modes' }, pause, label));
    stage.appendChild(fb);
  }
}

function stopBlink() { if (state.blink) { clearInterval(state.blink); state.blink = null; } }

function boxes(which) {
  var out = [];
  ui.img.ds.forEach(function (d) {
    var ev = d.ev || {};
    if (ev[which]) out.push(ev[which]);
    (ev.regions || []).forEach(function (r) { out.push(r); });
  });
  return out;
}

function img(src, alt, cls) {
  return h('img', { src: src, alt: alt, class: cls || '', loading: 'lazy', decoding: 'async' });
}

function frame(step, bxs) {
  var f = h('div', { class: 'frame' });
  if (!step || !step[2]) { f.appendChild(h('div', { class: 'noshot' }, step ? 'No screenshot (' + step[1] + ')' : 'This step does not exist here')); return f; }
  var im = img(step[2], 'Screenshot: ' + step[0] + (step[5] ? ' — ' + step[5] : ''), 'base');
  if (step[3] && step[4]) { im.setAttribute('width', step[3]); im.setAttribute('height', step[4]); }
  f.appendChild(im);
  if (step[3] && step[4]) {
    bxs.forEach(function (b) {
      var d = h('div', { class: 'box', title: (b.elements || []).join(', ') });
      d.style.left = (100 * b.x / step[3]) + '%'; d.style.top = (100 * b.y / step[4]) + '%';
      d.style.width = (100 * b.width / step[3]) + '%'; d.style.height = (100 * b.height / step[4]) + '%';
      f.appendChild(d);
    });
  }
  return f;
}

function figure(caption, step, bxs) {
  return h('figure', null, h('figcaption', null, caption + (step && step[5] ? ' — ' + step[5] : '')), zoomable(frame(step, bxs), step, bxs, caption));
}

function start() {
  var root = /** @type {HTMLElement} */ (document.getElementById('app')); // index.html's body holds it
  renderHeader(root);
  var main = h('main');
  root.appendChild(main);
  renderSuite(main);
  renderTotals(main);
  renderMatrix(main);
  main.appendChild(h('h2', null, 'Divergences'));
  renderFilters(main);
  ui.listBody = h('tbody', { id: 'list' });
  ui.more = h('div', { class: 'more' });
  ui.detail = h('div', { class: 'detail', id: 'detail' }, h('p', { class: 'empty' }, 'Choose a divergence, or a cell of the matrix, to see the journey step by step.'));
  main.appendChild(h('div', { class: 'work' },
    h('div', { class: 'listwrap' }, h('table', { class: 'list' },
      h('thead', null, h('tr', null, h('th', null, 'Severity'), h('th', null, 'Where'), h('th', null, 'What is different'), h('th', null, 'Kind'))), ui.listBody), ui.more),
    ui.detail));
  root.appendChild(h('footer', null, 'Generated ' + when(D.generatedAt) + ' by Parity ' + D.tool.version + '. The same data is in report.json; CI results in junit.xml.'));
  applyFilters();
  openAddress(); // a link to one divergence or one cell (links.js)
  // Time from navigation start to a usable first screen: what the bench reports.
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-ready', '1');
}
