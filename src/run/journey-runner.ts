// One journey through one environment: a fresh browser context (signed in from the stored state),
// each step's actions, then its capture. A blocked action ends the journey here, unless a control
// stands in for the trained one (past-block.ts): then the block is recorded and the journey goes on
// through it, each later step marked as reached that way. Other journeys carry on either way.
import type { Browser, BrowserContext, Page } from 'playwright';
import type { ParityConfig, EnvironmentConfig } from '../model/config.js';
import type { Action, Journey, Step } from '../model/journey.js';
import type { BlockedInfo, Candidate, ExpectResult, GeneratedValue, JourneyResult, JourneyStatus, StepStatus } from '../model/capture.js';
import { captureDir } from '../model/rundir.js';
import { captureStep } from '../capture/capture-step.js';
import { SETTLE_INIT_SCRIPT } from '../capture/settle-script.js';
import type { Redactor } from '../capture/redact.js';
import { CONNECTION_FAILURE, emptyProblems, pathOf, ProblemCollector } from './page-problems.js';
import { GuardProxies, leaveAndClose } from './guard-proxies.js';
import type { GuardProxy, Refusal } from './guard-proxy.js';
import { applyNetPolicy } from './net-policy.js';
import { isForbidden } from './write-guard.js';
import { ActionBlocked, performAction, type ActionEnv } from './actions.js';
import { checkExpectation } from './expectations.js';
import { wantedName, wantedRole } from '../browser/locators.js';
import { firstLine } from '../browser/browser.js';
import type { RunDir } from '../rundir/run-dir.js';
import { blockedInWords } from '../util/trained-words.js';
import { findStandIn, mayStandIn, referencePlace } from './past-block.js';
import { expiredMessage, onSignInPage } from './saved-session.js';

export type TraceMode = 'on' | 'off' | 'on-failure';

export interface JourneyRunOptions {
  browser: Browser;
  config: ParityConfig;
  env: EnvironmentConfig;
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
  runDir: RunDir;
  redactor: Redactor;
  secrets: Set<string>;
  resolve(text: string): string;
  /** What `resolve` generated for this journey so far (${gen.*}, ${run.id}), filled in as it resolves. */
  generated?: Map<string, GeneratedValue>;
  /** As the run decided it for every journey (traceFor): already off when the run has secrets or redaction. */
  trace: TraceMode;
  /** Told as each step starts (the terminal's status line shows it). */
  onStep?(name: string): void;
  /** The run's write-guard proxies, closed when the browser is; without it the journey opens and closes its own. */
  guards?: GuardProxies;
  /** Told when the saved sign-in (signIn.storageState) has expired: the environment stops there. */
  onSessionExpired?(message: string): void;
}

/** The journey's first page was the sign-in page: the saved session is gone, and nothing of it is a step. */
class SessionExpired extends Error {}

/** The environment stopped answering: the journey is unavailable, not a divergence. */
export class EnvironmentDown extends Error {}

export async function newEnvContext(
  browser: Browser, config: ParityConfig, env: EnvironmentConfig, storageState?: JourneyRunOptions['storageState'], guard?: GuardProxy,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    // A read-only environment's every request goes through its write guard, loopback included. The
    // guard terminates the TLS of https tunnels to read what is inside (and checks the server's real
    // certificate itself), so the browser is told to accept the guard's own certificate.
    ...(guard ? { proxy: { server: guard.server, bypass: guard.bypass }, ignoreHTTPSErrors: true } : {}),
    viewport: env.viewport,
    locale: env.locale,
    timezoneId: env.timezone,
    extraHTTPHeaders: env.headers,
    storageState,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    serviceWorkers: 'block', // a service worker would answer requests our write guard never sees
  });
  context.setDefaultTimeout(config.capture.actionTimeoutMs);
  context.setDefaultNavigationTimeout(config.capture.navigationTimeoutMs);
  await context.addInitScript({ content: SETTLE_INIT_SCRIPT });
  if (config.capture.clock) await context.clock.setFixedTime(new Date(config.capture.clock));
  return context;
}

