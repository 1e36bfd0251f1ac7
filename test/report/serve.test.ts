// show-report: serves on 127.0.0.1 only, nothing outside the folder, stops cleanly.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { Command } from 'commander';
import { buildFixtureRun, type FixtureRun } from '../fixtures/report/build-run.js';
import { buildReports, serveReport } from '../../src/report/index.js';
import { register as registerShow } from '../../src/cli/commands/show-report.js';
import { register as registerReport } from '../../src/cli/commands/report.js';
import { register as registerHandout } from '../../src/cli/commands/handout.js';
import { memoryIo } from '../../src/util/io.js';
import type { CommandContext } from '../../src/cli/context.js';

let fx: FixtureRun;
beforeAll(async () => {
  fx = await buildFixtureRun(mkdtempSync(join(tmpdir(), 'parity-serve-')));
  await buildReports(fx.runDir, { reporters: ['html'] });
});

/** Raw GET, so '..' reaches the server unnormalised. */
function get(url: string, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const u = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

function cli(): { program: Command; io: ReturnType<typeof memoryIo>; exit: () => number } {
  const io = memoryIo(fx.runDir);
  let code = 0;
  const ctx: CommandContext = { io, debug: () => false, setExit: (c) => void (code = c) };
  const program = new Command('parity').exitOverride();
  registerShow(program, ctx); registerReport(program, ctx); registerHandout(program, ctx);
  return { program, io, exit: () => code };
}

describe('serveReport', () => {
  it('serves the report folder from a run directory, with the CSP header', async () => {
    const s = await serveReport(fx.runDir);
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const r = await get(s.url, '/');
      expect(r.status).toBe(200);
      expect(r.body).toContain('id="parity-data"');
      expect(String(r.headers['content-security-policy'])).toContain("default-src 'none'");
      expect((await get(s.url, '/app.js')).headers['content-type']).toContain('text/javascript');
      expect((await get(s.url, '/../manifest.json')).status).toBe(404);
      expect((await get(s.url, '/%2e%2e/manifest.json')).status).toBe(404);
    } finally {
      await s.close();
    }
  });

  it('says what to do when there is no report', async () => {
    await expect(serveReport(join(fx.runDir, 'captures'))).rejects.toMatchObject({ code: 'REPORT_NOT_FOUND' });
  });
});

describe('commands', () => {
  it('show-report prints the URL and stops cleanly on SIGINT', async () => {
    const { program, io } = cli();
    const before = process.listenerCount('SIGINT');
    const done = program.parseAsync(['show-report', fx.runDir], { from: 'user' });
    await expect.poll(() => io.stdout.join('\n'), { timeout: 5000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(io.stdout.join('\n'))![0];
    expect((await get(url, '/')).status).toBe(200);
    // Only our listener is called: the worker has none of its own for SIGINT beyond those counted.
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    process.emit('SIGINT');
    await done;
    expect(io.stdout.at(-1)).toBe('Stopped.');
    expect(process.listenerCount('SIGINT')).toBe(before);
    await expect(get(url, '/')).rejects.toThrow();
  });

  it('report writes the chosen reports and exits 1 when divergences fail the run', async () => {
    const { program, io, exit } = cli();
    await program.parseAsync(['report', fx.runDir, '--reporter', 'json,markdown', '--out', 'r3'], { from: 'user' });
    expect(io.stdout.filter((l) => l.endsWith('.json') || l.endsWith('.md'))).toEqual([join(fx.runDir, 'r3', 'report.json'), join(fx.runDir, 'r3', 'summary.md')]);
    expect(exit()).toBe(1);
  });

  it('report refuses an unknown reporter and severity as usage errors', async () => {
    const { program } = cli();
    await expect(program.parseAsync(['report', fx.runDir, '--reporter', 'pdf'], { from: 'user' })).rejects.toMatchObject({ code: 'REPORT_UNKNOWN_REPORTER' });
    await expect(cli().program.parseAsync(['report', fx.runDir, '--fail-on', 'severe'], { from: 'user' })).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('handout writes the HTML it names', async () => {
    const { program, io } = cli();
    await program.parseAsync(['handout', fx.runDir, '--env', 'live-london', '--out', 'ho.html'], { from: 'user' });
    expect(io.stdout).toEqual([join(fx.runDir, 'ho.html')]);
  });
});
