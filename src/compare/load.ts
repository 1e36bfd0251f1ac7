// Reading what the capture stage left in a run directory: the manifest, each journey.json and each
// step's capture.json. The only file-system reading compare does besides screenshots.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { JourneyResult, StepCapture } from '../model/capture.js';
import type { RunManifest } from '../model/rundir.js';
import { readManifest } from '../rundir/run-dir.js';
import { inside } from '../util/paths.js';
import { readJson } from '../util/files.js';
import { RunDirError } from '../util/errors.js';
import type { RundirCode } from '../rundir/codes.js';

export interface JourneyCaptures {
  id: string;
  /** Absent when the journey never finished in that environment (crash, shard not merged). */
  result?: JourneyResult;
  /** Step captures in journey order. */
  steps: StepCapture[];
}

export interface EnvCaptures {
  /** The run directory (or baseline directory) the captures' `dir` paths are relative to. */
  root: string;
  env: string;
  status: 'pending' | 'running' | 'done' | 'unavailable';
  error?: string;
  journeys: Map<string, JourneyCaptures>;
}

function readCapture(root: string, dir: string): StepCapture | undefined {
  const file = inside(root, dir, 'capture.json'); // `dir` comes from journey.json: it must not climb out
  if (!existsSync(file)) return undefined;
  let c: StepCapture;
  try {
    c = readJson<StepCapture>(file);
  } catch (e) {
    throw new RunDirError('RUNDIR_CAPTURE' satisfies RundirCode, `${file}: not valid JSON (${(e as Error).message})`);
  }
  if (c.format !== 'parity-capture') throw new RunDirError('RUNDIR_CAPTURE' satisfies RundirCode, `${file}: format is '${String(c.format)}', expected 'parity-capture'`);
  // Older or hand-made captures may leave lists out: fill them so comparers need no guards.
  c.controls ??= [];
  c.expects ??= [];
  c.files ??= {};
  c.problems ??= { consoleErrors: [], pageErrors: [], failedRequests: [], blockedWrites: [] };
  return c;
}

/** Captures of one environment's journeys, keyed by journey id. */
export function loadEnv(root: string, manifest: RunManifest, env: string): EnvCaptures {
  const me = manifest.environments.find((e) => e.name === env);
  const out: EnvCaptures = { root, env, status: me?.status ?? 'done', journeys: new Map() };
  if (me?.error) out.error = me.error;
  const envDir = inside(root, 'captures', env);
  const ids = new Set(manifest.journeys.map((j) => j.id));
  if (existsSync(envDir)) for (const d of readdirSync(envDir, { withFileTypes: true })) if (d.isDirectory()) ids.add(d.name);
  for (const id of ids) {
    const jdir = join(envDir, id);
    if (!existsSync(jdir)) continue;
    const jfile = join(jdir, 'journey.json');
    const result = existsSync(jfile) ? readJson<JourneyResult>(jfile) : undefined;
    // journey.json lists the steps in order; without it (an interrupted run) the step folders do.
    const dirs = result
      ? result.steps.map((s) => s.dir)
      : readdirSync(jdir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `captures/${env}/${id}/${d.name}`).sort();
    const steps: StepCapture[] = [];
    for (const dir of dirs) {
      const c = readCapture(root, dir);
      if (c) steps.push(c);
    }
    steps.sort((a, b) => a.index - b.index);
    const jc: JourneyCaptures = { id, steps };
    if (result) jc.result = result;
    out.journeys.set(id, jc);
  }
  return out;
}

/** Absolute path of a step's screenshot, if it has one. */
export function screenshotPath(env: EnvCaptures, c: StepCapture): string | undefined {
  return c.files.screenshot ? join(env.root, c.dir, c.files.screenshot) : undefined;
}

/** Every journey.json of a run (or baseline) directory, by environment and journey: what coverage counts. */
export function loadJourneyResults(root: string, manifest: RunManifest): Map<string, Map<string, JourneyResult>> {
  const out = new Map<string, Map<string, JourneyResult>>();
  for (const e of manifest.environments) {
    const byJourney = new Map<string, JourneyResult>();
    for (const j of manifest.journeys) {
      const file = join(inside(root, 'captures', e.name), j.id, 'journey.json');
      if (!existsSync(file)) continue;
      try {
        byJourney.set(j.id, readJson<JourneyResult>(file));
      } catch {
        // half-written by a killed run: that journey simply has no result to count
      }
    }
    out.set(e.name, byJourney);
  }
  return out;
}

/**
 * The run before this one: the newest other run directory beside it (parity-runs/<id> by default)
 * of the same reference, created earlier. Approved baselines and merged shards' inputs are not runs
 * of the suite in this sense and are skipped; so is anything unreadable.
 */
export function findPreviousRun(runDir: string, m: RunManifest): { dir: string; manifest: RunManifest } | undefined {
  const parent = dirname(runDir);
  let best: { dir: string; manifest: RunManifest } | undefined;
  let entries: string[];
  try {
    entries = readdirSync(parent, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(parent, d.name));
  } catch {
    return undefined;
  }
  for (const dir of entries) {
    if (dir === runDir || !existsSync(join(dir, 'manifest.json'))) continue;
    let other: RunManifest;
    try {
      other = readManifest(dir);
    } catch {
      continue;
    }
    if (other.baseline || other.runId === m.runId || other.reference !== m.reference || !(other.createdAt < m.createdAt)) continue;
    if (!best || other.createdAt > best.manifest.createdAt) best = { dir, manifest: other };
  }
  return best;
}
