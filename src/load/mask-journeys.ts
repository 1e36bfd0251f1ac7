// A mask limited to `journeys: [...]` that names no loaded journey hides nothing: a typo there
// would let a clock or a patient banner through as a divergence in every run. The config alone
// cannot know the journey ids, so this check runs once the spec files are read.
import { relative } from 'node:path';
import type { ParityConfig } from '../model/config.js';
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { problemIn } from './locate.js';
import { didYouMean } from './suggest.js';
import { readYamlFile } from './yaml-source.js';

export async function checkMaskJourneys(config: ParityConfig, ids: ReadonlySet<string>): Promise<Problem[]> {
  const unknown = config.masks.some((m) => m.journeys?.some((j) => !ids.has(j)));
  if (!unknown) return [];
  // Only now is the config read again, to point at the id in it (line and column).
  const parsed = await readYamlFile(config.file, relative(config.dir, config.file) || config.file);
  if (!parsed.source) return parsed.problems;
  const known = [...ids].sort();
  const out: Problem[] = [];
  for (const [i, m] of config.masks.entries()) {
    for (const [k, id] of (m.journeys ?? []).entries()) {
      if (ids.has(id)) continue;
      out.push(problemIn(parsed.source, ['masks', i, 'journeys', k], CODES.unknownJourney,
        `no journey '${id}' in ${config.specs.join(', ')}; this mask would hide nothing`, { hint: didYouMean(id, known) }));
    }
  }
  return out;
}
