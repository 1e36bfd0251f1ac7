// Performing one action the way a person would: wait for the page to settle, find the element
// by what it is called on screen, then press, pause, release. Checking an `expect` is in expectations.ts.
import type { Locator as PwLocator, Page } from 'playwright';
import type { Action, Locator } from '../model/journey.js';
import { settle } from '../capture/settle.js';
import { childFrames, describeLocator, fillLocator, onScreen, wherePanels } from '../browser/locators.js';
import { firstLine } from '../browser/browser.js';
import { gotoRefusal } from '../load/url-checks.js';
import { locateWidget, WidgetNotFound } from './widget-locate.js';
import { selectIn, SelectRefused } from './widget-select.js';
import { fillKept } from './fill-kept.js';

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
  /** Origins besides baseUrl's that goto may open (the environment's allowOrigins). Absent: only
   *  the scheme is checked, for callers that do not know the environment's list. */
  allowOrigins?: string[];
}

/**
 * Where a goto leads once its templates are filled in: refused unless http(s) on the environment's
 * origin or an allowed one. Validate checks the literal values; this catches `goto: ${vars.X}`.
 */
export function gotoUrl(value: string, env: Pick<ActionEnv, 'baseUrl' | 'allowOrigins'>): string {
  const href = new URL(value, env.baseUrl).href;
  const origins = env.allowOrigins && [new URL(env.baseUrl).origin, ...env.allowOrigins];
  const why = gotoRefusal(href, { name: 'this environment', origins }, origins !== undefined);
  if (why) throw new Error(`goto refused: ${why}`);
  return href;
}

/** Exact name first, then substring: "Book" means the button Book, not "Book later", when both exist. */
// `nth` counts among the elements on screen (what a person means by "the second Save"), so it is
// applied after the visibility filter, not by resolveLocator.
export async function find(page: Page | PwLocator, loc: Locator, timeoutMs: number): Promise<PwLocator> {
  const { nth, ...rest } = loc;
  const candidates: Locator[] = loc.exact === undefined && (loc.role || loc.label || loc.text)
    ? [{ ...rest, exact: true }, rest]
    : [rest];
  const deadline = Date.now() + timeoutMs;
  let searched: string[] = [];
  for (;;) {
    for (const l of candidates) {
      // The page first, then every frame in it: one screen to a person (see onScreen).
      const visible = await onScreen(page, l);
      const n = visible.count;
      searched = visible.searched;
      if (nth !== undefined) {
        if (n > nth) return visible.at(nth);
        continue;
      }
      // Pinned to the first match: opening a widget can reveal a second element with the same
      // name (a combobox's listbox carries its label), which must not make the found one ambiguous.
      if (n === 1) return visible.at(0);
      if (n > 1) {
        throw new ActionBlocked(`${n} elements match ${describeLocator(loc)}${wherePanels(visible.panels)}; add nth or within${visible.panels.length ? ' or frame' : ''} to say which`, loc);
      }
    }
    if (Date.now() > deadline) throw new ActionBlocked(`${describeLocator(loc)} is not on the screen${searched.length ? ` (nor in its panels ${searched.map((p) => `'${p}'`).join(', ')})` : ''}`, loc);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A person's press lasts tens of ms; some widgets ignore a press and release with no pause between. */
const PRESS_MS = 40;

/** Playwright's reasons for an element refusing an action, in the words a person would use. */
const REFUSALS: [RegExp, string][] = [
  [/does not receive pointer events|intercepts pointer events/, 'something is drawn over it and takes the click'],
  [/element is not visible/, 'it is hidden'],
  [/element is not stable/, 'it keeps moving'],
  [/element is not enabled/, 'it is disabled'],
  [/element is not editable/, 'it is read-only'],
  [/element was detached from the DOM/, 'the page redrew it while it was being used'],
  [/not a checkbox or radio button/, 'it is not a tick box or radio button'],
  [/Timeout \d+ms exceeded/, 'it did not respond in time'],
];

/** The reason an element refused an action, never a Playwright internal; what is in the way, named by its words. */
function why(e: unknown): string {
  const log = e instanceof Error ? e.message : String(e);
  const said = REFUSALS.find(([re]) => re.test(log))?.[1];
  if (!said) return `: ${firstLine(e).replace(/^\w+\.\w+: /, '')}`;
  // "<div class="value-box">Select a ward…</div> intercepts pointer events": say what it shows.
  const cover = /-\s*<(\w+)[^>]*>([^<\n]*)[^\n]*intercepts pointer events/.exec(log);
  const shows = cover?.[2]?.trim();
  return `: ${said}${cover ? ` (${shows ? `a ${cover[1]} showing '${shows.slice(0, 60)}'` : `a ${cover[1]}`})` : ''}`;
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`action has no ${what}`);
  return v;
}

/** The action with its locators' words filled in from templates (a value is filled in where it is used). */
export function withTemplates(a: Action, env: ActionEnv): Action {
  const target = a.target && fillLocator(a.target, env.resolve);
  const wait = a.for && fillLocator(a.for, env.resolve);
  return target === a.target && wait === a.for ? a : { ...a, ...(target ? { target } : {}), ...(wait ? { for: wait } : {}) };
}

export async function performAction(action: Action, env: ActionEnv): Promise<void> {
  const a = withTemplates(action, env);
  const { page } = env;
  if (a.kind !== 'goto' && a.kind !== 'wait') await settle(page);
  const target = async () => find(page, need(a.target, 'target'), env.timeoutMs);
  // Outside the try: a refused address is an error of the journey, not a route that is blocked here.
  const href = a.kind === 'goto' ? gotoUrl(env.resolve(need(a.value, 'value')), env) : '';
  try {
    switch (a.kind) {
      case 'goto':
        // No settle here: the next action or the capture settles first, and twice costs a step ~30 ms.
        await page.goto(href, { timeout: env.navigationTimeoutMs });
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
        // The value must still be there once the page has reacted (see fill-kept.ts).
        if (!(await fillKept(el, env.resolve(a.value ?? ''), env.timeoutMs))) {
          throw new ActionBlocked(`${describeLocator(a.target!)} did not keep what was entered: the page put its own value back`, a.target);
        }
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
        return await select(a.target!, env.resolve(need(a.value, 'option')), env);
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

/** The drop-down a person sees under the words (widget-locate.ts), chosen from as a person would (widget-select.ts). */
async function select(loc: Locator, option: string, env: ActionEnv): Promise<void> {
  try {
    // A drop-down in a panel (frame) is found the way every action finds things there.
    const inFrames = childFrames(env.page).length
      ? () => find(env.page, loc, 0).catch((e) => { if (e instanceof ActionBlocked && !/not on the screen/.test(e.message)) throw e; return undefined; })
      : undefined;
    const w = loc.frame !== undefined ? { el: await find(env.page, loc, env.timeoutMs) } : await locateWidget(env.page, loc, env.timeoutMs, inFrames);
    await enabled(w.el, loc);
    await selectIn(w, option, env, loc);
  } catch (e) {
    if (e instanceof WidgetNotFound || e instanceof SelectRefused) throw new ActionBlocked(e.message, loc);
    throw e;
  }
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
