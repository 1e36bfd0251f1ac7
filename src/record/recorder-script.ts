// Installed in every page and frame of a `parity record` session before the page's own scripts:
// it reports what the person does (clicks, the final value typed into a field, the option chosen
// in a drop-down, a tick box ticked, Enter in a field) to Node through the binding
// `__parityRecord`, and draws the recorder's overlay. The locator is not chosen here: Node finds
// it with the runner's own locators, so each event marks its element (data-parity-rec-<n>) and a
// click or Enter is held until Node has looked at the element, then played on (a link followed
// before Node looked would leave nothing to look at).
//
// The page must not be able to speak for the person (inject steps, fills, "Finish"): the script
// runs first, takes the binding into its closure and deletes the global, and signs every event
// with the session's token (made per session in Node, known only to this closure). In the top
// frame events go through the binding of the overlay's own frame, which sits in a closed shadow
// root where no page script reaches it, nor its JSON, nor its Playwright plumbing.
//
// A password's value never leaves the page: the event says only that the field is a password,
// and a field once seen as one (type=password, or an autocomplete for a password or a one-time
// code) stays one when "show password" makes it type=text.
// The overlay is a frame of its own in a shadow root appended after <body> (see overlay() below).
// Plain JavaScript in in-page/recorder.js (checked by tsconfig.browser.json), given to the page as written.
import { inPageScript } from '../util/in-page-script.js';
export const RECORDER_BINDING = '__parityRecord';
export const MARK_ATTR = 'data-parity-rec-';
export const OVERLAY_FRAME = 'parity-recorder';

/** The script for one session: `token` signs its events (Node refuses any event without it). */
export function recorderScript(token: string): string {
  return RECORDER_SCRIPT.replace('__PARITY_TOKEN__', JSON.stringify(token));
}

const RECORDER_SCRIPT = inPageScript('record/in-page/recorder.js');

