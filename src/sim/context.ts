// What a screen handler gets (the variant, the store, the clock, the request) and what it returns.
import type { Store } from './data/store.js';
import type { DayNumber } from './data/dates.js';
import type { VariantConfig } from './variants/types.js';

export interface Session { id: string; user: string; trust?: string }

/** The session cookie's name. */
export const COOKIE = 'parity_sim';

/** A Set-Cookie value for the session cookie; `extra` (e.g. 'Max-Age=0') goes after the path. */
export function cookieHeader(value: string, extra = ''): string {
  return `${COOKIE}=${value}; Path=/; ${extra ? `${extra}; ` : ''}HttpOnly; SameSite=Lax`;
}

/** Per-page fault switches decided by the server for this one response. */
export interface PageFaults {
  /** Render the late panel this many ms after load (client script). */
  slowElementMs?: number;
  /** On this load, reveal the primary button only after this many ms. */
  flakyMs?: number;
}

export interface Ctx {
  cfg: VariantConfig;
  store: Store;
  now: string; // ISO instant the sim pretends it is
  today: DayNumber;
  session: Session | null;
  method: string;
  path: string;
  query: URLSearchParams;
  form: Record<string, string>;
  params: Record<string, string>;
  faults: PageFaults;
  /** Sign a session in (the server keeps the table); returns the Set-Cookie header value. */
  signIn(user: string): string;
  setTrust(trust: string): void;
}

/** The trust the person works for: the one chosen at sign-in, else the installation's first. */
export function ownTrust(ctx: Ctx): string {
  return ctx.session?.trust ?? ctx.cfg.trusts[0]!.code;
}

export interface Res { status: number; type: string; body: string; headers?: Record<string, string> }

export function htmlRes(body: string, status = 200): Res {
  return { status, type: 'text/html; charset=utf-8', body };
}

/** Post/redirect/get: every save answers 303 so a reload never posts twice. */
export function redirect(location: string, headers: Record<string, string> = {}): Res {
  return { status: 303, type: 'text/plain; charset=utf-8', body: `See ${location}`, headers: { Location: location, ...headers } };
}

export type Handler = (ctx: Ctx) => Res;

export interface Route {
  method: 'GET' | 'POST';
  /** Path with :params, e.g. /patients/:mrn/admit */
  path: string;
  handler: Handler;
  /** Reachable without a session (sign-in page, assets). */
  open?: boolean;
  /** Reachable before a trust is chosen on a shared domain. */
  beforeTrust?: boolean;
}