export async function runJourney(journey: Journey, o: JourneyRunOptions): Promise<JourneyResult> {
  const startedAt = new Date().toISOString();
  const { env, config, runDir } = o;
  const problems = new ProblemCollector((url, method) => isForbidden(env, method, url));
  const guards = o.guards ?? new GuardProxies();
  // While steps run, a refusal belongs to the step in progress (its capture lists it); after the
  // last one, to the run's events: unload handlers still send while the context closes.
  let refused = (r: Refusal) => problems.blocked(r.url, r.method);
  const afterSteps = (r: { url: string; method: string }) =>
    runDir.event({ type: 'write-refused', env: env.name, journey: journey.id, during: 'after-steps', method: r.method, url: pathOf(r.url) });
  const guard = await guards.open(env, (r) => refused(r), config.capture.retries);
  const context = await newEnvContext(o.browser, config, env, o.storageState, guard).catch(async (e: unknown) => {
    if (!o.guards) await guards.closeAll();
    throw e;
  });
  // A guarded (read-only) context needs no route of its own: its proxy refuses writes and retries
  // failed reads. Playwright's route would pause every request in Node and turn the browser's cache
  // off, the most of what a step spent in its actions beyond the browser's own navigation.
  if (!guard) await applyNetPolicy(context, { env, retries: config.capture.retries, onBlocked: (u, m) => refused({ url: u, method: m, why: 'write' }) });
  // The run decided the trace mode once (traceFor in run-capture.ts): off whenever anything is redacted.
  const tracing = o.trace !== 'off';
  if (tracing) await context.tracing.start({ screenshots: true, snapshots: true });
  const page = await context.newPage();
  problems.attach(page);
  const actionEnv: ActionEnv = {
    page,
    baseUrl: env.baseUrl,
    timeoutMs: config.capture.actionTimeoutMs,
    navigationTimeoutMs: config.capture.navigationTimeoutMs,
    resolve: o.resolve,
    allowOrigins: env.allowOrigins,
  };
  // The config's masks for this journey and environment: the same for every step.
  const journeyMasks = config.masks.filter((m) => applies(m, journey.id, env.name)).map((m) => m.selector);
  const steps: JourneyResult['steps'] = [];
  let status: JourneyStatus = 'passed';
  let error: string | undefined;
  let blockedAt: JourneyResult['blockedAt'];
  let skipRest: string | undefined;
  const via: string[] = []; // stand-ins gone on with past a block (past-block.ts)

  const record = (index: number, name: string, st: StepStatus, dir: string) => {
    steps.push({ index, name, status: st, dir });
    runDir.event({ type: 'step', env: env.name, journey: journey.id, index, status: st, dir });
  };

  // With a saved session, the first page tells whether it still holds: the sign-in page is no step.
  const checkSession = () => {
    if (env.signIn?.storageState && steps.length === 0 && onSignInPage(page.url(), env)) throw new SessionExpired(expiredMessage(env, page.url()));
  };
  try {
    if (journey.start) await performAction({ kind: 'goto', value: journey.start, text: `goto ${journey.start}` }, actionEnv);
    if (journey.start) checkSession();
    for (const [index, step] of journey.steps.entries()) {
      const dir = captureDir(env.name, journey.id, index, step.name);
      const skip: Skip | undefined = skipRest ? { why: skipRest, cause: 'read-only' } : skipReason(step, env);
      if (skip) {
        writeSkipped(o, journey, step, index, dir, skip.why, skip.cause);
        record(index, step.name, 'skipped', dir);
        if (step.commits && env.writes !== 'allowed') skipRest = `follows '${step.name}', which saves data and was skipped`;
        continue;
      }
      o.onStep?.(step.name);
      const past = config.capture.continuePastBlocks ? { config, env, journey, index, problems, via } : undefined;
      const { stepStatus, blocked: wanted, alsoBlocked, expects, actionsMs } = await runActions(step, actionEnv, page, () => problems.lostConnection(), past);
      checkSession();
      const capture = await captureStep(page, {
        runDir, dir, env: env.name, journey: journey.id, step: step.name, index,
        status: stepStatus, expects, problems: () => problems.take(), actionsMs,
        blocked: wanted && { actionIndex: wanted.actionIndex, action: wanted.action, error: wanted.error, candidates: wanted.candidates, ...(wanted.via ? { via: wanted.via } : {}) },
        // Candidates are read from the screen as it is at capture, unless they were read at the block.
        wanted: wanted && !wanted.candidates.length && !wanted.via ? { role: wanted.role, name: wanted.name } : undefined,
        ...(alsoBlocked ? { alsoBlocked } : {}),
        ...(via.length ? { continuedVia: [...via] } : {}),
        fullPage: step.capture?.fullPage ?? config.capture.fullPage,
        screenshot: step.capture?.screenshot ?? true,
        masks: [...journeyMasks, ...(step.capture?.masks ?? [])],
        values: config.capture.values, redactor: o.redactor, timeoutMs: config.capture.actionTimeoutMs,
        generated: [...(o.generated?.values() ?? [])],
      });
      record(index, step.name, capture.status, dir);
      if (capture.status === 'blocked' || wanted?.via) {
        status = 'blocked';
        // The first block is where the journey left the trained route, whether it went on or not.
        if (wanted && !blockedAt) blockedAt = { step: step.name, said: blockedInWords(wanted.action, wanted.error), ...(wanted.via ? { via: wanted.via.name } : {}) };
        if (capture.status === 'blocked') break;
      }
      if (capture.status === 'error') { status = 'error'; error = capture.error; break; }
      if (capture.status === 'failed' && status === 'passed') status = 'failed';
    }
  } catch (e) {
    // The start page (goto) failing to connect is the environment going away too, not a journey error.
    status = e instanceof EnvironmentDown || e instanceof SessionExpired || isConnectionFailure(e, page) ? 'unavailable' : 'error';
    error = e instanceof SessionExpired ? e.message : firstLine(e);
    if (e instanceof SessionExpired) o.onSessionExpired?.(e.message);
  } finally {
    refused = afterSteps;
    for (const b of problems.take().blockedWrites) afterSteps(b); // refused after the last capture took its problems
    let trace: string | undefined;
    if (tracing && (o.trace === 'on' || status !== 'passed')) {
      trace = `captures/${env.name}/${journey.id}/trace.zip`;
      await context.tracing.stop({ path: `${runDir.root}/${trace}` }).catch(() => (trace = undefined));
    }
    await leaveAndClose(context);
    if (!o.guards) await guards.closeAll();
    const result: JourneyResult = {
      format: 'parity-journey', version: 1, env: env.name, journey: journey.id, title: journey.title,
      status: steps.length === 0 && status === 'passed' ? 'skipped' : status, steps, startedAt, finishedAt: new Date().toISOString(),
    };
    if (error) result.error = o.redactor.text(error);
    if (blockedAt) result.blockedAt = { step: blockedAt.step, said: o.redactor.text(blockedAt.said), ...(blockedAt.via !== undefined ? { via: o.redactor.text(blockedAt.via) } : {}) };
    if (trace) result.trace = trace;
    if (o.generated?.size) result.generated = Object.fromEntries([...o.generated.values()].map((g) => [g.ref, g.value]));
    runDir.writeJourney(result);
    return result;
  }
}

