// Everything `parity validate` checks, in one pass: the config, then the journeys against it.
// A broken config does not hide the journeys' own problems: they are still checked for shape,
// only the checks that need the config (environment names, vars) are left out.
import { dirname, resolve } from 'node:path';
import type { ParityConfig } from '../model/config.js';
import type { Journey } from '../model/journey.js';
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { DEFAULTS } from './config-defaults.js';
import { readConfig, type LoadConfigOptions } from './load-config.js';
import { readJourneys } from './load-journeys.js';

export interface ValidateOptions extends LoadConfigOptions {
  /** Journey files, folders or globs (relative to cwd); default: the config's specs. */
  paths?: string[];
}

export interface CheckResult {
  config?: ParityConfig;
  journeys: Journey[];
  problems: Problem[];
}

export async function checkAll(opts: ValidateOptions): Promise<CheckResult> {
  const c = await readConfig(opts);
  const paths = opts.paths?.length ? opts.paths : undefined;
  if (c.config) {
    // Paths typed on the command line are relative to where the user is, not to the config.
    const abs = paths?.map((p) => resolve(opts.cwd, p));
    const j = await readJourneys(c.config.dir, c.config.specs, c.config, abs);
    return { config: c.config, journeys: j.journeys, problems: j.problems };
  }
  const notFound = c.problems.some((p) => p.code === CODES.configNotFound);
  if (notFound && !paths) return { journeys: [], problems: c.problems };
  const base = notFound ? opts.cwd : dirname(c.abs);
  const j = await readJourneys(base, DEFAULTS.specs, undefined, paths?.map((p) => resolve(opts.cwd, p)));
  return { journeys: j.journeys, problems: [...c.problems, ...j.problems] };
}

export async function validateAll(opts: ValidateOptions): Promise<Problem[]> {
  return (await checkAll(opts)).problems;
}
