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
  totals: { bySeverity: Record<Severity, number>; accepted: number; new: number; failing: number };
  timings: { totalMs: number; pixelMs: number; pairs: number; identicalPairs: number };
}
