// parity run, the capture half: every planned journey through every environment, environments
// concurrently, each within its own concurrency limit; the run directory is written as it goes.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import type { ParityConfig } from '../model/config.js';
import type { Journey } from '../model/journey.js';
import type { JourneyResult } from '../model/capture.js';
import { RUN_FORMAT, RUN_VERSION, type RunManifest } from '../model/rundir.js';
import type { Io } from '../cli/io.js';
import { toolVersion } from '../util/version.js';
import { EXIT } from '../util/errors.js';
import { resolveTemplate } from '../spec/template.js';
import { Redactor } from '../capture/redact.js';
import { openBrowser } from './browser.js';
import { BrowserKeeper, BrowserLost, onKeptBrowser } from './browser-keeper.js';
import { RunDir } from './run-dir.js';
import { Limit } from '../util/limit.js';
import { Progress } from './progress.js';
import { runJourney, type TraceMode } from './journey-runner.js';
import { EnvUnavailable, signIn, waitForEnvironment } from './env-session.js';
import { startSimEnvironments } from './sim-envs.js';
import { checkEnvironmentVariables } from './preflight.js';
import { planResume } from './resume.js';

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

export interface CaptureOutcome { runDir: string; exitCode: number }

/** 20260601-090000-3fa2: sortable by time, and unique when shards start in the same second. */
export function newRunId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-')}-${randomBytes(2).toString('hex')}`;
}

export async function captureRun(opts: CaptureOptions): Promise<CaptureOutcome> {
  const { config, io } = opts;
  const runId = newRunId();
  const root = resolvePath(opts.io.cwd, opts.resume ?? opts.outDir ?? join('parity-runs', runId));
  const resumed = opts.resume ? planResume(root, config, opts.journeys) : undefined;
  const o = resumed ? { ...opts, journeys: resumed.journeys, envs: resumed.envs } : opts;
  const envs = o.envs.map((n) => ({ ...config.environments[n]! }));
  checkEnvironmentVariables(o.journeys, envs, io.env);
  const secrets = new Set<string>();
  const redactor = new Redactor(config.redact, secrets);
  // Traces hold raw DOM and network bodies, which no pattern can scrub reliably: with secrets or
  // redaction in play we do not write them at all.
  // Headers count too: a trace records every request's headers, an API key among them.
  const usesSecrets = JSON.stringify([o.journeys, config.vars, envs.map((e) => [e.signIn, e.headers, e.vars])]).includes('${secret.');
  let trace = o.trace;
  if (trace !== 'off' && (usesSecrets || config.redact.length)) {
    io.err('parity: traces are off for this run: they cannot be redacted, and this run uses secrets or redaction rules');
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
  const runDir = new RunDir(root, manifest);
  runDir.saveManifest();
  runDir.event({ type: 'run-start', runId: manifest.runId });

  const sims = await startSimEnvironments(envs);
  const results: JourneyResult[] = [];
  let envUnavailable = false;
  const progress = new Progress(io, new Map(envs.map((e) => [e.name, o.journeys.length])), o.quiet);
  let browserFailed = false;
  // One answer for the event log and the caller: an environment or the browser failed, or not.
  const exitCode = () => browserFailed || envUnavailable || results.some((r) => r.status === 'error' || r.status === 'unavailable')
    ? EXIT.environment : EXIT.ok;
  // Every journey gets its progress line, those given up on with their environment too.
  const finish = (r: JourneyResult) => {
    results.push(r);
    progress.journeyDone(r);
  };
  const keeper = new BrowserKeeper(() => openBrowser(config.browser, io.env, o.headed), config.browser.restarts, {
    restarting: (n, max) => {
      io.err(`parity: the browser closed unexpectedly; starting another (${n} of ${max}) and running the journeys it was in again`);
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
        const resolve = (s: string) => resolveTemplate(s, { vars: env.vars, env: io.env }, secrets);
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
        try {
          await waitForEnvironment(env, config.capture.retries);
          storageState = await onKeptBrowser(keeper, (browser) => signIn(browser, config, env, resolve));
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
              return runJourney(journey, {
                browser, config, env, storageState, runDir, redactor, secrets, resolve, trace,
                onStep: (step) => progress.step(env.name, journey.id, step),
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
      await keeper.close();
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
  return { runDir: root, exitCode: exitCode() };
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

function stripCredentials(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    return u.href;
  } catch {
    return url;
  }
}
