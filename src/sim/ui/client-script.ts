// The one client script every page loads (/assets/app.js), and the to-come-in date helper's two
// package levels. Plain ES5-style JavaScript in in-page/ (checked by tsconfig.browser.json), served
// as written: no build step, no framework, nothing fetched from elsewhere.
import { inPageScript } from '../../util/in-page-script.js';

/** The combobox, the booking dialog, the menubar's arrow keys, and the late panel and late button faults. */
export const APP_JS = inPageScript('sim/ui/in-page/app.js');

/** The base build's date helper: tidies a typed date when the field loses focus. */
export const TCI_HELPER_JS = inPageScript('sim/ui/in-page/tci-helper.js');

/** A later package level, shipped to one domain only: it throws as the screen opens. */
export const TCI_HELPER_V2_JS = inPageScript('sim/ui/in-page/tci-helper-v2.js');
