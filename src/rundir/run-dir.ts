// Writing and reading the run directory as the run goes: a manifest rewritten atomically,
// an append-only event log, journey.json when a journey ends, and each step's files. Resume reads the log.
// Every file a run writes goes through this class, and everything it writes passes the redactor
// first: secrets in every encoding, redaction patterns, and the user:password of any URL. One
// layer, so a new file or a new field cannot forget it. (Traces are never written with secrets in
// play: see traces.ts.)
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyResult, StepCapture } from '../model/capture.js';
import { RUN_FORMAT, RUN_VERSION, type RunEvent, type RunManifest } from '../model/rundir.js';
import { appendJsonLine, jsonText, readJson, writeFileAtomic } from '../util/files.js';
import { RunDirError } from '../util/errors.js';
import { inside, isPlainName } from '../util/paths.js';
import type { RundirCode } from './codes.js';
import { withoutUserinfo } from '../util/urls.js';

type EventBody = RunEvent extends infer E ? (E extends RunEvent ? Omit<E, 't'> : never) : never;

/**
 * The one reader of a run directory's manifest, for every command that opens one (compare, report,
 * run --resume, merge, approve): a missing file, bad JSON, another format or version, and names that
 * climb out of the directory are each a run-directory error (exit 2) that names the file.
 */
export function readManifest(root: string): RunManifest {
  const file = join(root, 'manifest.json');
  if (!existsSync(file)) throw new RunDirError('RUNDIR_NOT_FOUND' satisfies RundirCode, `${root} is not a Parity run directory (no manifest.json)`);
  let m: RunManifest;
  try {
    m = readJson<RunManifest>(file);
  } catch (e) {
    throw new RunDirError('RUNDIR_FORMAT' satisfies RundirCode, `${file}: not valid JSON (${(e as Error).message})`);
  }
  if (m === null || typeof m !== 'object') throw new RunDirError('RUNDIR_FORMAT' satisfies RundirCode, `${file}: expected a JSON object`);
  if (m.format !== RUN_FORMAT) throw new RunDirError('RUNDIR_FORMAT' satisfies RundirCode, `${file}: format is '${String(m.format)}', expected '${RUN_FORMAT}'`);
  if (m.version !== RUN_VERSION) throw new RunDirError('RUNDIR_VERSION' satisfies RundirCode, `${file}: version ${String(m.version)} is not supported (this Parity reads version ${RUN_VERSION})`);
  checkManifestNames(m, file);
  return m;
}

/**
 * A manifest names folders: captures/<env>/<journey>, baselines/<env>. A crafted run directory
 * could name '../../x'; every environment and journey name must be a plain folder name, checked
 * wherever a manifest is read (RUNDIR_FORMAT).
 */
function checkManifestNames(m: RunManifest, file: string): void {
  const bad = [
    ...(Array.isArray(m.environments) ? m.environments : []).map((e) => ['environment', e?.name] as const),
    ...(Array.isArray(m.journeys) ? m.journeys : []).map((j) => ['journey', j?.id] as const),
    ['reference', String(m.reference ?? '').replace(/^baseline:/, '')] as const,
    ...(m.baseline ? [['baseline environment', m.baseline.env] as const] : []),
  ].find(([, name]) => !isPlainName(name));
  if (bad) throw new RunDirError('RUNDIR_FORMAT' satisfies RundirCode, `${file}: ${bad[0]} name ${JSON.stringify(bad[1])} is not a plain folder name (letters, digits, '.', '_', '-')`);
}

/** What the run directory scrubs with: a Redactor, or (reading, merging) nothing but URL userinfo. */
export interface Scrubber {
  text(s: string): string;
  value<T>(v: T): T;
}

const USERINFO_ONLY: Scrubber = { text: withoutUserinfo, value: (v) => v };

export class RunDir {
  constructor(readonly root: string, public manifest: RunManifest, private readonly scrub: Scrubber = USERINFO_ONLY) {}

  /** A JSON file of the run, its strings scrubbed (keys included), then the text once more for URLs. */
  private writeJson(rel: string, value: unknown): void {
    writeFileAtomic(inside(this.root, rel), withoutUserinfo(jsonText(this.scrub.value(value))));
  }

  /** One file of a step's capture folder: text is scrubbed; bytes (a screenshot) were painted over. */
  writeStepFile(dir: string, name: string, data: string | Buffer): void {
    const file = inside(this.root, dir, name);
    writeFileAtomic(file, typeof data === 'string' ? withoutUserinfo(this.scrub.text(data)) : data);
  }

  static readManifest(root: string): RunManifest {
    return readManifest(root);
  }

  saveManifest(): void {
    this.writeJson('manifest.json', this.manifest);
  }

  event(e: EventBody): void {
    const line = this.scrub.value({ t: new Date().toISOString(), ...e });
    appendJsonLine(join(this.root, 'events.jsonl'), JSON.parse(withoutUserinfo(JSON.stringify(line))));
  }

  /** Writes capture.json and returns what was written (scrubbed), which is what the run goes on with. */
  writeCapture<C extends StepCapture>(c: C): C {
    const safe = this.scrub.value(c);
    this.writeJson(`${c.dir}/capture.json`, safe);
    return safe;
  }

  /** Removes a journey's captures before it is run (again): a resumed journey starts clean. */
  clearJourney(env: string, journey: string): void {
    rmSync(inside(this.root, 'captures', env, journey), { recursive: true, force: true });
  }

  writeJourney(r: JourneyResult): void {
    this.writeJson(`captures/${r.env}/${r.journey}/journey.json`, r);
  }

  /** env/journey pairs that finished (journey-end logged and journey.json present): resume skips them. */
  static finished(root: string): Set<string> {
    const done = new Set<string>();
    const file = join(root, 'events.jsonl');
    if (!existsSync(file)) return done;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let e: RunEvent;
      try {
        e = JSON.parse(line) as RunEvent;
      } catch {
        continue; // the last line may be cut short by a kill -9
      }
      // An environment that was unavailable, or a journey lost with the browser, is tried again on
      // resume: that is what resume is for.
      if (e.type === 'journey-end' && e.status !== 'unavailable' && !e.retry && existsSync(join(root, 'captures', e.env, e.journey, 'journey.json'))) {
        done.add(`${e.env}\u0000${e.journey}`);
      }
    }
    return done;
  }
}
