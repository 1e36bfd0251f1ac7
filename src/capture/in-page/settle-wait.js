// @ts-check
// Resolves when nothing is pending and the DOM has been quiet for two animation frames (or after
// maxMs): true if the page settled, false if the time ran out. Called as (this)(maxMs) by settle.ts.
(maxMs) => new Promise((resolve) => {
  const s = window.__paritySettle;
  const start = performance.now();
  const frame = () => /** @type {Promise<void>} */ (new Promise((r) => requestAnimationFrame(() => r())));
  const loop = async () => {
    for (;;) {
      if (performance.now() - start > maxMs) return resolve(false);
      if (document.readyState !== 'complete' || (s && (s.timers.size || s.requests))) { await new Promise((r) => setTimeout(r, 10)); continue; }
      const before = s ? s.lastMutation : 0;
      await frame(); await frame();
      if (!s || s.lastMutation === before) {
        if (document.fonts && document.fonts.status !== 'loaded') { await document.fonts.ready; continue; }
        return resolve(true);
      }
    }
  };
  loop();
})
