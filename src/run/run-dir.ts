// Writing and reading the run directory as the run goes: a manifest rewritten atomically,
// an append-only event log, and journey.json when a journey ends. Resume reads the log.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyResult, StepCapture } from '../model/capture.js';
import { RUN_FORMAT, RUN_VERSION, type RunEvent, type RunManifest } from '../model/rundir.js';
import { appendJsonLine, readJson, writeJsonAtomic } from '../util/files.js';
import { RunDirError } from '../util/errors.js';

type EventBody = RunEvent extends infer E ? (E extends RunEvent ? Omit<E, 't'> : never) : never;

export class RunDir {
  constructor(readonly root: string, public manifest: RunManifest) {}

  static readManifest(root: string): RunManifest {
    const file = join(root, 'manifest.json');
    if (!existsSync(file)) throw new RunDirError('RUNDIR_NOT_FOUND', `${root} is not a Parity run directory (no manifest.json)`);
    const m = readJson<RunManifest>(file);
    if (m.format !== RUN_FORMAT) throw new RunDirError('RUNDIR_FORMAT', `${file}: format is '${String(m.format)}', expected '${RUN_FORMAT}'`);
    if (m.version !== RUN_VERSION) throw new RunDirError('RUNDIR_VERSION', `${file}: version ${String(m.version)} is not supported (this Parity reads version ${RUN_VERSION})`);
    return m;
  }

  saveManifest(): void {
    writeJsonAtomic(join(this.root, 'manifest.json'), this.manifest);
  }

  event(e: EventBody): void {
    appendJsonLine(join(this.root, 'events.jsonl'), { t: new Date().toISOString(), ...e });
  }

  writeCapture(c: StepCapture): void {
    writeJsonAtomic(join(this.root, c.dir, 'capture.json'), c);
  }

  /** Removes a journey's captures before it is run (again): a resumed journey starts clean. */
  clearJourney(env: string, journey: string): void {
    rmSync(join(this.root, 'captures', env, journey), { recursive: true, force: true });
  }

  writeJourney(r: JourneyResult): void {
    writeJsonAtomic(join(this.root, 'captures', r.env, r.journey, 'journey.json'), r);
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
