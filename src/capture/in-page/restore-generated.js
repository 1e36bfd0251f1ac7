// @ts-check
// Gives the page back the text swap-generated.js replaced, last change first.
() => {
  const kept = window.__paritySwapped || [];
  for (const k of kept.reverse()) {
    if (k.node) k.node.nodeValue = k.old;
    else if (k.field) k.field.value = k.old;
    else if (k.title) document.title = k.old;
  }
  window.__paritySwapped = [];
}
