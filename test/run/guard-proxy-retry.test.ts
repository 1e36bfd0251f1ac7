// The write guard proxy, without a browser: a read-only context has no Playwright route any more,
// so the proxy itself retries reads that fail, and answers a refused navigation with 204 (the
// page stays where it was) and anything else refused with 403.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGuardProxy, type GuardProxy, type Refusal } from '../../src/run/guard-proxy.js';

let upstream: Server;
let base = '';
const seen: string[] = [];
let failFirst = 0; // how many of the next requests to /flaky answer 503

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url === '/flaky' && failFirst > 0) {
      failFirst--;
      res.writeHead(503).end('busy');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`ok ${req.method}`);
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => upstream.close(() => r())));

/** One request through the proxy, as Chromium sends a plain-http one (absolute URL as the path). */
function via(proxy: GuardProxy, method: string, path: string, headers: IncomingHttpHeaders = {}): Promise<{ status: number; body: string }> {
  const p = new URL(proxy.server);
  return new Promise((resolve, reject) => {
    const req = request({ host: p.hostname, port: p.port, method, path: base + path, headers }, (res) => {
      let body = '';
      res.on('data', (b) => (body += b));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? 'a=1' : undefined);
  });
}

async function withProxy(retries: number, f: (p: GuardProxy, refused: Refusal[]) => Promise<void>): Promise<void> {
  const refused: Refusal[] = [];
  const p = await startGuardProxy({ env: { writes: 'blocked', blockUrls: [] }, onRefused: (r) => refused.push(r), retries });
  try {
    await f(p, refused);
  } finally {
    await p.close();
  }
}

describe('the write guard proxy', () => {
  it('sends a read that got a 5xx again, and the browser sees only the answer that worked', async () => {
    await withProxy(2, async (p) => {
      seen.length = 0;
      failFirst = 2;
      expect(await via(p, 'GET', '/flaky')).toEqual({ status: 200, body: 'ok GET' });
      expect(seen).toEqual(['GET /flaky', 'GET /flaky', 'GET /flaky']);
    });
  });

  it('passes the 5xx on once the retries are spent, and never retries without being told to', async () => {
    await withProxy(1, async (p) => {
      seen.length = 0;
      failFirst = 5;
      expect((await via(p, 'GET', '/flaky')).status).toBe(503);
      expect(seen).toHaveLength(2);
    });
    await withProxy(0, async (p) => {
      seen.length = 0;
      failFirst = 1;
      expect((await via(p, 'GET', '/flaky')).status).toBe(503);
      expect(seen).toHaveLength(1);
    });
    failFirst = 0;
  });

  it('answers a refused navigation with 204 and any other refused request with 403, both on record, neither sent', async () => {
    await withProxy(2, async (p, refused) => {
      seen.length = 0;
      // A form submitted on an origin Chromium trusts (Sec-Fetch-Mode), and on plain http (Upgrade-Insecure-Requests).
      expect((await via(p, 'POST', '/form', { 'sec-fetch-mode': 'navigate', 'upgrade-insecure-requests': '1' })).status).toBe(204);
      expect((await via(p, 'POST', '/form', { 'upgrade-insecure-requests': '1' })).status).toBe(204);
      // A script's fetch: refused outright.
      expect((await via(p, 'POST', '/api', { 'sec-fetch-mode': 'cors' })).status).toBe(403);
      expect((await via(p, 'POST', '/api')).status).toBe(403);
      expect(seen).toEqual([]);
      expect(refused.map((r) => `${r.method} ${new URL(r.url).pathname} ${r.why}`)).toEqual(['POST /form write', 'POST /form write', 'POST /api write', 'POST /api write']);
    });
  });
});
