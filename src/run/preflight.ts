// Before the first browser starts: every ${env.X} and ${secret.X} the planned journeys, sign-ins and
// headers use must be set. Found mid-journey, an unset variable would look like a journey that
// cannot be performed; found here it is what it is, a usage error (exit 2), named in full.
import type { EnvironmentConfig } from '../model/config.js';
import type { Journey } from '../model/journey.js';
import { CODES } from '../load/codes.js';
import { scanTemplate } from '../load/template.js';
import { InputError, type Problem } from '../util/errors.js';

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

export function checkEnvironmentVariables(journeys: Journey[], envs: EnvironmentConfig[], processEnv: NodeJS.ProcessEnv): void {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const check = (text: string, where: string) => {
    for (const ref of scanTemplate(text).refs) {
      if ((ref.source !== 'env' && ref.source !== 'secret') || processEnv[ref.name] !== undefined || seen.has(ref.raw)) continue;
      seen.add(ref.raw);
      problems.push({ code: CODES.unsetEnv, message: `${ref.raw} is used by ${where}, but the environment variable ${ref.name} is not set` });
    }
  };
  for (const j of journeys) for (const s of strings(j.steps)) check(s, `journey ${j.id} (${j.file})`);
  for (const e of envs) for (const s of strings([e.signIn, e.headers])) check(s, `environment ${e.name}`);
  if (problems.length) throw new InputError(problems);
}
