// For the type checker only (tsconfig.browser.json): what the capture scripts find on a page that
// the DOM library does not declare. Never shipped.

interface Window {
  /** Pending timers and requests and the last DOM change (settle-init.js), read by settle-wait.js. */
  __paritySettle?: { timers: Set<unknown>; requests: number; lastMutation: number };
  /** What swap-generated.js replaced, for restore-generated.js to put back. */
  __paritySwapped?: { node?: Node; field?: HTMLInputElement | HTMLTextAreaElement; title?: boolean; old: string }[];
}

/**
 * The page model's argument (page-model.ts builds it). The parts in page-model/ are joined into the
 * body of one function taking it (page-script.ts), so they see it as a name in scope.
 */
declare const opts: { values?: boolean };
