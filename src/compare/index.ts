// The compare stage's shell: reads a run directory (manifest.json + captures/**), compares the
// reference with each target (or each environment with its approved baseline), applies the
// acceptances, writes compare/result.json and compare/diffs/**, and returns the result.
// A difference is a result, never an exception; only unreadable input throws.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParityConfig, Severity } from '../model/config.js';
import type { CompareResult, Divergence } from '../model/divergence.js';
import type { RunManifest } from '../model/rundir.js';
import { usageError } from '../util/errors.js';
import { Limit } from '../util/limit.js';
import { writeJsonAtomic } from '../util/files.js';
import { applyAcceptances, loadAcceptances } from './acceptances.js';
import { readBaseline } from './baselines.js';
import { compareJourney } from './journey.js';
import { readManifest } from '../rundir/run-dir.js';
import { findPreviousRun, loadEnv, loadJourneyResults, type EnvCaptures, type JourneyCaptures } from './load.js';
import { coverageOf, referenceProblems, type CoverageInput, type ResultsByEnv } from './suite.js';
import { buildMatrix, totals, type CellStatus } from './matrix.js';
import { severityRank } from '../model/severity.js';
import { makeNormaliser } from './normalise.js';
import { PixelPool } from './pool.js';
import type { CompareCode } from './codes.js';

export { exitCodeFor } from './matrix.js';

export interface CompareOptions {
  /** Reference environment (default: the run's reference). Ignored against baselines. */
  reference?: string;
  against?: 'environment' | 'baselines';
  /** Where approved baselines live (needed with against: 'baselines'). */
  baselinesDir?: string;
  /** Whose approved baseline every environment is compared with (default: the run's reference). */
  baseline?: string;
  failOn: Severity;
  config: Pick<ParityConfig, 'visual' | 'normalise' | 'acceptances'>;
  /** acceptances.yaml; absent: none are applied. */
  acceptancesFile?: string;
  now?: Date;
  /** Pixel worker threads (default: one per core); 0 runs in-process. */
  workers?: number;
  /** The run to count coverage against: a run directory, 'none', or (default) the newest earlier run beside this one. */
  previous?: string;
  /** --fail-on coverage: fewer steps through than the baseline or the previous run fails the run. */
  failOnCoverage?: boolean;
}

/** One side-by-side: a reference (environment or baseline) and a target environment. */
interface Comparison { refLabel: string; target: string; ref?: EnvCaptures; tgt: EnvCaptures }


function comparisons(runDir: string, m: RunManifest, opts: CompareOptions): { reference: string; list: Comparison[] } {
  const names = m.environments.map((e) => e.name);
  if (opts.against === 'baselines') {
    if (!opts.baselinesDir) throw usageError('comparing against baselines needs the baselines folder', 'COMPARE_NO_BASELINES' satisfies CompareCode);
    // Every environment, the reference included, against one approved baseline: by default the
    // reference's (what the training material shows), so a nightly run sees LIVE drift from it.
    const of = opts.baseline ?? m.reference;
    const b = readBaseline(opts.baselinesDir, of);
    if (!b) throw usageError(`no approved baseline of '${of}' in ${opts.baselinesDir}: run parity approve <run-dir> --env ${of} first`, 'COMPARE_NO_BASELINE' satisfies CompareCode);
    const ref = loadEnv(b.root, b.manifest, of);
    const list = names.map((env): Comparison => ({ refLabel: `baseline:${of}`, target: env, ref, tgt: loadEnv(runDir, m, env) }));
    return { reference: 'baselines', list };
  }
  const reference = opts.reference ?? m.reference;
  if (!names.includes(reference)) throw usageError(`reference '${reference}' is not an environment of this run (it has ${names.join(', ')})`, 'COMPARE_UNKNOWN_ENV' satisfies CompareCode);
  const ref = loadEnv(runDir, m, reference);
  const list = names.filter((x) => x !== reference).map((target): Comparison => ({ refLabel: reference, target, ref, tgt: loadEnv(runDir, m, target) }));
  return { reference, list };
}

function cellStatus(c: Comparison, rj: JourneyCaptures | undefined, tj: JourneyCaptures | undefined): CellStatus | 'compare' {
  // An environment that went down mid-run still has the journeys it finished: those are compared.
  if ((c.ref?.status === 'unavailable' && !rj?.result) || (c.tgt.status === 'unavailable' && !tj?.result)) return 'unavailable';
  if (rj?.result?.status === 'unavailable' || tj?.result?.status === 'unavailable') return 'unavailable';
  if (!rj || !tj) return 'missing';
  if (rj.result?.status === 'skipped' && tj.result?.status === 'skipped') return 'skipped';
  return 'compare';
}

