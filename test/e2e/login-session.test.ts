// parity login and the saved session, end to end against the simulator: a person's sign-in (here
// driven through the browser's debugging port, as a person would type into the window), the file
// it leaves (0600, outside the run), runs that reuse it, and what happens when the session has
// expired (the simulator restarted, so it knows the cookie no more): the environment stops with
// exit 3 and the sign-in page is never a step. The headed window itself cannot be shown here (no
// display); --headless, hidden from --help, is the only difference.
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { allCaptures, allFiles, cleanup, cli, manifest, project, simSignIn, type Project } from './helpers-run.js';

let p: Project;
let live: RunningSim;
let port: number;
let debugPort: number;
const session = () => join(p.dir, 'private', 'live-session.json');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address() as { port: number };
      s.close(() => resolve(a.port));
    });
  });
}

/** The person at the window: waits for the sign-in page, fills it in, presses Sign in. */
async function personSignsIn(): Promise<void> {
  let browser: Browser | undefined;
  for (let i = 0; i < 200 && !browser; i++) {
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`).catch(async () => {
      await new Promise((r) => setTimeout(r, 100));
      return undefined;
    });
  }
  if (!browser) throw new Error('the login browser never opened its debugging port');
  try {
    let page;
    for (let i = 0; i < 200 && !page; i++) {
      page = browser.contexts().flatMap((c) => c.pages()).find((pg) => pg.url().includes('/login'));
      if (!page) await new Promise((r) => setTimeout(r, 100));
    }
    if (!page) throw new Error('no sign-in page in the login browser');
    await page.getByLabel('Username').fill('trainer1');
    await page.getByLabel('Password').fill('smartcard-pin-0000');
    await page.getByRole('button', { name: 'Sign in' }).click();
  } finally {
    // Leaves the browser to parity login: only this connection is closed.
    await browser.close().catch(() => {});
  }
}

function writeConfig(storageState = 'private/live-session.json'): void {
  p.config({
    // live is the reference here so that `--env live` runs it alone: the other environment is only
    // there to show it is captured while live cannot be.
    reference: 'live',
    environments: {
      train: { sim: { variant: 'train' }, signIn: simSignIn() },
      live: { baseUrl: `http://127.0.0.1:${port}`, signIn: { path: '/login', storageState } },
    },
    browser: { args: [`--remote-debugging-port=${debugPort}`] },
    capture: { actionTimeoutMs: 20_000 },
  });
}

beforeAll(async () => {
  // One short journey: what is tested is the session, not the journeys.
  p = project([], { 'open-search': 'journey: open-search\ntitle: Open patient search\nstart: /home\nsteps:\n  - name: Open patient search\n    actions:\n      - click: { role: menuitem, name: Find patient }\n' });
  port = await freePort();
  debugPort = await freePort();
  live = await startSim({ variant: 'live-london', port });
  writeConfig();
});

afterAll(async () => {
  await live?.close();
  cleanup(p?.dir);
});

