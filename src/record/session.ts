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
import { resolveTemplate, secretNamesIn } from '../load/template.js';
import { performAction } from '../run/actions.js';
import { EnvUnavailable, signIn, waitForEnvironment } from '../run/env-session.js';
import { GuardProxies, guardSettings, leaveAndClose } from '../run/guard-proxies.js';
import { newEnvContext } from '../run/journey-runner.js';
import { applyNetPolicy } from '../run/net-policy.js';
import { mainHeading } from '../run/read-screens.js';
import { readSavedSession, SessionUnusable } from '../run/saved-session.js';
import { randomBytes } from 'node:crypto';
import { startSimEnvironments } from '../run/sim-envs.js';
import { pathOf } from '../run/page-problems.js';
import { SAFE_METHODS } from '../run/write-guard.js';
import { sessionSecrets } from '../run/saved-session.js';
import { Redactor } from '../capture/redact.js';
import { locatorFor } from './element-locator.js';
import { OVERLAY_FRAME, RECORDER_BINDING, recorderScript } from './recorder-script.js';
import { RecordedSteps, RecordingQueue } from './steps.js';
import { escapeTemplates, escapeLocator, parsePageEvent, type PageEvent } from './page-event.js';
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
  /** Resolves when the session must end now, writing nothing (a second Ctrl-C): the browser is closed. */
  abort?: Promise<unknown>;
  /** Secrets known before recording (recordSecrets()): scrubbed from what is kept and printed. */
  secrets: RecordSecrets;
  /** --debug: a handler's error is printed with its stack. */
  debug?: boolean;
}

