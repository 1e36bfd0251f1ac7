// A stand-in LIVE whose pages try to write by every channel a browser offers, and whose own log is
// the judge of what got through: every request (method and path), every WebSocket upgrade it
// accepted and every message that then arrived, and every UDP datagram sent to its port (HTTP/3,
// WebTransport). Every write goes to /w/<channel>, so a test can name what leaked.
// Served over http, or https with a certificate the test hands it.
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { createHash } from 'node:crypto';
import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

export interface ChannelLog {
  requests: { method: string; path: string }[];
  upgrades: string[];
  wsMessages: string[];
  datagrams: number;
}

export interface ChannelServer {
  url: string;
  log: ChannelLog;
  /** Requests that could change data: anything but GET/HEAD/OPTIONS, and the blockUrls read. */
  writes(): { method: string; path: string }[];
  close(): Promise<void>;
}

/** The read a config's blockUrls names: it must not arrive either. */
export const BLOCKED_READ = '/w/blocked-read';

const html = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Channels</title></head><body>${body}</body></html>`;

// Unload handlers: the page is going (a journey's goto, or its context closing). `phase` names which.
const UNLOAD = (phase: string) => `
addEventListener('pagehide', () => {
  navigator.sendBeacon('/w/${phase}-pagehide-beacon', 'x');
  fetch('/w/${phase}-pagehide-keepalive', { method: 'POST', body: 'x', keepalive: true });
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') fetch('/w/${phase}-visibility-keepalive', { method: 'POST', body: 'x', keepalive: true });
});`;

// Every channel, each reporting back when it has run its course, so the journey can wait for
// "All tried" rather than for a time.
const CHANNELS = `
const tried = [];
const done = (name) => (x) => { tried.push(name); return x; };
const settle = (p, name) => Promise.resolve(p).then(done(name), done(name));
const viaMessage = (target, name) => new Promise((ok) => { target.onmessage = () => ok(); target.onerror = () => ok(); }).then(done(name));
const wsBase = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host;
const ws = (url, name) => new Promise((ok) => {
  const s = new WebSocket(url);
  s.onopen = () => { s.send('hello from ' + name); s.close(); };
  s.onclose = () => ok();
}).then(done(name));
const all = [
  settle(fetch('/w/fetch-post', { method: 'POST', body: 'x' }), 'fetch'),
  settle(fetch('/w/fetch-delete', { method: 'DELETE' }), 'delete'),
  settle(fetch('${BLOCKED_READ}'), 'blocked read'),
  settle(navigator.sendBeacon('/w/beacon-load', 'x'), 'beacon'),
  settle(fetch('/w/keepalive-load', { method: 'POST', body: 'x', keepalive: true }), 'keepalive'),
  viaMessage(new Worker('/worker.js'), 'worker'),
  (() => { const w = new SharedWorker('/shared.js'); return viaMessage(w.port, 'shared worker'); })(),
  ws(wsBase + '/ws/page', 'page websocket'),
  settle(navigator.serviceWorker ? navigator.serviceWorker.register('/sw.js') : null, 'service worker'),
  settle((() => { try { return new WebTransport('https://' + location.host + '/wt').ready; } catch { return null; } })(), 'webtransport'),
  new Promise((ok) => { const f = document.createElement('iframe'); f.src = '/frame'; f.onload = ok; document.body.append(f); }).then(done('frame')),
];
document.getElementById('go').addEventListener('click', () => {
  navigator.sendBeacon('/w/beacon-click', 'x');
  const popup = window.open('/popup', 'popup');
  all.push(new Promise((ok) => addEventListener('message', (e) => e.data === 'popup done' && ok())).then(done('popup')));
  Promise.allSettled(all).then(() => { document.getElementById('st').textContent = 'All tried'; });
});
`;

const PAGES: Record<string, { type: string; body: string; headers?: Record<string, string> }> = {
  '/start': { type: 'text/html', body: html('<h1>Start</h1>') },
  '/channels': {
    type: 'text/html',
    // A CSP violation (the image) sends a report: another POST no page script makes.
    headers: { 'content-security-policy': "img-src 'none'; report-uri /w/csp-report" },
    body: html(`<h1>Channels</h1><img src="/pixel.png" alt=""><a href="#pinged" ping="/w/a-ping">Ping</a>
