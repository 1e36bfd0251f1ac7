// Finding and loading parity.config.yaml: read, parse, judge the shape, judge the rules, then
// fill in defaults. Problems are collected, never thrown one at a time.
import { existsSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import type { ParityConfig } from '../model/config.js';
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { checkConfig } from './config-checks.js';
import { CONFIG_FILE, normaliseConfig } from './config-defaults.js';
import { schemaProblems } from './issues.js';
import { configSchema, type ConfigInput } from './schema/config.js';
import { readYamlFile } from './yaml-source.js';

export interface LoadConfigOptions {
  cwd: string;
  /** --config; relative to cwd. Without it, PARITY_CONFIG from env, then ./parity.config.yaml. */
  file?: string;
  env: NodeJS.ProcessEnv;
  /** For checkpoints in a Playwright Test suite: its projects are the environments, so the config
   *  may leave out `reference` and `environments` and hold only masks, normalise, redact. */
  environmentsOptional?: boolean;
}

export interface ConfigResult {
  config?: ParityConfig;
  /** Absolute path of the file looked at (present even when it failed to load). */
  abs: string;
  problems: Problem[];
}

/** Shown in messages: relative to where the user is, which is what their editor opens. */
export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel === '' ? basename(abs) : rel.startsWith('..') ? abs : rel;
}

export async function readConfig(opts: LoadConfigOptions): Promise<ConfigResult> {
  const given = opts.file ?? (opts.env.PARITY_CONFIG || undefined);
  const abs = resolve(opts.cwd, given ?? CONFIG_FILE);
  if (!existsSync(abs)) {
    const message = given
      ? `config file ${abs} does not exist`
      : `no ${CONFIG_FILE} in ${opts.cwd}; create one (see docs/journey-format.md) or pass --config <file>`;
    return { abs, problems: [{ code: CODES.configNotFound, message, file: given ? displayPath(opts.cwd, abs) : opts.cwd }] };
  }
  const file = displayPath(opts.cwd, abs);
  const parsed = await readYamlFile(abs, file);
  if (!parsed.source) return { abs, problems: parsed.problems };

  const schema = opts.environmentsOptional ? configSchema.partial({ reference: true, environments: true }) : configSchema;
  const shape = schemaProblems(schema, parsed.data, parsed.source);
  if (shape.length) return { abs, problems: shape };
  const data = parsed.data as ConfigInput;
  if (opts.environmentsOptional && data.environments === undefined) {
    data.environments = {};
    data.reference ??= '';
  }
  const rules = checkConfig(parsed.source, data, { environmentsOptional: opts.environmentsOptional });
  if (rules.length) return { abs, problems: rules };
  return { abs, config: normaliseConfig(parsed.source, data), problems: [] };
}
