// A small stand-in for Parity's runner, for the sim tests only: reads a journey YAML, performs its
// actions with plain Playwright calls, finding elements with the runner's own locator resolution
// (src/browser/locators.ts: exact name first, then substring, frames included), and after each step reads
// the page and its frames with the capture stage's page-model script. Enough to prove that the example journeys run on train
// and that each planted difference shows up at the step the sim says. (The runner's own action
// code settles the page before every action: right for real systems, too slow for 180 steps here.)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Locator as PwLocator, Page } from 'playwright';
import type { Action, Locator } from '../../src/model/journey.js';
import { onScreen } from '../../src/browser/locators.js';
import { readRawModel } from '../../src/capture/page-model.js';
import { resolveTemplate } from '../../src/load/template.js';

class Blocked extends Error {}

// Generous: on a loaded two-core CI machine a menu can take seconds, and a slow click is not a missing one.
const TIMEOUT = 10_000;

/** Exact name first, then substring, visible only; one match or it is blocked (as the runner does). */
async function find(page: Page, loc: Locator): Promise<PwLocator> {
  const cands = loc.exact === undefined && (loc.role || loc.label || loc.text) ? [{ ...loc, exact: true }, loc] : [loc];
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    for (const c of cands) {
      // The page, then its frames, as the runner looks (src/browser/locators.ts onScreen).
      const l = await onScreen(page, c);
      const n = l.count;
      if (n === 1 || (n > 1 && loc.nth !== undefined)) return l.at(0);
      if (n > 1) throw new Blocked(`${n} elements match`);
    }
    if (Date.now() > deadline) throw new Blocked('not on the screen');
    await page.waitForTimeout(50);
  }
}

async function act(page: Page, baseUrl: string, a: Action): Promise<void> {
  const t = a.target;
  switch (a.kind) {
    case 'goto': await page.goto(new URL(a.value!, baseUrl).href); return;
    case 'click': {
      const el = await find(page, t!);
      if (await el.isDisabled()) throw new Blocked('disabled');
      await el.click({ timeout: TIMEOUT });
      return;
    }
    case 'fill': await (await find(page, t!)).fill(a.value ?? '', { timeout: TIMEOUT }); return;
    case 'type': { const el = await find(page, t!); await el.click(); await el.pressSequentially(a.value ?? ''); return; }
    case 'check': await (await find(page, t!)).check({ timeout: TIMEOUT }); return;
    case 'uncheck': await (await find(page, t!)).uncheck({ timeout: TIMEOUT }); return;
    case 'hover': await (await find(page, t!)).hover({ timeout: TIMEOUT }); return;
    case 'press': await page.keyboard.press(a.key!); return;
    case 'wait': if (a.for) await find(page, a.for); else await page.waitForTimeout(a.ms ?? 0); return;
    case 'select': {
      const el = await find(page, t!);
      if ((await el.evaluate((n) => n.tagName)) === 'SELECT') {
        const labels = await el.locator('option').allTextContents();
        const want = labels.find((l) => l.trim() === a.value) ?? labels.find((l) => l.toLowerCase().includes(a.value!.toLowerCase()));
        if (want === undefined) throw new Blocked(`no option ${a.value}`);
        await el.selectOption({ label: want });
        return;
      }
      await el.click();
      await (await find(page, { role: 'option', name: a.value! })).click();
      return;
    }
    case 'expect': return;
  }
}

/** An expectation's failure message, or undefined when it holds (polled briefly). */
async function check(page: Page, a: Action): Promise<string | undefined> {
  const ex = a.expect ?? {};
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    let msg: string | undefined;
    if (ex.url !== undefined && !page.url().includes(ex.url)) msg = `url ${page.url()}`;
    else if (a.target) {
      const l = await onScreen(page, a.target);
      const n = l.count;
      if (ex.visible !== false && n === 0) msg = 'not shown';
      else if (ex.text !== undefined && !(await l.at(0).innerText()).toLowerCase().includes(ex.text.toLowerCase())) msg = 'text differs';
    }
    if (!msg || Date.now() > deadline) return msg;
    await page.waitForTimeout(50);
  }
}

export interface RawStep { name: string; actions?: Record<string, unknown>[]; only?: string[]; skip?: string[]; commits?: boolean }
export interface RawJourney { journey: string; start?: string; steps: RawStep[] }