describe('parity login, then runs that reuse the session', () => {
  it('without a saved sign-in, the environment stops with the command to run (exit 3); the other environment is still captured', async () => {
    const r = await cli(p.dir, ['run', '--capture-only', '--out', 'run-0', '--trace', 'off', '--env', 'train,live']);
    expect(r.code).toBe(3);
    expect(r.text).toContain('no saved sign-in for live');
    expect(r.text).toContain('parity login --env live');
    const m = manifest(join(p.dir, 'run-0'));
    expect(m.environments.find((e) => e.name === 'live')!.status).toBe('unavailable');
    expect(existsSync(join(p.dir, 'run-0', 'captures', 'train', 'open-search', '00-open-patient-search', 'capture.json'))).toBe(true);
  });

  it('saves the session a person signs in to, for its owner only', async () => {
    const [r] = await Promise.all([cli(p.dir, ['login', '--env', 'live', '--headless']), personSignsIn()]);
    expect(r.code, r.text).toBe(0);
    expect(r.text).toContain(`saved the sign-in for live to ${session()}`);
    expect(statSync(session()).mode & 0o777).toBe(0o600);
    expect(statSync(join(p.dir, 'private')).mode & 0o777).toBe(0o700);
    const state = JSON.parse(readFileSync(session(), 'utf8')) as { cookies: { value: string }[] };
    expect(state.cookies.length).toBeGreaterThan(0);
    for (const c of state.cookies) expect(r.text).not.toContain(c.value); // nothing of the session is printed
  });

  it('a run reuses it: the live journey is captured signed in, and no file of the run holds the session', async () => {
    const r = await cli(p.dir, ['run', '--capture-only', '--out', 'run-1', '--env', 'live']);
    expect(r.code, r.text).toBe(0);
    expect(r.text).toContain('traces are off for this run'); // a trace would hold the cookie
    const caps = [...allCaptures(join(p.dir, 'run-1')).values()].filter((c) => c.env === 'live');
    expect(caps.map((c) => [c.step, c.status])).toEqual([['Open patient search', 'captured']]);
    expect(caps[0]!.identity?.path).toBe('/patients/search');
    const cookies = (JSON.parse(readFileSync(session(), 'utf8')) as { cookies: { value: string }[] }).cookies.map((c) => c.value);
    for (const f of allFiles(join(p.dir, 'run-1'))) {
      const text = readFileSync(f, 'latin1');
      for (const v of cookies) expect(text, f).not.toContain(v);
    }
    for (const v of cookies) expect(r.text).not.toContain(v);
  });

  it('an expired session stops the environment with exit 3 and a clear message; the sign-in page is never a step', async () => {
    // The simulator restarted: it no longer knows the saved cookie, and sends the browser to /login.
    await live.close();
    live = await startSim({ variant: 'live-london', port });
    const r = await cli(p.dir, ['run', '--capture-only', '--out', 'run-2', '--env', 'live']);
    expect(r.code).toBe(3);
    expect(r.text).toContain('the saved sign-in for live has expired: its first page was the sign-in page (/login); sign in again with: parity login --env live');
    const m = manifest(join(p.dir, 'run-2'));
    expect(m.environments.find((e) => e.name === 'live')).toMatchObject({ status: 'unavailable' });
    expect([...allCaptures(join(p.dir, 'run-2')).values()]).toEqual([]);
    expect(JSON.parse(readFileSync(join(p.dir, 'run-2', 'captures', 'live', 'open-search', 'journey.json'), 'utf8'))).toMatchObject({ status: 'unavailable', steps: [] });
  });

  it('refuses a session file others can read, and one inside the run directory', async () => {
    chmodSync(session(), 0o644);
    const r = await cli(p.dir, ['run', '--capture-only', '--out', 'run-3', '--env', 'live']);
    expect(r.code).toBe(3);
    expect(r.text).toContain('can be read by others (mode 0644)');
    chmodSync(session(), 0o600);
    writeConfig('run-4/live-session.json');
    const inside = await cli(p.dir, ['run', '--capture-only', '--out', 'run-4', '--env', 'live']);
    expect(inside.code).toBe(2);
    expect(inside.text).toContain('SESSION_IN_RUN_DIR');
    writeConfig();
  });

  it('validate: signIn takes actions or storageState, never both; login names what is missing', async () => {
    p.config({ reference: 'live', environments: { train: { sim: { variant: 'train' } }, live: { baseUrl: 'http://127.0.0.1:9', signIn: { storageState: 'x.json', actions: [{ goto: '/' }] } } } });
    const r = await cli(p.dir, ['validate']);
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/parity\.config\.yaml:\d+:\d+: SPEC_CONFLICT: signIn needs exactly one of actions/);
    writeConfig();
    const noState = await cli(p.dir, ['login', '--env', 'train']);
    expect(noState.code).toBe(2);
    expect(noState.text).toContain('LOGIN_NO_STORAGE_STATE');
  });
});
