// `parity run --resume <dir>` finishes the run that was planned: the environments and journeys its
// manifest names, whatever the new command line's filters select (without --journey a resumed
// run would otherwise start on every journey in specs/). Journeys already finished are not redone.
import type { ParityConfig } from '../model/config.js';
import type { Journey } from '../model/journey.js';
import type { RunManifest } from '../model/rundir.js';
import { InputError, type Problem } from '../util/errors.js';
import { RunDir } from '../rundir/run-dir.js';
import type { RunCode } from './codes.js';

export interface ResumePlan {
  manifest: RunManifest;
  /** `env\0journey` pairs that finished before the interruption. */
  done: Set<string>;
  journeys: Journey[];
  envs: string[];
}

export function planResume(root: string, config: ParityConfig, journeys: Journey[]): ResumePlan {
  const manifest = RunDir.readManifest(root);
  const done = RunDir.finished(root);
  const byId = new Map(journeys.map((j) => [j.id, j]));
  const envs = manifest.environments.map((e) => e.name);
  const problems: Problem[] = [];
  for (const env of envs) {
    if (!config.environments[env]) problems.push({ code: 'RESUME_UNKNOWN_ENV' satisfies RunCode, message: `${root} was captured with environment '${env}', which is not in ${config.file} any more` });
  }
  const planned: Journey[] = [];
  for (const m of manifest.journeys) {
    const j = byId.get(m.id);
    if (j) planned.push(j);
    else if (envs.some((e) => !done.has(`${e}\u0000${m.id}`))) {
      problems.push({ code: 'RESUME_UNKNOWN_JOURNEY' satisfies RunCode, message: `${root} planned journey '${m.id}' (${m.file}), which is not among the journeys loaded now` });
    }
  }
  if (problems.length) throw new InputError(problems);
  return { manifest, done, journeys: planned, envs };
}
