// The config's own rules, beyond the shape the schema checks: the reference must be one of the
// environments, each environment has exactly one target, URLs, patterns, locales and time zones
// must be ones the browser will accept. Each is found here, at load, not an hour into a run.
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { problemIn } from './locate.js';
import type { ConfigInput } from './schema/config.js';
import { didYouMean } from './suggest.js';
import { checkTemplates } from './template-checks.js';
import { checkBaseUrl, checkGotoText, httpUrl, printable, scopeOf } from './url-checks.js';
import { urlMatches } from '../util/urls.js';

/** RFC 9110 token: what Chromium accepts as a header name. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
import type { SourceFile } from './yaml-source.js';

function regexProblem(pattern: string, flags: string | undefined): string | undefined {
  try {
    new RegExp(pattern, flags);
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

export function checkConfig(src: SourceFile, c: ConfigInput, opts: { environmentsOptional?: boolean } = {}): Problem[] {
  const out: Problem[] = [];
  const names = Object.keys(c.environments);
  // A Playwright Test suite's projects are its environments: a config without any is one for masks and redaction.
  const envless = opts.environmentsOptional && names.length === 0;
  if (names.length === 0) {
    if (!envless) out.push(problemIn(src, ['environments'], CODES.missing, 'no environments: name at least two (e.g. train and live)', { at: 'key' }));
  } else if (!names.includes(c.reference)) {
    out.push(problemIn(src, ['reference'], CODES.configReference, `reference '${c.reference}' is not an environment; expected one of ${names.join(', ')}`, { hint: didYouMean(c.reference, names) }));
  }

  for (const [name, e] of Object.entries(c.environments)) {
    const path = ['environments', name];
    if ((e.baseUrl === undefined) === (e.sim === undefined)) {
      out.push(problemIn(src, path, CODES.configTarget, `environment '${name}' needs exactly one of baseUrl and sim`, { at: 'key' }));
    }
    if (e.baseUrl !== undefined) out.push(...checkBaseUrl(src, e.baseUrl, [...path, 'baseUrl']));
    for (const [i, o] of (e.allowOrigins ?? []).entries()) {
      const u = httpUrl(o);
      if (!u || u.username || u.password || u.href !== `${u.origin}/` || /[/?#]$/.test(o)) {
        out.push(problemIn(src, [...path, 'allowOrigins', i], CODES.configUrl, `allowOrigins entry is not an http(s) origin: expected scheme://host[:port], e.g. https://sso.example.nhs.uk`));
      }
    }
    for (const [i, p] of (e.blockUrls ?? []).entries()) {
      // Compiled here the way the write guard compiles it, so a broken /regex/ stops validate, not a run.
      try {
        urlMatches('', p);
      } catch (err) {
        out.push(problemIn(src, [...path, 'blockUrls', i], CODES.configPattern, `not a valid /regular expression/: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}; write a plain substring without the slashes`));
      }
    }
    for (const [k, v] of Object.entries(e.headers ?? {})) {
      if (!HEADER_NAME.test(k)) out.push(problemIn(src, [...path, 'headers', k], CODES.configHeader, `'${printable(k)}' is not an HTTP header name (letters, digits and !#$%&'*+-.^_\`|~)`, { at: 'key' }));
      if (/[\r\n\0]/.test(v)) out.push(problemIn(src, [...path, 'headers', k], CODES.configHeader, `header '${printable(k)}' has a line break or NUL in its value; a header value is one line`));
    }
    if (e.signIn) {
      const scope = [scopeOf(name, e)];
      if (e.signIn.path !== undefined) out.push(...checkGotoText(src, e.signIn.path, [...path, 'signIn', 'path'], scope));
      for (const [i, a] of (e.signIn.actions ?? []).entries()) {
        const g = (a as { goto?: unknown }).goto;
        if (g !== undefined) out.push(...checkGotoText(src, g, [...path, 'signIn', 'actions', i, 'goto'], scope));
      }
    }
    if (e.signIn?.storageState !== undefined && e.sim) {
      out.push(problemIn(src, [...path, 'signIn', 'storageState'], CODES.conflict, `a simulated environment's sessions end with the simulator each run starts: serve it with parity sim and give its baseUrl to sign in with parity login`));
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
    if (envless) break; // mask envs name Playwright projects, known only when the suite runs
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
  if (c.browser?.channel && (c.browser.executablePath || c.browser.connect)) {
    const other = c.browser.executablePath ? 'executablePath' : 'connect';
    out.push(problemIn(src, ['browser', 'channel'], CODES.conflict, `browser has channel and ${other}; channel picks an installed browser, ${other === 'connect' ? 'connect a remote one' : 'executablePath names one'}: keep one`, { at: 'key' }));
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
