// Where a journey may go, checked at load. A baseUrl must be http(s) and carry no user:password (it
// would be sent with every request and printed in every report). goto, start and signIn.path are a
// path on the environment, or an http(s) URL on its own origin or one its `allowOrigins` names:
// `goto: file:///etc/passwd` captured the machine's password file into a report, and javascript:,
// data: and chrome: pages are not the environment either. Values that begin with a ${template} are
// judged at run time instead (see gotoTarget in run/actions.ts), which applies the same rule.
import type { Problem } from '../util/errors.js';
import { CODES } from './codes.js';
import { problemIn, type DataPath } from './locate.js';
import type { SourceFile } from './yaml-source.js';

export function httpUrl(s: string): URL | undefined {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Text for a message: control characters shown as escapes, a URL's user:password left out. */
export function printable(s: string): string {
  const shown = JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"');
  return shown.replace(/^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/?#@]*@/, '$1');
}

export function checkBaseUrl(src: SourceFile, baseUrl: string, path: DataPath): Problem[] {
  const u = httpUrl(baseUrl);
  if (!u) return [problemIn(src, path, CODES.configUrl, `baseUrl '${printable(baseUrl)}' is not an absolute http(s) URL (e.g. https://pas-train.example.nhs.uk/)`)];
  if (u.username || u.password) {
    // Never echoed: the message names the mistake, not the password.
    return [problemIn(src, path, CODES.configCredentials,
      `baseUrl has a user name and password in it (${u.protocol}//${u.host}); they would be sent to every page and written into every report. ` +
      `Remove them and send credentials with headers and a secret, e.g. headers: { Authorization: "Basic \${secret.PAS_BASIC_AUTH}" }, or sign in with signIn actions`)];
  }
  return [];
}

/** Where one environment's journeys may go: its own origin and its allowOrigins; unknown for a simulator. */
export interface GotoScope { name: string; origins?: string[] }

/** The scope of a raw environment entry of the config (before defaults). */
export function scopeOf(name: string, e: { baseUrl?: string; allowOrigins?: string[] }): GotoScope {
  const base = e.baseUrl !== undefined ? httpUrl(e.baseUrl) : undefined;
  if (!base) return { name };
  return { name, origins: [base.origin, ...(e.allowOrigins ?? []).flatMap((o) => httpUrl(o)?.origin ?? [])] };
}

/**
 * Where a goto-like value leads, read the way the browser's URL parser reads it: tabs and line
 * breaks are dropped anywhere and control characters and spaces trimmed, so "java\nscript:" is
 * javascript:. Undefined for a path on the environment (nothing to check).
 */
export function gotoTarget(text: string, base: string): { scheme: string; origin?: string } | undefined {
  const t = text.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(t)?.[1]?.toLowerCase();
  if (scheme) {
    if (scheme !== 'http' && scheme !== 'https') return { scheme };
    return { scheme, origin: httpUrl(t)?.origin };
  }
  // //host/path and \\host\path leave the environment's origin without naming a scheme.
  if (/^[/\\]{2}/.test(t)) {
    try {
      return { scheme: new URL(base).protocol.slice(0, -1), origin: new URL(t, base).origin };
    } catch {
      return { scheme: 'unknown' };
    }
  }
  return undefined;
}

/**
 * Why the browser must not go to `text` from an environment in `scope`, or undefined when it may.
 * `originKnown` false: the host is still to be filled in by a template, so only the scheme is judged.
 */
export function gotoRefusal(text: string, scope: GotoScope, originKnown = true): string | undefined {
  const base = scope.origins?.[0] ?? 'http://environment.invalid';
  const to = gotoTarget(text, base);
  if (!to) return undefined;
  if (to.scheme !== 'http' && to.scheme !== 'https') {
    return `'${printable(text)}' is a ${to.scheme}: address, not a page of the environment; a journey goes to a path (/patients/search) or an http(s) URL on the environment's origin`;
  }
  if (!scope.origins || !originKnown) return undefined; // a simulator's address is known once it listens: checked at run time
  if (!to.origin || !scope.origins.includes(to.origin)) {
    return `'${printable(text)}' leaves environment ${scope.name} (${scope.origins[0]}); use a path, or add ${to.origin ?? 'its origin'} to the environment's allowOrigins`;
  }
  return undefined;
}

/**
 * A goto/start/signIn.path value, for each environment it runs in. Only the text before the first
 * ${template} is judged: it decides the scheme, and the origin once the host is complete.
 */
export function checkGotoText(src: SourceFile, text: unknown, path: DataPath, scopes: GotoScope[]): Problem[] {
  if (typeof text !== 'string') return [];
  const literal = text.split('${')[0]!;
  const hostDone = literal.length === text.length || /^[^:]*:\/\/[^/?#\\]*[/?#\\]/.test(literal.trim()) || /^[/\\]{2}[^/?#\\]*[/?#\\]/.test(literal.trim());
  const reasons = new Set((scopes.length ? scopes : [{ name: '?' }]).flatMap((s) => gotoRefusal(literal, s, hostDone) ?? []));
  return [...reasons].map((r) => problemIn(src, path, CODES.url, r));
}
