// Performing one action the way a person would: wait for the page to settle, find the element
// by what it is called on screen, then press, pause, release.
import type { Locator as PwLocator, Page } from 'playwright';
import type { Action, Expectation, Locator } from '../model/journey.js';
import { settle } from '../capture/settle.js';
import { resolveLocator, describeLocator } from './locators.js';
import { firstLine } from './browser.js';

/** The trained route does not exist here: the element is missing, hidden, ambiguous or disabled. */
export class ActionBlocked extends Error {
  constructor(message: string, readonly locator?: Locator) {
    super(message);
  }
}

export interface ActionEnv {
  page: Page;
  baseUrl: string;
  timeoutMs: number;
  navigationTimeoutMs: number;
  /** Resolves ${vars.X}, ${env.X}, ${secret.X}; remembers secret values for scrubbing. */
  resolve(text: string): string;
}

/** Exact name first, then substring: "Book" means the button Book, not "Book later", when both exist. */
// `nth` counts among the elements on screen (what a person means by "the second Save"), so it is
// applied after the visibility filter, not by resolveLocator.
async function find(page: Page | PwLocator, loc: Locator, timeoutMs: number): Promise<PwLocator> {
  const { nth, ...rest } = loc;
  const candidates = loc.exact === undefined && (loc.role || loc.label || loc.text)
    ? [resolveLocator(page, { ...rest, exact: true }), resolveLocator(page, rest)]
    : [resolveLocator(page, rest)];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const l of candidates) {
      const visible = l.filter({ visible: true });
      const n = await visible.count();
      if (nth !== undefined) {
        if (n > nth) return visible.nth(nth);
        continue;
      }
      // Pinned to the first match: opening a widget can reveal a second element with the same
      // name (a combobox's listbox carries its label), which must not make the found one ambiguous.
      if (n === 1) return visible.first();
      if (n > 1) {
        throw new ActionBlocked(`${n} elements match ${describeLocator(loc)}; add nth or within to say which`, loc);
      }
    }
    if (Date.now() > deadline) throw new ActionBlocked(`${describeLocator(loc)} is not on the screen`, loc);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A person's press lasts tens of ms; some widgets ignore a press and release with no pause between. */
const PRESS_MS = 40;

/** The reason Playwright's call log gives for an element refusing an action, if it gives one. */
function why(e: unknown): string {
  const log = e instanceof Error ? e.message : String(e);
  const m = /(intercepts pointer events|does not receive pointer events|element is not visible|element is not stable|element is not enabled|element is not editable|element was detached from the DOM|not a checkbox or radio button)/.exec(log);
  const who = /\n\s*-\s*(<[^\n]*?>)[^\n]*intercepts pointer events/.exec(log)?.[1];
  return m ? `: ${who ? `${who} ${m[1]}` : m[1]}` : `: ${firstLine(e)}`;
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`action has no ${what}`);
  return v;
}

export async function performAction(a: Action, env: ActionEnv): Promise<void> {
  const { page } = env;
  if (a.kind !== 'goto' && a.kind !== 'wait') await settle(page);
  const target = async () => find(page, need(a.target, 'target'), env.timeoutMs);
  try {
    switch (a.kind) {
      case 'goto':
        // No settle here: the next action or the capture settles first, and twice costs a step ~30 ms.
        await page.goto(new URL(env.resolve(need(a.value, 'value')), env.baseUrl).href, { timeout: env.navigationTimeoutMs });
        return;
      case 'click': {
        const el = await target();
        await enabled(el, a.target!);
        await el.click({ delay: PRESS_MS, timeout: env.timeoutMs });
        return;
      }
      case 'fill': {
        const el = await target();
        await enabled(el, a.target!);
        await el.fill(env.resolve(a.value ?? ''), { timeout: env.timeoutMs });
        return;
      }
      case 'type': {
        const el = await target();
        await enabled(el, a.target!);
        await el.click({ delay: PRESS_MS, timeout: env.timeoutMs });
        await el.pressSequentially(env.resolve(a.value ?? ''), { delay: 15, timeout: env.timeoutMs });
        return;
      }
      case 'select':
        return await selectOption(await target(), env.resolve(need(a.value, 'option')), env, a.target!);
      case 'check':
      case 'uncheck': {
        return await setChecked(await target(), a.kind === 'check', env, a.target!);
      }
      case 'press': {
        const key = need(a.key ?? a.value, 'key');
        if (a.target) await (await target()).press(key, { delay: 30 });
        else await page.keyboard.press(key, { delay: 30 });
        return;
      }
      case 'hover':
        await (await target()).hover({ timeout: env.timeoutMs });
        return;
      case 'wait':
        if (a.for) await find(page, a.for, env.timeoutMs);
        else await page.waitForTimeout(a.ms ?? 0);
        return;
      case 'expect':
        throw new Error('expect is checked by checkExpectation');
    }
  } catch (e) {
    if (e instanceof ActionBlocked) throw e;
    // A Playwright time-out on an element we found means it would not take the action (covered, detached).
    throw new ActionBlocked(a.target ? `${describeLocator(a.target)} is on the screen but would not take the ${a.kind}${why(e)}` : firstLine(e), a.target);
  }
}

async function enabled(el: PwLocator, loc: Locator): Promise<void> {
  if (await el.isDisabled().catch(() => false)) throw new ActionBlocked(`${describeLocator(loc)} is disabled`, loc);
}

