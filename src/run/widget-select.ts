// `select` as a person does it: on a native <select>, choose the option by its words; on a custom
// drop-down, open it (a click, or the keyboard when something drawn over it takes the pointer),
// wait for its options, click the one with the words, and look that the widget took it.
import type { ElementHandle, Locator as PwLocator, Page } from 'playwright';
import type { Locator } from '../model/journey.js';
import { describeLocator, namePattern } from '../browser/locators.js';
import type { Widget } from './widget-locate.js';

/** A person's press lasts tens of ms; some widgets ignore a press and release with no pause between. */
const PRESS_MS = 40;

export interface SelectEnv {
  page: Page;
  timeoutMs: number;
}

/** Thrown as the runner's ActionBlocked by the caller: the words say what a person would see. */
export class SelectRefused extends Error {}

const norm = (s: string) => s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

export async function selectIn(w: Widget, option: string, env: SelectEnv, loc: Locator): Promise<void> {
  const tag = await w.el.evaluate((n) => n.tagName.toLowerCase());
  if (tag === 'select') return nativeSelect(w.el, option, env, loc);
  return customSelect(w, option, env, loc);
}

async function nativeSelect(el: PwLocator, option: string, env: SelectEnv, loc: Locator): Promise<void> {
  const opts = await el.locator('option').evaluateAll((os) => os.map((o) => ({ text: o.textContent ?? '', value: (o as HTMLOptionElement).value })));
  const want = norm(option);
  const hit = opts.find((o) => norm(o.text) === want)
    ?? opts.find((o) => o.value === option)
    ?? opts.find((o) => norm(o.text).includes(want));
  if (!hit) {
    const offered = opts.map((o) => o.text.trim()).filter(Boolean).slice(0, 12).join("', '");
    throw new SelectRefused(`${describeLocator(loc)} has no option '${option}' (it offers '${offered}')`);
  }
  await el.selectOption({ value: hit.value }, { timeout: env.timeoutMs });
}

/** The options a person can see now, in a widget's list (never a native select's own options). */
function visibleOptions(scope: Page | PwLocator, name?: RegExp): PwLocator {
  return scope.getByRole('option', name ? { name } : {})
    .locator('xpath=self::*[not(ancestor::select) and not(ancestor::datalist)]')
    .filter({ visible: true });
}

async function handles(l: PwLocator): Promise<ElementHandle[]> {
  return (await l.elementHandles().catch(() => [])) as ElementHandle[];
}

async function customSelect(w: Widget, option: string, env: SelectEnv, loc: Locator): Promise<void> {
  const { el } = w;
  const { page } = env;
  // Centred before it opens, so that opening does not scroll the page: lists that close when the
  // page scrolls (SurveyJS, at 1280×800) would close again under the pointer.
  await el.evaluate((n) => n.scrollIntoView({ block: 'center', inline: 'nearest' }));
  // What was showing before it opened (a widget's current value is often itself an "option").
  const before = await handles(visibleOptions(page));
  const before_value = w.hidden ? await hiddenValue(w.hidden) : undefined;
  await open(el, env);
  const scope = await optionScope(el, page);
  const editable = await el.evaluate((n) => n instanceof HTMLInputElement && !n.readOnly && !n.disabled).catch(() => false);
  let opt = await findOption(scope, option, before, editable ? Math.min(600, env.timeoutMs) : env.timeoutMs, page, el, env);
  if (!opt && editable) {
    // An autocomplete shows nothing until something is typed: type the option's words.
    await el.fill('');
    await el.pressSequentially(option, { delay: 15, timeout: env.timeoutMs });
    opt = await findOption(scope, option, before, env.timeoutMs, page, el, env);
  }
  if (!opt) {
    const offered = (await visibleOptions(scope).allInnerTexts().catch(() => [])).map((t) => t.trim()).filter(Boolean).slice(0, 12);
    throw new SelectRefused(`${describeLocator(loc)} has no option '${option}'${offered.length ? ` (it offers '${offered.join("', '")}')` : ' (its list showed no options)'}`);
  }
  try {
    await opt.click({ delay: PRESS_MS, timeout: Math.min(2000, env.timeoutMs) });
  } catch {
    // The list closed under the pointer (the page scrolled to show the option): open it again and
    // take the option where it is now.
    await open(el, env);
    const again = await findOption(scope, option, before, env.timeoutMs, page, el, env);
    if (!again) throw new SelectRefused(`the list of ${describeLocator(loc)} closed before '${option}' could be chosen`);
    await again.click({ delay: PRESS_MS, timeout: env.timeoutMs });
  }
  await taken(w, option, before_value, env, loc);
}

