// `parity show-report`: serves a report folder on 127.0.0.1 only (never on the network: the report
// holds screenshots of a clinical system). Static files, GET/HEAD only, nothing outside the folder.
// The same CSP as the file is sent as a header, and close() stops it cleanly (open sockets included).
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CSP } from './html/page.js';
import { UsageError } from '../util/errors.js';
import type { ReportCode } from './codes.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.xml': 'application/xml',
  '.md': 'text/markdown; charset=utf-8', '.pdf': 'application/pdf', '.zip': 'application/zip',
};

export interface ServedReport { url: string; port: number; close(): Promise<void> }

/** `dir` may be the report folder or a run directory holding report/. */
export function reportFolder(dir: string): string {
  const abs = resolve(dir);
  if (existsSync(join(abs, 'index.html'))) return abs;
  if (existsSync(join(abs, 'report', 'index.html'))) return join(abs, 'report');
  throw new UsageError('REPORT_NOT_FOUND' satisfies ReportCode, `no report in ${abs} (looked for index.html and report/index.html); build one with 'parity report <run-dir>'`);
}

export async function serveReport(dir: string, port = 0): Promise<ServedReport> {
  const root = reportFolder(dir);
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolve(root, '.' + (path.endsWith('/') ? path + 'index.html' : path));
    if ((file !== root && !file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(e.code === 'EADDRINUSE' ? new UsageError('PORT_IN_USE' satisfies ReportCode, `port ${port} on 127.0.0.1 is in use; choose another with --port`) : e));
    server.listen(port, '127.0.0.1', () => {
      const p = (server.address() as AddressInfo).port;
      ok({
        url: `http://127.0.0.1:${p}/`,
        port: p,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections(); // keep-alive sockets would otherwise hold the process open
        }),
      });
    });
  });
}
