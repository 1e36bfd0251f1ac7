// parity/test: `await checkpoint(page, 'Find the patient')` in a Playwright Test file captures the
// page exactly as a journey step does (the same settle, page model, masks, redaction and
// screenshot), in the worker that runs the test. The capture is written through a RunDir (so it is
// scrubbed before it touches the disk) into the test's own output folder, and handed to
// parity/reporter as attachments: the reporter, in the runner, writes the run directory. Nothing
// here runs in a test that does not call checkpoint.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator as PwLocator, Page } from 'playwright';
import { captureStep } from '../capture/capture-step.js';
import { Redactor } from '../capture/redact.js';
import { SETTLE_INIT_SCRIPT } from '../capture/settle-script.js';
import type { ParityConfig } from '../model/config.js';
import { RUN_FORMAT, RUN_VERSION, captureDir, stepDirName, type RunManifest } from '../model/rundir.js';
import { ProblemCollector } from '../run/page-problems.js';
import { RunDir } from '../rundir/run-dir.js';
import { toolVersion } from '../util/version.js';
import type { PwTestInfo } from './pw-types.js';
import { ATTACHMENT_PREFIX, checkProjectName, configError, findReporterOptions, journeyIdOf, pwtError, suiteParityConfig, type ReporterOptions } from './settings.js';
import type { PwtCode } from './codes.js';

export interface CheckpointOptions {
  /** Whole page (default: the Parity config's capture.fullPage, true) or the viewport. */
  fullPage?: boolean;
  /** Regions painted over in the screenshot (a clock, a banner), besides the config's masks. */
  mask?: PwLocator[];
}

interface TestState { index: number; last: number }
const tests = new WeakMap<object, TestState>();
const pages = new WeakMap<Page, ProblemCollector>();
let suite: Promise<{ config: ParityConfig; redactor: Redactor }> | undefined;

/** Captures the page as the step `name` of this test's journey, in this project's environment. */
export async function checkpoint(page: Page, name: string, opts: CheckpointOptions = {}): Promise<void> {
  if (typeof name !== 'string' || !name.trim()) throw pwtError('PWT_CHECKPOINT' satisfies PwtCode, 'checkpoint(page, name) needs a name: the step as the training material calls it');
  const info = runningTestInfo();
  const options = findReporterOptions(info.config);
  if (!options) {
    // A local run with --reporter=list: say so in the test's annotations rather than spend the time.
    info.annotations.push({ type: 'parity', description: `checkpoint '${name}' not captured: parity/reporter is not among this run's reporters` });
    return;
  }
  const env = info.project.name;
  checkProjectName(env);
  const { config, redactor } = await (suite ??= loadSuite(info, options));
  const journey = journeyIdOf(info.titlePath.slice(1));
  let state = tests.get(info);
  if (!state) tests.set(info, (state = { index: 0, last: performance.now() }));
  const index = state.index++;
  const problems = await watch(page);

  const dir = captureDir(env, journey, index, name);
  const staging = info.outputPath('parity-checkpoints');
  const runDir = new RunDir(staging, stagingManifest(env), redactor);
  const masks = config.masks.filter((m) => (!m.envs || m.envs.includes(env)) && (!m.journeys || m.journeys.includes(journey))).map((m) => m.selector);
  await captureStep(page, {
    runDir, dir, env, journey, step: name, index, status: 'captured', expects: [],
    problems: () => problems.take(), actionsMs: performance.now() - state.last,
    fullPage: opts.fullPage ?? config.capture.fullPage, screenshot: true, masks, pageMasks: opts.mask,
    values: config.capture.values, redactor, timeoutMs: config.capture.actionTimeoutMs,
  });
  for (const file of readdirSync(join(staging, dir))) {
    await info.attach(`${ATTACHMENT_PREFIX}${stepDirName(index, name)}/${file}`, { path: join(staging, dir, file), contentType: contentType(file) });
  }
  state.last = performance.now();
}

/**
 * The test running now. Asked of the Playwright Test that runs this worker, found from the
 * worker's own entry point and then from the project folder: the copy of @playwright/test that
 * `import` would find from here may be another one (a linked checkout, another version), whose
 * test.info() knows of no running test.
 */
function runningTestInfo(): PwTestInfo {
  const bases = [process.argv[1], join(process.cwd(), 'playwright.config.js')].filter((b): b is string => Boolean(b));
  let lastError: unknown;
  for (const base of bases) {
    for (const id of ['@playwright/test', 'playwright/test']) {
      let api: { test?: { info(): PwTestInfo } };
      try {
        api = createRequire(base)(id) as typeof api;
      } catch {
        continue;
      }
      try {
        if (api.test) return api.test.info();
      } catch (e) {
        lastError = e;
      }
    }
  }
  throw pwtError('PWT_NOT_IN_TEST' satisfies PwtCode, `checkpoint() is called from inside a Playwright Test test (npx playwright test)${lastError ? `: ${(lastError as Error).message.split('\n')[0]}` : '; @playwright/test was not found'}`);
}

async function loadSuite(info: PwTestInfo, options: ReporterOptions) {
  const config = await suiteParityConfig(info.config, options, process.env).catch((e: unknown) => {
    throw configError(e);
  });
  const secrets = new Set((options.secrets ?? []).map((n) => process.env[n] ?? '').filter((v) => v !== ''));
  return { config, redactor: new Redactor(config.redact, secrets) };
}

/** From the first checkpoint on a page: its problems are collected, and it settles as a journey's page does. */
async function watch(page: Page): Promise<ProblemCollector> {
  let c = pages.get(page);
  if (c) return c;
  c = new ProblemCollector();
  c.attach(page, { dialogs: false });
  pages.set(page, c);
  // What the page logged before this first checkpoint counts too (Playwright keeps the recent ones).
  const seed = { consoleErrors: [] as string[], pageErrors: [] as string[] };
  for (const m of await page.consoleMessages().catch(() => [])) if (m.type() === 'error') seed.consoleErrors.push(m.text().slice(0, 500));
  for (const e of await page.pageErrors().catch(() => [])) seed.pageErrors.push(e.message.split('\n')[0]!.slice(0, 500));
  c.seed(seed);
  // Later documents get the settle counters from their start; this one from now.
  await page.context().addInitScript({ content: SETTLE_INIT_SCRIPT });
  await page.evaluate(SETTLE_INIT_SCRIPT).catch(() => {});
  return c;
}

function stagingManifest(env: string): RunManifest {
  return {
    format: RUN_FORMAT, version: RUN_VERSION, runId: 'checkpoint', createdAt: new Date().toISOString(),
    tool: { name: 'parity' as const, version: toolVersion() }, config: '', reference: env, environments: [], journeys: [],
  };
}

function contentType(file: string): string {
  if (file.endsWith('.png')) return 'image/png';
  if (file.endsWith('.json')) return 'application/json';
  return 'text/yaml';
}
