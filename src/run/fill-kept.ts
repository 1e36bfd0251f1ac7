// `fill` that keeps its value. Playwright's fill sets the value and fires one input event; a
// component that only takes what is typed on key-up or blur (SurveyJS 2.5's date question) puts its
// old value back, so the field is empty, and a later fill seems to "clear" it. When the value did not
// hold, type it as a person would: key by key, date and time inputs segment by segment.
import type { Locator as PwLocator } from 'playwright';

const DATE_ORDERS = [['m', 'd', 'y'], ['d', 'm', 'y'], ['y', 'm', 'd']] as const;

/** Fills, then checks the field still holds the value once the page has reacted; types it if not. True when kept. */
export async function fillKept(el: PwLocator, value: string, timeoutMs: number): Promise<boolean> {
  await el.fill(value, { timeout: timeoutMs });
  // A person's typing ends with a key let go. Pages that react on key-up alone (a characters-left
  // count, a search-as-you-type list) would otherwise change only when their own timer next polls,
  // before the capture in one run and after it in the next.
  await el.dispatchEvent('keyup', { key: value ? value.slice(-1) : 'Backspace', bubbles: true }).catch(() => {});
  const kind = await el.evaluate((n) => (n instanceof HTMLInputElement ? n.type : n instanceof HTMLTextAreaElement ? 'textarea' : 'other'));
  if (kind === 'other') return true; // contenteditable and the like: no value to read back
  if (await holds(el, value)) return true;
  for (const keys of typings(kind, value)) {
    await el.focus();
    if (kind !== 'date' && kind !== 'time' && kind !== 'datetime-local') {
      await el.press('ControlOrMeta+a');
      await el.press('Backspace');
    }
    await el.pressSequentially(keys, { delay: 15, timeout: timeoutMs });
    if (await holds(el, value)) return true;
  }
  return false;
}

/** Read back after the page's own handlers have had a frame to put their value back. */
async function holds(el: PwLocator, value: string): Promise<boolean> {
  await el.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return (await el.inputValue().catch(() => '')) === value;
}

/** The keys a person presses for the value: the text itself, or a date's digits in each order a browser may show. */
function typings(kind: string, value: string): string[] {
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const time = /(?:^|T)(\d{2}):(\d{2})/.exec(value);
  const clock = time ? [`${time[1]}${time[2]}`, `${String(Number(time[1]) % 12 || 12).padStart(2, '0')}${time[2]}${Number(time[1]) >= 12 ? 'P' : 'A'}`] : [];
  if (kind === 'date' && date) return DATE_ORDERS.map((o) => o.map((p) => ({ y: date[1], m: date[2], d: date[3] })[p]).join(''));
  if (kind === 'time' && time) return clock;
  if (kind === 'datetime-local' && date && time) {
    return DATE_ORDERS.flatMap((o) => clock.map((c) => o.map((p) => ({ y: date[1], m: date[2], d: date[3] })[p]).join('') + c));
  }
  return [value];
}
