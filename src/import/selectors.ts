// From the Recorder's selectors to a Parity locator. The Recorder offers, per step, alternatives in
// its own order (aria/, CSS, xpath/, pierce/, text/); Parity prefers what a person sees: an aria/
// name (with its role where the recording or the page says it), then text/, and CSS, pierce/ and
// xpath/ only when nothing else is there.
import type { Locator } from '../model/journey.js';
import { ariaRole, LABELLED_ROLES } from '../run/role-names.js';
import type { RecordedSelector } from './recorder-format.js';

export interface AriaPart { name?: string; role?: string }

/** Everything the selectors of one step say about its element. */
export interface SelectorReading {
  aria?: AriaPart[]; // outermost first; the last part is the element
  text?: string;
  css?: string;
  pierce?: string;
  xpath?: string;
  /** The element's tag, where a CSS or XPath selector spells it (`form > select`, `/html/body/a`). */
  tag?: string;
  /** `input[type="password"]` and the like. */
  inputType?: string;
  /** Words from ids and names in CSS/XPath (#password, [name="pwd"]), for telling a password field. */
  idWords: string;
}

const ROLE_ATTR = /^(.*?)\[role="([^"]*)"\]$/s;

function ariaPart(s: string): AriaPart {
  const m = ROLE_ATTR.exec(s);
  const name = (m ? m[1]! : s).replace(/\s+/g, ' ').trim();
  const role = m ? m[2] : undefined;
  return { ...(name ? { name } : {}), ...(role ? { role } : {}) };
}

/** Last compound of a CSS selector: `main form > select#clinic.wide` → select, type from [type=...]. */
function cssTag(css: string): { tag?: string; type?: string } {
  const last = css.trim().split(/\s*[>+~\s]\s*(?![^[]*\])/).pop() ?? '';
  const tag = /^([a-zA-Z][\w-]*)/.exec(last)?.[1]?.toLowerCase();
  const type = /\[type=["']?([\w-]+)["']?\]/i.exec(last)?.[1]?.toLowerCase();
  return { tag, type };
}

function xpathTag(x: string): string | undefined {
  const last = x.split('/').pop() ?? '';
  const tag = /^([a-zA-Z][\w-]*)/.exec(last)?.[1]?.toLowerCase();
  return tag;
}

export function readSelectors(selectors: RecordedSelector[]): SelectorReading {
  const r: SelectorReading = { idWords: '' };
  for (const sel of selectors) {
    const parts = typeof sel === 'string' ? [sel] : sel;
    const first = parts[0] ?? '';
    const prefix = /^(aria|text|xpath|pierce)\//.exec(first)?.[1];
    const body = (s: string) => (prefix ? s.slice(prefix.length + 1) : s);
    if (prefix === 'aria') {
      r.aria ??= parts.map((p) => ariaPart(body(p)));
    } else if (prefix === 'text') {
      r.text ??= parts.map(body).join(' ').replace(/\s+/g, ' ').trim() || undefined;
    } else if (prefix === 'xpath') {
      r.xpath ??= parts.map(body).join('');
      r.tag ??= xpathTag(r.xpath);
      r.idWords += ` ${r.xpath}`;
    } else if (prefix === 'pierce') {
      r.pierce ??= parts.map(body).join(' ');
      r.idWords += ` ${r.pierce}`;
    } else {
      // CSS. A chain means a shadow root between parts; Playwright's CSS pierces open roots anyway.
      r.css ??= parts.join(' ');
      const t = cssTag(parts[parts.length - 1] ?? '');
      r.tag ??= t.tag;
      r.inputType ??= t.type;
      r.idWords += ` ${r.css}`;
    }
  }
  return r;
}

/** What the locator is for: a field to type into or choose from, or something to press. */
export type Purpose = 'field' | 'press';

export interface Chosen {
  locator: Locator;
  /** Set when no aria/ or text/ selector served: the kind of selector used instead. */
  fallback?: 'css' | 'pierce' | 'xpath';
  /** The role was not in the recording and was guessed (the page can settle it). */
  guessed?: boolean;
}

function partLocator(p: AriaPart, purpose: Purpose): { loc?: Locator; guessed?: boolean } {
  const role = ariaRole(p.role);
  if (p.name && role) return { loc: purpose === 'field' && LABELLED_ROLES.has(role) ? { label: p.name } : { role, name: p.name } };
  if (p.name) return purpose === 'field' ? { loc: { label: p.name } } : { loc: { text: p.name }, guessed: true };
  if (role) return { loc: { role } }; // "the link", with the region around it to say which
  return {};
}

export function chooseLocator(r: SelectorReading, purpose: Purpose): Chosen | undefined {
  const aria = r.aria ?? [];
  const el = aria[aria.length - 1];
  if (el) {
    // No role in the recording: a link's tag says nothing of a menu item (<a role=menuitem>), so
    // the words on screen are the locator until the page is read (--env settles the role).
    const own = partLocator(el, purpose);
    if (own.loc && (own.loc.role === undefined || own.loc.name !== undefined || aria.slice(0, -1).some((p) => ariaRole(p.role)))) {
      // An outer part with a role is a region a person names ("in the table Patient search results").
      const outer = aria.slice(0, -1).map((p) => ({ role: ariaRole(p.role), name: p.name })).filter((p) => p.role);
      let loc = own.loc;
      for (const o of outer.reverse()) loc = { ...loc, within: o.name ? { role: o.role, name: o.name } : { role: o.role } };
      return { locator: loc, guessed: own.guessed };
    }
  }
  if (r.text) return { locator: { text: r.text } };
  if (r.css) return { locator: { css: r.css }, fallback: 'css' };
  if (r.pierce) return { locator: { css: r.pierce }, fallback: 'pierce' };
  if (r.xpath) return { locator: { css: `xpath=${r.xpath}` }, fallback: 'xpath' };
  return undefined;
}

/** Every way the selectors name the element, best first: the screen reader tries each. */
export function alternatives(r: SelectorReading): Locator[] {
  const out: Locator[] = [];
  if (r.css) out.push({ css: r.css });
  if (r.pierce) out.push({ css: r.pierce });
  if (r.xpath) out.push({ css: `xpath=${r.xpath}` });
  if (r.text) out.push({ text: r.text });
  return out;
}

/** A password field, as far as the selectors tell: its type, or its name or id says so. */
export function looksLikePassword(r: SelectorReading): boolean {
  if (r.inputType === 'password') return true;
  const words = `${r.aria?.map((p) => p.name ?? '').join(' ') ?? ''} ${r.idWords}`;
  return /pass(word|code|phrase)|\bpwd\b|\bpin\b/i.test(words);
}
