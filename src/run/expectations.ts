// Checking an `expect` of a journey: what a person would look for on the screen (an element shown
// or hidden, its text, value, count, whether it is enabled; the address or title), polled until it
// holds or the action time-out passes. Performing the other actions is in actions.ts.
import type { Action, Expectation, Locator } from '../model/journey.js';
import { settle } from '../capture/settle.js';
import { describeLocator, onScreen } from '../browser/locators.js';
import { withTemplates, type ActionEnv } from './actions.js';

/** Checks an expectation, polling until it holds or the time-out passes. Returns a failure message or undefined. */
export async function checkExpectation(action: Action, env: ActionEnv): Promise<string | undefined> {
  const a = withTemplates(action, env);
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
  const shown = await onScreen(page, loc);
  const count = shown.count;
  if (ex.count !== undefined && count !== ex.count) return `${count} of ${what} shown, expected ${ex.count}`;
  if (ex.hidden) return count === 0 ? undefined : `${what} is shown`;
  const wantsElement = ex.visible !== false && ex.count === undefined;
  if (wantsElement && count === 0) return `${what} is not shown`;
  if (count === 0) return undefined;
  const el = shown.at(0);
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
