// Everything a reporter reads, loaded once from the run directory: the manifest, compare/result.json,
// every journey.json and every capture.json. Reporters never touch the run directory's JSON themselves,
// so a format change is absorbed here and nowhere else.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyResult, StepCapture } from '../model/capture.js';
import type { CompareResult } from '../model/divergence.js';
import type { RunManifest } from '../model/rundir.js';
import { readManifest } from '../rundir/run-dir.js';
import type { Severity } from '../model/config.js';
import { readJson } from '../util/files.js';
import { RunDirError } from '../util/errors.js';
import { stepKey } from './severity.js';
import { buildReportDocument, type ReportDocument } from './document.js';
import type { RundirCode } from '../rundir/codes.js';

/** The run directory as read from disk. */
export interface RunData {
  /** Absolute run directory. */
  runDir: string;
  /** Where reports are written (default <run>/report). */
  outDir: string;
  failOn: Severity;
  manifest: RunManifest;
  result: CompareResult;
  /** journey.json by `${env}/${journey}`. */
  journeys: Map<string, JourneyResult>;
  /** capture.json by stepKey(env, journey, index). */
  captures: Map<string, StepCapture>;
  /** Problems met while loading (an unreadable capture): reported, never fatal. */
  warnings: string[];
}

/** What every reporter gets: the raw run data and the report document built from it once. */
export interface ReportContext extends RunData {
  doc: ReportDocument;
}

export interface LoadOptions { outDir?: string; failOn?: Severity }

export function loadReportContext(runDir: string, opts: LoadOptions = {}): ReportContext {
  const data = loadRunData(runDir, opts);
  return { ...data, doc: buildReportDocument(data) };
}

export function loadRunData(runDir: string, opts: LoadOptions = {}): RunData {
  const manifest = readManifest(runDir);
  const resultFile = join(runDir, 'compare', 'result.json');
  // A run that was captured but never compared cannot be reported: say what to do rather than draw an empty report.
  if (!existsSync(resultFile)) throw new RunDirError('RUNDIR_NOT_COMPARED' satisfies RundirCode, `${runDir} has no compare/result.json; run 'parity compare ${runDir}' first`);
  const result = readJson<CompareResult>(resultFile);
  if (result.format !== 'parity-compare' || result.version !== 1) {
    throw new RunDirError('RUNDIR_FORMAT' satisfies RundirCode, `${resultFile}: format ${String(result.format)} v${String(result.version)} is not parity-compare v1`);
  }

  const warnings: string[] = [];
  const journeys = new Map<string, JourneyResult>();
  const captures = new Map<string, StepCapture>();
  const capRoot = join(runDir, 'captures');
  for (const env of listDirs(capRoot)) {
    for (const journey of listDirs(join(capRoot, env))) {
      const jdir = join(capRoot, env, journey);
      const jfile = join(jdir, 'journey.json');
      if (existsSync(jfile)) {
        try {
          journeys.set(`${env}/${journey}`, readJson<JourneyResult>(jfile));
        } catch (e) {
          warnings.push(`${jfile}: ${(e as Error).message}`);
        }
      }
      for (const stepDir of listDirs(jdir)) {
        const cfile = join(jdir, stepDir, 'capture.json');
        if (!existsSync(cfile)) continue;
        try {
          const c = readJson<StepCapture>(cfile);
          captures.set(stepKey(c.env, c.journey, c.index), c);
        } catch (e) {
          warnings.push(`${cfile}: ${(e as Error).message}`);
        }
      }
    }
  }
  return {
    runDir,
    outDir: opts.outDir ?? join(runDir, 'report'),
    failOn: opts.failOn ?? result.failOn,
    manifest,
    result,
    journeys,
    captures,
    warnings,
  };
}

function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

