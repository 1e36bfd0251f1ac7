// What parity/test (in each worker) and parity/reporter (in the runner) agree on: the reporter's
// options as written in playwright.config, where the suite's optional parity.config.yaml is, and
// how a test is named as a journey. Both sides compute these from the same config, so a worker
// needs no message from the reporter to know where its checkpoints belong.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ParityConfig } from '../model/config.js';
import { slug } from '../model/rundir.js';
import { defaultConfig, loadConfig } from '../load/index.js';
import { formatProblem, InputError, ParityError } from '../util/errors.js';
import { isPlainName } from '../util/paths.js';
import type { PwFullConfig } from './pw-types.js';
import type { PwtCode } from './codes.js';

export interface ReporterOptions {
  /** The run directory to write (relative to the folder of playwright.config). */
  out: string;
  /** parity.config.yaml for masks, normalise and redact (default: one beside playwright.config, if there is one). */
  config?: string;
  /** The project the others are compared with (default: the first project). */
  reference?: string;
  /** Environment variables whose values are secrets: scrubbed from every capture, as ${secret.X} is. */
  secrets?: string[];
}

const NAME = 'parity/reporter';

/** How the reporter recognises a checkpoint's files among a test's attachments: parity/<NN-step>/<file>. */
export const ATTACHMENT_PREFIX = 'parity/';

/** The parity reporter's options in this run's reporter list, or undefined when it is not there. */
export function findReporterOptions(config: PwFullConfig): ReporterOptions | undefined {
  const entry = config.reporter.find(([name]) => name === NAME || /[\\/]playwright-test[\\/]reporter\.js$/.test(name));
  return entry ? checkOptions(entry[1]) : undefined;
}

export function checkOptions(raw: unknown): ReporterOptions {
  const o = (raw ?? {}) as Record<string, unknown>;
  // Playwright adds options of its own to every reporter's (configDir, onlyFailures, _mode, ...):
  // only ours are judged.
  const bad = (what: string) => pwtError('PWT_REPORTER_OPTIONS' satisfies PwtCode, `['${NAME}', { ... }] in playwright.config: ${what}`);
  if (typeof o.out !== 'string' || !o.out) throw bad("needs out: the run directory to write, e.g. { out: 'parity-runs/nightly' }");
  if (o.config !== undefined && typeof o.config !== 'string') throw bad('config is the path of a parity.config.yaml');
  if (o.reference !== undefined && typeof o.reference !== 'string') throw bad('reference is the name of a project');
  if (o.secrets !== undefined && !(Array.isArray(o.secrets) && o.secrets.every((s) => typeof s === 'string'))) throw bad('secrets is a list of environment variable names');
  const { out, config, reference, secrets } = o as unknown as ReporterOptions;
  return { out, config, reference, secrets };
}

/** `npx playwright test --list` runs no test: the reporter then leaves the run directory as it is. */
export function isListing(raw: unknown): boolean {
  return (raw as { _mode?: unknown } | undefined)?._mode === 'list';
}

/**
 * An error as Playwright Test shows it: it prints a thrown error's stack, so the stack is the one
 * line a person needs (code and message) unless PARITY_DEBUG is set, as the CLI's --debug would.
 */
export function pwtError(code: PwtCode, message: string): Error {
  const e = new ParityError(code, message);
  if (!process.env.PARITY_DEBUG) e.stack = `parity: ${code}: ${message}`;
  return e;
}

/** A Parity config's problems, each as file:line:col: CODE: message with its caret excerpt. */
export function configError(e: unknown): unknown {
  if (!(e instanceof InputError)) return e;
  const text = e.problems.map(formatProblem).join('\n');
  const out = new Error(text);
  if (!process.env.PARITY_DEBUG) out.stack = text;
  return out;
}

/** Relative paths in the reporter's options are read from the folder of playwright.config. */
export function configDir(config: PwFullConfig): string {
  return config.configFile ? dirname(config.configFile) : config.rootDir;
}

/** The suite's Parity config: the one named, else parity.config.yaml beside playwright.config, else defaults. */
export async function suiteParityConfig(config: PwFullConfig, opts: ReporterOptions, env: NodeJS.ProcessEnv): Promise<ParityConfig> {
  const dir = configDir(config);
  const file = opts.config ? resolve(dir, opts.config) : resolve(dir, 'parity.config.yaml');
  if (!opts.config && !existsSync(file)) return defaultConfig(dir, []);
  return loadConfig({ cwd: dir, file, env, environmentsOptional: true });
}

/** A project is an environment: its name becomes a folder of the run directory. */
export function checkProjectName(name: string): void {
  if (!isPlainName(name)) {
    throw pwtError('PWT_PROJECT_NAME' satisfies PwtCode, `Playwright project '${name}' cannot be a Parity environment: name it with letters, digits, '.', '_' and '-' only`);
  }
}

/** A test is a journey, named by its describe blocks and title ("Booking › books a slot" → booking-books-a-slot). */
export function journeyIdOf(titles: string[]): string {
  return slug(titles.filter(Boolean).join(' ')).replace(/^-+|-+$/g, '') || 'test';
}
