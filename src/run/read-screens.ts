// Reading the screens a recording went through, for `parity import --env`: the recording is played
// once more on an environment, as a journey would be, and at each element the browser is asked
// what a recording cannot say: its role and name in Chromium's accessibility tree, the words of
// the option a drop-down's recorded value stands for, whether it is a password field, the main
// heading of each screen, and which steps sent requests that change data. The write guard is on
// as for any run: a read-only environment refuses those requests (and reading may stop there).
import type { Browser, BrowserContext, CDPSession, Locator as PwLocator, Page } from 'playwright';
import type { EnvironmentConfig, ParityConfig } from '../model/config.js';
import type { Locator } from '../model/journey.js';
import { resolveTemplate } from '../load/template.js';
import { settle } from '../capture/settle.js';
import { performAction, type ActionEnv } from './actions.js';
import { openBrowser, firstLine } from '../browser/browser.js';
import { signIn, waitForEnvironment } from './env-session.js';
import { GuardProxies, guardSettings, leaveAndClose } from './guard-proxies.js';
import { newEnvContext } from './journey-runner.js';
import { applyNetPolicy } from './net-policy.js';
import { onScreen } from '../browser/locators.js';
import { ariaRole, LABELLED_ROLES } from './role-names.js';
import { startSimEnvironments } from './sim-envs.js';

export interface ReadAction {
  kind: 'goto' | 'click' | 'change' | 'press' | 'hover' | 'wait' | 'expect';
  target?: Locator;
  /** Other ways the recording names the element (its CSS, XPath, text), tried to find it. */
  alternatives: Locator[];
  /** goto: the path; press: the key; change: the value as recorded (held in memory only). */
  value?: string;
}
export interface ReadJourney { start: string; steps: { actions: ReadAction[] }[] }

export interface ElementFacts {
  tag: string;
  inputType?: string;
  /** ARIA role and accessible name, from Chromium's accessibility tree. */
  role?: string;
  name?: string;
  /** A tick box or radio button's state before the action. */
  checked?: boolean;
  /** A native drop-down's chosen option, in its words. */
  option?: string;
  /** The locator a journey should use: the person's words, checked to find this element and no other. */
  locator?: Locator;
}
export interface StepFacts { heading?: string; title?: string; wrote: string[]; actions: (ElementFacts | undefined)[] }
export interface ScreensRead { steps: StepFacts[]; stopped?: { step: number; action: number; why: string } }

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function readScreens(o: { config: ParityConfig; env: string; journeys: ReadJourney[]; processEnv: NodeJS.ProcessEnv }): Promise<ScreensRead[]> {
  const env: EnvironmentConfig = { ...o.config.environments[o.env]! };
  const sims = await startSimEnvironments([env]);
  const guards = new GuardProxies(guardSettings(o.config.browser, o.processEnv, env.writes !== 'allowed'));
  let browser: Browser | undefined;
  try {
    const resolve = (s: string) => resolveTemplate(s, { vars: env.vars, env: o.processEnv }, new Set());
    env.headers = Object.fromEntries(Object.entries(env.headers).map(([k, v]) => [k, resolve(v)]));
    await waitForEnvironment(env, o.config.capture.retries);
    browser = await openBrowser(o.config.browser, o.processEnv);
    const storageState = await signIn(browser, o.config, env, resolve, { proxies: guards, onRefused: () => {} });
    const out: ScreensRead[] = [];
    for (const j of o.journeys) out.push(await readOne(browser, o.config, env, storageState, guards, j));
    return out;
  } finally {
    await browser?.close().catch(() => {});
    await guards.closeAll();
    await sims.stop();
  }
}

