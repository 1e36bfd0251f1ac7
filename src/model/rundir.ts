// The run directory: how the stages talk to each other. Versioned; documented in docs/run-directory.md.
//
// <run>/
//   manifest.json                          RunManifest (rewritten atomically as the run goes)
//   events.jsonl                           append-only RunEvent log (resume reads it)
//   captures/<env>/<journey>/journey.json  JourneyResult
//   captures/<env>/<journey>/<NN>-<step-slug>/capture.json, screenshot.png, aria.yaml
//   compare/result.json                    CompareResult (src/model/divergence.ts)
//   compare/diffs/<target>/<journey>/<NN>-<slug>.png
//   report/index.html, report.json, junit.xml, summary.md, handout-<env>.html|pdf
import type { EnvironmentConfig } from './config.js';

export const RUN_FORMAT = 'parity-run';
export const RUN_VERSION = 1;

export interface ManifestEnvironment {
  name: string;
  label?: string;
  baseUrl: string; // credentials stripped
  writes: EnvironmentConfig['writes'];
  status: 'pending' | 'running' | 'done' | 'unavailable';
  error?: string;
}

export interface ManifestJourney { id: string; title: string; file: string; tags: string[]; steps: string[] }

export interface RunManifest {
  format: typeof RUN_FORMAT;
  version: typeof RUN_VERSION;
  runId: string;
  createdAt: string;
  finishedAt?: string;
  tool: { name: 'parity'; version: string };
  config: string; // config file path as given
  reference: string;
  environments: ManifestEnvironment[];
  journeys: ManifestJourney[];
  shard?: { index: number; total: number };
  /** Set on merged run directories: the shard run ids they came from. */
  mergedFrom?: string[];
  /** True when built from an approved baseline rather than a live capture. */
  baseline?: { approvedAt: string; approvedBy: string; fromRun: string; env: string };
}

export type RunEvent =
  | { t: string; type: 'run-start'; runId: string }
  | { t: string; type: 'journey-start'; env: string; journey: string }
  | { t: string; type: 'step'; env: string; journey: string; index: number; status: string; dir: string }
  | { t: string; type: 'journey-end'; env: string; journey: string; status: string; /** not really run (no browser left): --resume runs it */ retry?: true }
  | { t: string; type: 'env-unavailable'; env: string; error: string }
  | { t: string; type: 'browser-restart'; restart: number }
  /** A request the read-only guard refused outside any step: while signing in, or after a journey's last step (unload handlers at close). */
  | { t: string; type: 'write-refused'; env: string; journey?: string; during: 'sign-in' | 'after-steps'; method: string; url: string }
  | { t: string; type: 'run-end'; exitCode: number };

/** "02-register-patient" style folder name for step i. */
export function stepDirName(index: number, name: string): string {
  return `${String(index).padStart(2, '0')}-${slug(name)}`;
}

export function slug(s: string): string {
  const out = s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return out.slice(0, 60) || 'step';
}

export function captureDir(env: string, journey: string, index: number, step: string): string {
  return `captures/${env}/${journey}/${stepDirName(index, step)}`;
}