interface ActionsOutcome {
  stepStatus: StepStatus;
  /** The block that stopped the step, or (with `via`) the first one it went past. */
  blocked?: BlockedInfo & { role?: string; name?: string };
  /** Blocks after the first gone past in the same step. */
  alsoBlocked?: BlockedInfo[];
  expects: ExpectResult[];
  actionsMs: number;
}

/** What runActions needs to go past a block: where the reference had the trained control, and what the environment refuses. */
interface PastBlockContext {
  config: ParityConfig; env: EnvironmentConfig; journey: Journey; index: number; problems: ProblemCollector;
  /** Stand-ins gone on with so far in this journey, by name. */
  via: string[];
}

async function runActions(step: Step, env: ActionEnv, page: Page, lost: () => string | undefined, past?: PastBlockContext): Promise<ActionsOutcome> {
  const t0 = performance.now();
  const expects: ExpectResult[] = [];
  const wentPast: BlockedInfo[] = [];
  for (const [i, a] of step.actions.entries()) {
    if (a.kind === 'expect') {
      const failure = await checkExpectation(a, env);
      expects.push(failure ? { actionIndex: i, action: a.text, passed: false, message: failure } : { actionIndex: i, action: a.text, passed: true });
      continue;
    }
    try {
      await performAction(a, env);
      const why = lost();
      if (why) throw new EnvironmentDown(why); // a navigation that got no answer: see page-problems.ts
    } catch (e) {
      if (e instanceof EnvironmentDown) throw e;
      // An element "missing" from Chromium's error page is the environment gone, not a blocked route.
      const gone = lost();
      if (gone || isConnectionFailure(e, page)) throw new EnvironmentDown(gone ?? firstLine(e));
      if (!(e instanceof ActionBlocked)) throw e;
      const loc = e.locator ?? a.target;
      const blocked = { actionIndex: i, action: a.text, error: e.message, candidates: [] as Candidate[], role: loc ? wantedRole(loc) : undefined, name: loc ? wantedName(loc) : undefined };
      const over = past && mayStandIn(a, e.message) ? await goPast(a, blocked, env, page, past) : undefined;
      if (over?.via) {
        const down = lost(); // the stand-in's navigation got no answer: the environment, not a route
        if (down) throw new EnvironmentDown(down);
        wentPast.push(over);
        past!.via.push(over.via.name);
        continue;
      }
      // Stopped here: blocks gone past earlier in the step are still findings of their own.
      return { stepStatus: 'blocked', expects, actionsMs: performance.now() - t0, blocked: over ?? blocked, ...(wentPast.length ? { alsoBlocked: wentPast.map(plain) } : {}) };
    }
  }
  const gone = lost(); // a navigation that failed while the expects ran: do not capture the error page
  if (gone) throw new EnvironmentDown(gone);
  const [first, ...more] = wentPast;
  return {
    stepStatus: expects.some((x) => !x.passed) ? 'failed' : 'captured', expects, actionsMs: performance.now() - t0,
    ...(first ? { blocked: first } : {}), ...(more.length ? { alsoBlocked: more.map(plain) } : {}),
  };
}