async function readOne(
  browser: Browser, config: ParityConfig, env: EnvironmentConfig, storageState: Awaited<ReturnType<BrowserContext['storageState']>> | undefined,
  guards: GuardProxies, j: ReadJourney,
): Promise<ScreensRead> {
  const steps: StepFacts[] = [];
  let current: StepFacts = { wrote: [], actions: [] };
  const wrote = (method: string, url: string) => {
    if (!/^https?:/.test(url)) return;
    const where = `${method} ${new URL(url).pathname}`;
    if (!current.wrote.includes(where)) current.wrote.push(where);
  };
  const proxy = await guards.open(env, (r) => wrote(r.method, r.url));
  const context = await newEnvContext(browser, config, env, storageState, proxy);
  await applyNetPolicy(context, { env, retries: config.capture.retries, onBlocked: (u, m) => wrote(m, u) });
  context.on('request', (r) => { if (!READS.has(r.method())) wrote(r.method(), r.url()); });
  const page = await context.newPage();
  const ae: ActionEnv = {
    page, baseUrl: env.baseUrl, timeoutMs: config.capture.actionTimeoutMs, navigationTimeoutMs: config.capture.navigationTimeoutMs,
    resolve: (s) => s, allowOrigins: env.allowOrigins,
  };
  let stopped: ScreensRead['stopped'];
  try {
    await performAction({ kind: 'goto', value: j.start, text: `goto ${j.start}` }, ae);
    outer: for (const [si, step] of j.steps.entries()) {
      current = { wrote: [], actions: [] };
      steps.push(current);
      for (const [ai, a] of step.actions.entries()) {
        try {
          current.actions.push(await perform(a, ae));
        } catch (e) {
          stopped = { step: si, action: ai, why: firstLine(e) };
          break outer;
        }
      }
      await settle(page);
      current.title = await page.title().catch(() => undefined);
      current.heading = await mainHeading(page);
    }
  } catch (e) {
    stopped ??= { step: 0, action: -1, why: firstLine(e) };
  } finally {
    await leaveAndClose(context);
  }
  return { steps, stopped };
}

async function perform(a: ReadAction, ae: ActionEnv): Promise<ElementFacts | undefined> {
  const { page } = ae;
  if (a.kind === 'goto') {
    await performAction({ kind: 'goto', value: a.value ?? '/', text: 'goto' }, ae);
    return undefined;
  }
  if (a.kind === 'press' && !a.target) {
    await settle(page);
    await page.keyboard.press(a.value ?? 'Enter', { delay: 30 });
    return undefined;
  }
  if (a.kind === 'expect') return undefined; // a recorded assertion reads nothing and changes nothing
  await settle(page);
  const el = await locate(page, a, ae.timeoutMs);
  const facts = await elementFacts(page, el);
  const purpose = a.kind === 'change' ? 'field' : 'press';
  facts.locator = await personLocator(page, el, facts, purpose, a.target);
  switch (a.kind) {
    case 'change':
      if (facts.tag === 'select') {
        await el.selectOption({ value: a.value ?? '' });
        facts.option = await el.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent?.replace(/\s+/g, ' ').trim());
      } else await el.fill(a.value ?? '');
      break;
    case 'click':
      await el.click({ delay: 40 });
      break;
    case 'hover':
      await el.hover();
      break;
    case 'press':
      await el.press(a.value ?? 'Enter', { delay: 30 });
      break;
    case 'wait':
      break;
  }
  return facts;
}

/** The element the recording meant: its own selectors first (Chrome makes each unique), then our locator. */
async function locate(page: Page, a: ReadAction, timeoutMs: number): Promise<PwLocator> {
  const tries = [...a.alternatives, ...(a.target ? [a.target] : [])];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const loc of tries) {
      const seen = await onScreen(page, loc).catch(() => undefined);
      if (seen?.count === 1) return seen.at(0);
    }
    if (Date.now() > deadline) throw new Error(`the element of this step is not on the screen (looked for ${tries.map((t) => JSON.stringify(t)).join(', ')})`);
    await page.waitForTimeout(100);
  }
}

/** Role and name from Chromium's accessibility tree (as the Recorder and screen readers see them), and the form facts. */
export async function elementFacts(page: Page, el: PwLocator): Promise<ElementFacts> {
  const facts = await el.evaluate((n) => {
    const input = n as HTMLInputElement;
    return {
      tag: n.tagName.toLowerCase(),
      inputType: n instanceof HTMLInputElement ? input.type : undefined,
      checked: n instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio') ? input.checked : undefined,
    } as ElementFacts;
  });
  const ax = await axNode(page, el).catch(() => undefined);
  if (ax) {
    facts.role = ariaRole(ax.role);
    facts.name = ax.name?.replace(/\s+/g, ' ').trim() || undefined;
  }
  return facts;
}

