// Ctrl-C in a terminal: parity record as a process of its own (bin/parity.js, built), on a simulator
// that does not allow writes, while the test clicks in its Chromium through the debugging port.
// The first SIGINT ends the recording and writes it (exit 0); what was recorded is never lost.
// And a setting that stops the session before it records leaves no simulator running.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Server } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanup, cli, project, simSignIn, type Project } from '../e2e/helpers-run.js';
import { asPerson, freePort } from './person.js';

const repo = resolve(import.meta.dirname, '../..');
let p: Project;
let debugPort: number;

beforeAll(async () => {
  debugPort = await freePort();
  p = project([]);
  p.config({
    reference: 'live',
    environments: { live: { sim: { variant: 'live-south' }, signIn: simSignIn() } }, // writes: blocked, the default
    browser: { args: [`--remote-debugging-port=${debugPort}`] },
  });
});
afterAll(() => cleanup(p?.dir));

/** `parity record` as a process of its own, its output gathered as it comes (rec.out). */
function recording(out: string) {
  const child = spawn(process.execPath, [join(repo, 'bin', 'parity.js'), 'record', '--env', 'live', '--start', '/home', '--out', out, '--headless'], {
    cwd: p.dir, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const rec = { child, out: '', exited: new Promise<{ code: number | null; signal: string | null }>((r) => child.on('exit', (code, signal) => r({ code, signal }))) };
  child.stdout.on('data', (d) => (rec.out += String(d)));
  child.stderr.on('data', (d) => (rec.out += String(d)));
  return rec;
}

describe('parity record and Ctrl-C', () => {
  it('the first Ctrl-C ends the recording and writes what was recorded (exit 0)', async () => {
    expect(existsSync(join(repo, 'dist', 'cli', 'main.js')), 'npm run build first').toBe(true);
    const rec = recording('specs/interrupted.yaml');
    const { child, exited } = rec;
    try {
      await asPerson(debugPort, /\/home$/, async (page) => {
        await page.getByRole('menuitem', { name: 'Find patient' }).click();
        await page.waitForURL(/\/patients\/search$/);
        await page.getByLabel('NHS number').fill('999 000 0042');
        await page.getByRole('heading', { name: 'Find patient' }).click(); // leaves the field: its fill is sent
        for (let i = 0; i < 100 && !rec.out.includes('+ fill'); i++) await page.waitForTimeout(100);
      });
      child.kill('SIGINT');
      const { code, signal } = await exited;
      expect({ code, signal }, rec.out).toEqual({ code: 0, signal: null });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    expect(rec.out).toContain('wrote specs/interrupted.yaml (interrupted)');
    const j = parse(readFileSync(join(p.dir, 'specs', 'interrupted.yaml'), 'utf8'));
    expect(j.steps).toEqual([
      { name: 'Home' },
      { name: 'Find patient', actions: [{ click: { role: 'menuitem', name: 'Find patient' } }, { fill: { label: 'NHS number', value: '999 000 0042' } }] },
    ]);
  }, 120_000);

  it('a second Ctrl-C closes the browser and exits 130 at once, writing nothing', async () => {
    const rec = recording('specs/quit.yaml');
    const { child, exited } = rec;
    try {
      for (let i = 0; i < 300 && !rec.out.includes('parity: recording on'); i++) await new Promise((r) => setTimeout(r, 100));
      child.kill('SIGINT');
      // Two signals at once are one to the process: the second once the first was taken.
      for (let i = 0; i < 500 && !rec.out.includes('parity: stopping'); i++) await new Promise((r) => setTimeout(r, 10));
      child.kill('SIGINT');
      expect(await exited, rec.out).toEqual({ code: 130, signal: null });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    expect(existsSync(join(p.dir, 'specs', 'quit.yaml'))).toBe(false);
  }, 120_000);

  it('guard settings that stop the session before it records leave no simulator running', async () => {
    // The servers listening in this process: a simulator left running would be a new one.
    const servers = () => (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles().filter((h) => h instanceof Server && h.listening);
    const before = new Set(servers());
    p.config({
      reference: 'live',
      environments: { live: { sim: { variant: 'live-south' }, signIn: simSignIn() } },
      // A browser on another machine cannot reach the write guard a read-only environment needs.
      browser: { connect: { wsEndpoint: 'ws://10.255.255.1:3000/' } },
    });
    const r = await cli(p.dir, ['record', '--env', 'live', '--out', 'specs/never.yaml', '--headless']);
    expect(r.code, r.text).toBe(3);
    expect(r.text).toMatch(/GUARD_UNREACHABLE/);
    expect(servers().filter((h) => !before.has(h))).toEqual([]);
  }, 60_000);
});
