// A `parity record` session: the environment signed in to as a run signs in, one browser window
// with the write guard on exactly as for a run of that environment (its proxy, its request policy),
// the recorder script in every page, and each reported event turned into a journey action with the
// locator the runner would use. Ends on "Finish recording", when the window is closed, or when
// the caller's `stop` resolves (Ctrl-C); what was recorded until then is returned, never lost.
import type { Browser, BrowserContext, Frame, Page } from 'playwright';
import type { EnvironmentConfig, ParityConfig } from '../model/config.js';
import type { Locator } from '../model/journey.js';
import type { DraftAction, DraftKind } from '../import/draft.js';
import { secretName } from '../import/names.js';
import { describeLocator } from '../browser/locators.js';
import { firstLine, openBrowser } from '../browser/browser.js';
import { EnvironmentError } from '../util/errors.js';
import { resolveTemplate } from '../load/template.js';
import { performAction } from '../run/actions.js';
import { EnvUnavailable, signIn, waitForEnvironment } from '../run/env-session.js';
import { GuardProxies, guardSettings, leaveAndClose } from '../run/guard-proxies.js';
import { newEnvContext } from '../run/journey-runner.js';
import { applyNetPolicy } from '../run/net-policy.js';
import { mainHeading } from '../run/read-screens.js';
import { readSavedSession, SessionUnusable } from '../run/saved-session.js';
import { startSimEnvironments } from '../run/sim-envs.js';
import { locatorFor, type Hints } from './element-locator.js';
import { RECORDER_BINDING, RECORDER_SCRIPT } from './recorder-script.js';
import { RecordedSteps } from './steps.js';
import type { RecordCode } from './codes.js';

export interface RecordOptions {
  config: ParityConfig;
  env: string;
  processEnv: NodeJS.ProcessEnv;
  /** The page to open after sign-in: a path on the environment's base URL. */
  start: string;
  /** No window: for tests, which drive the page through the browser's debugging port. */
  headless: boolean;
  /** A line for the person recording (stderr): what was recorded, what the guard refused. */
  say(line: string): void;
  /** Resolves when the session should end (Ctrl-C). */
  stop?: Promise<unknown>;
}

export interface Recorded {
  steps: RecordedSteps;
  /** The path of the first screen, as the journey's `start`. */
  start: string;
  /** Requests the write guard refused, `METHOD /path`. */
  refused: string[];
  /** Why it ended. */
  ended: string;
}

