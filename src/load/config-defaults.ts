// Defaults of parity.config.yaml, in one place, and the step from the validated surface syntax
// to ParityConfig. The safe choice is always the default: environments are read-only unless they
// say `writes: allowed`, typed values are not captured, concurrency is low enough not to hammer LIVE.
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { BrowserConfig, CaptureConfig, EnvironmentConfig, ParityConfig, Severity, Viewport, VisualConfig } from '../model/config.js';
import type { Locator } from '../model/journey.js';
import { Reader } from './normalise-journey.js';
import type { ConfigInput, EnvironmentInput } from './schema/config.js';
import type { SourceFile } from './yaml-source.js';

export const CONFIG_FILE = 'parity.config.yaml';

export const DEFAULTS = {
  writes: 'blocked' as const,
  concurrency: 2,
  viewport: { width: 1280, height: 800 } as Viewport,
  locale: 'en-GB',
  timezone: 'Europe/London',
  specs: ['specs/**/*.yaml'],
  baselines: 'baselines',
  acceptances: 'acceptances.yaml',
  visual: { threshold: 0.1, maxDiffPixelRatio: 0.0005, includeAA: false } as VisualConfig,
  failOn: 'major' as Severity,
  browser: { headless: true, args: [] as string[], restarts: 2 },
  // 10 s to find an element: a slow screen must not be reported as a trained route that does not exist.
  capture: { values: false, fullPage: true, actionTimeoutMs: 10000, navigationTimeoutMs: 15000, retries: 2, continuePastBlocks: true },
  normalise: { defaults: true },
  signInPath: '/',
};

type Raw = Record<string, unknown>;

function vars(r: Reader, raw: Record<string, unknown> | undefined, path: (string | number)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw ?? {})) out[k] = r.text(v, [...path, k]);
  return out;
}

/** signIn.storageState: relative to the config's folder; `~/` is the home folder (outside any repository). */
export function sessionFile(given: string, configDir: string, home: string): string {
  return given === '~' || given.startsWith('~/') ? resolve(home, given.slice(2)) : resolve(configDir, given);
}

function environment(r: Reader, name: string, e: EnvironmentInput, top: ConfigInput, topVars: Record<string, string>, configDir: string, home: string): EnvironmentConfig {
  const path = ['environments', name];
  const env: EnvironmentConfig = {
    name,
    baseUrl: e.baseUrl ?? '', // a sim environment's URL is known once the simulator listens
    writes: e.writes ?? DEFAULTS.writes,
    blockUrls: [...(e.blockUrls ?? [])],
    concurrency: e.concurrency ?? top.concurrency ?? DEFAULTS.concurrency,
    viewport: { ...(e.viewport ?? top.viewport ?? DEFAULTS.viewport) },
    locale: e.locale ?? top.locale ?? DEFAULTS.locale,
    timezone: e.timezone ?? top.timezone ?? DEFAULTS.timezone,
    headers: { ...(e.headers ?? {}) },
    allowOrigins: (e.allowOrigins ?? []).map((o) => new URL(o).origin),
    // Effective vars: what ${vars.X} means in this environment (its own win over the config's).
    vars: { ...topVars, ...vars(r, e.vars, [...path, 'vars']) },
  };
  if (e.sim) {
    env.sim = { variant: e.sim.variant };
    if (e.sim.now !== undefined) env.sim.now = e.sim.now;
    if (e.sim.faults) env.sim.faults = { ...e.sim.faults };
  }
  if (e.label !== undefined) env.label = e.label;
  if (e.signIn) {
    env.signIn = { path: e.signIn.path ?? DEFAULTS.signInPath, actions: e.signIn.actions ? r.actions(e.signIn.actions, [...path, 'signIn', 'actions']) : [] };
    if (e.signIn.storageState !== undefined) env.signIn.storageState = sessionFile(e.signIn.storageState, configDir, home);
  }
  return env;
}

