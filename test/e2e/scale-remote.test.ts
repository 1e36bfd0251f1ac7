// Capture on a remote browser: a Playwright browser server on loopback stands in for a grid node.
// The run's config names only `browser.connect.wsEndpoint`; the CLI must drive that server's
// Chromium. Proof that it did: the WebSocket goes through a counting TCP relay, and every
// screenshot the run wrote crossed it; once the server is gone, the same run fails with
// BROWSER_CONNECT (exit 3) instead of quietly launching a local browser.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import { CHROMIUM_ARGS } from '../../src/browser/browser-flags.js';
import type { RunManifest } from '../../src/model/rundir.js';
import type { ReportDocument } from '../../src/report/document.js';
import { chromiumPath } from '../support/browser.js';

const repo = resolve('.');
const JOURNEYS = ['find-patient', 'cds-020-preview'];
let dir: string;
let server: BrowserServer;
let relay: Server;
const sockets = new Set<Socket>();
const traffic = { connections: 0, toClient: 0 };

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(dir, { ...process.env });
  const code = await main(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

/** A TCP relay in front of the browser server that counts connections and bytes sent to the client. */
function startRelay(target: URL): Promise<number> {
  relay = createServer((client) => {
    traffic.connections++;
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    upstream.on('data', (b: Buffer) => void (traffic.toClient += b.length));
    client.pipe(upstream).pipe(client);
    const close = () => { client.destroy(); upstream.destroy(); };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  return new Promise((ok) => relay.listen(0, '127.0.0.1', () => ok((relay.address() as { port: number }).port)));
}

let first: { code: number; out: string; err: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parity-remote-'));
  mkdirSync(join(dir, 'specs'));
  for (const id of JOURNEYS) cpSync(join(repo, 'specs', `${id}.yaml`), join(dir, 'specs', `${id}.yaml`));
  server = await chromium.launchServer({ executablePath: await chromiumPath(), args: [...CHROMIUM_ARGS], host: '127.0.0.1', port: 0 });
  const endpoint = new URL(server.wsEndpoint());
  const relayPort = await startRelay(endpoint);
  const wsEndpoint = `ws://127.0.0.1:${relayPort}${endpoint.pathname}`;

  const config = parse(readFileSync(join(repo, 'parity.config.yaml'), 'utf8'), { merge: true }) as Record<string, any>;
  config.environments = { train: config.environments.train, 'live-london': config.environments['live-london'] };
  config.specs = ['specs/*.yaml'];
  // Shared CI machines can be slow enough that a click waits past the 5 s default; a blocked step
  // here would be a timing accident, not what this test is about.
  config.capture = { ...config.capture, actionTimeoutMs: 20_000 };
  config.browser = { connect: { wsEndpoint } };
  writeFileSync(join(dir, 'parity.config.yaml'), stringify(config, { aliasDuplicateObjects: false }));

  first = await cli(['run', '--out', 'remote', '--trace', 'off']);
}, 120_000);

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((ok) => (relay ? relay.close(ok) : ok(undefined)));
  await server?.close().catch(() => {});
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('browser.connect: capture on a remote Playwright browser server', () => {
  it('runs the journeys in every environment through the server, then compares and reports', () => {
    const m = JSON.parse(readFileSync(join(dir, 'remote', 'manifest.json'), 'utf8')) as RunManifest;
    expect(m.environments.map((e) => [e.name, e.status])).toEqual([['train', 'done'], ['live-london', 'done']]);
    const doc = JSON.parse(readFileSync(join(dir, 'remote', 'report', 'report.json'), 'utf8')) as ReportDocument;
    // The exit code is the verdict of the report: 1 when something at `failOn` or above differs.
    expect(first.code, first.err).toBe(doc.totals.failing > 0 ? 1 : 0);
    expect(first.code).toBe(1); // live-london's CDS preview differs from train's
    for (const j of doc.journeys) expect(Object.values(j.runs).map((r) => r.status)).toEqual(['passed', 'passed']);
  });

  it('wrote a screenshot for every step of every journey in both environments', () => {
    const doc = JSON.parse(readFileSync(join(dir, 'remote', 'report', 'report.json'), 'utf8')) as ReportDocument;
    const steps = doc.journeys.reduce((n, j) => n + j.steps.length, 0);
    expect(steps).toBeGreaterThanOrEqual(5);
    expect(doc.steps).toHaveLength(steps * 2);
    for (const s of doc.steps) {
      expect(s.status, s.id).toBe('captured');
      expect(s.screenshot, s.id).toBeDefined();
      const png = readFileSync(join(dir, 'remote', s.screenshot!.path));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(s.screenshot!.width).toBe(1280);
    }
  });

  it('used the server\'s browser: every screenshot byte came over its WebSocket', () => {
    const doc = JSON.parse(readFileSync(join(dir, 'remote', 'report', 'report.json'), 'utf8')) as ReportDocument;
    const pngBytes = doc.steps.reduce((n, s) => n + statSync(join(dir, 'remote', s.screenshot!.path)).size, 0);
    expect(traffic.connections).toBeGreaterThanOrEqual(1);
    // Screenshots travel base64-encoded (4/3 of their size); the rest is protocol and snapshots.
    expect(traffic.toClient).toBeGreaterThan(pngBytes);
  });

  it('fails with BROWSER_CONNECT (exit 3) once the server is gone, rather than launching a local browser', async () => {
    await server.close();
    const before = traffic.connections;
    const r = await cli(['run', '--out', 'after', '--trace', 'off']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('BROWSER_CONNECT');
    expect(traffic.connections).toBeGreaterThan(before); // it did try the server
    expect(existsSync(join(dir, 'after', 'captures'))).toBe(false);
  });
});
