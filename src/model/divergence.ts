// What compare finds: compare/result.json. Reports read only this, the manifest and the captures.
import type { Severity } from './config.js';
import type { Box } from './capture.js';

export type DivergenceKind =
  | 'journey-blocked' | 'outcome-differs'
  | 'step-missing' | 'step-extra'
  | 'field-missing' | 'field-added' | 'required-changed'
  | 'options-changed'
  | 'control-missing' | 'control-added'
  | 'label-changed' | 'text-changed'
  | 'order-changed' | 'default-changed'
  | 'visual-only'
  | 'screen-reader-only'
  | 'env-error';

export const DEFAULT_SEVERITY: Record<DivergenceKind, Severity> = {
  'journey-blocked': 'critical',
  'outcome-differs': 'critical',
  'step-missing': 'major',
  'step-extra': 'major',
  'field-missing': 'major',
  'field-added': 'major',
  'required-changed': 'major',
  'options-changed': 'major',
  'control-missing': 'major',
  'control-added': 'major',
  'label-changed': 'minor',
  'text-changed': 'minor',
  'order-changed': 'minor',
  'default-changed': 'minor',
  'visual-only': 'cosmetic',
  // The screen is the same to the eye; only what a screen reader announces differs (an accessible
  // name, a required state in the markup). Its own finding, below what every trained person meets.
  'screen-reader-only': 'cosmetic',
  'env-error': 'critical',
};

export interface VisualRegion extends Box {
  /** Names of the elements under the box ("textbox 'Forename'"), where they can be tied. */
  elements: string[];
}

export interface Evidence {
  before?: string | string[] | boolean | null; // reference value
  after?: string | string[] | boolean | null; // target value
  added?: string[];
  removed?: string[];
  renamed?: { from: string; to: string }[];
  control?: { role: string; name: string };
  /** Boxes in the reference and target screenshots that show it. */
  referenceBox?: Box;
  targetBox?: Box;
  regions?: VisualRegion[];
  diffImage?: string; // relative to the run dir
  diffPixels?: number;
  diffRatio?: number;
  heightChange?: number;
  detail?: string;
  /** A finding that stands for the same change on several controls: how many, and a few of them. */
  count?: number;
  examples?: { before?: string; after?: string; control: string }[];
}

export interface Acceptance {
  fingerprint: string;
  reason: string;
  by: string;
  until?: string; // YYYY-MM-DD
  ticket?: string;
  addedAt?: string;
}

export interface Divergence {
  fingerprint: string; // stable across runs: kind + journey + step + envs + subject, never values that vary run to run
  kind: DivergenceKind;
  severity: Severity;
  journey: string;
  step: string; // step name (reference side, or target side for step-extra)
  referenceStep?: number; // index in the reference journey
  targetStep?: number; // index in the target journey
  reference: string; // environment (or "baseline:<env>")
  target: string;
  message: string; // a sentence a trainer can read
  evidence: Evidence;
  status: 'new' | 'accepted' | 'expired';
  acceptance?: Acceptance;
}

/** One aligned pair of steps in a journey: index in each side, or null where the step exists on one side only. */
export interface AlignedStep { reference: number | null; target: number | null; name: string }

export interface MatrixCell {
  journey: string;
  target: string;
  worst: Severity | null; // worst unaccepted
  counts: Record<Severity, number>; // unaccepted, by severity
  accepted: number;
  status: 'compared' | 'unavailable' | 'missing' | 'skipped';
}

/** A journey that did not go through in the reference: the suite is broken there, whatever the targets show. */
export interface ReferenceProblem {
  journey: string;
  env: string; // the run's reference environment
  status: 'blocked' | 'failed' | 'error' | 'missing';
  /** The step where it stopped or where an expectation failed. */
  step?: string;
  /** In a trainer's words: what could not be done, or which expectation did not hold. */
  said: string;
  /** Steps of the route never reached, so compared nowhere. */
  notReached: number;
}

/** Steps that went through (a screen captured) against the steps on one journey's route in one environment. */
export interface CoverageCell { env: string; journey: string; through: number; route: number }

/** Fewer steps went through than in an earlier capture of the same environment and journey. */
export interface CoverageLoss { env: string; journey: string; through: number; before: number; against: 'baseline' | 'previous' }

export interface Coverage {
  /** Steps that went through, over every environment and journey of the run, of those on their routes. */
  through: number;
  route: number;
  cells: CoverageCell[];
  /** The approved baselines looked at (one per environment that has one). */
  baselines: { env: string; approvedAt: string; fromRun: string }[];
  /** The run before this one, where one was found. */
  previous?: { runId: string; dir: string; createdAt: string };
  losses: CoverageLoss[];
  /** Steps fewer than the baseline / the previous run, summed over the losses. */
  fewerThanBaseline: number;
  fewerThanPrevious: number;
  /** --fail-on coverage: a loss fails the run. */
  failOn: boolean;
}

export interface CompareResult {
  format: 'parity-compare';
  version: 1;
  createdAt: string;
  runId: string;
  reference: string;
  targets: string[];
  against: 'environment' | 'baselines';
  failOn: Severity;
  divergences: Divergence[];
  alignments: { journey: string; target: string; steps: AlignedStep[] }[];
  matrix: MatrixCell[];
  staleAcceptances: Acceptance[];
  /** Journeys that did not go through in the reference (absent in results written before Parity told them). */
  referenceProblems?: ReferenceProblem[];
  coverage?: Coverage;
  totals: { bySeverity: Record<Severity, number>; accepted: number; new: number; failing: number };
  timings: { totalMs: number; pixelMs: number; pairs: number; identicalPairs: number };
}