/** What the recorder script reports (recorder-script.ts). */
interface PageEvent { kind: 'hello' | 'finish' | 'step' | 'click' | 'fill' | 'select' | 'check' | 'uncheck' | 'press' | 'expect'; mark?: string; hints?: Hints; value?: string; secret?: boolean; option?: string; key?: string; name?: string; url?: string; heading?: string; title?: string }

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function recordSession(o: RecordOptions): Promise<Recorded> {
  const env: EnvironmentConfig = { ...o.config.environments[o.env]! };
  const sims = await startSimEnvironments([env]);
  const guards = new GuardProxies(guardSettings(o.config.browser, o.processEnv, env.writes !== 'allowed'));
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  try {
    const resolve = (s: string) => resolveTemplate(s, { vars: env.vars, env: o.processEnv }, new Set());
    env.headers = Object.fromEntries(Object.entries(env.headers).map(([k, v]) => [k, resolve(v)]));
    let interrupted = false;
    void o.stop?.then(() => { interrupted = true; });
    await waitForEnvironment(env, o.config.capture.retries);
    browser = await openBrowser({ ...o.config.browser, headless: o.headless }, o.processEnv, !o.headless);
    const refused: string[] = [];
    const refuse = (method: string, url: string) => {
      const what = `${method} ${pathOf(url)}`;
      refused.push(what);
      o.say(`  refused ${what}: ${env.name} does not allow writes (writes: allowed in the config would let it through)`);
    };
    const storageState = env.signIn?.storageState ? savedSession(env) : await signIn(browser, o.config, env, resolve, { proxies: guards, onRefused: (r) => refuse(r.method, r.url) });

    if (interrupted) throw new EnvironmentError('RECORD_INTERRUPTED' satisfies RecordCode, 'interrupted before recording began; nothing was written');

    // The run's own guard: a proxy for a read-only environment, and the run's request policy.
    let steps: RecordedSteps | undefined;
    const wrote = () => steps?.wrote();
    const proxy = await guards.open(env, (r) => { refuse(r.method, r.url); wrote(); }, o.config.capture.retries);
    context = await newEnvContext(browser, o.config, env, storageState, proxy);
    await applyNetPolicy(context, { env, retries: o.config.capture.retries, onBlocked: (url, method) => { refuse(method, url); if (READS.has(method)) wrote(); } });
    context.on('request', (r) => { if (!READS.has(r.method()) && /^https?:/.test(r.url())) wrote(); });

    let page: Page | undefined;
    let stop!: (why: string) => void;
    const ended = new Promise<string>((r) => { stop = r; });
    const handle = eventHandler(() => page, () => steps, o.say, stop);
    let queue: Promise<unknown> = Promise.resolve();
    // One event at a time, in the order the page sent them: a fill is settled before the click after it.
    await context.exposeBinding(RECORDER_BINDING, (source, ev: PageEvent) => {
      const next = queue.then(() => (source.page === page ? handle(source.frame, ev) : undefined)).catch(() => undefined);
      queue = next;
      return next;
    });
    await context.addInitScript({ content: RECORDER_SCRIPT });
    context.on('page', (p) => { if (page && p !== page) o.say('  a second window opened: only the first window is recorded'); });

    page = await context.newPage();
    page.on('close', () => stop('the browser window was closed'));
    browser.on('disconnected', () => stop('the browser was closed'));
    void o.stop?.then(() => stop('interrupted'));
    const ae = { page, baseUrl: env.baseUrl, timeoutMs: o.config.capture.actionTimeoutMs, navigationTimeoutMs: o.config.capture.navigationTimeoutMs, resolve, allowOrigins: env.allowOrigins };
    await performAction({ kind: 'goto', value: o.start, text: `goto ${o.start}` }, ae).catch((e: unknown) => {
      throw new EnvironmentError('RECORD_START' satisfies RecordCode, `${o.start} on ${env.name} did not open: ${firstLine(e)}`);
    });
    const origin = new URL(env.baseUrl).origin;
    const local = (u: string) => (new URL(u).origin === origin ? pathOf(u) : u);
    const s = (steps = new RecordedSteps(page.url()));
    const start = local(page.url());
    const reads: Promise<void>[] = [readScreen(page, s, 0, page.url())];
    page.on('framenavigated', (f) => {
      if (f !== page!.mainFrame() || !/^https?:/.test(f.url())) return;
      const i = s.navigated(f.url(), local(f.url()), Date.now());
      if (i === undefined) return;
      o.say(`  screen: ${local(f.url())}`);
      reads.push(readScreen(page!, s, i, f.url()));
    });
    o.say(`parity: recording on ${env.name} from ${start}. Use the overlay: "New step here", "Check this", "Finish recording" (or close the window, or Ctrl-C).`);
    const why = await ended;
    await Promise.race([queue, sleep(5000)]);
    await Promise.race([Promise.all(reads), sleep(5000)]);
    return { steps: s, start, refused, ended: why };
  } catch (e) {
    if (e instanceof EnvUnavailable) throw new EnvironmentError('RECORD_ENV_UNAVAILABLE' satisfies RecordCode, `${o.env}: ${e.message}`);
    throw e;
  } finally {
    if (context) await leaveAndClose(context);
    await browser?.close().catch(() => {});
    await guards.closeAll();
    await sims.stop();
  }
}

function savedSession(env: EnvironmentConfig) {
  try {
    return readSavedSession(env);
  } catch (e) {
    if (e instanceof SessionUnusable) throw new EnvironmentError('RECORD_NO_SESSION' satisfies RecordCode, e.message);
    throw e;
  }
}

