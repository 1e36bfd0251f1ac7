// One journey through one environment: a fresh browser context (signed in from the stored state),
// each step's actions, then its capture. A blocked action ends the journey here; others carry on.
import type { Browser, BrowserContext, Page } from 'playwright';
import type { ParityConfig, EnvironmentConfig } from '../model/config.js';
import type { Journey, Step } from '../model/journey.js';
import type { BlockedInfo, ExpectResult, JourneyResult, JourneyStatus, StepStatus } from '../model/capture.js';
import { captureDir } from '../model/rundir.js';
import { captureStep } from '../capture/capture-step.js';
import { SETTLE_INIT_SCRIPT } from '../capture/settle-script.js';
import type { Redactor } from '../capture/redact.js';
import { CONNECTION_FAILURE, emptyProblems, ProblemCollector } from './page-problems.js';
import { applyNetPolicy } from './net-policy.js';
import { ActionBlocked, checkExpectation, performAction, type ActionEnv } from './actions.js';
import { wantedName, wantedRole } from './locators.js';
import { firstLine } from './browser.js';
import type { RunDir } from './run-dir.js';

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
  trace: TraceMode;
  /** Told as each step starts (the terminal's status line shows it). */
  onStep?(name: string): void;
}

/** The environment stopped answering: the journey is unavailable, not a divergence. */
export class EnvironmentDown extends Error {}

export async function newEnvContext(browser: Browser, config: ParityConfig, env: EnvironmentConfig, storageState?: JourneyRunOptions['storageState']): Promise<BrowserContext> {
  const context = await browser.newContext({
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
  const problems = new ProblemCollector();
  const context = await newEnvContext(o.browser, config, env, o.storageState);
  await applyNetPolicy(context, { env, retries: config.capture.retries, onBlocked: (u, m) => problems.blocked(u, m) });
  // Traces hold raw DOM and typed values that no redaction reaches: never with redaction or secrets.
  const tracing = o.trace !== 'off' && !o.redactor.active;
  if (tracing) await context.tracing.start({ screenshots: true, snapshots: true });
  const page = await context.newPage();
  problems.attach(page);
  const actionEnv: ActionEnv = {
    page,
    baseUrl: env.baseUrl,
    timeoutMs: config.capture.actionTimeoutMs,
    navigationTimeoutMs: config.capture.navigationTimeoutMs,
    resolve: o.resolve,
  };
  // The config's masks for this journey and environment: the same for every step.
  const journeyMasks = config.masks.filter((m) => applies(m, journey.id, env.name)).map((m) => m.selector);
  const steps: JourneyResult['steps'] = [];
  let status: JourneyStatus = 'passed';
  let error: string | undefined;
  let skipRest: string | undefined;

  const record = (index: number, name: string, st: StepStatus, dir: string) => {
    steps.push({ index, name, status: st, dir });
    runDir.event({ type: 'step', env: env.name, journey: journey.id, index, status: st, dir });
  };

  try {
    if (journey.start) await performAction({ kind: 'goto', value: journey.start, text: `goto ${journey.start}` }, actionEnv);
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
      const { stepStatus, blocked: wanted, expects, actionsMs } = await runActions(step, actionEnv, page, () => problems.lostConnection());
      const capture = await captureStep(page, {
        runDir: runDir.root, dir, env: env.name, journey: journey.id, step: step.name, index,
        status: stepStatus, expects, problems: () => problems.take(), actionsMs,
        blocked: wanted && { actionIndex: wanted.actionIndex, action: wanted.action, error: wanted.error, candidates: [] },
        wanted: wanted && { role: wanted.role, name: wanted.name },
        fullPage: step.capture?.fullPage ?? config.capture.fullPage,
        screenshot: step.capture?.screenshot ?? true,
        masks: [...journeyMasks, ...(step.capture?.masks ?? [])],
        values: config.capture.values, redactor: o.redactor, secrets: o.secrets,
      });
      record(index, step.name, capture.status, dir);
      if (capture.status === 'blocked') { status = 'blocked'; break; }
      if (capture.status === 'error') { status = 'error'; error = capture.error; break; }
      if (capture.status === 'failed' && status === 'passed') status = 'failed';
    }
  } catch (e) {
    // The start page (goto) failing to connect is the environment going away too, not a journey error.
    status = e instanceof EnvironmentDown || isConnectionFailure(e, page) ? 'unavailable' : 'error';
    error = firstLine(e);
  } finally {
    let trace: string | undefined;
    if (tracing && (o.trace === 'on' || status !== 'passed')) {
      trace = `captures/${env.name}/${journey.id}/trace.zip`;
      await context.tracing.stop({ path: `${runDir.root}/${trace}` }).catch(() => (trace = undefined));
    }
    await context.close().catch(() => {});
    const result: JourneyResult = {
      format: 'parity-journey', version: 1, env: env.name, journey: journey.id, title: journey.title,
      status: steps.length === 0 && status === 'passed' ? 'skipped' : status, steps, startedAt, finishedAt: new Date().toISOString(),
    };
    if (error) result.error = o.redactor.text(error);
    if (trace) result.trace = trace;
    runDir.writeJourney(result);
    return result;
  }
}

interface ActionsOutcome { stepStatus: StepStatus; blocked?: BlockedInfo & { role?: string; name?: string }; expects: ExpectResult[]; actionsMs: number }

async function runActions(step: Step, env: ActionEnv, page: Page, lost: () => string | undefined): Promise<ActionsOutcome> {
  const t0 = performance.now();
  const expects: ExpectResult[] = [];
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
      return {
        stepStatus: 'blocked', expects, actionsMs: performance.now() - t0,
        blocked: { actionIndex: i, action: a.text, error: e.message, candidates: [], role: loc ? wantedRole(loc) : undefined, name: loc ? wantedName(loc) : undefined },
      };
    }
  }
  const gone = lost(); // a navigation that failed while the expects ran: do not capture the error page
  if (gone) throw new EnvironmentDown(gone);
  return { stepStatus: expects.some((x) => !x.passed) ? 'failed' : 'captured', expects, actionsMs: performance.now() - t0 };
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
