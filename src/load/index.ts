// The load stage: parity.config.yaml and journey files in, ParityConfig and Journey[] out,
// or an InputError carrying every problem found (file:line:col, stable code, caret excerpt).
import type { ParityConfig } from '../model/config.js';
import type { Journey } from '../model/journey.js';
import { InputError } from '../util/errors.js';
import { readConfig, type LoadConfigOptions } from './load-config.js';
import { readJourneys } from './load-journeys.js';

export { CODES, type SpecCode } from './codes.js';
export { CONFIG_FILE, DEFAULTS, defaultConfig, defaultEnvironment } from './config-defaults.js';
export { configJsonSchema, journeyJsonSchema, schemaFileText, SCHEMA_FILES } from './json-schema.js';
export { resolveTemplate, scanTemplate, scrubSecrets, type TemplateContext } from './template.js';
export { checkAll, validateAll, type CheckResult, type ValidateOptions } from './validate.js';
export { MAX_SPEC_BYTES } from './yaml-source.js';
export type { LoadConfigOptions };

/** Finds (cwd/parity.config.yaml unless `file`), validates and completes the config. */
export async function loadConfig(opts: LoadConfigOptions): Promise<ParityConfig> {
  const r = await readConfig(opts);
  if (!r.config) throw new InputError(r.problems, r.problems.length > 1 ? `${r.problems.length} problems in the config` : undefined);
  return r.config;
}

/**
 * Loads every journey the config's `specs` globs name (relative to config.dir), or the given
 * paths (files, folders or globs; relative paths against config.dir).
 */
export async function loadJourneys(config: ParityConfig, paths?: string[]): Promise<Journey[]> {
  const r = await readJourneys(config.dir, config.specs, config, paths?.length ? paths : undefined);
  if (r.problems.length) throw new InputError(r.problems, r.problems.length > 1 ? `${r.problems.length} problems in the journeys` : undefined);
  return r.journeys;
}
