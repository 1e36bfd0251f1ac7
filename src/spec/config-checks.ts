// The config's own rules, beyond the shape the schema checks: the reference must be one of the
// environments, each environment has exactly one target, URLs, patterns, locales and time zones
// must be ones the browser will accept. Each is found here, at load, not an hour into a run.
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { problemIn } from './locate.js';
import type { ConfigInput } from './schema/config.js';
import { didYouMean } from './suggest.js';
import { checkTemplates } from './template-checks.js';
import type { SourceFile } from './yaml-source.js';

function regexProblem(pattern: string, flags: string | undefined): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

export function checkConfig(src: SourceFile, c: ConfigInput): Problem[] {
  const out: Problem[] = [];
  const names = Object.keys(c.environments);
  if (names.length === 0) out.push(problemIn(src, ['environments'], CODES.missing, 'no environments: name at least two (e.g. train and live)', { at: 'key' }));
  else if (!names.includes(c.reference)) {
    out.push(problemIn(src, ['reference'], CODES.configReference, `reference '${c.reference}' is not an environment; expected one of ${names.join(', ')}`, { hint: didYouMean(c.reference, names) }));
  }

  for (const [name, e] of Object.entries(c.environments)) {
    const path = ['environments', name];
    if ((e.baseUrl === undefined) === (e.sim === undefined)) {
      out.push(problemIn(src, path, CODES.configTarget, `environment '${name}' needs exactly one of baseUrl and sim`, { at: 'key' }));
    }
    if (e.baseUrl !== undefined) {
      let ok = false;
      try {
        ok = ['http:', 'https:'].includes(new URL(e.baseUrl).protocol);
      } catch {
        ok = false;
      }
      if (!ok) out.push(problemIn(src, [...path, 'baseUrl'], CODES.configUrl, `baseUrl '${e.baseUrl}' is not an absolute http(s) URL (e.g. https://pas-train.example.nhs.uk/)`));
    }
    out.push(...checkLocaleAndZone(src, e, path));
    // Sign-in actions and headers may use templates; their vars come from the config and this environment.
    const defined = new Set([...Object.keys(c.vars ?? {}), ...Object.keys(e.vars ?? {})]);
    const scope = { missingIn: (v: string) => (defined.has(v) ? [] : [name]), known: () => [...defined] };
    if (e.signIn) out.push(...checkTemplates(src, e.signIn, [...path, 'signIn'], scope));
    if (e.headers) out.push(...checkTemplates(src, e.headers, [...path, 'headers'], scope));
  }
  out.push(...checkLocaleAndZone(src, c, []));

  for (const [i, m] of (c.masks ?? []).entries()) {
    for (const [j, env] of (m.envs ?? []).entries()) {
      if (!names.includes(env)) out.push(problemIn(src, ['masks', i, 'envs', j], CODES.unknownEnv, `no environment '${env}'; expected one of ${names.join(', ')}`, { hint: didYouMean(env, names) }));
    }
  }
  for (const [i, rule] of (c.normalise?.rules ?? []).entries()) {
    const why = regexProblem(rule.pattern, rule.flags);
    if (why) out.push(problemIn(src, ['normalise', 'rules', i, 'pattern'], CODES.configPattern, `not a valid regular expression: ${why}`));
  }
  for (const [i, rule] of (c.redact ?? []).entries()) {
    const why = rule.pattern === undefined ? undefined : regexProblem(rule.pattern, rule.flags);
    if (why) out.push(problemIn(src, ['redact', i, 'pattern'], CODES.configPattern, `not a valid regular expression: ${why}`));
  }
  if (c.browser?.connect && c.browser.executablePath) {
    out.push(problemIn(src, ['browser', 'connect'], CODES.conflict, 'browser has executablePath and connect; a remote browser needs no local executable', { at: 'key' }));
  }
  return out;
}

function checkLocaleAndZone(src: SourceFile, o: { locale?: string; timezone?: string }, path: (string | number)[]): Problem[] {
  const out: Problem[] = [];
  if (o.locale !== undefined) {
    try {
      Intl.getCanonicalLocales(o.locale);
    } catch {
      out.push(problemIn(src, [...path, 'locale'], CODES.configLocale, `locale '${o.locale}' is not a language tag (e.g. en-GB)`));
    }
  }
  if (o.timezone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: o.timezone });
    } catch {
      out.push(problemIn(src, [...path, 'timezone'], CODES.configTimezone, `timezone '${o.timezone}' is not an IANA time zone (e.g. Europe/London)`));
    }
  }
  return out;
}