/** The secret values of the environment, by value, and the redactor that scrubs them (and the config's rules). */
export interface RecordSecrets {
  /** A secret's value → its name: a field filled with it is written as ${secret.NAME}. */
  byValue: Map<string, string>;
  /** Every value to scrub (grows by the saved session's cookies). */
  values: Set<string>;
  /** Scrubs secrets only: what is kept in the journey (patient data typed on TRAIN stays). */
  file: Redactor;
  /** Scrubs secrets and the config's redaction rules: what is printed. */
  print: Redactor;
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

export async function recordSession(o: RecordOptions): Promise<Recorded> {
  const env: EnvironmentConfig = { ...o.config.environments[o.env]! };
  let sims: { stop(): Promise<void> } | undefined;
  let guards: GuardProxies | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  try {
    // Inside the try: settings that throw must not leave a simulator running.
    sims = await startSimEnvironments([env]);
    guards = new GuardProxies(guardSettings(o.config.browser, o.processEnv, env.writes !== 'allowed'));
    const resolve = (s: string) => resolveTemplate(s, { vars: env.vars, env: o.processEnv }, new Set());
    env.headers = Object.fromEntries(Object.entries(env.headers).map(([k, v]) => [k, resolve(v)]));
    let interrupted = false;
    void o.stop?.then(() => { interrupted = true; });
    await waitForEnvironment(env, o.config.capture.retries);
    // Ctrl-C is the recorder's own (it writes what was recorded): Playwright must not close the browser on it.
    browser = await openBrowser({ ...o.config.browser, headless: o.headless }, o.processEnv, !o.headless, undefined, { ownSignals: true });
    const opened = browser;
    void o.abort?.then(() => opened.close().catch(() => {}));
    const refused: string[] = [];
    const refuse = (method: string, url: string) => {
      const what = `${method} ${pathOf(url)}`;
      refused.push(what);
      o.say(`  refused ${what}: ${env.name} does not allow writes (writes: allowed in the config would let it through)`);
    };
    const storageState = env.signIn?.storageState ? savedSession(env) : await signIn(browser, o.config, env, resolve, { proxies: guards, onRefused: (r) => refuse(r.method, r.url) });
    if (env.signIn?.storageState && storageState) for (const v of sessionSecrets(storageState)) o.secrets.values.add(v);

    if (interrupted) throw new EnvironmentError('RECORD_INTERRUPTED' satisfies RecordCode, 'interrupted before recording began; nothing was written');

    // The run's own guard: a proxy for a read-only environment, and the run's request policy.
    let steps: RecordedSteps | undefined;
    const wrote = () => steps?.wrote();
    const proxy = await guards.open(env, (r) => { refuse(r.method, r.url); wrote(); }, o.config.capture.retries);
    context = await newEnvContext(browser, o.config, env, storageState, proxy);
    await applyNetPolicy(context, { env, retries: o.config.capture.retries, onBlocked: (url, method) => { refuse(method, url); if (SAFE_METHODS.has(method)) wrote(); } });
    context.on('request', (r) => { if (!SAFE_METHODS.has(r.method()) && /^https?:/.test(r.url())) wrote(); });

    let page: Page | undefined;
    let stop!: (why: string) => void;
    const ended = new Promise<string>((r) => { stop = r; });
    let queue: RecordingQueue | undefined;
    const early: (() => Promise<unknown>)[] = [];
    const handle = eventHandler(() => page, () => steps, o.say, stop, o.secrets);
    // The page's own scripts cannot reach the binding (the script takes it first), and do not know the token.
    const token = randomBytes(24).toString('base64url');
    await context.exposeBinding(RECORDER_BINDING, (source, raw: unknown) => {
      const at = Date.now();
      const ev = parsePageEvent(raw, token);
      if (!ev || source.page !== page) return undefined;
      // The start page says its heading while it opens, before there are steps: kept for them.
      if (!queue) return void (ev.kind === 'hello' && early.push(() => handle(source.frame, ev, at)));
      return queue.push(ev.kind, () => handle(source.frame, ev, at));
    });
    await context.addInitScript({ content: recorderScript(token) });
    context.on('page', (p) => { if (page && p !== page) o.say('  a second window opened: only the first window is recorded'); });

    page = await context.newPage();
    page.on('close', () => stop('the browser window was closed'));
    page.on('crash', () => stop('the page crashed'));
    browser.on('disconnected', () => stop('the browser was closed'));
    void o.stop?.then(() => stop('interrupted'));
    const ae = { page, baseUrl: env.baseUrl, timeoutMs: o.config.capture.actionTimeoutMs, navigationTimeoutMs: o.config.capture.navigationTimeoutMs, resolve, allowOrigins: env.allowOrigins };
    await performAction({ kind: 'goto', value: o.start, text: `goto ${o.start}` }, ae).catch((e: unknown) => {
      throw new EnvironmentError('RECORD_START' satisfies RecordCode, `${o.start} on ${env.name} did not open: ${firstLine(e)}`);
    });
    const origin = new URL(env.baseUrl).origin;
    // The address as the journey's goto takes it (path, query and all; a template's ${ escaped).
    const local = (u: string) => escapeTemplates(new URL(u).origin === origin ? fullPath(u) : u);
    const s = (steps = new RecordedSteps(page.url()));
    // One event at a time, in the order the page sent them (a fill is settled before the click
    // after it), navigations among them: a screen reached after a slow click is that click's.
    queue = new RecordingQueue(s, (what, e) => {
      o.say(`  parity: could not record a ${what} (${firstLine(e)}); recording goes on`);
      if (o.debug && e instanceof Error && e.stack) o.say(e.stack);
    });
    for (const hello of early) void queue.push('hello', hello);
    const start = local(page.url());
    const text = (t: string | undefined) => (t === undefined ? undefined : escapeTemplates(o.secrets.file.text(t)));
    const reads: Promise<void>[] = [readScreen(page, s, 0, page.url(), text)];
    page.on('framenavigated', (f) => {
      if (f !== page!.mainFrame() || !/^https?:/.test(f.url())) return;
      const url = f.url();
      const at = Date.now();
      void queue!.navigated(url, local(url), at).then((i) => {
        if (i === undefined) return;
        o.say(`  screen: ${pathOf(url)}`);
        reads.push(readScreen(page!, s, i, url, text));
      });
    });
    o.say(`parity: recording on ${env.name} from ${pathOf(page.url())}. Use the overlay: "New step here", "Check this", "Finish recording" (or close the window, or Ctrl-C).`);
    const why = await ended;
    await Promise.race([queue.drained(), sleep(5000)]);
    await Promise.race([Promise.all(reads), sleep(5000)]);
    return { steps: s, start, refused, ended: why };
  } catch (e) {
    if (e instanceof EnvUnavailable) throw new EnvironmentError('RECORD_ENV_UNAVAILABLE' satisfies RecordCode, `${o.env}: ${e.message}`);
    throw e;
  } finally {
    if (context) await leaveAndClose(context);
    await browser?.close().catch(() => {});
    await guards?.closeAll();
    await sims?.stop();
  }
}

/**
 * The secrets of a recording, as a run knows them (run-capture.ts): the values of every
 * ${secret.NAME} in the environment's sign-in, headers and vars and the config's vars. The saved
 * session's cookies join them when it is read.
 */
export function recordSecrets(config: ParityConfig, envName: string, processEnv: NodeJS.ProcessEnv): RecordSecrets {
  const env = config.environments[envName]!;
  const names = secretNamesIn([config.vars, env.signIn, env.headers, env.vars]);
  const byValue = new Map<string, string>();
  for (const n of names) {
    const v = processEnv[n];
    if (v) byValue.set(v, n);
  }
  const values = new Set(byValue.keys());
  return { byValue, values, file: new Redactor([], values), print: new Redactor(config.redact, values) };
}

/** A line for the terminal: secrets scrubbed, and no control characters from a page (C0, DEL, C1). */
export function printable(redactor: Redactor, line: string): string {
  // eslint-disable-next-line no-control-regex
  return redactor.text(line).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
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
function eventHandler(pageOf: () => Page | undefined, stepsOf: () => RecordedSteps | undefined, say: (l: string) => void, stop: (why: string) => void, known: RecordSecrets) {
  const secrets = new Map<string, string>(); // a password field's label → its secret's name
  // Fields recorded as secret once stay secret: "show password" turns a password field to
  // type=text, and what is typed then must not be kept, nor take the place of ${secret.NAME}.
  const secretTargets = new Map<string, string>(); // the locator, as JSON → its secret's name
  let last = '';
  let checking = false;
  const text = (t: string) => escapeTemplates(known.file.text(t));
  const state = () => {
    const s = stepsOf()?.current;
    return { step: s ? s.named ?? s.heading ?? s.arrival.title ?? '' : '', last };
  };
  return async (frame: Frame, ev: PageEvent, at: number) => {
    const page = pageOf();
    const steps = stepsOf();
    if (!page || !steps) return state();
    // The overlay's own frame speaks for the person; what it reports of the page is the top frame's.
    const overlayFrame = frame.name() === OVERLAY_FRAME && frame.parentFrame() === page.mainFrame();
    const where = overlayFrame ? page.mainFrame() : frame;
    // What only the person can say, on the overlay: from the overlay's frame and no other.
    if (PERSON_ONLY.has(ev.kind) && !(overlayFrame && (await isOverlayElement(frame)))) return state();
    switch (ev.kind) {
      case 'hello':
        if (where === page.mainFrame() && ev.url) steps.screenAt(ev.url, ev.heading === undefined ? undefined : text(ev.heading), ev.title === undefined ? undefined : text(ev.title));
        return state();
      case 'finish': stop('finished'); return state();
      case 'checking': checking = ev.on === true; return state();
      case 'step':
        if (ev.name) { const name = text(ev.name); steps.newStep(name); say(`  step: ${name}`); }
        return state();
      case 'press': {
        steps.add(action('press', { value: 'Enter' }), at);
        last = 'press Enter';
        say(`  + ${last}`);
        return state();
      }
      default: break;
    }
    if (ev.kind === 'expect') {
      // Only after the person pressed "Check this", once.
      if (!checking) return state();
      checking = false;
    }
    if (!ev.mark || !ev.hints) return state();
    const purpose = ev.kind === 'fill' || ev.kind === 'select' ? 'field' : 'press';
    const found = await locatorFor(page, where, ev.mark, ev.hints, purpose);
    if (!found) {
      // Nothing on the page carries the mark any more: what the event says of it is not trusted.
      say(`  not recorded: a ${ev.kind} on an element that had gone before it could be looked at`);
      return state();
    }
    const target = escapeLocator(found.locator, known.file);
    const a = action(ev.kind as DraftKind, { target });
    if (found.note) a.notes.push(found.note);
    const key = JSON.stringify(target);
    if (ev.kind === 'fill') {
      const knownName = ev.value !== undefined ? known.byValue.get(ev.value) : undefined;
      const secretName_ = secretTargets.get(key) ?? knownName;
      if (ev.secret || found.facts?.inputType === 'password' || secretName_ !== undefined) {
        const label = target.label ?? target.name ?? (text(ev.hints.label) || 'password');
        const name = secretName_ ?? secrets.get(label) ?? secretName(label, new Set([...secrets.values(), ...known.byValue.values()]));
        secrets.set(label, name);
        secretTargets.set(key, name);
        Object.assign(a, { secret: name, value: `\${secret.${name}}` });
        say(`  what was typed into '${label}' is not written: the journey takes it from \${secret.${name}} (set ${name} when running it)`);
      } else {
        a.value = text(ev.value ?? '');
      }
    }
    if (ev.kind === 'select') a.value = text(ev.option ?? '');
    if (ev.kind === 'expect') a.expect = expectation(target, ev.hints.text ? text(ev.hints.text) : '');
    steps.add(a, at);
    const shown = ev.kind === 'select' || (ev.kind === 'fill' && a.secret === undefined) ? ` = ${a.value}` : '';
    last = `${ev.kind} ${describeLocator(target)}${shown}`;
    say(`  + ${last}${found.note ? ` (${found.note})` : ''}`);
    return state();
  };
}

const PERSON_ONLY: ReadonlySet<string> = new Set(['step', 'finish', 'checking', 'expect']);

/** The frame's element is the recorder's own overlay frame. */
async function isOverlayElement(frame: Frame): Promise<boolean> {
  const el = await frame.frameElement().catch(() => undefined);
  return (await el?.getAttribute('data-parity-overlay').catch(() => null)) != null;
}

/** "Check this": the element is on screen; where the locator has no words of its own, with its text. */
function expectation(loc: Locator, words: string): DraftAction['expect'] {
  return loc.role && loc.name === undefined && words ? { visible: true, text: words } : { visible: true };
}

function action(kind: DraftKind, more: Partial<DraftAction>): DraftAction {
  return { kind, from: [], notes: [], warnings: [], ...more };
}

/** The screen's heading and title, once it has loaded, name its step. */
async function readScreen(page: Page, steps: RecordedSteps, step: number, url: string, text: (t: string | undefined) => string | undefined): Promise<void> {
  await page.waitForLoadState('domcontentloaded', { timeout: 5000 }).catch(() => {});
  if (page.url() !== url) return;
  const heading = await mainHeading(page).catch(() => undefined);
  const title = await page.title().catch(() => undefined);
  if (page.url() === url) steps.screen(step, text(heading), text(title));
}

/** The address on the environment as a goto takes it: path, query and fragment. */
function fullPath(u: string): string {
  try {
    const x = new URL(u);
    return x.pathname + x.search + x.hash;
  } catch {
    return u;
  }
}

// Unref'd: a wait that has lost its race must not keep the command from exiting.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());
