// Loading journey files: which files (config globs, or the paths given), then each file through
// parse, shape, rules and normalisation, then the rules across files (unique journey ids, config masks naming journeys).
// Every problem in every file is collected before anything is thrown.
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ParityConfig } from '../model/config.js';
import type { Journey } from '../model/journey.js';
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { problemIn } from './locate.js';
import { checkJourney } from './journey-checks.js';
import { checkMaskJourneys } from './mask-journeys.js';
import { schemaProblems } from './issues.js';
import { normaliseJourney } from './normalise-journey.js';
import { journeySchema, type JourneyInput } from './schema/journey.js';
import { dedupe, readYamlFile, type SourceFile } from './yaml-source.js';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Relative to the base folder where it is inside it; absolute where it is not. */
function shown(baseDir: string, abs: string): string {
  const rel = relative(baseDir, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

export interface JourneyFiles { files: string[]; problems: Problem[] }

/** Absolute journey files: each path may be a file, a folder (its *.yaml/*.yml) or a glob. */
export async function findJourneyFiles(baseDir: string, specs: string[], paths?: string[]): Promise<JourneyFiles> {
  const problems: Problem[] = [];
  if (!paths || paths.length === 0) {
    const files = await glob(specs, { cwd: baseDir, absolute: true, ignore: IGNORE, onlyFiles: true });
    if (files.length === 0) problems.push({ code: CODES.noFiles, message: `no journey files match ${specs.join(', ')} in ${baseDir}` });
    return { files: [...new Set(files)].sort(), problems };
  }
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(baseDir, p);
    const st = await stat(abs).catch(() => undefined);
    if (st?.isDirectory()) files.push(...(await glob(['**/*.yaml', '**/*.yml'], { cwd: abs, absolute: true, ignore: IGNORE })));
    else if (st) files.push(abs);
    else if (isDynamicPattern(p)) {
      const found = await glob(p, { cwd: baseDir, absolute: true, ignore: IGNORE, onlyFiles: true });
      if (found.length === 0) problems.push({ code: CODES.notFound, message: `no file matches ${p}`, file: shown(baseDir, abs) });
      files.push(...found);
    } else problems.push({ code: CODES.notFound, message: 'no such file or folder', file: shown(baseDir, abs) });
  }
  return { files: [...new Set(files)].sort(), problems };
}

interface LoadedFile { source: SourceFile; data: JourneyInput; journey: Journey }

/** One file, judged on its own: returns the journey or its problems. */
export async function readJourneyFile(abs: string, file: string, config: ParityConfig | undefined): Promise<{ loaded?: LoadedFile; problems: Problem[] }> {
  const parsed = await readYamlFile(abs, file);
  if (!parsed.source) return { problems: parsed.problems };
  const shape = schemaProblems(journeySchema, parsed.data, parsed.source);
  const rules = checkJourney(parsed.source, parsed.data, config);
  if (shape.length || rules.length) return { problems: dedupe([...shape, ...rules]) }; // a malformed template can be reported by both passes
  const data = parsed.data as JourneyInput;
  return { loaded: { source: parsed.source, data, journey: normaliseJourney(parsed.source, data, file) }, problems: [] };
}

export interface JourneysResult { journeys: Journey[]; problems: Problem[] }

/** Loads journeys with paths shown relative to `baseDir` (the config's folder). */
export async function readJourneys(baseDir: string, specs: string[], config: ParityConfig | undefined, paths?: string[]): Promise<JourneysResult> {
  const found = await findJourneyFiles(baseDir, specs, paths);
  const problems = [...found.problems];
  const results = await Promise.all(found.files.map((abs) => readJourneyFile(abs, relative(baseDir, abs) || abs, config)));
  const loaded: LoadedFile[] = [];
  for (const r of results) {
    problems.push(...r.problems);
    if (r.loaded) loaded.push(r.loaded);
  }
  // Ids name folders in the run directory and rows in the report: two files cannot share one.
  const byId = new Map<string, LoadedFile>();
  for (const l of loaded) {
    const first = byId.get(l.journey.id);
    if (first) {
      problems.push(problemIn(l.source, ['journey'], CODES.duplicateJourney, `journey id '${l.journey.id}' is also used by ${first.journey.file}; ids must be unique`));
    } else byId.set(l.journey.id, l);
  }
  // Only when every spec file was read: a subset (paths given) would make every other id look unknown.
  if (config && !paths && problems.length === 0) problems.push(...(await checkMaskJourneys(config, new Set(byId.keys()))));
  return { journeys: problems.length ? [] : loaded.map((l) => l.journey), problems };
}
