// parity/reporter: ['parity/reporter', { out }] in playwright.config writes an ordinary Parity run
// directory from a Playwright Test run: each project is an environment, each test that calls
// checkpoint() a journey, each checkpoint a step. A shard (--shard i/n) writes its own run
// directory with `shard` in its manifest, so `parity merge` joins the shards of CI machines; then
// `parity compare` and `parity report` work on it as on any run.
//
// The captures themselves were taken and scrubbed in the workers (checkpoint.ts) and arrive as
// attachments; the reporter only copies them into place and writes what the runner knows: the
// manifest, the event log and each journey.json. Files are written at the end of the run, when
// every retry is known: the last attempt of a test is its journey.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Redactor } from '../capture/redact.js';
import type { JourneyResult, JourneyStatus, StepCapture } from '../model/capture.js';
import type { ParityConfig } from '../model/config.js';
import { RUN_FORMAT, RUN_VERSION, type RunManifest } from '../model/rundir.js';
import { RunDir } from '../rundir/run-dir.js';
import { newRunId, stripCredentials } from '../run/run-id.js';
import { EXIT } from '../util/errors.js';
import { readJson } from '../util/files.js';
import { inside } from '../util/paths.js';
import { toolVersion } from '../util/version.js';
import type { PwFullConfig, PwFullResult, PwSuite, PwTestCase, PwTestResult } from './pw-types.js';
import { ATTACHMENT_PREFIX, checkOptions, configError, isListing, pwtError, checkProjectName, configDir, journeyIdOf, suiteParityConfig, type ReporterOptions } from './settings.js';
import type { PwtCode } from './codes.js';

interface Finished { env: string; journey: string; test: PwTestCase; result: PwTestResult }

export default class ParityReporter {
  private readonly options: ReporterOptions;
  private root = '';
  private suiteDir = '';
  private manifest!: RunManifest;
  private config!: Promise<ParityConfig>;
  private readonly finished = new Map<string, Finished>();

  private readonly listing: boolean;

