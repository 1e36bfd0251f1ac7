// Runs inside the page: reads what a person meets on screen, in one evaluate() call.
// Kept as plain JavaScript source (not a bundled function) so no build tool can inject helpers
// into it: whatever transpiles this file, the page receives exactly this text. The source is the
// parts in in-page/page-model/, checked as JavaScript (tsconfig.browser.json) and joined here, in
// order, into the body of one function of the options: each part uses what the parts before it define.
// Returns { controls, identity-parts, elements } in page coordinates (document, not viewport).
import { inPageScript } from '../util/in-page-script.js';

const PARTS = [
  'names', // accessible names: roles, labels, what a screen reader hears
  'seen', // what a sighted person reads, site chrome, required marks
  'options', // regions, option lists, open list boxes
  'widgets', // one control where a library nests several
  'records', // controls in a table's rows belong to a record
  'controls', // the walk over the page that reads every control
  'radios', // radios sharing a form name as one group
  'identity', // what the page is: headings, messages, words, areas; the result
];

export const PAGE_MODEL_SCRIPT = `\n(opts) => {\n${PARTS.map((p) => inPageScript(`capture/in-page/page-model/${p}.js`)).join('')}}\n`;
