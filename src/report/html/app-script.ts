// The report viewer's client script, in seven parts in in-page/ (see each file's opening comment).
// Plain browser JavaScript, checked as one scope by tsconfig.report-viewer.json and shipped as
// written: page.ts joins the parts, in this order, into report/app.js.
import { inPageScript } from '../../util/in-page-script.js';

const part = (name: string): string => inPageScript(`report/html/in-page/${name}.js`);

/** Part 1: helpers, the data, indexes and the state every view reads. */
export const APP_BASE = part('base');
/** Part 2: the first screen: run metadata, the verdict, totals, the matrix. */
export const APP_OVERVIEW = part('overview');
/** Part 3: the filters, the divergence list and keyboard navigation. */
export const APP_LIST = part('list');
/** Part 4: the journey view: steps side by side, then the chosen step. */
export const APP_DETAIL = part('detail');
/** Part 5: the screenshots of one step, four ways. */
export const APP_IMAGES = part('images');
/** Part 6: screenshots at full size. */
export const APP_ZOOM = part('zoom');
/** Part 7: links to a divergence or a cell. */
export const APP_LINKS = part('links');
