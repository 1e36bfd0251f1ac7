// What compare needs from parity.config.yaml (visual, normalise, acceptances, baselines, failOn,
// reference). `parity compare` works offline from a run directory, possibly on a machine with no
// config at all (a reviewer's desktop, a CI job that only compares): then the defaults apply.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ParityConfig, Severity } from '../model/config.js';
import { CONFIG_FILE, DEFAULTS, loadConfig } from '../load/index.js';

export type CompareConfig = Pick<ParityConfig, 'visual' | 'normalise' | 'acceptances'>;

export interface CompareSettings {
  /** The config file read, or undefined when none was found and defaults apply. */
  file?: string;
  config: CompareConfig;
  failOn: Severity;
  acceptancesFile: string; // absolute
  baselinesDir: string; // absolute
}

export function defaultCompareConfig(): CompareConfig {
  return {
    visual: { ...DEFAULTS.visual },
    normalise: { defaults: DEFAULTS.normalise.defaults, rules: [], testPatients: [] },
    acceptances: DEFAULTS.acceptances,
  };
}

/** The config named (--config, PARITY_CONFIG) must exist; ./parity.config.yaml is used when present. */
export async function loadCompareSettings(cwd: string, env: NodeJS.ProcessEnv, file?: string): Promise<CompareSettings> {
  const given = file ?? (env.PARITY_CONFIG || undefined);
  if (!given && !existsSync(resolve(cwd, CONFIG_FILE))) {
    return {
      config: defaultCompareConfig(), failOn: DEFAULTS.failOn,
      acceptancesFile: resolve(cwd, DEFAULTS.acceptances), baselinesDir: resolve(cwd, DEFAULTS.baselines),
    };
  }
  const c = await loadConfig({ cwd, file, env });
  return {
    file: c.file,
    config: { visual: c.visual, normalise: c.normalise, acceptances: c.acceptances },
    failOn: c.failOn,
    acceptancesFile: acceptancesFileOf(c),
    baselinesDir: resolve(c.dir, c.baselines),
  };
}

/** The acceptances file a config names: relative to the config's folder, or as given when absolute. */
export function acceptancesFileOf(c: Pick<ParityConfig, 'dir' | 'acceptances'>): string {
  return resolve(c.dir, c.acceptances);
}
