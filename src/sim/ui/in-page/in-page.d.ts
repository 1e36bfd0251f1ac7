// For the type checker only (tsconfig.browser.json): what the simulator's pages may set on window.
// Never shipped.

interface Window {
  /** A trust's rules block, which tci-helper-v2.js expects and the simulator's pages never define. */
  MERIDIAN_CONFIG: { tciRules?: { earliest: string } };
}
