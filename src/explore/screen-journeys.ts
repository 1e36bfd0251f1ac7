// The screens a crawl found (run/explore-crawl.ts), written as journeys: one per screen, opening
// its address and capturing it, named by its heading. Running them on every environment compares
// every screen reached; a screen a target lacks ends its journey there, which is the finding.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Document, type YAMLSeq } from 'yaml';
import type { Problem } from '../util/errors.js';
import { InputError } from '../util/errors.js';
import { writeFileAtomic } from '../util/files.js';
import { schemaProblems } from '../load/issues.js';
import { checkJourney } from '../load/journey-checks.js';
import { journeySchema } from '../load/schema/journey.js';
import { parseYamlText } from '../load/yaml-source.js';
import type { FoundScreen } from '../run/explore-crawl.js';
import { pathName, screenName, siteSuffix, slug } from '../import/names.js';
import type { ExploreCode } from './codes.js';

export interface ScreenJourney { id: string; name: string; path: string; file: string; text: string }

export function screenJourneys(screens: FoundScreen[], env: string, outDir: string): ScreenJourney[] {
  const suffix = siteSuffix(screens.map((s) => s.title).filter(Boolean));
  const used = new Map<string, number>();
  return screens.map((s) => {
    const name = s.heading || screenName(s.title, suffix) || pathName(s.path);
    const base = `screen-${slug(name)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    const doc = new Document({ journey: id, title: `Screen: ${name}`, tags: ['explored'], start: s.path, steps: [{ name }] });
    (doc.get('tags', true) as YAMLSeq).flow = true;
    doc.commentBefore = ` Found by parity explore on ${env}${s.from ? ` from ${s.from}${s.via ? ` (via '${s.via}')` : ''}` : ' (its start page)'}, depth ${s.depth}.\n Opens the screen and captures it; add steps to go further.`;
    return { id, name, path: s.path, file: join(outDir, `${id}.yaml`), text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }) };
  });
}

/** Checks every file as validate would, refuses to overwrite without force, then writes them all. */
export function writeScreenJourneys(js: ScreenJourney[], cwd: string, force: boolean): void {
  const shown = (abs: string) => { const r = relative(cwd, abs); return r && !r.startsWith('..') ? r : abs; };
  const problems: Problem[] = [];
  for (const j of js) {
    const abs = resolve(cwd, j.file);
    if (!force && existsSync(abs)) problems.push({ code: 'EXPLORE_EXISTS' satisfies ExploreCode, file: shown(abs), message: 'already exists; use --force to overwrite it' });
    const parsed = parseYamlText(j.text, abs, shown(abs));
    if (!parsed.source) problems.push(...parsed.problems);
    else problems.push(...schemaProblems(journeySchema, parsed.data, parsed.source), ...checkJourney(parsed.source, parsed.data, undefined));
  }
  if (problems.length) throw new InputError(problems);
  for (const j of js) writeFileAtomic(resolve(cwd, j.file), j.text);
}
