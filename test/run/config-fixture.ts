// A complete ParityConfig with sensible defaults, for tests that drive runJourney directly.
import type { EnvironmentConfig, ParityConfig } from '../../src/model/config.js';

export function makeEnv(name: string, baseUrl: string, over: Partial<EnvironmentConfig> = {}): EnvironmentConfig {
  return {
    name,
    baseUrl,
    writes: 'blocked',
    blockUrls: [],
    concurrency: 1,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezone: 'Europe/London',
    headers: {},
    vars: {},
    ...over,
  };
}

export function makeConfig(envs: EnvironmentConfig[], over: Partial<ParityConfig> = {}): ParityConfig {
  return {
    file: '/tmp/parity.config.yaml',
    dir: '/tmp',
    reference: envs[0]?.name ?? 'train',
    environments: Object.fromEntries(envs.map((e) => [e.name, e])),
    specs: ['specs/**/*.yaml'],
    baselines: 'baselines',
    acceptances: 'acceptances.yaml',
    masks: [],
    normalise: { defaults: true, rules: [], testPatients: [] },
    redact: [],
    visual: { threshold: 0.1, maxDiffPixelRatio: 0.0005, includeAA: false },
    failOn: 'major',
    browser: { headless: true, args: [] },
    capture: { values: false, fullPage: true, actionTimeoutMs: 3000, navigationTimeoutMs: 10_000, retries: 2 },
    vars: {},
    ...over,
  };
}
