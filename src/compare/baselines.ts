// Approved baselines: what one environment looked like when someone signed it off. `parity approve`
// copies that environment's captures out of a run into baselines/<env>/, which is itself a run
// directory (manifest.json with a `baseline` block, captures/<env>/...), so compare reads it with
// the same loader. `--against baselines` then compares each environment with its own approved
// capture: how a nightly run sees LIVE drift from what the training material shows.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RunManifest } from '../model/rundir.js';
import { RunDirError, UsageError } from '../util/errors.js';
import { writeJsonAtomic } from '../util/files.js';
import { readManifest } from '../rundir/run-dir.js';
import { inside, isPlainName } from '../util/paths.js';
import type { CompareCode } from './codes.js';
import type { UtilCode } from '../util/codes.js';

export interface ApproveOptions {
  /** Default: the run's reference. */
  env?: string;
  by: string;
  baselinesDir: string;
  now?: Date;
}

export interface ApproveOutcome { dir: string; manifest: RunManifest; journeys: number }

/** baselines/<env>: refused (PATH_OUTSIDE) for a name that is not one plain folder name. */
export function baselineDir(baselinesDir: string, env: string): string {
  if (!isPlainName(env)) throw new RunDirError('PATH_OUTSIDE' satisfies UtilCode, `environment name ${JSON.stringify(env)} is not a plain folder name; a baseline is kept in ${baselinesDir}/<env>`);
  return inside(baselinesDir, env);
}

export function approve(runDir: string, o: ApproveOptions): ApproveOutcome {
  const run = readManifest(runDir);
  const envName = o.env ?? run.reference;
  const dest = baselineDir(o.baselinesDir, envName); // before anything else: --env ../x goes no further
  const env = run.environments.find((e) => e.name === envName);
  const from = inside(runDir, 'captures', envName);
  if (!env) throw new UsageError('APPROVE_UNKNOWN_ENV' satisfies CompareCode, `${envName} is not an environment of run ${run.runId} (it has ${run.environments.map((e) => e.name).join(', ')})`);
  if (env.status === 'unavailable' || !existsSync(from)) throw new RunDirError('APPROVE_NO_CAPTURES' satisfies CompareCode, `run ${run.runId} has no captures of ${envName}${env.error ? ` (${env.error})` : ''}`);
  // Build beside the old baseline, then swap: a failed copy never leaves half a baseline behind.
  mkdirSync(o.baselinesDir, { recursive: true });
  const tmp = `${dest}.new-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  // Traces are for debugging one run; a baseline needs captures and screenshots only.
  cpSync(from, join(tmp, 'captures', envName), { recursive: true, filter: (src) => basename(src) !== 'trace.zip' && !src.endsWith('.tmp') });
  const approvedAt = (o.now ?? new Date()).toISOString();
  const manifest: RunManifest = {
    ...run,
    environments: [{ ...env, status: 'done' }],
    reference: envName,
    baseline: { approvedAt, approvedBy: o.by, fromRun: run.runId, env: envName },
  };
  delete manifest.shard;
  delete manifest.mergedFrom;
  writeJsonAtomic(join(tmp, 'manifest.json'), manifest);
  const old = `${dest}.old-${process.pid}`;
  if (existsSync(dest)) renameSync(dest, old);
  renameSync(tmp, dest);
  rmSync(old, { recursive: true, force: true });
  const journeys = run.journeys.filter((j) => existsSync(join(dest, 'captures', envName, j.id))).length;
  return { dir: dest, manifest, journeys };
}

/** The approved baseline of `env`, or undefined when none was approved yet. */
export function readBaseline(baselinesDir: string, env: string): { root: string; manifest: RunManifest } | undefined {
  const root = baselineDir(baselinesDir, env);
  if (!existsSync(join(root, 'manifest.json'))) return undefined;
  return { root, manifest: readManifest(root) };
}
