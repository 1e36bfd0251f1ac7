// The write guard every request of a read-only browser context passes: a forward proxy on this
// machine that the context is configured to use for everything (loopback included). Chromium sends
// it whatever any JavaScript context of the page sends (page, frames, popups, dedicated, shared and
// service workers, unload handlers, keepalive requests that outlive the page) because the proxy
// is a property of the context's network stack, not of a page. Playwright's route, by contrast,
// only sees what the targets it attached to ask for, and never WebSockets.
//
// What it lets through: GET, HEAD and OPTIONS not named by blockUrls (reads that get a 5xx or no
// answer are sent again, `retries` times). What it refuses (answering 403, or 204 to a navigation so
// a refused form stays on screen, and telling onRefused first, so the refusal is on record before
// the page hears of it): every other method, every blockUrls match, and every WebSocket upgrade. Chromium tunnels https
// and WebSockets (ws: too) through CONNECT; the proxy accepts the tunnel and reads what is inside:
// TLS is terminated with tunnel-cert.ts, plain text is read as it is, and anything that is not
// HTTP/1.1 ends the tunnel. The real server's certificate is then checked here, by Node.
import { createServer, request as httpRequest, Agent as HttpAgent, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import { randomBytes } from 'node:crypto';
import { rootCertificates, TLSSocket } from 'node:tls';
import { isIP, type AddressInfo, type Socket } from 'node:net';
import { Duplex } from 'node:stream';
import type { EnvironmentConfig } from '../model/config.js';
import { isForbidden } from './write-guard.js';
import { tunnelCert } from './tunnel-cert.js';
import { backoffMs } from './net-policy.js';

export interface Refusal { method: string; url: string; why: 'write' | 'blockUrls' | 'websocket' }

export interface GuardProxyOptions {
  env: Pick<EnvironmentConfig, 'writes' | 'blockUrls'>;
  /** The address to listen on, and the one the browser is told: loopback unless the browser is elsewhere. */
  host?: string;
  /** Certificates (PEM) trusted for upstream https besides Node's own roots: a hospital's own CA. */
  extraCa?: string[];
  onRefused(r: Refusal): void;
  /** How often a read (GET, HEAD) that got a 5xx or no answer is sent again, with growing pauses,
   *  before the browser hears of it: a flaky environment gives the same capture as a healthy one. */
  retries?: number;
}

export interface GuardProxy {
  /** For the browser context: `proxy: { server, bypass }`. */
  readonly server: string;
  /** `<-loopback>`: without it Chromium would send requests to 127.0.0.1 and localhost around the proxy. */
  readonly bypass: string;
  /**
   * A request carrying this header with this value passes once, whatever its method (the header is
   * removed before it goes on). Only Parity's own route handler can add it (page scripts cannot
   * read it): it is how the sign-in submission, and nothing else of the sign-in page, gets through.
   */
  readonly passHeader: { name: string; value: string };
  /** Who hears of refusals from now on (a journey's current step, then the run's events). */
  onRefused(fn: (r: Refusal) => void): void;
  close(): Promise<void>;
}

export const PASS_HEADER = 'x-parity-pass';
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'proxy-authenticate', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
const TLS_HANDSHAKE = 0x16;

export async function startGuardProxy(o: GuardProxyOptions): Promise<GuardProxy> {
  const token = randomBytes(16).toString('hex');
  let tell = o.onRefused;
  const { key, cert } = tunnelCert();
  const ca = o.extraCa?.length ? [...rootCertificates, ...o.extraCa] : undefined;
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true, ca }) };
  // Where each tunnel leads: requests inside a tunnel carry only a path.
  const tunnels = new WeakMap<Duplex, string>();

  /** The absolute URL of a request, whether it came as a plain proxy request or inside a tunnel. */
  const urlOf = (req: IncomingMessage): URL | undefined => {
    try {
      const base = tunnels.get(req.socket);
      return base ? new URL(req.url ?? '/', base) : new URL(req.url ?? '');
    } catch {
      return undefined;
    }
  };

  const refuse = (req: IncomingMessage, url: string, why: Refusal['why']) => {
    tell({ method: why === 'websocket' ? 'WEBSOCKET' : req.method ?? 'GET', url, why });
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const url = urlOf(req);
    if (!url || !/^https?:$/.test(url.protocol)) return deny(res, 400, 'Parity write guard: not a proxy request');
    const method = req.method ?? 'GET';
    const passed = req.headers[PASS_HEADER] === token;
    if (!passed && isForbidden(o.env, method, url.href)) {
      refuse(req, url.href, isForbidden({ writes: o.env.writes, blockUrls: [] }, method, url.href) ? 'write' : 'blockUrls');
      req.resume();
      // A refused form submission leaves the form on screen, as a person saw it before pressing the
      // button: "204 No Content" keeps the page where it is; an error page would replace it.
      if (isNavigation(req)) return deny(res, 204, '');
      return deny(res, 403, 'Parity write guard: this environment is read-only');
    }
    forward(req, res, url, 0);
  };

  const forward = (req: IncomingMessage, res: ServerResponse, url: URL, attempt: number) => {
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k) && k !== PASS_HEADER) headers[k] = v;
    const https = url.protocol === 'https:';
    // Reads carry no body, so one can be sent again; anything else is sent once, as the browser sent it.
    const retryable = (req.method === 'GET' || req.method === 'HEAD') && attempt < (o.retries ?? 0);
    const again = () => {
      up.destroy();
      setTimeout(() => { if (!res.destroyed) forward(req, res, url, attempt + 1); }, backoffMs(attempt));
    };
    const up = (https ? httpsRequest : httpRequest)(url, { method: req.method, headers, agent: https ? agents.https : agents.http, servername: https && !isIP(url.hostname) ? url.hostname : undefined });
    up.on('response', (ur) => {
      if (retryable && (ur.statusCode ?? 502) >= 500) {
        ur.resume();
        return again();
      }
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(ur.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
      res.writeHead(ur.statusCode ?? 502, ur.statusMessage, out);
      ur.pipe(res);
    });
    // Past the retries the browser sees a broken connection, as it would have without the proxy.
    up.on('error', () => (retryable && !res.headersSent ? again() : res.destroy()));
    res.on('close', () => up.destroy());
    if (attempt === 0 && !(req.method === 'GET' || req.method === 'HEAD')) req.pipe(up);
    else {
      if (attempt === 0) req.resume();
      up.end();
    }
  };

  // Every WebSocket, wherever it goes: its messages are beyond what a read-only guard can judge.
  const onUpgrade = (req: IncomingMessage, socket: Duplex) => {
    refuse(req, urlOf(req)?.href ?? req.url ?? '', 'websocket');
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  };

  // Requests that arrive inside CONNECT tunnels are parsed by a second server that never listens.
  const inner = createServer(onRequest);
  inner.on('upgrade', onUpgrade);
  inner.on('clientError', (_e, socket) => socket.destroy());

  const outer = createServer(onRequest);
  // Tunnels leave the server's own bookkeeping once CONNECT is answered: closing must end them too.
  const sockets = new Set<Duplex>();
  outer.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  outer.on('upgrade', onUpgrade);
  outer.on('clientError', (_e, socket) => socket.destroy());
  outer.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const authority = req.url ?? '';
    socket.on('error', () => socket.destroy());
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const open = (first: Buffer) => {
      if (first[0] === TLS_HANDSHAKE) {
        socket.unshift(first);
        // HTTP/1.1 only: HTTP/2 frames would need a second parser, and Chromium falls back without complaint.
        let tls: TLSSocket;
        try {
          tls = new TLSSocket(socket as Socket, { isServer: true, key, cert, ALPNProtocols: ['http/1.1'] });
        } catch {
          // A certificate the TLS layer will not load must cost this tunnel, never the run: the
          // browser sees a broken connection, as for any other failure here.
          socket.destroy();
          return;
        }
        tls.on('error', () => tls.destroy());
        tunnels.set(tls, `https://${authority}`);
        inner.emit('connection', tls);
      } else {
        const plain = replaying(socket, first);
        tunnels.set(plain, `http://${authority}`);
        inner.emit('connection', plain);
      }
    };
    if (head.length) open(head);
    else socket.once('data', (b: Buffer) => { socket.pause(); open(b); });
  });

  await new Promise<void>((ok, fail) => outer.once('error', fail).listen(0, o.host ?? '127.0.0.1', ok));
  const { port, address } = outer.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    server: `http://${host}:${port}`,
    bypass: '<-loopback>',
    passHeader: { name: PASS_HEADER, value: token },
    onRefused: (fn) => void (tell = fn),
    close: () => new Promise<void>((ok) => {
      agents.http.destroy();
      agents.https.destroy();
      for (const s of sockets) s.destroy();
      outer.closeAllConnections();
      inner.closeAllConnections();
      outer.close(() => ok());
    }),
  };
}

