// report.json: the one machine-readable account of a compared run, documented in docs/report-json.md.
// Every other report (HTML, JUnit, Markdown, handout) is drawn from this document, so they agree by
// construction: a count in the HTML matrix is the count here.
import type { Severity } from '../model/config.js';
import { SEVERITIES } from '../model/config.js';
import type { BlockedInfo, JourneyStatus, StepStatus } from '../model/capture.js';
import type { Acceptance, AlignedStep, Coverage, Divergence, MatrixCell, ReferenceProblem } from '../model/divergence.js';
import type { ManifestEnvironment, ManifestJourney } from '../model/rundir.js';
import { toolVersion } from '../util/version.js';
import { atOrAbove, isAccepted, severityRank, stepKey } from './severity.js';
import type { RunData } from './context.js';

export const REPORT_FORMAT = 'parity-report';
export const REPORT_VERSION = 1;

export interface ReportEnvironment extends ManifestEnvironment { role: 'reference' | 'target' }

export interface JourneyRun { status: JourneyStatus; error?: string; trace?: string; startedAt?: string; finishedAt?: string }

export interface ReportJourney extends ManifestJourney {
  /** How the journey ended in each environment that ran it. */
  runs: Record<string, JourneyRun>;
  /** Reference/target step pairing per target environment (from compare). */
  alignments: Record<string, AlignedStep[]>;
}

export interface ReportStep {
  id: string; // `${env}/${journey}/${index}`
  env: string;
  journey: string;
  index: number;
  name: string;
  status: StepStatus;
  dir: string; // relative to the run directory
  screenshot?: { path: string; width: number; height: number }; // path relative to the run directory
  trace?: string;
  page?: { path: string; title: string; mainHeading: string };
  blocked?: BlockedInfo;
  /** Reached past a block, through these stand-ins (see StepCapture.continuedVia). */
  continuedVia?: string[];
  error?: string;
  skippedReason?: string;
  failedExpects: string[];
  problems: { consoleErrors: number; pageErrors: number; failedRequests: number; blockedWrites: number };
}

export interface ReportDivergence extends Divergence {
  id: number; // position in this document, stable only within it
  referenceStepId?: string;
  targetStepId?: string;
  /** Unaccepted and at or above failOn: this one fails the run. */
  failing: boolean;
}

export interface ReportDocument {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  generatedAt: string;
  tool: { name: 'parity'; version: string };
  run: {
    id: string;
    createdAt: string;
    finishedAt?: string;
    capturedWith: string; // tool version that captured
    config: string;
    reference: string;
    against: 'environment' | 'baselines';
    baseline?: { approvedAt: string; approvedBy: string; fromRun: string; env: string };
    shard?: { index: number; total: number };
    mergedFrom?: string[];
    comparedAt: string;
    failOn: Severity;
  };
  environments: ReportEnvironment[];
  journeys: ReportJourney[];
  steps: ReportStep[];
  divergences: ReportDivergence[];
  matrix: MatrixCell[];
  totals: {
    journeys: number;
    steps: number;
    divergences: number;
    bySeverity: Record<Severity, number>; // unaccepted
    accepted: number;
    new: number;
    expired: number;
    failing: number;
  };
  staleAcceptances: Acceptance[];
  /** Journeys that did not go through in the reference: a broken suite, told before anything else. */
  referenceProblems: ReferenceProblem[];
  /** Steps that went through, and where fewer did than in the approved baseline or the previous run. */
  coverage?: Coverage;
  /** Whether the run fails, for every reporter alike: a broken suite, a failing divergence, or (with --fail-on coverage) lost coverage. */
  verdict: { fails: boolean; brokenSuite: boolean; coverageFails: boolean };
  warnings: string[];
}

