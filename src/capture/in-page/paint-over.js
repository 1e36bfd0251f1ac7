// @ts-check
// Covers with an opaque box every place that shows patient data or a secret (redact.ts says which):
// matching text nodes, the smallest element holding a match split over several nodes, input values,
// and the region boxes given (document coordinates). Returns the number of boxes drawn;
// remove-overlays.js takes them away after the screenshot. Called as (this)(arg) by screenshot.ts.
({ patterns, secrets, boxes }) => {
  const res = patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '')));
  const hit = (t) => !!t && (secrets.some((s) => s && t.includes(s)) || res.some((r) => r.test(t)));
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const out = [];
  const add = (rc) => { if (rc.width > 0 || rc.height > 0) out.push({ x: rc.left + scrollX, y: rc.top + scrollY, width: rc.width, height: rc.height }); };
  const contentRects = (node) => { const r = document.createRange(); r.selectNodeContents(node); return [...r.getClientRects()]; };
  const roots = [document.body || document.documentElement];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if ((el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && hit(el.value)) add(el.getBoundingClientRect());
      if (el.shadowRoot) { roots.push(el.shadowRoot); collect(el.shadowRoot); }
    }
  };
  collect(document);
  // Every text node is looked at: an element's textContent runs its children's words together
  // ("NHS number" + "999 000 0026" reads "number999"), so a pattern with word boundaries would not
  // find the number inside it, and the screenshot would keep what the capture's text removed.
  const visit = (node) => {
    let covered = false;
    for (const n of node.childNodes) {
      if (n.nodeType === 3) { if (hit(n.nodeValue)) { contentRects(n).forEach(add); covered = true; } }
      else if (n.nodeType === 1 && !SKIP.has(n.tagName) && visit(n)) covered = true;
    }
    // The match spans several children and none holds it whole ("999 <b>000</b> 0026"): cover
    // this element's content.
    if (!covered && node.nodeType === 1 && node.childNodes.length > 1 && hit(node.textContent)) {
      const rs = contentRects(node); (rs.length ? rs : [node.getBoundingClientRect()]).forEach(add); covered = true;
    }
    return covered;
  };
  if (res.length || secrets.some(Boolean)) for (const root of roots) visit(root);
  for (const b of boxes) out.push(b);
  if (!out.length) return 0;
  // Modal dialogs and popovers are drawn in the top layer, above every z-index. Our boxes go in a
  // manual popover shown last, so they are drawn above those too; absolute in the top layer means
  // document coordinates, like the boxes.
  const layer = document.createElement('div');
  layer.setAttribute('data-parity-redaction', '');
  layer.style.cssText = 'position:absolute;inset:auto;left:0;top:0;width:0;height:0;margin:0;padding:0;border:0;overflow:visible;background:transparent;z-index:2147483647;pointer-events:none';
  // Each box reaches 2 px past what it covers, but never past the document's edges: a box wider than
  // the page (a full-width patient banner) would widen it, and the screenshot with it.
  const maxX = document.documentElement.scrollWidth, maxY = document.documentElement.scrollHeight;
  for (const b of out) {
    const left = Math.max(0, b.x - 2), top = Math.max(0, b.y - 2);
    const width = Math.min(maxX, b.x + b.width + 2) - left, height = Math.min(maxY, b.y + b.height + 2) - top;
    if (width <= 0 || height <= 0) continue;
    const d = document.createElement('div');
    d.style.cssText = 'position:absolute;background:#222;margin:0;padding:0;border:0;' +
      'left:' + left + 'px;top:' + top + 'px;width:' + width + 'px;height:' + height + 'px';
    layer.appendChild(d);
  }
  document.documentElement.appendChild(layer);
  if (typeof layer.showPopover === 'function') { layer.popover = 'manual'; layer.showPopover(); }
  return out.length;
}
