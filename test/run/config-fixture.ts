// A complete ParityConfig for tests that drive runJourney directly: the product's defaults, with a
// shorter action time-out (the fixture app answers in milliseconds) and one journey at a time.
import type { EnvironmentConfig, ParityConfig } from '../../src/model/config.js';
import { defaultConfig, defaultEnvironment } from '../../src/load/index.js';

export function makeEnv(name: string, baseUrl: string, over: Partial<EnvironmentConfig> = {}): EnvironmentConfig {
  return { ...defaultEnvironment(name, baseUrl), concurrency: 1, ...over };
}

export function makeConfig(envs: EnvironmentConfig[], over: Partial<ParityConfig> = {}): ParityConfig {
  const c = defaultConfig('/tmp', envs);
  c.capture = { ...c.capture, actionTimeoutMs: 3000, navigationTimeoutMs: 10_000 };
  return { ...c, ...over };
}
