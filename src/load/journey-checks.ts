// A journey's rules beyond its shape: step names unique within it, and, once the config is known,
// only/skip naming real environments and every ${vars.X} defined where the step runs.
// Without a config (it failed to load) only the config-free checks run, so a trainer still
// sees every problem in the journeys themselves.
import type { ParityConfig } from '../model/config.js';
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { problemIn } from './locate.js';
import { didYouMean } from './suggest.js';
import { checkTemplates, type VarScope } from './template-checks.js';
import { checkGotoText, scopeOf } from './url-checks.js';
import type { SourceFile } from './yaml-source.js';

/** Vars defined in every one of `envs` (effective vars include the config's). */
function scopeFor(config: ParityConfig, envs: string[]): VarScope {
  const all = Object.values(config.environments);
  return {
    missingIn: (name) => {
      if (all.length === 0) return Object.hasOwn(config.vars, name) ? [] : ['*'];
      return envs.filter((e) => !Object.hasOwn(config.environments[e]?.vars ?? {}, name));
    },
    known: () => [...new Set(all.flatMap((e) => Object.keys(e.vars)).concat(Object.keys(config.vars)))],
  };
}

interface LooseStep { name?: unknown; only?: unknown; skip?: unknown; actions?: unknown }

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : '')) : []);

/**
 * Runs on data whose shape may be wrong (every guard below is for that), so a file's rule problems
 * are reported together with its shape problems: all of a file's mistakes in one pass.
 */
export function checkJourney(src: SourceFile, data: unknown, config: ParityConfig | undefined): Problem[] {
  const out: Problem[] = [];
  const d = (data !== null && typeof data === 'object' ? data : {}) as { steps?: unknown; start?: unknown };
  const steps = (Array.isArray(d.steps) ? d.steps : []).map((s): LooseStep => (s !== null && typeof s === 'object' ? s : {}));
  const seen = new Map<string, number>();
  for (const [i, s] of steps.entries()) {
    if (typeof s.name !== 'string') continue;
    const first = seen.get(s.name);
    if (first !== undefined) {
      out.push(problemIn(src, ['steps', i, 'name'], CODES.duplicateStep, `step name '${s.name}' is also step ${first + 1}; steps are matched across environments by name`));
    } else seen.set(s.name, i);
  }

  const names = config ? Object.keys(config.environments) : [];
  if (config) {
    for (const [i, s] of steps.entries()) {
      for (const key of ['only', 'skip'] as const) {
        for (const [k, env] of strings(s[key]).entries()) {
          if (!env || names.includes(env)) continue;
          out.push(problemIn(src, ['steps', i, key, k], CODES.unknownEnv, `no environment '${env}' in the config; expected one of ${names.join(', ')}`, { hint: didYouMean(env, names) }));
        }
      }
    }
  }

  const scope = (envs: string[]) => (config ? scopeFor(config, envs) : undefined);
  // Where a journey may go, per environment it runs in (without a config: the scheme only).
  const gotoScopes = (envs: string[]) => envs.map((n) => {
    const e = config!.environments[n]!;
    return scopeOf(n, { baseUrl: e.sim ? undefined : e.baseUrl, allowOrigins: e.allowOrigins });
  });
  if (d.start !== undefined) {
    out.push(...checkTemplates(src, d.start, ['start'], scope(names)));
    out.push(...checkGotoText(src, d.start, ['start'], gotoScopes(names)));
  }
  for (const [i, s] of steps.entries()) {
    const only = Array.isArray(s.only) ? strings(s.only) : names;
    const runsIn = only.filter((e) => names.includes(e) && !strings(s.skip).includes(e));
    out.push(...checkTemplates(src, s.actions ?? [], ['steps', i, 'actions'], scope(runsIn)));
    for (const [j, a] of (Array.isArray(s.actions) ? s.actions : []).entries()) {
      const g = a !== null && typeof a === 'object' ? (a as { goto?: unknown }).goto : undefined;
      if (g !== undefined) out.push(...checkGotoText(src, g, ['steps', i, 'actions', j, 'goto'], gotoScopes(runsIn)));
    }
  }
  return out;
}
