// Minimal HTML pairs of our own, one per failure class the real-app corpus showed: each side is
// served on loopback, the real CLI runs a journey through both (real Chromium, real capture,
// real compare, screenshots included) and the test reads compare/result.json.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import type { CompareResult, Divergence } from '../../src/model/divergence.js';

export type Site = Record<string, string>; // path → HTML

function serve(site: Site): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = site[path];
    if (page === undefined) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8' }).end(page);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

export interface PairRun {
  divergences: Divergence[]; self: Divergence[]; result: CompareResult; dir: string; code: number; text: string;
  /** Writes the guard refused, per environment, as "METHOD /path" (read from the captures). */
  refused: Record<string, string[]>;
}

function refusedWrites(runDir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of readdirSync(join(runDir, 'captures'), { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name !== 'capture.json') continue;
    const c = JSON.parse(readFileSync(join(e.parentPath, e.name), 'utf8')) as { env: string; problems: { blockedWrites: { method: string; url: string }[] } };
    out[c.env] = [...(out[c.env] ?? []), ...c.problems.blockedWrites.map((w) => `${w.method} ${w.url.replace(/^\w+:\/\/[^/]+/, '')}`)];
  }
  return out;
}

export interface PairOptions {
  /** Extra config keys. */
  config?: Record<string, unknown>;
  /** Extra keys per environment (writes, blockUrls). */
  envs?: Record<string, Record<string, unknown>>;
  /** Also run `old` a second time ('old-again'): what it finds against `old` must be nothing. */
  self?: boolean;
}

/**
 * Runs `steps` (journey steps as objects) through `old` and `new` (and `old` again with `self`);
 * returns the divergences of `new` and of the second `old`.
 */
export async function runPair(old: Site, neu: Site, steps: unknown[], opts: PairOptions = {}): Promise<PairRun> {
  const envs = opts.envs ?? {};
  const a = await serve(old);
  const b = await serve(neu);
  const dir = mkdtempSync(join(tmpdir(), 'parity-person-'));
  try {
    mkdirSync(join(dir, 'specs'));
    writeFileSync(join(dir, 'specs', 'pair.yaml'), stringify({ journey: 'pair', title: 'Pair', start: '/', steps }));
    writeFileSync(join(dir, 'parity.config.yaml'), stringify({
      reference: 'old', specs: ['specs/*.yaml'], viewport: { width: 900, height: 700 },
      environments: { old: { baseUrl: a.url, ...envs.old }, ...(opts.self ? { 'old-again': { baseUrl: a.url, ...envs.old } } : {}), new: { baseUrl: b.url, ...envs.new } },
      ...opts.config,
    }));
    const io = memoryIo(dir, process.env);
    const code = await main(['run', '--out', 'out', '--reporter', 'json', '--trace', 'off'], io);
    const result = JSON.parse(readFileSync(join(dir, 'out', 'compare', 'result.json'), 'utf8')) as CompareResult;
    return { result, divergences: result.divergences.filter((d) => d.target === 'new'), self: result.divergences.filter((d) => d.target === 'old-again'), dir, code, text: io.text(), refused: refusedWrites(join(dir, 'out')) };
  } finally {
    a.server.close();
    b.server.close();
    if (!process.env.PARITY_KEEP_E2E) rmSync(dir, { recursive: true, force: true });
  }
}

/** A page with a heading and a form body, in the plain style of a small PAS screen. */
export function page(title: string, body: string, style = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>
body{font:16px sans-serif;margin:0} header{background:#005eb8;color:#fff;padding:12px 20px} main{padding:20px}
label{display:block;margin-top:12px} .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
${style}</style></head><body>${body}</body></html>`;
}

export const sentences = (ds: Divergence[]) => ds.map((d) => `${d.kind}: ${d.message}`);
