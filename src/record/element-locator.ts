// The locator a recorded action gets: the one a trainer would write (role and name, a field by its
// label, a table's first link), as `parity import --env` chooses it (run/read-screens.ts), kept
// only if the runner, finding exactly as it finds during a run (run/actions.ts `find`), reaches
// the element the person used and no other. Then the words on it; CSS only when no words name it
// alone, said in a comment of the file.
import type { Frame, Locator as PwLocator, Page } from 'playwright';
import type { Locator } from '../model/journey.js';
import { onScreen } from '../browser/locators.js';
import { find } from '../run/actions.js';
import { elementFacts, personLocator, type ElementFacts } from '../run/read-screens.js';
import { MARK_ATTR } from './recorder-script.js';

/** What the page said about the element when the event happened, in case it is gone when looked at. */
export interface Hints { tag: string; type?: string; label: string; placeholder?: string; text: string; css: string }

export interface Found { locator: Locator; facts?: ElementFacts; note?: string }

export const CSS_NOTE = 'CSS: no words on screen name this element alone; a trainer would name it by what it shows';
const GONE_NOTE = 'not checked on the page (the element had gone before it could be): check this locator';

/**
 * Undefined when no element (or more than one) carries the mark: the element has gone, and what
 * the event said of it is not enough to go on (the page could have said anything).
 */
export async function locatorFor(page: Page, frame: Frame, mark: string, hints: Hints, purpose: 'field' | 'press'): Promise<Found | undefined> {
  const attr = `${MARK_ATTR}${mark}`;
  const el = frame.locator(`[${attr}]`);
  if ((await el.count().catch(() => 0)) !== 1) return undefined;
  const facts = await elementFacts(page, el).catch(() => undefined);
  const loc = facts ? await personLocator(page, el, facts, purpose).catch(() => undefined) : undefined;
  if (loc && loc.css === undefined && (await runnerFinds(page, loc, attr))) return { locator: loc, facts };
  // What the page itself said: a field's label or placeholder, the words on the element (which
  // also serve where the accessibility tree could not be asked: an element in a panel's frame).
  const words: Locator[] = [
    ...(purpose === 'field' && hints.label ? [{ label: hints.label }] : []),
    ...(purpose === 'field' && hints.placeholder ? [{ placeholder: hints.placeholder }] : []),
    ...(hints.text ? [{ text: hints.text }] : []),
  ];
  for (const w of words) {
    const found = await withNth(page, w, attr);
    if (found) return { locator: found, facts };
  }
  const css = { css: hints.css };
  if (await runnerFinds(page, css, attr)) return { locator: css, facts, note: CSS_NOTE };
  return { locator: loc ?? css, facts, note: GONE_NOTE };
}

/** The locator, with `nth` where other elements on screen share its words, if the runner then reaches the element. */
async function withNth(page: Page, loc: Locator, attr: string): Promise<Locator | undefined> {
  if (await runnerFinds(page, loc, attr)) return loc;
  const seen = await onScreen(page, loc).catch(() => undefined);
  for (let i = 0; seen && i < Math.min(seen.count, 30); i++) {
    if (await seen.at(i).evaluate((n, a) => n.hasAttribute(a), attr).catch(() => false)) {
      const nth = { ...loc, nth: i };
      return (await runnerFinds(page, nth, attr)) ? nth : undefined;
    }
  }
  return undefined;
}

/** The runner's own finding, once, without waiting: it must land on the marked element. */
export async function runnerFinds(page: Page, loc: Locator, attr: string): Promise<boolean> {
  const found: PwLocator | undefined = await find(page, loc, 0).catch(() => undefined);
  if (!found) return false;
  return found.evaluate((n, a) => n.hasAttribute(a), attr).catch(() => false);
}