/** Each event the page reports, as an action of the current step; answers with what the overlay shows. */
function eventHandler(pageOf: () => Page | undefined, stepsOf: () => RecordedSteps | undefined, say: (l: string) => void, stop: (why: string) => void) {
  const secrets = new Map<string, string>(); // a password field's label → its secret's name
  let last = '';
  const state = () => {
    const s = stepsOf()?.current;
    return { step: s ? s.named ?? s.heading ?? s.arrival.title ?? '' : '', last };
  };
  return async (frame: Frame, ev: PageEvent) => {
    const page = pageOf();
    const steps = stepsOf();
    if (!page || !steps) return state();
    switch (ev.kind) {
      case 'hello':
        if (frame === page.mainFrame() && ev.url) steps.screenAt(ev.url, ev.heading, ev.title);
        return state();
      case 'finish': stop('finished'); return state();
      case 'step':
        if (ev.name) { steps.newStep(ev.name); say(`  step: ${ev.name}`); }
        return state();
      case 'press': {
        steps.add(action('press', { value: ev.key ?? 'Enter' }), Date.now());
        last = `press ${ev.key ?? 'Enter'}`;
        say(`  + ${last}`);
        return state();
      }
      default: break;
    }
    if (!ev.mark || !ev.hints) return state();
    const purpose = ev.kind === 'fill' || ev.kind === 'select' ? 'field' : 'press';
    const found = await locatorFor(page, frame, ev.mark, ev.hints, purpose);
    const a = action(ev.kind as DraftKind, { target: found.locator });
    if (found.note) a.notes.push(found.note);
    if (ev.kind === 'fill') {
      if (ev.secret || found.facts?.inputType === 'password') {
        const label = found.locator.label ?? found.locator.name ?? (ev.hints.label || 'password');
        const name = secrets.get(label) ?? secretName(label, new Set(secrets.values()));
        secrets.set(label, name);
        Object.assign(a, { secret: name, value: `\${secret.${name}}` });
        say(`  the password typed into '${label}' is not written: the journey takes it from \${secret.${name}} (set ${name} when running it)`);
      } else {
        a.value = ev.value ?? '';
        if (a.value.includes('${')) a.notes.push('the value holds ${…}, which a journey reads as a template: check it');
      }
    }
    if (ev.kind === 'select') a.value = ev.option ?? '';
    if (ev.kind === 'expect') a.expect = expectation(found.locator, ev.hints);
    steps.add(a, Date.now());
    last = `${ev.kind} ${describeLocator(found.locator)}${ev.kind === 'fill' ? ` = ${a.value}` : ev.kind === 'select' ? ` = ${a.value}` : ''}`;
    say(`  + ${last}${found.note ? ` (${found.note})` : ''}`);
    return state();
  };
}

/** "Check this": the element is on screen; where the locator has no words of its own, with its text. */
function expectation(loc: Locator, h: Hints): DraftAction['expect'] {
  return loc.role && loc.name === undefined && h.text ? { visible: true, text: h.text } : { visible: true };
}

function action(kind: DraftKind, more: Partial<DraftAction>): DraftAction {
  return { kind, from: [], notes: [], warnings: [], ...more };
}

/** The screen's heading and title, once it has loaded, name its step. */
async function readScreen(page: Page, steps: RecordedSteps, step: number, url: string): Promise<void> {
  await page.waitForLoadState('domcontentloaded', { timeout: 5000 }).catch(() => {});
  if (page.url() !== url) return;
  const heading = await mainHeading(page).catch(() => undefined);
  const title = await page.title().catch(() => undefined);
  if (page.url() === url) steps.screen(step, heading, title);
}

function pathOf(u: string): string {
  try {
    const x = new URL(u);
    return x.pathname + x.search + x.hash;
  } catch {
    return u;
  }
}

// Unref'd: a wait that has lost its race must not keep the command from exiting.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());
