// Patient data is not configuration. TRAIN has invented patients and LIVE real or test ones, so
// names, numbers, dates and ages always differ between them. Every text is passed through these
// normalisers before it is compared, so `Smith, Jane (999 000 0018)` and `Jones, Amir (999 000 0026)`
// compare equal, while a renamed label still does not.
import type { ParityConfig } from '../model/config.js';

export type NormaliseConfig = ParityConfig['normalise'];
export type Normaliser = (text: string) => string;

interface Rule { re: RegExp; to: string | ((match: string) => string) }

/**
 * A date's shape without its value: "17/03/2025" → "#/#/####", "Mon 1st June 2026" → "Day #th Mon
 * ####". Which day is patient data; how dates are written (the order, the separators, a month in
 * words, a two- or four-digit year) is configuration, so two formats still differ.
 */
function dateShape(m: string): string {
  const shape = m
    .replace(new RegExp(`\\b(?:${DAYS})\\b`, 'gi'), 'Day')
    .replace(new RegExp(`\\b(?:${MONTHS})\\b\\.?`, 'gi'), 'Mon')
    .replace(/\d{4}/g, '####')
    .replace(/(?<!#)\d{1,3}(?:st|nd|rd|th)/gi, '#th')
    .replace(/(?<!#)\d{1,3}(?!#)/g, '#');
  return `<DATE ${shape}>`;
}

// Zero-width characters, soft hyphens and BOMs are invisible to a person: never a difference.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Non-breaking and other odd spaces look like spaces.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAYS = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';

const DATE_RULES: Rule[] = [
  // Weekday-prefixed and plain dates with a month name: Mon 1 Jun 2026, 1st June 2026, 01-Jun-2026, June 1, 2026.
  { re: new RegExp(`\\b(?:(?:${DAYS}),?\\s+)?\\d{1,2}(?:st|nd|rd|th)?[\\s-](?:${MONTHS})\\.?(?:[\\s-]\\d{2,4})?\\b`, 'gi'), to: dateShape },
  { re: new RegExp(`\\b(?:(?:${DAYS}),?\\s+)?(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'gi'), to: dateShape },
  // Numeric dates: 01/06/2026, 1/6/26, 01.06.2026, 2026-06-01, 2026/06/01.
  { re: /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/g, to: dateShape },
  { re: /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g, to: dateShape },
];

/** The dates a text shows as written, the first of each way of writing them: "seen 19 Mar 2025,
 *  due 01/04/2025, then 08/04/2025" → ['19 Mar 2025', '01/04/2025']. */
export function datesIn(text: string): string[] {
  const byWay = new Map<string, string>();
  for (const r of DATE_RULES) {
    for (const m of text.matchAll(r.re)) if (!byWay.has(dateShape(m[0]))) byWay.set(dateShape(m[0]), m[0]);
  }
  return [...byWay.values()];
}

/**
 * The default rules, in the order they run. Order matters: an ISO timestamp must be taken whole
 * before the date and time rules see its parts, and NHS numbers before anything that eats digits.
 */
const DEFAULT_RULES: Rule[] = [
  // 2026-06-01T09:00:00Z, 2026-06-01 09:00
  { re: /\b\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g, to: '<DATETIME>' },
  // NHS numbers in any spacing: 9990000018, 999 000 0018, 999-000-0018, 999 0000 018. Ten digits,
  // not part of a longer run (an eleven-digit phone number is not an NHS number).
  { re: /(?<![\d])(?:\d[ -]?){9}\d(?![\d])/g, to: '<NHS>' },
  ...DATE_RULES,
  // Times: 09:00, 9:00 am, 14:30:15, 9am, 9.30pm.
  { re: /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?![\w])/gi, to: '<TIME>' },
  { re: /\b\d{1,2}(?:\.\d{2})?\s?[ap]\.?m\b\.?/gi, to: '<TIME>' },
  // MRN / FIN / hospital numbers: the label stays (it is configuration), the number goes.
  { re: /\b(MRN|FIN|CRN|Hospital (?:no\.?|number)|Encounter(?: no\.?| number)?|Case (?:no\.?|number))(\s*[:#]?\s*)[A-Z]{0,3}\d{3,}[A-Z]?\b/gi, to: '$1$2<ID>' },
  // Prefixed record numbers on their own (RX1234567, H0012345): letters then six or more digits.
  { re: /\b[A-Z]{1,3}\d{6,}\b/g, to: '<ID>' },
  // Ages as banners show them: 42y, 42 yrs, 3m, 6w 2d, 42Y 3M, 42 years. A bare "3 days" in help
  // text is left alone: that may be configuration (how long a slot is held).
  { re: /\b\d{1,3}\s?(?:y|yo|yrs?|years?)\b(?:\s?\d{1,2}\s?(?:m|mths?|months?)\b)?/gi, to: '<AGE>' },
  { re: /\b\d{1,2}\s?(?:m|w|d)\b(?:\s?\d{1,2}\s?(?:w|d)\b)?/g, to: '<AGE>' },
  { re: /\b(Age\s*:?\s*)\d{1,3}\b/gi, to: '$1<AGE>' },
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A rule from config, checked once here so a bad pattern is an input error and not a crash later. */
export function compileRule(rule: { name: string; pattern: string; flags?: string; replace: string }): Rule {
  const flags = rule.flags ?? '';
  try {
    return { re: new RegExp(rule.pattern, flags.includes('g') ? flags : flags + 'g'), to: rule.replace };
  } catch (e) {
    throw new Error(`normalise rule '${rule.name}': ${(e as Error).message}`);
  }
}

/** "Jane Smith" is also shown "Smith, Jane" (PAS banners put the family name first). */
function nameVariants(name: string): string[] {
  const t = name.trim().replace(/\s+/g, ' ');
  if (!t) return [];
  const parts = t.split(' ');
  if (t.includes(',') || parts.length < 2) return [t];
  return [t, `${parts[parts.length - 1]}, ${parts.slice(0, -1).join(' ')}`];
}

/**
 * Builds the normaliser for a run. Invisible characters and whitespace are always tidied (they are
 * never a difference a person sees); configured test patients and rules run before the defaults,
 * so a local pattern can take something whole before a default rule takes it apart.
 */
export function makeNormaliser(cfg: NormaliseConfig = { defaults: true, rules: [], testPatients: [] }): Normaliser {
  const patients: Rule[] = [...new Set(cfg.testPatients.flatMap(nameVariants))]
    // Longest first, so "Jane Smith" is replaced before "Jane".
    .sort((a, b) => b.length - a.length)
    .map((n) => ({ re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n)}(?![\\p{L}\\p{N}])`, 'giu'), to: '<PATIENT>' }));
  const rules: Rule[] = [...patients, ...cfg.rules.map(compileRule), ...(cfg.defaults ? DEFAULT_RULES : [])];
  const cache = new Map<string, string>();
  return (text: string): string => {
    if (!text) return '';
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    let s = text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
    // A replacement is a string or a function; String.replace takes either (one overload each).
    for (const r of rules) s = s.replace(r.re, r.to as string);
    s = s.replace(/\s+/g, ' ').trim();
    if (cache.size < 50_000) cache.set(text, s);
    return s;
  };
}
