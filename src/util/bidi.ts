// Bidirectional-text controls in page text (a LIVE title holding U+202E RIGHT-TO-LEFT OVERRIDE) would
// reverse the rest of Parity's own sentence around it in a report: "(was 'Home')" read backwards.
// Reports show each such control as a visible token instead, so the page's text reads as it was
// written and ours reads as we wrote it; values quoted on their own are isolated with <bdi> as well.

const NAMES: Record<string, string> = {
  '\u202A': 'LRE', '\u202B': 'RLE', '\u202C': 'PDF', '\u202D': 'LRO', '\u202E': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
  '\u200E': 'LRM', '\u200F': 'RLM', '\u061C': 'ALM',
};

const CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** `s` with each bidi control written out as a token, e.g. ⟨RLO⟩ for U+202E. */
export function showBidiControls(s: string): string {
  return s.replace(CONTROLS, (c) => `⟨${NAMES[c]}⟩`);
}

/** A copy of a JSON value with showBidiControls applied to every string in it. */
export function showBidiControlsIn<T>(v: T): T {
  if (typeof v === 'string') return showBidiControls(v) as T;
  if (Array.isArray(v)) return v.map(showBidiControlsIn) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [showBidiControls(k), showBidiControlsIn(x)])) as T;
  return v;
}