/** What the capture keeps of a block (the runner's role and name are for ranking candidates). */
function plain(b: BlockedInfo & { role?: string; name?: string }): BlockedInfo {
  const { role: _r, name: _n, ...kept } = b;
  return kept;
}

/**
 * The trained control is gone: go on with the one that stands in for it (past-block.ts), or say why
 * not. A write the guard refused while the stand-in acted means it did something the trained action
 * does not (a step that saves is marked `commits`): the journey stops there, as without a stand-in.
 */
async function goPast(a: Action, blocked: BlockedInfo & { role?: string; name?: string }, env: ActionEnv, page: Page, past: PastBlockContext): Promise<(BlockedInfo & { role?: string; name?: string }) | undefined> {
  const ref = referencePlace(past.config, past.journey, past.index, { role: blocked.role, name: blocked.name });
  const r = await findStandIn(page, a, past.env, ref).catch(() => undefined);
  if (!r) return undefined;
  if ('none' in r) return { ...blocked, candidates: r.candidates };
  if ('refused' in r) return { ...blocked, error: `${blocked.error}; ${r.refused}`, candidates: r.candidates };
  const before = past.problems.refusedCount();
  try {
    await performAction({ ...a, target: r.found.target }, env);
  } catch (e) {
    if (!(e instanceof ActionBlocked)) throw e;
    return { ...blocked, candidates: r.found.candidates };
  }
  if (past.env.writes !== 'allowed' && past.problems.refusedCount() > before) {
    return { ...blocked, error: `${blocked.error}; going on with '${r.found.standIn.name}' sent data, which ${past.env.name} refuses`, candidates: r.found.candidates };
  }
  return { ...blocked, candidates: r.found.candidates, via: r.found.standIn };
}

function isConnectionFailure(e: unknown, page: Page): boolean {
  const m = e instanceof Error ? e.message : String(e);
  return CONNECTION_FAILURE.test(m) || page.isClosed();
}

interface Skip { why: string; cause: 'filtered' | 'read-only' }

/** Not part of this environment's route (only/skip), or saves data where writes are blocked. */
function skipReason(step: Step, env: EnvironmentConfig): Skip | undefined {
  if (step.only && !step.only.includes(env.name)) return { why: `only runs in ${step.only.join(', ')}`, cause: 'filtered' };
  if (step.skip?.includes(env.name)) return { why: `skipped in ${env.name}`, cause: 'filtered' };
  if (step.commits && env.writes !== 'allowed') return { why: `saves data, and writes are blocked in ${env.name}`, cause: 'read-only' };
  return undefined;
}

function applies(m: { journeys?: string[]; envs?: string[] }, journey: string, env: string): boolean {
  return (!m.journeys || m.journeys.includes(journey)) && (!m.envs || m.envs.includes(env));
}

function writeSkipped(o: JourneyRunOptions, journey: Journey, step: Step, index: number, dir: string, why: string, cause: 'filtered' | 'read-only'): void {
  o.runDir.writeCapture({
    format: 'parity-capture', version: 1, env: o.env.name, journey: journey.id, step: step.name, index, dir,
    status: 'skipped', skippedReason: why, skipCause: cause, expects: [], controls: [], files: {}, problems: emptyProblems(),
    timings: { actionsMs: 0, settleMs: 0, captureMs: 0, screenshotMs: 0 }, capturedAt: new Date().toISOString(),
  });
}