  constructor(options: unknown) {
    this.options = checkOptions(options);
    this.listing = isListing(options);
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(config: PwFullConfig, suite: PwSuite): void {
    if (this.listing) return;
    this.suiteDir = configDir(config);
    this.root = resolve(this.suiteDir, this.options.out);
    const projects = config.projects.map((p) => p.name);
    for (const name of projects) checkProjectName(name);
    const twice = projects.find((n, i) => projects.indexOf(n) !== i);
    if (twice) throw fail('PWT_PROJECT_NAME' satisfies PwtCode, `two Playwright projects are named '${twice}': each project is an environment, and needs a name of its own`);
    const reference = this.options.reference ?? projects[0];
    if (!reference || !projects.includes(reference)) {
      throw fail('PWT_REFERENCE' satisfies PwtCode, `reference '${reference ?? ''}' is not a project of playwright.config (it has ${projects.join(', ') || 'none'})`);
    }
    checkJourneyNames(suite);
    prepareOut(this.root);
    // Loaded now, awaited when the files are written: a config problem fails the run there, named by file:line:col.
    this.config = suiteParityConfig(config, this.options, process.env);
    this.config.catch(() => {});
    this.manifest = {
      format: RUN_FORMAT, version: RUN_VERSION, runId: newRunId(), createdAt: new Date().toISOString(),
      tool: { name: 'parity', version: toolVersion() }, config: config.configFile ?? '', reference,
      // Parity guards nothing here: the suite drives the browser itself, writes and all.
      environments: config.projects.map((p) => ({ name: p.name, baseUrl: p.use.baseURL ? stripCredentials(p.use.baseURL) : '', writes: 'allowed' as const, status: 'running' as const })),
      journeys: [],
    };
    if (config.shard) this.manifest.shard = { index: config.shard.current, total: config.shard.total };
  }

  onTestEnd(test: PwTestCase, result: PwTestResult): void {
    const env = test.parent.project()?.name;
    if (!env) return;
    // A retry replaces the attempt before it: the journey is what the last attempt did.
    this.finished.set(`${env}\u0000${test.id}`, { env, journey: journeyOf(test), test, result });
  }

  async onEnd(_result: PwFullResult): Promise<void> {
    if (this.listing) return;
    let config: ParityConfig;
    try {
      config = await this.config;
    } catch (e) {
      throw configError(e);
    }
    const secrets = new Set((this.options.secrets ?? []).map((n) => process.env[n] ?? '').filter((v) => v !== ''));
    const runDir = new RunDir(this.root, this.manifest, new Redactor(config.redact, secrets));
    runDir.event({ type: 'run-start', runId: this.manifest.runId });
    // A test is a journey where it reached a checkpoint in some project; there, a project whose
    // attempt failed before its first checkpoint is recorded too (it is what differs).
    const journeys = new Set([...this.finished.values()].filter((f) => checkpointFiles(f.result).length).map((f) => f.journey));
    const results: JourneyResult[] = [];
    for (const f of this.finished.values()) {
      if (journeys.has(f.journey)) results.push(this.writeJourney(runDir, f));
    }
    const byReference = (r: JourneyResult) => (r.env === this.manifest.reference ? 0 : 1);
    for (const r of [...results].sort((a, b) => byReference(a) - byReference(b))) {
      if (this.manifest.journeys.some((j) => j.id === r.journey)) continue;
      const f = [...this.finished.values()].find((x) => x.journey === r.journey && x.env === r.env)!;
      this.manifest.journeys.push({ id: r.journey, title: r.title, file: relative(this.suiteDir, f.test.location.file), tags: [], steps: r.steps.map((s) => s.name) });
    }
    this.manifest.journeys.sort((a, b) => a.id.localeCompare(b.id));
    for (const e of this.manifest.environments) e.status = 'done';
    this.manifest.finishedAt = new Date().toISOString();
    runDir.saveManifest();
    const failed = results.some((r) => r.status === 'error');
    runDir.event({ type: 'run-end', exitCode: failed ? EXIT.environment : EXIT.ok });
    const steps = results.reduce((n, r) => n + r.steps.length, 0);
    console.log(`parity: ${this.manifest.journeys.length} journeys, ${steps} checkpoints in ${this.manifest.environments.length} environments: run directory ${this.root}`);
  }

  /** Copies one test's checkpoints into captures/<env>/<journey>/ and writes its journey.json. */
  private writeJourney(runDir: RunDir, f: Finished): JourneyResult {
    runDir.clearJourney(f.env, f.journey);
    runDir.event({ type: 'journey-start', env: f.env, journey: f.journey });
    const base = `captures/${f.env}/${f.journey}`;
    const dirs = new Set<string>();
    for (const { rel, path } of checkpointFiles(f.result)) {
      const to = inside(this.root, base, rel); // an attachment's name must not climb out of the journey's folder
      mkdirSync(resolve(to, '..'), { recursive: true });
      copyFileSync(path, to);
      dirs.add(rel.split('/')[0]!);
    }
    const steps: JourneyResult['steps'] = [];
    for (const d of [...dirs].sort()) {
      const c = readJson<StepCapture>(inside(this.root, base, d, 'capture.json'));
      steps.push({ index: c.index, name: c.step, status: c.status, dir: `${base}/${d}` });
      runDir.event({ type: 'step', env: f.env, journey: f.journey, index: c.index, status: c.status, dir: `${base}/${d}` });
    }
    steps.sort((a, b) => a.index - b.index);
    const status = journeyStatus(f.result);
    const end = new Date(f.result.startTime.getTime() + f.result.duration);
    const r: JourneyResult = {
      format: 'parity-journey', version: 1, env: f.env, journey: f.journey, title: f.test.titlePath().slice(3).join(' › '),
      status, steps, startedAt: f.result.startTime.toISOString(), finishedAt: end.toISOString(),
    };
    if (status !== 'passed' && f.result.error?.message) r.error = firstLines(f.result.error.message);
    runDir.writeJourney(r); // scrubbed: a failed assertion's message can quote patient data or a secret
    runDir.event({ type: 'journey-end', env: f.env, journey: f.journey, status });
    return r;
  }
}

function journeyOf(test: PwTestCase): string {
  // titlePath(): root, project, file, then the describe blocks and the test's own title.
  return journeyIdOf(test.titlePath().slice(3));
}

/** Two tests of one project that would be one journey: refused before anything runs. */
function checkJourneyNames(suite: PwSuite): void {
  const seen = new Map<string, PwTestCase>();
  for (const t of suite.allTests()) {
    const key = `${t.parent.project()?.name}\u0000${journeyOf(t)}`;
    const other = seen.get(key);
    if (other && other.id !== t.id) {
      throw fail('PWT_JOURNEY_NAME' satisfies PwtCode, `the tests '${other.titlePath().slice(3).join(' › ')}' (${other.location.file}:${other.location.line}) and '${t.titlePath().slice(3).join(' › ')}' (${t.location.file}:${t.location.line}) would both be the journey '${journeyOf(t)}': give them titles that differ`);
    }
    seen.set(key, t);
  }
}

/** A folder that holds an earlier Parity run is replaced, as Playwright replaces its reports; any other folder is left alone. */
function prepareOut(root: string): void {
  if (!existsSync(root) || readdirSync(root).length === 0) return;
  const file = resolve(root, 'manifest.json');
  const isRun = existsSync(file) && (() => { try { return readJson<{ format?: string }>(file).format === RUN_FORMAT; } catch { return false; } })();
  if (!isRun) throw fail('PWT_OUT_EXISTS' satisfies PwtCode, `${root} is not empty and holds no Parity run: give parity/reporter an empty or new folder as out`);
  rmSync(root, { recursive: true, force: true });
}

function checkpointFiles(result: PwTestResult): { rel: string; path: string }[] {
  return result.attachments
    .filter((a) => a.name.startsWith(ATTACHMENT_PREFIX) && a.path)
    .map((a) => ({ rel: a.name.slice(ATTACHMENT_PREFIX.length), path: a.path! }));
}

function journeyStatus(r: PwTestResult): JourneyStatus {
  if (r.status === 'passed') return 'passed';
  if (r.status === 'skipped') return 'skipped';
  if (r.status === 'interrupted') return 'error';
  return 'failed'; // failed or timed out: the test's own assertions or actions did not hold
}

function firstLines(message: string): string {
  // Playwright's messages carry colour codes and a call log after the first lines.
  return message.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
}

const fail = pwtError;