export interface ModelControl { role: string; name: string; nameAttr?: string; required: boolean; options?: string[]; value?: string; checked?: boolean; order: number }
export interface PageModel {
  controls: ModelControl[];
  identity: { path: string; mainHeading: string; headings: string[]; buttons: string[]; tableHeaders: string[][]; tableRows?: string[][]; messages: string[] };
  menu: string[];
}

export interface StepResult {
  status: 'captured' | 'blocked' | 'skipped' | 'not-run';
  failedExpects: string[];
  errors: string[];
  model?: PageModel;
  shot?: Buffer;
  blocked?: string;
  ms?: number;
}

export function loadJourney(file: string): RawJourney {
  return parse(readFileSync(file, 'utf8')) as RawJourney;
}

/** The example config's vars (parity.config.yaml), as far as the journeys use them; generated values
 *  and dates as a run on the simulator's default clock makes them. */
const VARS: Record<string, string> = { password: 'training' };
const fillIn = (v: string) => resolveTemplate(v, { vars: VARS, env: {}, gen: { runId: 'sim-test', journey: 'sim-test', today: '2026-06-01' } }, new Set());

/** YAML action → the model's Action (what src/load does properly; enough for these files). */
export function toAction(item: Record<string, unknown>): Action {
  const [kind, raw] = Object.entries(item)[0]! as [Action['kind'], unknown];
  const text = `${kind} ${JSON.stringify(raw)}`;
  const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { value, option, ...loc } = obj as { value?: string; option?: string } & Locator;
  switch (kind) {
    case 'goto': return { kind, value: String(raw), text };
    case 'press': return typeof raw === 'string' ? { kind, key: raw, text } : { kind, key: String(obj.key), target: obj.target as Locator, text };
    case 'wait': return typeof raw === 'number' ? { kind, ms: raw, text } : { kind, for: obj.for as Locator, text };
    case 'select': return { kind, target: loc, value: option === undefined ? undefined : fillIn(option), text };
    case 'fill': case 'type': return { kind, target: loc, value: fillIn(String(value ?? '')), text };
    case 'expect': {
      const { target, ...ex } = obj as { target?: Locator };
      return { kind, target, expect: ex, text };
    }
    default: return { kind, target: loc, text };
  }
}

export async function runJourney(browser: Browser, ctxOpts: { storageState: Awaited<ReturnType<BrowserContext['storageState']>> }, baseUrl: string, env: string, j: RawJourney, shotSteps: Set<string>): Promise<Map<string, StepResult>> {
  const context = await browser.newContext({ ...ctxOpts, viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  let errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const out = new Map<string, StepResult>();
  await page.goto(new URL(j.start ?? '/', baseUrl).href);
  let stopped = false;
  for (const step of j.steps) {
    if (stopped) { out.set(step.name, { status: 'not-run', failedExpects: [], errors: [] }); continue; }
    if ((step.only && !step.only.includes(env)) || step.skip?.includes(env)) { out.set(step.name, { status: 'skipped', failedExpects: [], errors: [] }); continue; }
    errors = [];
    const t0 = performance.now();
    const r: StepResult = { status: 'captured', failedExpects: [], errors };
    for (const item of step.actions ?? []) {
      const a = toAction(item);
      try {
        if (a.kind === 'expect') {
          const msg = await check(page, a);
          if (msg) r.failedExpects.push(`${a.text}: ${msg}`);
        } else await act(page, baseUrl, a);
      } catch (e) {
        if (!(e instanceof Blocked) && !/Timeout/.test(String(e))) throw e;
        r.status = 'blocked';
        r.blocked = `${a.text}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
        stopped = true;
        break;
      }
    }
    // A click that submits a form may start its navigation only after we looked: read again then.
    for (let attempt = 0; ; attempt++) {
      try {
        await page.waitForLoadState('load');
        r.model = await readRawModel(page, { values: false }) as unknown as PageModel;
        break;
      } catch (e) {
        if (attempt >= 3 || !/Execution context was destroyed|navigat/i.test(String(e))) throw e;
        await page.waitForTimeout(50);
      }
    }
    if (shotSteps.has(`${j.journey}/${step.name}`)) {
      await page.addStyleTag({ content: '.env-banner, .tb-domain { visibility: hidden !important; }' });
      r.shot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    }
    r.ms = Math.round(performance.now() - t0);
    out.set(step.name, r);
  }
  await context.close();
  return out;
}
