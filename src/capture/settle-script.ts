// Installed in every page before its own scripts run: counts what is still pending (short timers,
// fetch/XHR in flight) and when the DOM last changed, so we can wait until the page has settled:
// not just until the element exists, but until the page has stopped redrawing after a transition.
// Plain JavaScript in in-page/ (checked by tsconfig.browser.json), given to the page as written.
import { inPageScript } from '../util/in-page-script.js';

export const SETTLE_INIT_SCRIPT = inPageScript('capture/in-page/settle-init.js');

/** Resolves when nothing is pending and the DOM has been quiet for two animation frames (or after maxMs). */
export const SETTLE_WAIT_SCRIPT = inPageScript('capture/in-page/settle-wait.js');