/** Open the list: a click, as a person would; the keyboard when an overlay takes the pointer. */
async function open(el: PwLocator, env: SelectEnv): Promise<void> {
  if (await expanded(el)) return;
  const clickable = await el.click({ trial: true, timeout: Math.min(1000, env.timeoutMs) }).then(() => true, () => false);
  if (clickable) {
    await el.click({ delay: PRESS_MS, timeout: env.timeoutMs });
    return;
  }
  await el.focus();
  for (const key of ['ArrowDown', 'Enter', ' ']) {
    await env.page.keyboard.press(key, { delay: 30 });
    if (await expanded(el) || (await visibleOptions(env.page).count()) > 0) return;
  }
}

async function expanded(el: PwLocator): Promise<boolean> {
  return (await el.getAttribute('aria-expanded').catch(() => null)) === 'true';
}

async function hiddenValue(sel: PwLocator): Promise<string[]> {
  return sel.evaluate((s) => (s instanceof HTMLSelectElement ? [...s.selectedOptions].map((o) => o.value) : [])).catch(() => []);
}

/** Exact words first, then the option's value, then words inside a longer name; never one seen before it opened. */
async function findOption(scope: Page | PwLocator, option: string, before: ElementHandle[], timeoutMs: number, page: Page, el: PwLocator, env: SelectEnv): Promise<PwLocator | undefined> {
  const value = `[data-value="${option.replace(/["\\]/g, '\\$&')}"], [value="${option.replace(/["\\]/g, '\\$&')}"]`;
  const tries = [visibleOptions(scope, namePattern(option, true)), visibleOptions(scope).and(scope.locator(value)), visibleOptions(scope, namePattern(option, false))];
  const deadline = Date.now() + timeoutMs;
  let reopened = false;
  for (;;) {
    for (const l of tries) {
      const hs = await handles(l);
      if (!hs.length) continue;
      const fresh = await page.evaluate(([b, a]) => a.map((x) => !b.includes(x)), [before, hs] as const);
      const i = fresh.indexOf(true);
      // Only the option already showing as the value matched: that is the one (choosing it again).
      return l.nth(i >= 0 ? i : 0);
    }
    if (Date.now() > deadline) return undefined;
    // The list closed while it waited (page scrolled, focus moved): open it once more.
    if (!reopened && !(await expanded(el)) && (await visibleOptions(scope).count()) === 0 && (await el.getAttribute('aria-expanded')) === 'false') {
      reopened = true;
      await open(el, env);
    }
    await page.waitForTimeout(100);
  }
}

/** Where a combobox's options are: the list it controls or owns, itself for a listbox, else the page. */
async function optionScope(el: PwLocator, page: Page): Promise<Page | PwLocator> {
  const ids = await el.evaluate((n) => {
    if (n.getAttribute('role') === 'listbox') return ['self'];
    return (n.getAttribute('aria-controls') ?? n.getAttribute('aria-owns') ?? '').split(/\s+/).filter(Boolean);
  });
  if (ids[0] === 'self') return el;
  if (!ids.length) return page;
  // The controlled list may not exist until it opens, or sit in the same shadow root (a css locator
  // pierces open roots); when it never appears, the options are looked for on the whole page.
  // It sits in the combobox's own frame, which may be a panel inside the page.
  const frame = (await (await el.elementHandle())?.ownerFrame()) ?? page.mainFrame();
  const list = frame.locator(ids.map((id) => `[id="${id.replace(/"/g, '\\"')}"]`).join(','));
  return (await list.count()) ? list : page;
}

/** The choice was taken: the hidden select's value changed to it, or the widget shows its words. */
async function taken(w: Widget, option: string, beforeValue: string[] | undefined, env: SelectEnv, loc: Locator): Promise<void> {
  const want = norm(option);
  const deadline = Date.now() + Math.min(1500, env.timeoutMs);
  for (;;) {
    if (w.hidden) {
      const chosen = await w.hidden.evaluate((s) => (s instanceof HTMLSelectElement ? [...s.selectedOptions].map((o) => ({ t: o.textContent ?? '', v: o.value })) : []));
      if (chosen.some((c) => norm(c.t).includes(want) || c.v === option)) return;
      if (beforeValue && chosen.map((c) => c.v).join('\n') !== beforeValue.join('\n') && chosen.length) return;
    }
    const shows = await w.el.evaluate((n) => {
      // Its words, and the value of any box it draws the choice into (SurveyJS writes it into an input).
      const boxes = [n, ...n.querySelectorAll('input')].filter((i): i is HTMLInputElement => i instanceof HTMLInputElement);
      let t = boxes.map((i) => i.value).join(' ');
      for (let a: Element | null = n, k = 0; a && k < 4; a = a.parentElement, k++) t += ' ' + ((a as HTMLElement).innerText ?? '');
      return t;
    }).catch(() => '');
    if (norm(shows).includes(want)) return;
    if (Date.now() > deadline) {
      throw new SelectRefused(`'${option}' was clicked in ${describeLocator(loc)}, but the field does not show it: the choice was not taken`);
    }
    await env.page.waitForTimeout(50);
  }
}