async function axNode(page: Page, el: PwLocator): Promise<{ role?: string; name?: string } | undefined> {
  // CDP reaches the page's own frame; an element in a panel (iframe) keeps the facts of its tag.
  const inMain = await el.evaluate((n) => n.ownerDocument === window.top?.document).catch(() => false);
  if (!inMain) return undefined;
  const cdp = await cdpOf(page);
  const mark = `r${Math.random().toString(36).slice(2)}`;
  try {
    await el.evaluate((n, m) => n.setAttribute('data-parity-read', m), mark);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-parity-read="${mark}"]` });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const n = nodes.find((x) => !x.ignored) ?? nodes[0];
    return n && { role: n.role?.value as string | undefined, name: n.name?.value as string | undefined };
  } finally {
    await el.evaluate((n) => n.removeAttribute('data-parity-read')).catch(() => {});
  }
}

/** One DevTools session per page, opened when first needed (each costs a round trip to Chromium). */
const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

/**
 * The locator a trainer would write for this element (a field by its label, anything else by role
 * and name), kept only if the runner, finding as it does (whole name first, then part of it),
 * reaches this element: with `nth` where several share the words. Else the recording's own.
 */
export async function personLocator(page: Page, el: PwLocator, f: ElementFacts, purpose: 'field' | 'press', recorded?: Locator): Promise<Locator | undefined> {
  const tries: Locator[] = [];
  // A link in a table row is a record (a patient's name, an appointment): its words are patient
  // data, which differ in every environment. "The first link in the results" is what a person means.
  const table = f.role === 'link' ? await namedTable(page, el) : undefined;
  if (table) tries.push({ role: 'link', within: { role: 'table', name: table } });
  if (f.name && f.role && purpose === 'field' && LABELLED_ROLES.has(f.role)) tries.push({ label: f.name });
  if (f.name && f.role) tries.push({ role: f.role, name: f.name });
  if (f.name && purpose === 'field') tries.push({ label: f.name });
  if (recorded) tries.push(recorded);
  for (const loc of tries) {
    if (loc.css !== undefined) return loc;
    for (const exact of loc.name === undefined && loc.label === undefined ? [undefined] : [true, false]) {
      const seen = await onScreen(page, { ...loc, exact }).catch(() => undefined);
      if (!seen?.count) continue;
      const i = await indexOf(el, seen, Math.min(seen.count, 30));
      if (i < 0) break; // these words find other elements first: not a locator for this one
      return seen.count === 1 ? loc : { ...loc, nth: i };
    }
  }
  return recorded;
}

/** The accessible name of the table around an element, when it has one. */
async function namedTable(page: Page, el: PwLocator): Promise<string | undefined> {
  const t = el.locator('xpath=ancestor::table[1]');
  if (!(await t.count())) return undefined;
  const ax = await axNode(page, t).catch(() => undefined);
  return ax?.name?.replace(/\s+/g, ' ').trim() || undefined;
}

async function indexOf(el: PwLocator, seen: Awaited<ReturnType<typeof onScreen>>, n: number): Promise<number> {
  const target = await el.elementHandle();
  for (let i = 0; i < n; i++) {
    const same = await seen.at(i).evaluate((a, b) => a === b, target).catch(() => false);
    if (same) return i;
  }
  return -1;
}

/** The screen's main heading, as a person reads it: the first visible level-one heading, else any heading. */
export async function mainHeading(page: Page): Promise<string | undefined> {
  for (const l of [page.getByRole('heading', { level: 1 }), page.getByRole('heading')]) {
    const first = l.filter({ visible: true }).first();
    const t = await first.innerText({ timeout: 500 }).catch(() => '');
    if (t.trim()) return t.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}
