// `parity import`: Chrome/Edge Recorder exports in, ordinary journey files out. Every recording is
// read and converted (and, given an environment, its screens read) before the first file is
// written, and each file is checked as `parity validate` would check it: on any problem, nothing
// is written at all.
import { existsSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { Problem } from '../util/errors.js';
import { InputError } from '../util/errors.js';
import { writeFileAtomic } from '../util/files.js';
import { schemaProblems } from '../load/issues.js';
import { checkJourney } from '../load/journey-checks.js';
import { journeySchema } from '../load/schema/journey.js';
import { parseYamlText } from '../load/yaml-source.js';
import { displayPath } from '../load/load-config.js';
import type { ReadJourney, ScreensRead } from '../run/read-screens.js';
import { IMPORT_CODES } from './codes.js';
import { convertFlow } from './convert.js';
import type { DraftJourney } from './draft.js';
import { readJsonSource, type JsonSource } from './json-source.js';
import { journeyText } from './journey-text.js';
import { pathName, screenName, siteSuffix, uniqueNames } from './names.js';
import { checkUserFlow } from './recorder-format.js';
import { applyScreens, toRead } from './screens.js';

export interface ImportOptions {
  cwd: string;
  files: string[];
  outDir: string;
  force?: boolean;
  /** Plays the recordings on an environment and reads its screens (parity import --env). */
  readScreens?: { env: string; read(journeys: ReadJourney[]): Promise<ScreensRead[]> };
}

export interface Imported {
  recording: string;
  file: string; // written, as shown
  journey: string;
  steps: string[];
  actions: number;
  /** Actions still found by CSS or XPath. */
  css: number;
}

export interface ImportResult { imported: Imported[]; warnings: Problem[] }

const shown = displayPath;

export async function importRecordings(o: ImportOptions): Promise<ImportResult> {
  const problems: Problem[] = [];
  const drafts: { draft: DraftJourney; src: JsonSource }[] = [];
  for (const f of o.files) {
    const abs = resolve(o.cwd, f);
    const file = shown(o.cwd, abs);
    const read = await readJsonSource(abs, file);
    if (!read.source) { problems.push(...read.problems); continue; }
    const flow = checkUserFlow(read.source);
    if (!flow.flow) { problems.push(...flow.problems); continue; }
    const c = convertFlow(flow.flow, read.source, basename(abs, extname(abs)));
    if (!c.journey) { problems.push(...c.problems); continue; }
    drafts.push({ draft: c.journey, src: read.source });
  }
  // Two recordings with one title are two journeys: ids name run-directory folders, so they differ.
  const ids = new Map<string, number>();
  for (const { draft } of drafts) {
    const n = (ids.get(draft.id) ?? 0) + 1;
    ids.set(draft.id, n);
    if (n > 1) draft.id = `${draft.id}-${n}`;
  }
  const outDir = resolve(o.cwd, o.outDir);
  const outFile = (d: DraftJourney) => join(outDir, `${d.id}.yaml`);
  if (!o.force) {
    for (const { draft } of drafts) {
      if (existsSync(outFile(draft))) problems.push({ code: IMPORT_CODES.exists, file: shown(o.cwd, outFile(draft)), message: `already exists (from ${draft.file}); use --force to overwrite it` });
    }
  }
  if (problems.length) throw new InputError(problems);

  if (o.readScreens && drafts.length) {
    const read = await o.readScreens.read(drafts.map((d) => toRead(d.draft)));
    drafts.forEach((d, i) => applyScreens(d.draft, read[i]!, d.src, o.readScreens!.env));
  }

  const schemaFile = join(o.cwd, 'schema', 'journey.schema.json');
  const texts: { abs: string; text: string; imported: Imported }[] = [];
  const invalid: Problem[] = [];
  for (const { draft } of drafts) {
    const abs = outFile(draft);
    const names = stepNames(draft);
    const text = journeyText(draft, {
      names, recording: draft.file,
      schema: existsSync(schemaFile) ? relative(outDir, schemaFile).split('\\').join('/') : undefined,
    });
    invalid.push(...checkWritten(text, abs, shown(o.cwd, abs)));
    const actions = draft.steps.flatMap((s) => s.actions);
    texts.push({
      abs, text,
      imported: { recording: draft.file, file: shown(o.cwd, abs), journey: draft.id, steps: names, actions: actions.length, css: actions.filter((a) => a.target?.css !== undefined).length },
    });
  }
  // A journey this import wrote that validate would refuse is Parity's own mistake; nothing is written.
  if (invalid.length) throw new InputError(invalid);
  for (const t of texts) writeFileAtomic(t.abs, t.text);
  const warnings = drafts.flatMap(({ draft }) => [...draft.warnings, ...draft.steps.flatMap((s) => s.actions.flatMap((a) => a.warnings))]);
  return { imported: texts.map((t) => t.imported), warnings: sortByPlace(warnings) };
}

/** Each step after its screen: the heading read from the page, else the title, else the address. */
export function stepNames(d: DraftJourney): string[] {
  const suffix = siteSuffix(d.steps.map((s) => s.arrival.title ?? '').filter(Boolean));
  const names = d.steps.map((s, i) => {
    if (s.heading) return s.heading;
    if (s.arrival.title && screenName(s.arrival.title, suffix)) return screenName(s.arrival.title, suffix);
    const url = s.arrival.url ?? (i === 0 ? d.start : undefined);
    if (url) return pathName(url.startsWith('/') ? url : new URL(url).pathname);
    return `Step ${i + 1}`;
  });
  // The same screen again (a search that shows its results under the same heading): named by what
  // brought it back, "Find patient, after Search", as a trainer's handout would say it.
  const again = names.map((n, i) => {
    if (names.indexOf(n) === i) return n;
    const by = arrivingWords(d.steps[i]!.actions[0]);
    return by ? `${n}, after ${by}` : n;
  });
  return uniqueNames(again);
}

function arrivingWords(a: DraftJourney['steps'][number]['actions'][number] | undefined): string | undefined {
  if (!a) return undefined;
  if (a.kind === 'press') return a.value;
  if (a.kind === 'goto') return undefined;
  const t = a.target;
  return t?.name ?? t?.label ?? t?.text ?? t?.placeholder;
}

/** The problems `parity validate` would find in a journey file's text (none: it may be written). */
export function checkWritten(text: string, abs: string, file: string): Problem[] {
  const parsed = parseYamlText(text, abs, file);
  if (!parsed.source) return parsed.problems;
  return [...schemaProblems(journeySchema, parsed.data, parsed.source), ...checkJourney(parsed.source, parsed.data, undefined)];
}

function sortByPlace(ps: Problem[]): Problem[] {
  return [...ps].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
}
