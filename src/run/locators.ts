// Turning a trainer's locator ({ role: button, name: Book }) into a Playwright locator.
import type { Locator as PwLocator, Page } from 'playwright';
import type { Locator } from '../model/journey.js';

type Root = Page | PwLocator;
type AriaRole = Parameters<Page['getByRole']>[0];

// Real systems put zero-width spaces, soft hyphens and non-breaking spaces inside labels
// (copied from Word, or injected by a templating engine). A person reads through them; so do we.
const INVISIBLE = '[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]*';

function escapeRe(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that matches the name with any invisible characters between letters and any run of spaces. */
export function namePattern(name: string, exact: boolean): RegExp {
  const parts: string[] = [];
  for (const ch of name.trim()) {
    parts.push(/\s/.test(ch) ? '[\\s\\u00A0]+' : escapeRe(ch));
  }
  const body = parts.join(INVISIBLE);
  return exact ? new RegExp(`^\\s*${INVISIBLE}${body}${INVISIBLE}\\s*$`) : new RegExp(body, 'i');
}

export function resolveLocator(root: Root, loc: Locator): PwLocator {
  const base = loc.within ? resolveLocator(root, loc.within) : root;
  const exact = loc.exact ?? false;
  let l: PwLocator;
  if (loc.role) {
    l = base.getByRole(loc.role as AriaRole, loc.name !== undefined ? { name: namePattern(loc.name, exact) } : {});
  } else if (loc.label !== undefined) {
    l = base.getByLabel(namePattern(loc.label, exact));
  } else if (loc.text !== undefined) {
    l = base.getByText(namePattern(loc.text, exact));
  } else if (loc.placeholder !== undefined) {
    l = base.getByPlaceholder(namePattern(loc.placeholder, exact));
  } else if (loc.testId !== undefined) {
    l = base.getByTestId(loc.testId);
  } else if (loc.css !== undefined) {
    l = base.locator(loc.css);
  } else {
    throw new Error('locator has no role, label, text, placeholder, testId or css');
  }
  return loc.nth !== undefined ? l.nth(loc.nth) : l;
}

/** How a person would say it: "the button 'Book'", "the field 'NHS number'". */
export function describeLocator(loc: Locator): string {
  let s: string;
  if (loc.role) s = loc.name !== undefined ? `the ${loc.role} '${loc.name}'` : `a ${loc.role}`;
  else if (loc.label !== undefined) s = `the field '${loc.label}'`;
  else if (loc.text !== undefined) s = `the text '${loc.text}'`;
  else if (loc.placeholder !== undefined) s = `the field with placeholder '${loc.placeholder}'`;
  else if (loc.testId !== undefined) s = `the element with test id '${loc.testId}'`;
  else s = `the element matching '${loc.css ?? '?'}'`;
  if (loc.nth !== undefined) s += ` (number ${loc.nth + 1})`;
  if (loc.within) s += ` within ${describeLocator(loc.within)}`;
  return s;
}

/** The role a locator is looking for, used to list candidates of the same kind when it is not found. */
export function wantedRole(loc: Locator): string | undefined {
  if (loc.role) return loc.role;
  if (loc.label !== undefined) return 'field';
  return undefined;
}

export function wantedName(loc: Locator): string | undefined {
  return loc.name ?? loc.label ?? loc.text ?? loc.placeholder ?? loc.testId;
}
