// Shared by the run-*.test.ts end-to-end tests: a throw-away project folder (its own
// parity.config.yaml, a few journeys copied from specs/), the real CLI driven in-process, and
// readers for what a run leaves on disk.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import type { JourneyResult, StepCapture } from '../../src/model/capture.js';
import type { RunEvent, RunManifest } from '../../src/model/rundir.js';

export const repo = resolve(import.meta.dirname, '../..');

/** Sign-in actions for the simulator (it accepts any password). */
export function simSignIn(password = 'training'): { path: string; actions: unknown[] } {
  return {
    path: '/login',
    actions: [
      { fill: { label: 'Username', value: 'trainer1' } },
      { fill: { label: 'Password', value: password } },
      { click: { role: 'button', name: 'Sign in' } },
    ],
  };
}

export interface Project {
  dir: string;
  /** Writes (or rewrites) parity.config.yaml; `specs` defaults to specs/*.yaml. */
  config(c: Record<string, unknown>): void;
}

/**
 * A temp folder with the named journeys of the example suite copied in, plus any extra journey
 * files given as YAML text (name → content). Only these are loaded: config validation checks
 * every journey file, and the example suite names environments these tests do not have.
 */
export function project(journeys: string[], extra: Record<string, string> = {}): Project {
  const dir = mkdtempSync(join(tmpdir(), 'parity-e2e-run-'));
  mkdirSync(join(dir, 'specs'));
  for (const j of journeys) copyFileSync(join(repo, 'specs', `${j}.yaml`), join(dir, 'specs', `${j}.yaml`));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, 'specs', `${name}.yaml`), text);
  return {
    dir,
    config(c) {
      writeFileSync(join(dir, 'parity.config.yaml'), stringify({ specs: ['specs/*.yaml'], ...c }));
    },
  };
}

/** Removes a test's project folder; PARITY_KEEP_E2E=1 keeps it to look at. */
export function cleanup(dir: string | undefined): void {
  if (dir && !process.env.PARITY_KEEP_E2E) rmSync(dir, { recursive: true, force: true });
}

export interface CliResult { code: number; stdout: string[]; stderr: string[]; text: string }

/** The real CLI, in-process, in `cwd`, with the test process's environment plus `env`. */
export async function cli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const io = memoryIo(cwd, { ...process.env, ...env });
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr, text: io.text() };
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Every file under dir, recursively, as absolute paths. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

export function manifest(runDir: string): RunManifest {
  return readJson<RunManifest>(join(runDir, 'manifest.json'));
}

export function events(runDir: string): RunEvent[] {
  const file = join(runDir, 'events.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).flatMap((l) => {
    try {
      return [JSON.parse(l) as RunEvent];
    } catch {
      return []; // a line cut short by kill -9
    }
  });
}

export function journeyResult(runDir: string, env: string, journey: string): JourneyResult {
  return readJson<JourneyResult>(join(runDir, 'captures', env, journey, 'journey.json'));
}

/** The step captures of one env/journey, in step order. */
export function stepCaptures(runDir: string, env: string, journey: string): StepCapture[] {
  const base = join(runDir, 'captures', env, journey);
  return readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((d) => readJson<StepCapture>(join(base, d, 'capture.json')));
}

/** Every capture.json of a run, keyed by its directory (captures/<env>/<journey>/<NN-step>). */
export function allCaptures(runDir: string): Map<string, StepCapture> {
  const out = new Map<string, StepCapture>();
  for (const f of allFiles(join(runDir, 'captures')).filter((f) => f.endsWith('capture.json')).sort()) {
    const c = readJson<StepCapture>(f);
    out.set(c.dir, c);
  }
  return out;
}
