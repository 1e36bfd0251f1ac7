// The recorded journey as a file: written by import's own writer (journey-text.ts), checked as
// `parity validate` checks it before it is written, never over an existing file without --force.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { InputError } from '../util/errors.js';
import { displayPath } from '../load/load-config.js';
import { writeFileAtomic } from '../util/files.js';
import { checkWritten } from '../import/index.js';
import { journeyText } from '../import/journey-text.js';
import type { DraftJourney } from '../import/draft.js';
import type { RecordCode } from './codes.js';

export const RECORD_EXISTS = 'RECORD_EXISTS' satisfies RecordCode;

const shown = displayPath;

/** Refuses, before anything is recorded, to end by overwriting a journey (exit 2). */
export function refuseExisting(cwd: string, out: string, force: boolean): void {
  const abs = resolve(cwd, out);
  if (!force && existsSync(abs)) throw new InputError([{ code: RECORD_EXISTS, file: shown(cwd, abs), message: 'already exists; use --force to overwrite it, or --out another file' }]);
}

export interface Written { file: string; text: string; actions: number; css: number }

export function writeRecordedJourney(o: { cwd: string; out: string; force: boolean; journey: DraftJourney; names: string[]; env: string }): Written {
  const abs = resolve(o.cwd, o.out);
  refuseExisting(o.cwd, o.out, o.force);
  const schemaFile = join(o.cwd, 'schema', 'journey.schema.json');
  const actions = o.journey.steps.flatMap((s) => s.actions);
  const text = journeyText(o.journey, {
    names: o.names, recording: o.env, tags: ['recorded'],
    made: ` Recorded by parity record on ${o.env} (${actions.length} action${actions.length === 1 ? '' : 's'}); edit freely, it is an ordinary journey.`,
    schema: existsSync(schemaFile) ? relative(dirname(abs), schemaFile).split('\\').join('/') : undefined,
  });
  // A journey the recorder wrote that validate would refuse is Parity's own mistake: it is not
  // written where runs would load it, but kept beside it (a recording cannot be made again for free).
  const problems = checkWritten(text, abs, shown(o.cwd, abs));
  if (problems.length) {
    writeFileAtomic(`${abs}.rejected`, text);
    throw new InputError([...problems, { code: 'RECORD_INVALID' satisfies RecordCode, file: shown(o.cwd, `${abs}.rejected`), message: 'the recording is kept here; fix it and rename it to .yaml' }]);
  }
  writeFileAtomic(abs, text);
  return { file: shown(o.cwd, abs), text, actions: actions.length, css: actions.filter((a) => a.target?.css !== undefined).length };
}
