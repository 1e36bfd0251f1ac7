// A tiny real web application for the end-to-end run tests: static pages from test/fixtures/webapp
// plus the few endpoints they call. Every request is logged so tests can prove what reached the server.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const ROOT = fileURLToPath(new URL('../fixtures/webapp/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };
export const CLINICS = ['Cardiology OPD', 'Dermatology', 'Diabetes clinic'];
export const PRACTICES = ['Riverside Surgery', 'Riverview Medical Centre', 'Hillside Practice'];

export interface WebApp {
  url: string;
  close(): Promise<void>;
  requests: { method: string; path: string }[];
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const send = (status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (path === '/api/clinics') {
    await delay(300); // options that load late
    return send(200, TYPES['.json']!, JSON.stringify(CLINICS));
  }
  if (path === '/api/practices') {
    const q = (new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '').toLowerCase();
    await delay(100);
    return send(200, TYPES['.json']!, JSON.stringify(q.length < 2 ? [] : PRACTICES.filter((p) => p.toLowerCase().includes(q))));
  }
  const patient = /^\/api\/patient\/(\d+)$/.exec(path);
  if (patient) {
    await delay(150);
    return send(200, TYPES['.json']!, JSON.stringify({ id: patient[1], ward: 'Ward 7B' }));
  }
  if (req.method === 'POST' && path === '/api/draft') return send(200, TYPES['.json']!, '{"ok":true}');
  if (req.method === 'POST' && path === '/api/save') {
    return send(200, TYPES['.html']!, '<!doctype html><title>Saved</title><h1>Patient registered</h1>');
  }
  const file = path.startsWith('/app/') || path === '/app' ? 'routing.html' : path === '/' ? 'form.html' : path.slice(1);
  const abs = normalize(join(ROOT, file));
  if (!abs.startsWith(ROOT)) return send(403, 'text/plain', 'forbidden');
  try {
    return send(200, TYPES[extname(abs)] ?? 'application/octet-stream', await readFile(abs));
  } catch {
    return send(404, 'text/plain', 'not found');
  }
}

export async function startWebApp(): Promise<WebApp> {
  const requests: WebApp['requests'] = [];
  const server = createServer((req, res) => {
    // Drain the body first: a POST that reaches us must be seen whole.
    req.resume();
    req.on('end', () => {
      requests.push({ method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://x').pathname });
      handle(req, res).catch(() => res.destroy());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
