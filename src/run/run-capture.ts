// parity run, the capture half: every planned journey through every environment, environments
// concurrently, each within its own concurrency limit; the run directory is written as it goes.
import { mkdirSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import type { EnvironmentConfig, ParityConfig } from '../model/config.js';
import type { Journey } from '../model/journey.js';
import type { JourneyResult } from '../model/capture.js';
import { RUN_FORMAT, RUN_VERSION, type RunManifest } from '../model/rundir.js';
import type { Io } from '../util/io.js';
import { toolVersion } from '../util/version.js';
import { EXIT } from '../util/errors.js';
import { resolveTemplate, secretNamesIn } from '../load/template.js';
import { dayIn } from '../load/generated.js';
import type { GeneratedValue } from '../model/capture.js';
import { Redactor } from '../capture/redact.js';
import { scrubbedIo } from '../util/io.js';
import { openBrowser } from '../browser/browser.js';
import { browserLanguage } from './browser-language.js';
import { BrowserKeeper, BrowserLost, onKeptBrowser } from './browser-keeper.js';
import { RunDir } from '../rundir/run-dir.js';
import { newRunId, stripCredentials } from './run-id.js';
import { Limit } from '../util/limit.js';
import { Progress } from './progress.js';
import { runJourney, type TraceMode } from './journey-runner.js';
import { EnvUnavailable, signIn, waitForEnvironment } from './env-session.js';
import { startSimEnvironments } from './sim-envs.js';
import { pathOf } from './page-problems.js';
import { checkEnvironmentVariables } from './preflight.js';
import { planResume } from './resume.js';
import { GuardProxies, guardSettings } from './guard-proxies.js';
import { checkSessionOutside, readSavedSession, SessionUnusable, sessionSecrets, type StorageState } from './saved-session.js';

export interface CaptureOptions {
  config: ParityConfig;
  journeys: Journey[];
  envs: string[];
  outDir?: string;
  resume?: string;
  workers: number;
  trace: TraceMode;
  headed: boolean;
  io: Io;
  shard?: { index: number; total: number };
  quiet?: boolean;
}

export interface CaptureOutcome {
  runDir: string;
  exitCode: number;
  /** One line per journey that did not go through in the reference (blocked or failing there); [] when all did. */
  brokenInReference: string[];
}


/** Everything a run decides and checks before its first environment opens: the same for every environment. */
interface PreparedRun {
  config: ParityConfig;
  io: Io;
  /** The journeys and environments this run captures (a resumed run: those of the run resumed). */
  journeys: Journey[];
  envs: EnvironmentConfig[];
  root: string;
  manifest: RunManifest;
  runDir: RunDir;
  /** environment\u0000journey of what a resumed run finished already. */
  done: Set<string>;
  sessions: Map<string, StorageState | SessionUnusable>;
  guards: GuardProxies;
  secrets: Set<string>;
  redactor: Redactor;
  /** What the run prints, through the redactor. */
  say: Io;
  /** Decided once, here, for every journey of the run (see traceFor). */
  trace: TraceMode;
  workers: number;
  headed: boolean;
  quiet?: boolean;
}

export async function captureRun(opts: CaptureOptions): Promise<CaptureOutcome> {
  const run = prepareRun(opts);
  const { config, envs, runDir, manifest, say } = run;
  const sims = await startSimEnvironments(envs);
  const results: JourneyResult[] = [];
  let envUnavailable = false;
  const progress = new Progress(say, new Map(envs.map((e) => [e.name, run.journeys.length])), run.quiet);
  let browserFailed = false;
  // One answer for the event log and the caller: an environment or the browser failed, or not.
  // A journey blocked or failing in the reference is a broken suite (4): what it did not reach is
  // compared nowhere. An environment or the browser failing outranks it.
  const broken = () => results.filter((r) => r.env === config.reference && (r.status === 'blocked' || r.status === 'failed'));
  const exitCode = () => browserFailed || envUnavailable || results.some((r) => r.status === 'error' || r.status === 'unavailable')
    ? EXIT.environment : broken().length ? EXIT.suite : EXIT.ok;
  // Date and time inputs are drawn in the browser's own language: the environments' locale.
  const language = browserLanguage(envs, config.reference);
  if (language?.others.length && !config.browser.connect) {
    say.err(`parity: date and time fields follow one browser language per run (${language.locale}); ${language.others.join(', ')} ${language.others.length === 1 ? 'has' : 'have'} another locale, which reaches the page but not those fields`);
  }
  const keeper = new BrowserKeeper(() => openBrowser(config.browser, run.io.env, run.headed, language?.locale), config.browser.restarts, {
    restarting: (n, max) => {
      say.err(`parity: the browser closed unexpectedly; starting another (${n} of ${max}) and running the journeys it was in again`);
      runDir.event({ type: 'browser-restart', restart: n });
    },
  });
  try {
    await keeper.start();
    const shared: Capturing = {
      keeper,
      global: new Limit(Math.max(1, run.workers)),
      progress,
      // Every journey gets its progress line, those given up on with their environment too.
      finish: (r) => {
        results.push(r);
        progress.journeyDone(r);
      },
      envUnavailable: () => void (envUnavailable = true),
    };
    try {
      await Promise.all(envs.map((env) => captureEnvironment(run, env, shared)));
    } finally {
      // The browser first: once it is gone nothing more can be sent, so what reached a proxy is on record.
      await keeper.close();
      await run.guards.closeAll();
    }
  } catch (e) {
    browserFailed = true;
    throw e;
  } finally {
    await sims.stop();
    progress.finish();
    manifest.finishedAt = new Date().toISOString();
    runDir.saveManifest();
    runDir.event({ type: 'run-end', exitCode: exitCode() });
  }
  const lines = broken().map((r) => `  ✗ ${r.journey} ${r.status === 'blocked' ? 'is blocked' : 'fails'} in ${r.env}${r.blockedAt ? ` at '${r.blockedAt.step}': ${r.blockedAt.said}` : ': an expectation does not hold'}`);
  const brokenInReference = lines.length
    ? [`the suite did not go through in ${config.reference} (the reference): ${lines.length} journey${lines.length === 1 ? '' : 's'} (exit 4):`, ...lines]
    : [];
  return { runDir: run.root, exitCode: exitCode(), brokenInReference };
}

/**
 * The checks that stop a run before it writes anything (unset variables, a saved sign-in inside the
 * run directory, a remote browser that cannot reach the write guard), then what every environment
 * shares: the secrets and the redactor, the trace mode, and the run directory with its manifest.
 */
function prepareRun(opts: CaptureOptions): PreparedRun {
  const { config, io } = opts;
  const runId = newRunId();
  const root = resolvePath(io.cwd, opts.resume ?? opts.outDir ?? join('parity-runs', runId));
  const resumed = opts.resume ? planResume(root, config, opts.journeys) : undefined;
  const journeys = resumed?.journeys ?? opts.journeys;
  const envs = (resumed?.envs ?? opts.envs).map((n) => ({ ...config.environments[n]! }));
  checkEnvironmentVariables(journeys, envs, io.env);
  checkSessionOutside(root, envs);
  // Sessions a person saved with parity login: read before the first file is written, so their
  // cookie values are scrubbed from it like any secret. One that cannot be used stops its environment.
  const sessions = new Map<string, StorageState | SessionUnusable>();
  for (const e of envs) {
    if (!e.signIn?.storageState) continue;
    try {
      sessions.set(e.name, readSavedSession(e));
    } catch (err) {
      if (!(err instanceof SessionUnusable)) throw err;
      sessions.set(e.name, err);
    }
  }
  // Before anything is written: a remote browser that cannot reach the write guard stops the run here.
  const guards = new GuardProxies(guardSettings(config.browser, io.env, envs.some((e) => e.writes !== 'allowed')));
  // Every secret the run uses is known before its first file is written, so that file is already
  // scrubbed of it: a page can show a secret before the step that types it (or in a sign-in redirect).
  // Headers count too: a trace records every request's headers, an API key among them.
  const secretNames = secretNamesIn([journeys, config.vars, envs.map((e) => [e.signIn, e.headers, e.vars])]);
  const secrets = new Set([...secretNames].map((n) => io.env[n] ?? '').filter((v) => v !== ''));
  for (const s of sessions.values()) if (!(s instanceof SessionUnusable)) for (const v of sessionSecrets(s)) secrets.add(v);
  const redactor = new Redactor(config.redact, secrets);
  // What the run prints passes the redactor too (an error message can quote a page's address).
  const say = scrubbedIo(io, redactor);
  const { trace, why } = traceFor(opts.trace, { secrets: secretNames.size > 0, savedSignIn: sessions.size > 0, redaction: config.redact.length > 0 });
  if (why) say.err(`parity: traces are off for this run: they cannot be redacted, and this run uses ${why}`);

  mkdirSync(root, { recursive: true });
  const manifest: RunManifest = resumed?.manifest ?? {
    format: RUN_FORMAT, version: RUN_VERSION, runId, createdAt: new Date().toISOString(),
    tool: { name: 'parity', version: toolVersion() }, config: config.file, reference: config.reference,
    environments: envs.map((e) => ({ name: e.name, label: e.label, baseUrl: e.sim ? `sim:${e.sim.variant}` : stripCredentials(e.baseUrl), writes: e.writes, status: 'pending' })),
    journeys: journeys.map((j) => ({ id: j.id, title: j.title, file: j.file, tags: j.tags, steps: j.steps.map((s) => s.name) })),
  };
  if (opts.shard) manifest.shard = opts.shard;
  delete manifest.finishedAt;
  const runDir = new RunDir(root, manifest, redactor);
  runDir.saveManifest();
  runDir.event({ type: 'run-start', runId: manifest.runId });
  return {
    config, io, journeys, envs, root, manifest, runDir, done: resumed?.done ?? new Set<string>(), sessions, guards, secrets, redactor, say, trace,
    workers: opts.workers, headed: opts.headed, quiet: opts.quiet,
  };
}

/**
 * The trace policy of a run, decided once for all its journeys. Traces hold raw DOM, typed values
 * and network bodies, which no pattern can scrub reliably: with secrets, a saved sign-in or
 * redaction rules in play, none is written, whatever --trace says. `why` says so when it overrides.
 */
export function traceFor(requested: TraceMode, uses: { secrets: boolean; savedSignIn: boolean; redaction: boolean }): { trace: TraceMode; why?: string } {
  if (requested === 'off' || !(uses.secrets || uses.savedSignIn || uses.redaction)) return { trace: requested };
  return { trace: 'off', why: uses.savedSignIn ? 'a saved sign-in' : 'secrets or redaction rules' };
}

/** What the environments of one run share while they are captured side by side. */
interface Capturing {
  keeper: BrowserKeeper;
  /** --workers: the pages open at once across every environment. */
  global: Limit;
  progress: Progress;
  finish(r: JourneyResult): void;
  /** An environment was given up on: the run exits 3. */
  envUnavailable(): void;
}

/**
 * One environment of a run: waits for it to answer, signs in once (or uses the saved sign-in), then
 * runs its journeys, each within the environment's own concurrency and the run's --workers. An
 * environment that stops answering, or whose saved sign-in expires, is given up on: the journeys
 * left are recorded as unavailable, and the other environments carry on.
 */
async function captureEnvironment(run: PreparedRun, env: EnvironmentConfig, shared: Capturing): Promise<void> {
  const { config, io, manifest, runDir, redactor, secrets, sessions, guards, trace } = run;
  const { keeper, global, progress, finish } = shared;
  const menv = manifest.environments.find((m) => m.name === env.name)!;
  // Given up on the browser: what is left is recorded as an error (so exit 3), and the run carries on writing.
  const lostJourney = (j: Journey, error: string): JourneyResult => writeFailed(runDir, env.name, j, 'error', redactor.text(error));
  // ${date.*} counts from the environment's own clock, known once it answers (its Date header);
  // until then, and where it sends none, from this machine's.
  let today = dayIn(new Date(), env.timezone);
  const resolveFor = (journey: string, made?: Map<string, GeneratedValue>) => (s: string) =>
    resolveTemplate(s, { vars: env.vars, env: io.env, gen: { runId: manifest.runId, journey, today, made } }, secrets);
  const resolve = resolveFor('');
  // Headers may carry ${secret.X} (an API key for a gateway): resolved here, never written.
  env.headers = Object.fromEntries(Object.entries(env.headers).map(([k, v]) => [k, resolve(v)]));
  const todo = run.journeys.filter((j) => !run.done.has(`${env.name}\u0000${j.id}`));
  const markUnavailable = (error: string) => {
    menv.status = 'unavailable';
    menv.error = redactor.text(error);
    runDir.event({ type: 'env-unavailable', env: env.name, error: menv.error });
    progress.envUnavailable(env.name, menv.error);
    shared.envUnavailable();
  };
  menv.status = 'running';
  delete menv.error; // from an earlier attempt, when resuming
  let storageState;
  const saved = sessions.get(env.name);
  if (saved instanceof SessionUnusable) {
    markUnavailable(saved.message);
    for (const j of todo) finish(writeFailed(runDir, env.name, j, 'unavailable', menv.error!));
    return;
  }
  try {
    const clock = await waitForEnvironment(env, config.capture.retries);
    if (clock) today = dayIn(clock, env.timezone);
    storageState = saved ?? await onKeptBrowser(keeper, (browser) => signIn(browser, config, env, resolve, {
      proxies: guards,
      onRefused: (r) => runDir.event({ type: 'write-refused', env: env.name, during: 'sign-in', method: r.method, url: pathOf(r.url) }),
    }));
  } catch (e) {
    if (e instanceof BrowserLost) {
      for (const j of todo) finish(lostJourney(j, e.message));
      return;
    }
    if (!(e instanceof EnvUnavailable)) throw e;
    markUnavailable(e.message);
    for (const j of todo) finish(writeFailed(runDir, env.name, j, 'unavailable', menv.error!));
    return;
  }
  const limit = new Limit(Math.max(1, env.concurrency));
  let down = false;
  await Promise.all(todo.map((journey) => limit.run(() => global.run(async () => {
    if (down) return finish(writeFailed(runDir, env.name, journey, 'unavailable', menv.error ?? 'environment unavailable'));
    let r: JourneyResult;
    try {
      r = await onKeptBrowser(keeper, (browser) => {
        runDir.clearJourney(env.name, journey.id); // what a killed attempt (or a crashed browser) left half-written
        runDir.event({ type: 'journey-start', env: env.name, journey: journey.id });
        const generated = new Map<string, GeneratedValue>();
        return runJourney(journey, {
          browser, config, env, storageState, runDir, redactor, secrets, resolve: resolveFor(journey.id, generated), generated, trace, guards,
          onStep: (step) => progress.step(env.name, journey.id, step),
          onSessionExpired: (message) => {
            if (down) return;
            down = true; // the journeys after this one would meet the sign-in page too
            markUnavailable(message);
          },
        });
      });
    } catch (e) {
      if (!(e instanceof BrowserLost)) throw e;
      return finish(lostJourney(journey, e.message));
    }
    if (r.status === 'unavailable' && !down) {
      // One journey lost the environment: check it (with backoff) before giving up on the rest.
      try { await waitForEnvironment(env, config.capture.retries); } catch (e) {
        down = true;
        markUnavailable(e instanceof Error ? e.message : String(e));
      }
    }
    runDir.event({ type: 'journey-end', env: env.name, journey: journey.id, status: r.status });
    finish(r);
  }))));
  if (menv.status === 'running') menv.status = 'done';
}

/** A journey that could not be run at all: its environment is down, or no browser is left. */
function writeFailed(runDir: RunDir, env: string, j: Journey, status: 'unavailable' | 'error', error: string): JourneyResult {
  const now = new Date().toISOString();
  runDir.clearJourney(env, j.id); // a browser lost part-way leaves the steps it had written
  const r: JourneyResult = { format: 'parity-journey', version: 1, env, journey: j.id, title: j.title, status, error, steps: [], startedAt: now, finishedAt: now };
  runDir.writeJourney(r);
  runDir.event({ type: 'journey-end', env, journey: j.id, status, retry: true });
  return r;
}