export async function compareRun(runDir: string, opts: CompareOptions): Promise<CompareResult> {
  const t0 = performance.now();
  const m = readManifest(runDir);
  const now = opts.now ?? new Date();
  const n = makeNormaliser(opts.config.normalise);
  const acceptances = opts.acceptancesFile ? loadAcceptances(opts.acceptancesFile) : [];
  const { reference, list } = comparisons(runDir, m, opts);
  // Diffs of an earlier compare of this run would point at the wrong pixels: start clean.
  rmSync(join(runDir, 'compare', 'diffs'), { recursive: true, force: true });

  const journeyIds = [...new Set([...m.journeys.map((j) => j.id), ...list.flatMap((c) => [...c.tgt.journeys.keys()])])];
  const pool = new PixelPool(opts.workers);
  // At most this many screenshot pairs in memory at once.
  const lim = new Limit(Math.max(2, pool.threads * 3));
  const limit = <T>(fn: () => Promise<T>) => lim.run(fn);
  const status = new Map<string, CellStatus>();
  const divergences: Divergence[] = [];
  const alignments: CompareResult['alignments'] = [];
  let pixelMs = 0;
  let pairs = 0;
  let identicalPairs = 0;
  try {
    const jobs = list.flatMap((c) => journeyIds.map((journey) => ({ c, journey })));
    const results = await Promise.all(jobs.map(async ({ c, journey }) => {
      const rj = c.ref?.journeys.get(journey);
      const tj = c.tgt.journeys.get(journey);
      const st = cellStatus(c, rj, tj);
      status.set(`${journey}\u0000${c.target}`, st === 'compare' ? 'compared' : st);
      // A journey the environment never answered is not compared: nothing there is a finding.
      if (st !== 'compare' || !c.ref || !rj || !tj) return undefined;
      const r = await compareJourney(c.ref, c.tgt, rj, tj, { journey, reference: c.refLabel, target: c.target }, { n, visual: opts.config.visual, pool, runDir, limit });
      return { c, journey, r };
    }));
    for (const x of results) {
      if (!x) continue;
      divergences.push(...x.r.divergences);
      alignments.push({ journey: x.journey, target: x.c.target, steps: x.r.steps });
      pairs += x.r.pixelPairs;
      identicalPairs += x.r.identicalPairs;
      pixelMs += x.r.pixelMs;
    }
  } finally {
    await pool.close();
  }

  const stale = applyAcceptances(divergences, acceptances, now);
  // The reference's own journeys: loaded with the comparisons where it is one side, else here.
  const refCaptures = list.find((c) => c.refLabel === m.reference)?.ref ?? list.find((c) => c.target === m.reference)?.tgt
    ?? (m.environments.some((e) => e.name === m.reference) ? loadEnv(runDir, m, m.reference) : undefined);
  const loaded = new Map<string, EnvCaptures>();
  for (const c of list) {
    if (c.ref && c.refLabel === m.reference) loaded.set(m.reference, c.ref);
    loaded.set(c.target, c.tgt);
  }
  if (refCaptures) loaded.set(m.reference, refCaptures);
  const targets = list.map((c) => c.target);
  // Reading order needs no sort: jobs run target by target, journey by journey as listed in the
  // run, Promise.all keeps that order, and each journey's divergences come in route order.
  const result: CompareResult = {
    format: 'parity-compare',
    version: 1,
    createdAt: now.toISOString(),
    runId: m.runId,
    reference,
    targets,
    against: opts.against ?? 'environment',
    failOn: opts.failOn,
    divergences,
    alignments,
    matrix: buildMatrix(journeyIds, targets, (j, t) => status.get(`${j}\u0000${t}`) ?? 'missing', divergences),
    staleAcceptances: stale,
    referenceProblems: refCaptures ? referenceProblems(m.journeys, refCaptures) : [],
    coverage: coverageOf(coverageInput(runDir, m, loaded, opts)),
    totals: totals(divergences, opts.failOn),
    timings: { totalMs: Math.round(performance.now() - t0), pixelMs: Math.round(pixelMs), pairs, identicalPairs },
  };
  writeJsonAtomic(join(runDir, 'compare', 'result.json'), result);
  return result;
}

/** What coverage is counted from: this run's journeys, each environment's approved baseline, the previous run. */
function coverageInput(runDir: string, m: RunManifest, loaded: Map<string, EnvCaptures>, opts: CompareOptions): CoverageInput {
  const run: ResultsByEnv = new Map();
  for (const e of m.environments) {
    const env = loaded.get(e.name) ?? loadEnv(runDir, m, e.name);
    run.set(e.name, new Map([...env.journeys].flatMap(([id, j]) => (j.result ? [[id, j.result] as const] : []))));
  }
  const baselines: CoverageInput['baselines'] = [];
  if (opts.baselinesDir) {
    for (const e of m.environments) {
      try {
        const b = readBaseline(opts.baselinesDir, e.name);
        if (b?.manifest.baseline) baselines.push({ env: e.name, approvedAt: b.manifest.baseline.approvedAt, fromRun: b.manifest.baseline.fromRun, results: loadJourneyResults(b.root, b.manifest).get(e.name) ?? new Map() });
      } catch {
        // an unreadable baseline of another environment does not stop this comparison
      }
    }
  }
  const root = resolve(runDir);
  const prev = opts.previous === 'none' ? undefined
    : opts.previous ? { dir: resolve(opts.previous), manifest: readManifest(resolve(opts.previous)) }
      : m.baseline ? undefined : findPreviousRun(root, m);
  const input: CoverageInput = { journeys: m.journeys, run, baselines, failOn: opts.failOnCoverage ?? false };
  if (prev) input.previous = { runId: prev.manifest.runId, dir: prev.dir, createdAt: prev.manifest.createdAt, results: loadJourneyResults(prev.dir, prev.manifest) };
  return input;
}

/** Worst first, for printing. */
export function bySeverity(ds: Divergence[]): Divergence[] {
  return [...ds].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}
