// Shared by the end-to-end run tests: one Chromium per test file, the fixture web app, a temp run
// directory per journey run, hand-built journeys, and readers for what landed on disk.
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type LaunchOptions } from 'playwright';
import { runJourney } from '../../src/run/journey-runner.js';
import { RunDir } from '../../src/rundir/run-dir.js';
import { Redactor } from '../../src/capture/redact.js';
import type { Action, Journey, Locator, Step } from '../../src/model/journey.js';
import type { EnvironmentConfig, ParityConfig } from '../../src/model/config.js';
import type { JourneyResult, StepCapture } from '../../src/model/capture.js';
import { RUN_FORMAT, RUN_VERSION } from '../../src/model/rundir.js';
import { makeConfig, makeEnv } from './config-fixture.js';
import { launchChromium } from '../support/browser.js';
import { afterAll, beforeAll } from 'vitest';
import { startWebApp, type WebApp } from './webapp-server.js';

export function launch(extra: LaunchOptions = {}): Promise<Browser> {
  return launchChromium(extra);
}

const made: string[] = [];

/** Removes the run directories this test file made (call from afterAll). */
export function removeRunDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A run directory that scrubs what it writes with `redactor`, as `parity run` builds it. */
export function tempRunDir(redactor?: Redactor): RunDir {
  const root = mkdtempSync(join(tmpdir(), 'parity-run-'));
  made.push(root);
  return new RunDir(root, {
    format: RUN_FORMAT, version: RUN_VERSION, runId: 'test', createdAt: new Date().toISOString(),
    tool: { name: 'parity', version: '0.0.0' }, config: 'test', reference: 'train', environments: [], journeys: [],
  }, redactor);
}

/** Actions as the spec loader would build them, with the one-line text a trainer wrote. */
const show = (x: unknown) => JSON.stringify(x);
export const act = {
  goto: (path: string): Action => ({ kind: 'goto', value: path, text: `goto: ${path}` }),
  click: (target: Locator): Action => ({ kind: 'click', target, text: `click: ${show(target)}` }),
  fill: (target: Locator, value: string): Action => ({ kind: 'fill', target, value, text: `fill: ${show({ ...target, value })}` }),
  type: (target: Locator, value: string): Action => ({ kind: 'type', target, value, text: `type: ${show({ ...target, value })}` }),
  select: (target: Locator, option: string): Action => ({ kind: 'select', target, value: option, text: `select: ${show({ ...target, option })}` }),
  check: (target: Locator): Action => ({ kind: 'check', target, text: `check: ${show(target)}` }),
  expect: (target: Locator | undefined, expect: Action['expect']): Action => ({ kind: 'expect', target, expect, text: `expect: ${show({ target, ...expect })}` }),
};

export function journey(id: string, steps: Step[], start?: string): Journey {
  return { id, title: id, tags: [], steps, file: `specs/${id}.yaml`, ...(start ? { start } : {}) };
}

export interface RunOut {
  result: JourneyResult;
  root: string;
  /** capture.json of step i, read back from disk. */
  capture(i: number): StepCapture;
  stepDir(i: number): string;
  journeyJson(): JourneyResult;
}

export interface RunOpts {
  env?: Partial<EnvironmentConfig>;
  config?: Partial<ParityConfig>;
  secrets?: Record<string, string>; // ${secret.X} → value
  trace?: 'on' | 'off' | 'on-failure';
}

export async function run(browser: Browser, baseUrl: string, j: Journey, o: RunOpts = {}): Promise<RunOut> {
  const env = makeEnv('live', baseUrl, o.env);
  const config = makeConfig([env], o.config);
  const secrets = new Set<string>();
  const redactor = new Redactor(config.redact, secrets);
  const runDir = tempRunDir(redactor);
  const resolve = (s: string) => s.replace(/\$\{secret\.(\w+)\}/g, (_, k: string) => {
    const v = o.secrets?.[k] ?? '';
    secrets.add(v);
    return v;
  });
  const result = await runJourney(j, {
    browser, config, env, runDir, redactor, secrets, resolve, trace: o.trace ?? 'off',
  });
  const dirOf = (i: number) => {
    const s = result.steps.find((x) => x.index === i);
    if (!s) throw new Error(`step ${i} has no record; steps: ${JSON.stringify(result.steps)}`);
    return join(runDir.root, s.dir);
  };
  return {
    result,
    root: runDir.root,
    stepDir: dirOf,
    capture: (i) => JSON.parse(readFileSync(join(dirOf(i), 'capture.json'), 'utf8')) as StepCapture,
    journeyJson: () => JSON.parse(readFileSync(join(runDir.root, 'captures', env.name, j.id, 'journey.json'), 'utf8')) as JourneyResult,
  };
}

/** Every file under a folder, recursively. */
export function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((n) => {
    const p = join(root, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** A short explanation for failed expectations: the step's status, error and expects. */
export function why(c: StepCapture): string {
  return JSON.stringify({ status: c.status, error: c.error, blocked: c.blocked, expects: c.expects.filter((e) => !e.passed) });
}

/** One Chromium and one fixture web app for the test file that calls this, closed (with its run dirs) after it. */
export function useBrowserAndApp(): { readonly browser: Browser; readonly app: WebApp } {
  const held = {} as { browser: Browser; app: WebApp };
  beforeAll(async () => {
    [held.browser, held.app] = await Promise.all([launch(), startWebApp()]);
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.app?.close();
    removeRunDirs();
  });
  return held;
}