export function buildReportDocument(ctx: RunData): ReportDocument {
  const { manifest: m, result: r } = ctx;
  const targets = new Set(r.targets);
  const environments: ReportEnvironment[] = m.environments.map((e) => ({ ...e, role: e.name === r.reference ? 'reference' : 'target' }));
  // A target compared but absent from the manifest (a baseline) still gets a column.
  for (const t of targets) if (!environments.some((e) => e.name === t)) environments.push({ name: t, baseUrl: '', writes: 'blocked', status: 'done', role: 'target' });

  const journeys: ReportJourney[] = m.journeys.map((j) => {
    const runs: Record<string, JourneyRun> = {};
    for (const e of environments) {
      const jr = ctx.journeys.get(`${e.name}/${j.id}`);
      if (jr) runs[e.name] = { status: jr.status, error: jr.error, trace: jr.trace, startedAt: jr.startedAt, finishedAt: jr.finishedAt };
    }
    const alignments: Record<string, AlignedStep[]> = {};
    for (const a of r.alignments) if (a.journey === j.id) alignments[a.target] = a.steps;
    return { ...j, runs, alignments };
  });

  const steps: ReportStep[] = [...ctx.captures.values()]
    .sort((a, b) => a.env.localeCompare(b.env) || a.journey.localeCompare(b.journey) || a.index - b.index)
    .map((c) => {
      const jr = ctx.journeys.get(`${c.env}/${c.journey}`);
      return {
        id: stepKey(c.env, c.journey, c.index),
        env: c.env,
        journey: c.journey,
        index: c.index,
        name: c.step,
        status: c.status,
        dir: c.dir,
        screenshot: c.files.screenshot && c.screenshot
          ? { path: `${c.dir}/${c.files.screenshot}`, width: c.screenshot.width, height: c.screenshot.height }
          : undefined,
        trace: c.files.trace ? `${c.dir}/${c.files.trace}` : jr?.trace,
        page: c.identity ? { path: c.identity.path, title: c.identity.title, mainHeading: c.identity.mainHeading } : undefined,
        blocked: c.blocked,
        ...(c.continuedVia?.length ? { continuedVia: c.continuedVia } : {}),
        error: c.error,
        skippedReason: c.skippedReason,
        failedExpects: c.expects.filter((x) => !x.passed).map((x) => x.message ? `${x.action}: ${x.message}` : x.action),
        problems: {
          consoleErrors: c.problems.consoleErrors.length,
          pageErrors: c.problems.pageErrors.length,
          failedRequests: c.problems.failedRequests.length,
          blockedWrites: c.problems.blockedWrites.length,
        },
      };
    });
  const stepIds = new Set(steps.map((s) => s.id));
  const refEnv = (d: Divergence) => d.reference.replace(/^baseline:/, '');

  const divergences: ReportDivergence[] = sortDivergences(r.divergences, m.journeys).map((d, id) => {
    const refId = d.referenceStep !== undefined ? stepKey(refEnv(d), d.journey, d.referenceStep) : undefined;
    const tgtId = d.targetStep !== undefined ? stepKey(d.target, d.journey, d.targetStep) : undefined;
    return {
      ...d,
      id,
      referenceStepId: refId && stepIds.has(refId) ? refId : undefined,
      targetStepId: tgtId && stepIds.has(tgtId) ? tgtId : undefined,
      failing: !isAccepted(d) && atOrAbove(d.severity, ctx.failOn),
    };
  });

  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const d of divergences) if (!isAccepted(d)) bySeverity[d.severity]++;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generatedAt: new Date().toISOString(),
    tool: { name: 'parity', version: toolVersion() },
    run: {
      id: m.runId,
      createdAt: m.createdAt,
      finishedAt: m.finishedAt,
      capturedWith: m.tool.version,
      config: m.config,
      reference: r.reference,
      against: r.against,
      baseline: m.baseline,
      shard: m.shard,
      mergedFrom: m.mergedFrom,
      comparedAt: r.createdAt,
      failOn: ctx.failOn,
    },
    environments,
    journeys,
    steps,
    divergences,
    matrix: r.matrix,
    totals: {
      journeys: journeys.length,
      steps: steps.length,
      divergences: divergences.length,
      bySeverity,
      accepted: divergences.filter(isAccepted).length,
      new: divergences.filter((d) => d.status === 'new').length,
      expired: divergences.filter((d) => d.status === 'expired').length,
      failing: divergences.filter((d) => d.failing).length,
    },
    staleAcceptances: r.staleAcceptances,
    referenceProblems: r.referenceProblems ?? [],
    ...(r.coverage ? { coverage: r.coverage } : {}),
    verdict: verdictOf(r, divergences.some((d) => d.failing)),
    warnings: [...ctx.warnings], // a snapshot: report.json must not depend on which reporter ran first
  };
}

function verdictOf(r: RunData['result'], failing: boolean): ReportDocument['verdict'] {
  const brokenSuite = (r.referenceProblems ?? []).length > 0;
  const coverageFails = Boolean(r.coverage?.failOn && r.coverage.losses.length);
  return { fails: brokenSuite || coverageFails || failing, brokenSuite, coverageFails };
}

/** Journey order as in the manifest (the order trainers wrote them), then step, then worst first. */
export function sortDivergences(ds: Divergence[], journeys: { id: string }[]): Divergence[] {
  const jpos = new Map(journeys.map((j, i) => [j.id, i]));
  const step = (d: Divergence) => d.referenceStep ?? d.targetStep ?? -1;
  return [...ds].sort((a, b) =>
    (jpos.get(a.journey) ?? 1e9) - (jpos.get(b.journey) ?? 1e9) || a.journey.localeCompare(b.journey) ||
    a.target.localeCompare(b.target) || step(a) - step(b) || severityRank(a.severity) - severityRank(b.severity));
}

/** Worst first, new before accepted: what a reader should see at the top of a summary. */
export function byImportance<T extends Divergence>(ds: T[]): T[] {
  return [...ds].sort((a, b) =>
    Number(isAccepted(a)) - Number(isAccepted(b)) || severityRank(a.severity) - severityRank(b.severity));
}
