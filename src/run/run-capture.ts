// parity run, the capture half: every planned journey through every environment, environments
// concurrently, each within its own concurrency limit; the run directory is written as it goes.
import { mkdirSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import type { ParityConfig } from '../model/config.js';
import type { Journey } from '../model/journey.js';
import type { JourneyResult } from '../model/capture.js';
import { RUN_FORMAT, RUN_VERSION, type RunManifest } from '../model/rundir.js';
import type { Io } from '../util/io.js';
import { toolVersion } from '../util/version.js';
import { EXIT } from '../util/errors.js';
import { resolveTemplate, secretNamesIn } from '../spec/template.js';
import { dayIn } from '../spec/generated.js';
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


export async function captureRun(opts: CaptureOptions): Promise<CaptureOutcome> {
  const { config, io } = opts;
  const runId = newRunId();
  const root = resolvePath(opts.io.cwd, opts.resume ?? opts.outDir ?? join('parity-runs', runId));
  const resumed = opts.resume ? planResume(root, config, opts.journeys) : undefined;
  const o = resumed ? { ...opts, journeys: resumed.journeys, envs: resumed.envs } : opts;
  const envs = o.envs.map((n) => ({ ...config.environments[n]! }));
  checkEnvironmentVariables(o.journeys, envs, io.env);
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
  const secretNames = secretNamesIn([o.journeys, config.vars, envs.map((e) => [e.signIn, e.headers, e.vars])]);
  const secrets = new Set([...secretNames].map((n) => io.env[n] ?? '').filter((v) => v !== ''));
  for (const s of sessions.values()) if (!(s instanceof SessionUnusable)) for (const v of sessionSecrets(s)) secrets.add(v);
  const redactor = new Redactor(config.redact, secrets);
  // What the run prints passes the redactor too (an error message can quote a page's address).
  const say = scrubbedIo(io, redactor);
  // Traces hold raw DOM and network bodies, which no pattern can scrub reliably: with secrets or
  // redaction in play we do not write them at all.
  const usesSecrets = secretNames.size > 0 || sessions.size > 0;
  let trace = o.trace;
  if (trace !== 'off' && (usesSecrets || config.redact.length)) {
    say.err(`parity: traces are off for this run: they cannot be redacted, and this run uses ${sessions.size ? 'a saved sign-in' : 'secrets or redaction rules'}`);
    trace = 'off';
  }

  mkdirSync(root, { recursive: true });
  const done = resumed?.done ?? new Set<string>();
  const manifest: RunManifest = resumed?.manifest ?? {
    format: RUN_FORMAT, version: RUN_VERSION, runId, createdAt: new Date().toISOString(),
    tool: { name: 'parity', version: toolVersion() }, config: config.file, reference: config.reference,
    environments: envs.map((e) => ({ name: e.name, label: e.label, baseUrl: e.sim ? `sim:${e.sim.variant}` : stripCredentials(e.baseUrl), writes: e.writes, status: 'pending' })),
    journeys: o.journeys.map((j) => ({ id: j.id, title: j.title, file: j.file, tags: j.tags, steps: j.steps.map((s) => s.name) })),
  };
  if (o.shard) manifest.shard = o.shard;
  delete manifest.finishedAt;
  const runDir = new RunDir(root, manifest, redactor);
  runDir.saveManifest();
  runDir.event({ type: 'run-start', runId: manifest.runId });

  const sims = await startSimEnvironments(envs);
  const results: JourneyResult[] = [];
  let envUnavailable = false;
  const progress = new Progress(say, new Map(envs.map((e) => [e.name, o.journeys.length])), o.quiet);
  let browserFailed = false;
  // One answer for the event log and the caller: an environment or the browser failed, or not.
  // A journey blocked or failing in the reference is a broken suite (4): what it did not reach is
  // compared nowhere. An environment or the browser failing outranks it.
  const broken = () => results.filter((r) => r.env === config.reference && (r.status === 'blocked' || r.status === 'failed'));
  const exitCode = () => browserFailed || envUnavailable || results.some((r) => r.status === 'error' || r.status === 'unavailable')
    ? EXIT.environment : broken().length ? EXIT.suite : EXIT.ok;
  // Every journey gets its progress line, those given up on with their environment too.
  const finish = (r: JourneyResult) => {
    results.push(r);
    progress.journeyDone(r);
  };
  // Date and time inputs are drawn in the browser's own language: the environments' locale.
  const language = browserLanguage(envs, config.reference);
  if (language?.others.length && !config.browser.connect) {
    say.err(`parity: date and time fields follow one browser language per run (${language.locale}); ${language.others.join(', ')} ${language.others.length === 1 ? 'has' : 'have'} another locale, which reaches the page but not those fields`);
  }
  const keeper = new BrowserKeeper(() => openBrowser(config.browser, io.env, o.headed, language?.locale), config.browser.restarts, {
    restarting: (n, max) => {
      say.err(`parity: the browser closed unexpectedly; starting another (${n} of ${max}) and running the journeys it was in again`);
      runDir.event({ type: 'browser-restart', restart: n });
    },
  });
  // Given up on the browser: what is left is recorded as an error (so exit 3), and the run carries on writing.
  const lostJourney = (env: string, j: Journey, error: string): JourneyResult => writeFailed(runDir, env, j, 'error', redactor.text(error));
  try {
    await keeper.start();
    const global = new Limit(Math.max(1, o.workers));
    try {
      await Promise.all(envs.map(async (env) => {
        const menv = manifest.environments.find((m) => m.name === env.name)!;
        // ${date.*} counts from the environment's own clock, known once it answers (its Date header);
        // until then, and where it sends none, from this machine's.
        let today = dayIn(new Date(), env.timezone);
        const resolveFor = (journey: string, made?: Map<string, GeneratedValue>) => (s: string) =>
          resolveTemplate(s, { vars: env.vars, env: io.env, gen: { runId: manifest.runId, journey, today, made } }, secrets);
        const resolve = resolveFor('');
        // Headers may carry ${secret.X} (an API key for a gateway): resolved here, never written.
        env.headers = Object.fromEntries(Object.entries(env.headers).map(([k, v]) => [k, resolve(v)]));
        const todo = o.journeys.filter((j) => !done.has(`${env.name}\u0000${j.id}`));
        const markUnavailable = (error: string) => {
          menv.status = 'unavailable';
          menv.error = redactor.text(error);
          runDir.event({ type: 'env-unavailable', env: env.name, error: menv.error });
          progress.envUnavailable(env.name, menv.error);
          envUnavailable = true;
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
            for (const j of todo) finish(lostJourney(env.name, j, e.message));
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
            return finish(lostJourney(env.name, journey, e.message));
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
      }));
    } finally {
      // The browser first: once it is gone nothing more can be sent, so what reached a proxy is on record.
      await keeper.close();
      await guards.closeAll();
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
  return { runDir: root, exitCode: exitCode(), brokenInReference };
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