<button id="go">Go</button><p id="st" role="status"></p><script>${CHANNELS}${UNLOAD('goto')}</script>`),
  },
  '/last': { type: 'text/html', body: html(`<h1>Last</h1><script>${UNLOAD('close')}</script>`) },
  '/frame': { type: 'text/html', body: html(`<p>frame</p><script>fetch('/w/frame-post', { method: 'POST', body: 'x' }).catch(() => {});</script>`) },
  '/popup': {
    type: 'text/html',
    body: html(`<p>popup</p><script>fetch('/w/popup-post', { method: 'POST', body: 'x' }).finally(() => { opener.postMessage('popup done', '*'); });</script>`),
  },
  '/worker.js': {
    type: 'text/javascript',
    body: `fetch('/w/worker-post', { method: 'POST', body: 'x' }).catch(() => {}).then(() => new Promise((ok) => {
  const s = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/worker');
  s.onopen = () => { s.send('hello from worker'); s.close(); };
  s.onclose = ok;
})).then(() => postMessage('done'));`,
  },
  '/shared.js': {
    type: 'text/javascript',
    body: `onconnect = (e) => { const port = e.ports[0]; fetch('/w/shared-worker-post', { method: 'POST', body: 'x' }).catch(() => {}).then(() => port.postMessage('done')); };`,
  },
  '/sw.js': { type: 'text/javascript', body: `self.addEventListener('install', () => { fetch('/w/service-worker-post', { method: 'POST', body: 'x' }); });` },
  // The sign-in page: its form submission is the one write allowed; its scripts' writes are not.
  '/signin': {
    type: 'text/html',
    body: html(`<h1>Sign in</h1><form method="post" action="/session"><label>Username <input name="u"></label><button>Sign in</button></form>
<script>
fetch('/w/signin-script-post', { method: 'POST', body: 'x' });
fetch('/api/delete-all', { method: 'DELETE' });
fetch('${BLOCKED_READ}');
document.querySelector('form').addEventListener('submit', () => { fetch('/w/signin-onsubmit', { method: 'POST', body: 'x', keepalive: true }); });
${UNLOAD('signin')}
</script>`),
  },
};

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (req.method === 'POST' && path === '/session') {
    res.writeHead(303, { location: '/start', 'set-cookie': 'session=ok; Path=/; HttpOnly' });
    return void res.end();
  }
  const page = PAGES[path];
  if (!page) {
    res.writeHead(path.startsWith('/w/') || path.startsWith('/api/') ? 204 : 404, { 'cache-control': 'no-store' });
    return void res.end();
  }
  res.writeHead(200, { 'content-type': `${page.type}; charset=utf-8`, 'cache-control': 'no-store', ...page.headers });
  res.end(page.body);
}

/** Accepts the upgrade (so a message can arrive to be logged), as a real server would. */
function acceptWebSocket(req: IncomingMessage, socket: Duplex, log: ChannelLog): void {
  log.upgrades.push(new URL(req.url ?? '/', 'http://x').pathname);
  const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  let pending = Buffer.alloc(0);
  socket.on('data', (b: Buffer) => {
    pending = Buffer.concat([pending, b]);
    // Client frames are masked; a message and the close frame may come in one packet.
    for (let frame = readFrame(pending); frame; frame = readFrame(pending)) {
      pending = pending.subarray(frame.size);
      if (frame.opcode === 0x1) log.wsMessages.push(frame.text);
      if (frame.opcode === 0x8) socket.end(Buffer.from([0x88, 0]));
    }
  });
  socket.on('error', () => socket.destroy());
}

function readFrame(b: Buffer): { opcode: number; text: string; size: number } | undefined {
  if (b.length < 2) return undefined;
  let len = b[1]! & 0x7f;
  let at = 2;
  if (len === 126) {
    if (b.length < 4) return undefined;
    len = b.readUInt16BE(2);
    at = 4;
  }
  if (b.length < at + 4 + len) return undefined;
  const mask = b.subarray(at, at + 4);
  const data = b.subarray(at + 4, at + 4 + len);
  return { opcode: b[0]! & 0x0f, text: Buffer.from(data.map((x, i) => x ^ mask[i % 4]!)).toString('utf8'), size: at + 4 + len };
}

export async function startChannelServer(tls?: { key: string; cert: string }): Promise<ChannelServer> {
  const log: ChannelLog = { requests: [], upgrades: [], wsMessages: [], datagrams: 0 };
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    req.resume(); // a write that reaches us is logged whole
    req.on('end', () => {
      log.requests.push({ method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://x').pathname });
      handle(req, res);
    });
  };
  const server = tls ? createHttps(tls, onRequest) : createHttp(onRequest);
  server.on('upgrade', (req, socket) => acceptWebSocket(req, socket, log));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  // HTTP/3 and WebTransport are QUIC, over UDP: anything at all sent to our port is counted.
  const udp = createSocket('udp4');
  udp.on('message', () => void log.datagrams++);
  await new Promise<void>((r) => udp.bind(port, '127.0.0.1', r));
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}/`,
    log,
    writes: () => log.requests.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method) || r.path === BLOCKED_READ),
    close: () => new Promise<void>((r) => {
      udp.close();
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
