// One side of a pair on 127.0.0.1: its site at /, the pair's node_modules at /node_modules/.
// GET and HEAD only, as static hosting answers; anything else is a 405 so a form that posts shows
// the same error page on both sides. Never listens beyond loopback.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif', '.ico': 'image/x-icon', '.woff': 'font/woff',
  '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.map': 'application/json', '.yaml': 'text/yaml', '.txt': 'text/plain',
};

/** The file a URL path names inside root, or undefined when it would leave root or does not exist. */
function inside(root, urlPath) {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = join(root, rel);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (!existsSync(file)) return undefined;
  const st = statSync(file);
  if (st.isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return file;
}

export async function serveSide({ siteDir, modulesDir }) {
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(`${req.method} ${url.pathname}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain' }).end('static site: read only');
      return;
    }
    const file = url.pathname.startsWith('/node_modules/')
      ? inside(modulesDir, url.pathname.slice('/node_modules/'.length))
      : inside(siteDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, log, close: () => new Promise((ok) => server.close(() => ok())) };
}
