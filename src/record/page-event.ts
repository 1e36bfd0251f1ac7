// What the recorder script reports, checked before Node acts on it: the session's token, a kind it
// knows, and fields of the types and lengths the script sends. Anything else is dropped unread: a
// page's own script must not be able to add steps, fills or a "Finish" to a recording.
// And the text that came from a page, made safe to write into a journey: a `${` in it would be
// read as a template by the runner (load/template.ts), so it is written `$${`, the literal.
import type { Locator } from '../model/journey.js';
import type { Hints } from './element-locator.js';

export const PAGE_EVENT_KINDS = ['hello', 'finish', 'step', 'checking', 'click', 'fill', 'select', 'check', 'uncheck', 'press', 'expect'] as const;
export type PageEventKind = (typeof PAGE_EVENT_KINDS)[number];

export interface PageEvent { kind: PageEventKind; mark?: string; hints?: Hints; value?: string; secret?: boolean; option?: string; key?: 'Enter'; name?: string; url?: string; heading?: string; title?: string; on?: boolean }

const KINDS: ReadonlySet<string> = new Set(PAGE_EVENT_KINDS);
const MAX_EVENT = 64 * 1024;
/** Each string field and its longest length. */
const STRINGS: Record<string, number> = { mark: 12, value: 10_000, option: 1000, key: 10, name: 500, url: 4000, heading: 1000, title: 1000 };
const HINT_STRINGS: Record<string, number> = { tag: 40, type: 40, label: 1000, placeholder: 1000, text: 200, css: 4000 };
const BOOLEANS = new Set(['secret', 'on']);

/** The event, when it is one the session's recorder script sent; undefined otherwise. */
export function parsePageEvent(raw: unknown, token: string): PageEvent | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_EVENT) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(v) || v.token !== token || typeof v.kind !== 'string' || !KINDS.has(v.kind)) return undefined;
  const ev: Record<string, unknown> = { kind: v.kind };
  for (const [k, x] of Object.entries(v)) {
    if (k === 'token' || k === 'kind' || x === undefined || x === null) continue;
    if (k in STRINGS) {
      if (typeof x !== 'string' || x.length > STRINGS[k]!) return undefined;
    } else if (BOOLEANS.has(k)) {
      if (typeof x !== 'boolean') return undefined;
    } else if (k === 'hints') {
      if (!validHints(x)) return undefined;
    } else return undefined;
    ev[k] = x;
  }
  if (ev.mark !== undefined && !/^\d{1,9}$/.test(ev.mark as string)) return undefined;
  // The one key recorded: Enter in a field.
  if (ev.kind === 'press' && ev.key !== 'Enter') return undefined;
  if (ev.key !== undefined && ev.key !== 'Enter') return undefined;
  return ev as unknown as PageEvent;
}

function validHints(x: unknown): x is Hints {
  if (!isObject(x)) return false;
  for (const [k, v] of Object.entries(x)) {
    if (v === undefined || v === null) continue;
    if (!(k in HINT_STRINGS) || typeof v !== 'string' || v.length > HINT_STRINGS[k]!) return false;
  }
  return typeof x.tag === 'string' && typeof x.label === 'string' && typeof x.text === 'string' && typeof x.css === 'string';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Page text as a journey's literal: every `${` becomes `$${`. */
export function escapeTemplates(s: string): string {
  return s.split('${').join('$${');
}

const WORDS = ['name', 'label', 'text', 'placeholder', 'testId', 'css', 'frame'] as const;

/** A locator from the page, its words scrubbed of secrets and their `${` escaped (as the runner expands them, browser/locators.ts fillLocator). */
export function escapeLocator(loc: Locator, scrub: { text(s: string): string }): Locator {
  const out: Locator = { ...loc };
  for (const k of WORDS) {
    const v = out[k];
    if (typeof v === 'string') out[k] = escapeTemplates(scrub.text(v));
  }
  if (loc.within) out.within = escapeLocator(loc.within, scrub);
  return out;
}