/** Native <select>, or a custom ARIA combobox/listbox: open it, then pick the option by its words. */
async function selectOption(el: PwLocator, option: string, env: ActionEnv, loc: Locator): Promise<void> {
  await enabled(el, loc);
  const tag = await el.evaluate((n) => n.tagName.toLowerCase());
  if (tag === 'select') {
    const labels = await el.locator('option').allTextContents();
    const wanted = labels.find((l) => l.trim() === option) ?? labels.find((l) => l.toLowerCase().includes(option.toLowerCase()));
    if (wanted === undefined) {
      const offered = labels.map((l) => l.trim()).filter(Boolean).slice(0, 12).join("', '");
      throw new ActionBlocked(`${describeLocator(loc)} has no option '${option}' (it offers '${offered}')`, loc);
    }
    await el.selectOption({ label: wanted }, { timeout: env.timeoutMs });
    return;
  }
  await el.click({ delay: PRESS_MS, timeout: env.timeoutMs });
  const scope = await optionScope(el, env.page);
  const want: Locator = { role: 'option', name: option };
  const noOption = () => new ActionBlocked(`${describeLocator(loc)} has no option '${option}'`, loc);
  // Options of a custom widget may load late: wait for them like a person would. An autocomplete
  // shows none until something is typed: when none came after the click, type the option's words.
  const editable = await el.isEditable().catch(() => false);
  let opt = await find(scope, want, editable ? Math.min(600, env.timeoutMs) : env.timeoutMs).catch(() => undefined);
  if (!opt && editable) {
    await el.fill('');
    await el.pressSequentially(option, { delay: 15, timeout: env.timeoutMs });
    opt = await find(scope, want, env.timeoutMs).catch(() => undefined);
  }
  if (!opt) throw noOption();
  await opt.click({ delay: PRESS_MS, timeout: env.timeoutMs });
}

/** Where a combobox's options are: the listbox it controls or owns, itself for a listbox, else the page. */
async function optionScope(el: PwLocator, page: Page): Promise<Page | PwLocator> {
  const ids = await el.evaluate((n) => {
    if (n.getAttribute('role') === 'listbox') return ['self'];
    return (n.getAttribute('aria-controls') ?? n.getAttribute('aria-owns') ?? '').split(/\s+/).filter(Boolean);
  });
  if (ids[0] === 'self') return el;
  // The controlled list may sit in the same shadow root as the combobox; a css locator pierces open roots.
  return ids.length ? page.locator(ids.map((id) => `[id="${id.replace(/"/g, '\\"')}"]`).join(',')) : page;
}

/** check/uncheck as a person does: click the box, or its label when the real input is hidden under styling. */
async function setChecked(el: PwLocator, want: boolean, env: ActionEnv, loc: Locator): Promise<void> {
  await enabled(el, loc);
  if ((await el.isChecked()) === want) return;
  const direct = await el.click({ trial: true, timeout: Math.min(500, env.timeoutMs) }).then(() => true, () => false);
  if (direct) {
    await el.click({ delay: PRESS_MS, timeout: env.timeoutMs });
  } else {
    // Styled toggles clip the input away and leave it ignoring the pointer; the label is what is clicked.
    const label = (await el.elementHandle())?.evaluateHandle((n) => (n as HTMLInputElement).labels?.[0] ?? null);
    const handle = (await label)?.asElement();
    if (!handle) await el.click({ delay: PRESS_MS, timeout: env.timeoutMs }); // gives Playwright's own reason
    else await handle.click({ delay: PRESS_MS, timeout: env.timeoutMs });
  }
  const deadline = Date.now() + Math.min(1000, env.timeoutMs);
  while ((await el.isChecked()) !== want) {
    if (Date.now() > deadline) throw new ActionBlocked(`clicking ${describeLocator(loc)} did not ${want ? 'check' : 'uncheck'} it`, loc);
    await env.page.waitForTimeout(50);
  }
}

/** Checks an expectation, polling until it holds or the time-out passes. Returns a failure message or undefined. */
export async function checkExpectation(a: Action, env: ActionEnv): Promise<string | undefined> {
  const ex: Expectation = a.expect ?? { visible: true };
  const deadline = Date.now() + env.timeoutMs;
  let last = '';
  await settle(env.page);
  for (;;) {
    last = (await evaluateOnce(ex, a.target, env)) ?? '';
    if (!last) return undefined;
    if (Date.now() > deadline) return last;
    await env.page.waitForTimeout(100);
  }
}

async function evaluateOnce(ex: Expectation, loc: Locator | undefined, env: ActionEnv): Promise<string | undefined> {
  const page = env.page;
  if (ex.url !== undefined && !page.url().includes(env.resolve(ex.url))) return `the address is ${new URL(page.url()).pathname}, not ${ex.url}`;
  if (ex.title !== undefined && !(await page.title()).includes(env.resolve(ex.title))) return `the page title is '${await page.title()}'`;
  if (!loc) return undefined;
  const what = describeLocator(loc);
  const l = resolveLocator(page, loc);
  const count = await l.filter({ visible: true }).count();
  if (ex.count !== undefined && count !== ex.count) return `${count} of ${what} shown, expected ${ex.count}`;
  if (ex.hidden) return count === 0 ? undefined : `${what} is shown`;
  const wantsElement = ex.visible !== false && ex.count === undefined;
  if (wantsElement && count === 0) return `${what} is not shown`;
  if (count === 0) return undefined;
  const el = l.filter({ visible: true }).first();
  if (ex.enabled && (await el.isDisabled())) return `${what} is disabled`;
  if (ex.disabled && !(await el.isDisabled())) return `${what} is enabled`;
  if (ex.text !== undefined) {
    const t = (await el.innerText()).replace(/\s+/g, ' ');
    if (!t.toLowerCase().includes(env.resolve(ex.text).toLowerCase())) return `${what} says '${t.slice(0, 120)}'`;
  }
  if (ex.value !== undefined) {
    const v = await el.inputValue().catch(() => '');
    if (v !== env.resolve(ex.value)) return `${what} holds a different value`;
  }
  return undefined;
}
