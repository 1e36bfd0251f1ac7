// The HTTP server of one simulator instance: node:http, no framework. It records every request
// (so tests can prove no write reached it), applies the fault plan, keeps sessions, and hands each
// request to its screen. Responses carry no random ids, and the only date is the sim's own clock in
// the `Date` header (what Parity reads as the environment's clock): the same request gives the same
// bytes. Data lives as long as the server, across any number of runs, until POST /__sim/reset.
import http from 'node:http';
import type { SimFaults } from '../model/config.js';
import { InputError } from '../util/errors.js';
import type { Ctx, Res, Session } from './context.js';
import { COOKIE, cookieHeader, htmlRes, redirect } from './context.js';
import { Store } from './data/store.js';
import { dayOf } from './data/dates.js';
import { hash } from './data/seed.js';
import { FaultPlan } from './faults.js';
import { matchRoute } from './routes.js';
import { variantConfig } from './variants/registry.js';
import { APP_CSS } from './ui/styles.js';
import { APP_JS, TCI_HELPER_JS, TCI_HELPER_V2_JS } from './ui/client-script.js';
import { notFound } from './screens/common.js';
import { esc } from './ui/html.js';
import type { SimCode } from './codes.js';

export const DEFAULT_NOW = '2026-06-01T09:00:00Z';

const ASSETS: Record<string, { type: string; body: string }> = {
  '/assets/app.css': { type: 'text/css; charset=utf-8', body: APP_CSS },
  '/assets/app.js': { type: 'text/javascript; charset=utf-8', body: APP_JS },
  '/assets/tci-helper.js': { type: 'text/javascript; charset=utf-8', body: TCI_HELPER_JS },
  '/assets/tci-helper-v2.js': { type: 'text/javascript; charset=utf-8', body: TCI_HELPER_V2_JS },
};

export interface SimServerOptions { variant: string; now?: string; faults?: SimFaults }

/** "2026-06-01T09:00" and "2026-06-01" are read as UTC, so the sim's clock never depends on the host's zone. */
export function normaliseNow(input: string | undefined): string {
  let s = (input ?? DEFAULT_NOW).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) s += 'T09:00:00Z';
  else if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) s += 'Z';
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new InputError([{ code: 'SIM_BAD_NOW' satisfies SimCode, message: `--now '${input}' is not a date and time; use e.g. 2026-06-01T09:00` }]);
  return new Date(t).toISOString();
}

export interface SimServer { server: http.Server; requests: { method: string; path: string }[]; variant: string; reset(): void }

/** Puts a running sim's data back to its seed (every registration, booking and outcome gone). */
export const RESET_PATH = '/__sim/reset';

export function createSimServer(opts: SimServerOptions): SimServer {
  const cfg = variantConfig(opts.variant);
  const now = normaliseNow(opts.now);
  const today = dayOf(now);
  let store = new Store(today);
  // What a training domain's refresh does: the seeded patients and clinics as on the first day.
  // Sessions stay, so a person signed in is not thrown out by someone else's reset.
  const reset = () => { store = new Store(today); };
  const dateHeader = new Date(now).toUTCString();
  const plan = new FaultPlan(opts.faults);
  const sessions = new Map<string, Session>();
  const requests: { method: string; path: string }[] = [];

  // noDelay: small pages must not wait on Nagle and delayed ACKs (tens of ms per request otherwise).
  const server = http.createServer({ noDelay: true }, (req, res) => {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    requests.push({ method, path: rawUrl });
    const url = new URL(rawUrl, 'http://sim.invalid');
    const asset = ASSETS[url.pathname];
    // Assets never change while a server runs: let the browser keep them (pages stay no-store).
    res.sendDate = false; // the sim's clock, not the host's: see send()
    res.setHeader('Date', dateHeader);
    if (asset && (method === 'GET' || method === 'HEAD')) return send(res, method, { status: 200, type: asset.type, body: asset.body, headers: { 'Cache-Control': 'max-age=3600' } });
    // Open to anyone who can reach the port, like the sim itself; a POST, so a read-only run's
    // guard never lets it through and a crawler following links cannot wipe a sim.
    if (url.pathname === RESET_PATH) {
      if (method !== 'POST') return send(res, method, { status: 405, type: 'text/plain; charset=utf-8', body: 'POST to reset the simulator\'s data', headers: { Allow: 'POST' } });
      reset();
      return send(res, method, { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify({ reset: true, variant: cfg.name, now }) });
    }

    const d = plan.next();
    if (d.drop) {
      // --down-after: the server has "gone": no status, no body, the connection just ends.
      req.socket.destroy();
      return;
    }
    const answer = async (): Promise<void> => {
      const body = method === 'POST' ? await readForm(req) : {};
      if (d.delayMs) await new Promise((r) => setTimeout(r, d.delayMs));
      if (res.destroyed) return;
      if (d.fail) return send(res, method, htmlRes(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Server error</title></head><body><h1>Internal server error</h1><p>The application server did not complete the request (fault injection, request ${d.index}).</p></body></html>`, 500));
      const cookieId = readCookie(req.headers.cookie ?? '', COOKIE);
      const session = cookieId ? sessions.get(cookieId) ?? null : null;
      const ctx: Ctx = {
        cfg, store, now, today, session, method, path: url.pathname, query: url.searchParams, form: body, params: {}, faults: d.page,
        signIn(user: string): string {
          const id = `s${sessions.size + 1}-${hash(`${cfg.name}|${user}|${sessions.size}`).toString(16)}`;
          sessions.set(id, { id, user });
          return cookieHeader(id);
        },
        setTrust(trust: string): void {
          if (session) session.trust = trust;
        },
      };
      send(res, method, route(ctx));
    };
    answer().catch((e: unknown) => {
      if (!res.headersSent) send(res, method, htmlRes(`<!doctype html><title>Error</title><h1>Internal server error</h1><p>${esc(e instanceof Error ? e.message : String(e))}</p>`, 500));
    });
  });
  // Keep-alive sockets would hold close() open; a dropped server must also stop accepting quietly.
  server.keepAliveTimeout = 2000;
  return { server, requests, variant: cfg.name, reset };
}

function route(ctx: Ctx): Res {
  const m = matchRoute(ctx.method, ctx.path);
  if (m === null) return ctx.session ? notFound(ctx) : htmlRes('<!doctype html><title>Not found</title><h1>Not found</h1>', 404);
  if ('methodNotAllowed' in m) return { status: 405, type: 'text/plain; charset=utf-8', body: 'Method not allowed' };
  if (!m.route.open && !ctx.session) return redirect('/login');
  if (ctx.cfg.trustPicker && ctx.session && !ctx.session.trust && !m.route.open && !m.route.beforeTrust) return redirect('/trust');
  ctx.params = m.params;
  return m.route.handler(ctx);
}

function send(res: http.ServerResponse, method: string, r: Res): void {
  const body = Buffer.from(r.body, 'utf8');
  res.writeHead(r.status, {
    'Content-Type': r.type,
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...r.headers,
  });
  res.end(method === 'HEAD' ? undefined : body);
}

function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || undefined;
  }
  return undefined;
}

async function readForm(req: http.IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > 1_000_000) throw new Error('request body too large');
    chunks.push(c);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) out[k] = v;
  return out;
}
