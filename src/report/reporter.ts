// The one interface every report implements, and the runner that writes several of them.
// A reporter that throws is recorded and the others still run: a broken HTML report must never
// cost CI its JUnit file, and the reviewer still gets the HTML when JUnit fails.
import { mkdirSync } from 'node:fs';
import type { Severity } from '../model/config.js';
import { loadReportContext, type ReportContext } from './context.js';
import { jsonReporter } from './json-reporter.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { htmlReporter } from './html/html-reporter.js';
import { UsageError } from '../util/errors.js';
import type { ReportCode } from './codes.js';

export interface Reporter {
  /** The name used on the command line: --reporter html,json. */
  readonly name: string;
  /** Writes its files under ctx.outDir and returns their absolute paths. */
  write(ctx: ReportContext): Promise<string[]>;
}

export const REPORTERS: Record<string, Reporter> = {
  html: htmlReporter,
  json: jsonReporter,
  junit: junitReporter,
  markdown: markdownReporter,
};

export const DEFAULT_REPORTERS = Object.keys(REPORTERS);

export interface BuildOptions {
  reporters?: string[];
  outDir?: string;
  failOn?: Severity;
}

export interface ReporterError { reporter: string; message: string; error: unknown }

export interface BuildOutcome {
  files: string[];
  errors: ReporterError[];
  ctx: ReportContext;
}

/** Checks names before anything is loaded, so a typo is a usage error and not a half-written report. */
export function resolveReporters(names: string[] = DEFAULT_REPORTERS): Reporter[] {
  const unknown = names.filter((n) => !REPORTERS[n]);
  if (unknown.length) {
    throw new UsageError('REPORT_UNKNOWN_REPORTER' satisfies ReportCode, `unknown reporter ${unknown.map((u) => `'${u}'`).join(', ')}; choose from ${Object.keys(REPORTERS).join(', ')}`);
  }
  return [...new Set(names)].map((n) => REPORTERS[n]!);
}

export async function buildReports(runDir: string, opts: BuildOptions = {}): Promise<BuildOutcome> {
  const reporters = resolveReporters(opts.reporters);
  const ctx = loadReportContext(runDir, { outDir: opts.outDir, failOn: opts.failOn });
  mkdirSync(ctx.outDir, { recursive: true });
  const files: string[] = [];
  const errors: ReporterError[] = [];
  // One after another: the HTML reporter links many files and the others are quick; order keeps output stable.
  for (const r of reporters) {
    try {
      files.push(...(await r.write(ctx)));
    } catch (error) {
      errors.push({ reporter: r.name, message: error instanceof Error ? error.message : String(error), error });
    }
  }
  return { files, errors, ctx };
}