export function normaliseConfig(src: SourceFile, c: ConfigInput): ParityConfig {
  const r = new Reader(src, src.file);
  const topVars = vars(r, c.vars, ['vars']);
  const environments: Record<string, EnvironmentConfig> = {};
  for (const [name, e] of Object.entries(c.environments)) environments[name] = environment(r, name, e, c, topVars, dirname(src.abs), homedir());

  const browser: BrowserConfig = {
    args: [...(c.browser?.args ?? DEFAULTS.browser.args)],
    headless: c.browser?.headless ?? DEFAULTS.browser.headless,
    restarts: c.browser?.restarts ?? DEFAULTS.browser.restarts,
  };
  if (c.browser?.executablePath !== undefined) browser.executablePath = c.browser.executablePath;
  if (c.browser?.channel !== undefined) browser.channel = c.browser.channel;
  if (c.browser?.connect) browser.connect = { ...c.browser.connect };

  const capture: CaptureConfig = { ...DEFAULTS.capture, ...stripUndefined(c.capture ?? {}) };
  const loc = (raw: unknown, path: (string | number)[]): Locator => r.locator(raw as Raw, path);

  return {
    file: src.abs,
    dir: dirname(src.abs),
    reference: c.reference,
    environments,
    specs: c.specs === undefined ? [...DEFAULTS.specs] : typeof c.specs === 'string' ? [c.specs] : [...c.specs],
    baselines: c.baselines ?? DEFAULTS.baselines,
    acceptances: c.acceptances ?? DEFAULTS.acceptances,
    masks: (c.masks ?? []).map((m, i) => {
      const out: ParityConfig['masks'][number] = { selector: loc(m.selector, ['masks', i, 'selector']) };
      if (m.journeys) out.journeys = [...m.journeys];
      if (m.envs) out.envs = [...m.envs];
      return out;
    }),
    normalise: {
      defaults: c.normalise?.defaults ?? DEFAULTS.normalise.defaults,
      rules: (c.normalise?.rules ?? []).map((x) => stripUndefined({ ...x })),
      testPatients: [...(c.normalise?.testPatients ?? [])],
    },
    redact: (c.redact ?? []).map((x, i) => {
      const { region, ...rest } = x;
      return stripUndefined({ ...rest, ...(region ? { region: loc(region, ['redact', i, 'region']) } : {}) });
    }),
    visual: { ...DEFAULTS.visual, ...stripUndefined(c.visual ?? {}) },
    failOn: (c.failOn as Severity | undefined) ?? DEFAULTS.failOn,
    browser,
    capture,
    vars: topVars,
  };
}

/** Optional keys that were not written stay absent, so `{ ...DEFAULTS, ...given }` keeps the default. */
function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A complete config with every default, for callers that build one in code (benchmarks, tests, tools). */
export function defaultConfig(dir: string, environments: EnvironmentConfig[], reference = environments[0]?.name ?? ''): ParityConfig {
  return {
    file: `${dir}/${CONFIG_FILE}`,
    dir,
    reference,
    environments: Object.fromEntries(environments.map((e) => [e.name, e])),
    specs: [...DEFAULTS.specs],
    baselines: DEFAULTS.baselines,
    acceptances: DEFAULTS.acceptances,
    masks: [],
    normalise: { defaults: DEFAULTS.normalise.defaults, rules: [], testPatients: [] },
    redact: [],
    visual: { ...DEFAULTS.visual },
    failOn: DEFAULTS.failOn,
    browser: { ...DEFAULTS.browser, args: [...DEFAULTS.browser.args] },
    capture: { ...DEFAULTS.capture },
    vars: {},
  };
}

/** An environment with every default, named and addressed. */
export function defaultEnvironment(name: string, baseUrl: string): EnvironmentConfig {
  return {
    name, baseUrl, writes: DEFAULTS.writes, blockUrls: [], concurrency: DEFAULTS.concurrency, viewport: { ...DEFAULTS.viewport },
    locale: DEFAULTS.locale, timezone: DEFAULTS.timezone, headers: {}, allowOrigins: [], vars: {},
  };
}
