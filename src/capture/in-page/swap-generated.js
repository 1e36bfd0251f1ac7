// @ts-check
// Replaces the values a run made up (generated-values.ts) with their placeholders in text nodes
// (open shadow roots too), field values and the title; remembers what was there for
// restore-generated.js. Returns how many places changed.
({ values }) => {
  const res = values.map((v) => ({ re: new RegExp(v.source, v.flags), to: v.to }));
  const swap = (t) => { let out = t; for (const r of res) { r.re.lastIndex = 0; out = out.replace(r.re, r.to); } return out; };
  const kept = (window.__paritySwapped = window.__paritySwapped || []);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    // A text node or an element, told apart by nodeType: any, as the walker gives no narrower type.
    for (let n = /** @type {any} */ (walker.nextNode()); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        if (n.parentElement && SKIP.has(n.parentElement.tagName)) continue;
        const next = swap(n.nodeValue || '');
        if (next !== n.nodeValue) { kept.push({ node: n, old: n.nodeValue }); n.nodeValue = next; }
      } else {
        if ((n.tagName === 'INPUT' || n.tagName === 'TEXTAREA') && n.value) {
          const next = swap(n.value);
          if (next !== n.value) { kept.push({ field: n, old: n.value }); n.value = next; }
        }
        if (n.shadowRoot) visit(n.shadowRoot);
      }
    }
  };
  if (document.body) visit(document.body);
  if (document.title && swap(document.title) !== document.title) { kept.push({ title: true, old: document.title }); document.title = swap(document.title); }
  return kept.length;
}