/**
 * The tunnel's bytes, the first chunk (already read, to see whether it is TLS) put back in front.
 * Node's HTTP parser reads a plain socket's handle directly, past anything unshifted onto the
 * stream; a stream with no handle is read through its events, so nothing is lost.
 */
function replaying(socket: Duplex, first: Buffer): Duplex {
  const d = new Duplex({
    read: () => void socket.resume(),
    write: (chunk: Buffer, _enc, cb) => void socket.write(chunk, cb),
    final: (cb) => { socket.end(); cb(); },
    destroy: (err, cb) => { socket.destroy(); cb(err); },
  });
  d.push(first);
  socket.on('data', (b: Buffer) => { if (!d.push(b)) socket.pause(); });
  socket.on('end', () => d.push(null));
  socket.on('close', () => d.destroy());
  socket.resume();
  return d;
}

/**
 * A navigation (a form submitted, a link followed, in the page or a frame), as Chromium marks it:
 * Sec-Fetch-Mode on origins it trusts (https, loopback), and Upgrade-Insecure-Requests, which it
 * sends with every navigation, on plain http ones. A page can add the latter to a fetch of its own;
 * the request is refused all the same, only answered with an empty 204 instead of a 403.
 */
function isNavigation(req: IncomingMessage): boolean {
  const mode = req.headers['sec-fetch-mode'];
  return mode ? mode === 'navigate' : req.headers['upgrade-insecure-requests'] === '1';
}

function deny(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-parity-refused': 'read-only' });
  res.end(text);
}
