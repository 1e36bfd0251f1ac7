// LIVE is never written by any channel a page can use. The real CLI runs one journey through two
// stand-ins that log what they receive (channel-server.ts): a read-only one and one whose config
// says `writes: allowed`. The pages try every channel: fetch, DELETE, a blockUrls read, beacons
// and keepalive on load, click, pagehide and visibilitychange (during a goto and at context close),
// frames, popups, dedicated, shared and service workers, WebSockets from the page and from a
// worker, <a ping>, CSP reports, WebTransport; and the sign-in page's own scripts. The judge is
// each server's own log: nothing but the sign-in submission reaches the read-only one, while the
// writable one gets the writes (so the test would see a guard that let them through). Parity must
// also have put each refusal on record: in the step's capture, or in the run's events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startChannelServer, BLOCKED_READ, type ChannelServer } from '../run/channel-server.js';
import { cleanup, cli, type CliResult, events, project, stepCaptures } from './helpers-run.js';

const JOURNEY = `journey: channels
title: Every channel
start: /channels
steps:
  - name: Try every channel
    actions:
      - click: { role: link, name: Ping }
      - click: { role: button, name: Go }
      - expect: { target: { text: All tried }, visible: true }
  - name: Leave by goto
    actions:
      - goto: /last
      - expect: { target: { role: heading, name: Last }, visible: true }
`;
// A second journey in each environment, after the first: the first one's context closes (its
// unload handlers send) while the run still goes on.
const AFTER = `journey: then-start
title: Then the start page
start: /start
steps:
  - name: Start
    actions:
      - expect: { target: { role: heading, name: Start }, visible: true }
`;

const SIGN_IN = { path: '/signin', actions: [{ fill: { label: 'Username', value: 'trainer1' } }, { click: { role: 'button', name: 'Sign in' } }] };
// Every write the pages make, by channel (sign-in included). Those Chromium itself never sends in
// this set-up (see below) are left out of what the writable stand-in must receive.
const CHANNEL_WRITES = [
  'fetch-post', 'fetch-delete', 'beacon-load', 'keepalive-load', 'beacon-click', 'a-ping', 'csp-report',
  'frame-post', 'popup-post', 'worker-post', 'shared-worker-post',
  'goto-pagehide-beacon', 'goto-pagehide-keepalive', 'goto-visibility-keepalive',
  'signin-script-post', 'signin-onsubmit', 'signin-pagehide-beacon', 'signin-pagehide-keepalive', 'signin-visibility-keepalive',
].map((c) => `/w/${c}`);
// What the last page's unload handlers send while its context closes: Chromium sends some of them
// and not others, differently from run to run, so the test asks for at least one.
const AT_CLOSE = ['close-pagehide-beacon', 'close-pagehide-keepalive', 'close-visibility-keepalive'].map((c) => `/w/${c}`);

let ro: ChannelServer;
let rw: ChannelServer;
let run: CliResult;
let runDir: string;
let dir: string | undefined;

beforeAll(async () => {
  [ro, rw] = await Promise.all([startChannelServer(), startChannelServer()]);
  const p = project([], { channels: JOURNEY, 'then-start': AFTER });
  dir = p.dir;
  const env = { signIn: SIGN_IN, blockUrls: [BLOCKED_READ], concurrency: 1 };
  p.config({
    reference: 'train',
    environments: { train: { ...env, baseUrl: rw.url, writes: 'allowed' }, live: { ...env, baseUrl: ro.url } },
    // Chromium's own check on pages reaching local addresses would stop the page's WebSocket and
    // WebTransport before Parity's guard is tested at all (a hospital's LIVE is not on loopback).
    browser: { args: ['--disable-features=LocalNetworkAccessChecks'] },
  });
  runDir = join(p.dir, 'run');
  run = await cli(p.dir, ['run', '--capture-only', '--out', runDir, '--workers', '2', '--trace', 'off']);
}, 120_000);

afterAll(async () => {
  cleanup(dir);
  await Promise.all([ro?.close(), rw?.close()]);
});

describe('a read-only environment, whatever channel the page writes by', () => {
  it('the run completes and both journeys were captured', () => {
    expect(run.code, run.text).toBe(0);
    expect(stepCaptures(runDir, 'live', 'channels').map((c) => c.status)).toEqual(['captured', 'captured']);
  });

  it('receives no write at all but the sign-in submission, by its own log', () => {
    expect(ro.log.requests.filter((r) => r.path === '/channels')).toHaveLength(1); // the pages were served
    expect(ro.writes()).toEqual([{ method: 'POST', path: '/session' }]);
    expect(ro.log.requests.filter((r) => r.path.startsWith('/w/') || r.path.startsWith('/api/'))).toEqual([]);
  });

  it('accepts no WebSocket, so no message arrives, and receives no datagram', () => {
    expect(ro.log.upgrades).toEqual([]);
    expect(ro.log.wsMessages).toEqual([]);
    expect(ro.log.datagrams).toBe(0);
  });

  it("records each refusal: the step's, in its capture; the sign-in's and those at close, in the events", () => {
    const [tryAll, leave] = stepCaptures(runDir, 'live', 'channels');
    const refused = [...tryAll!.problems.blockedWrites, ...leave!.problems.blockedWrites];
    const ev = events(runDir).filter((e) => e.type === 'write-refused');
    const all = [...refused, ...ev.filter((e) => e.env === 'live')].map((r) => `${r.method} ${r.url}`);
    for (const path of CHANNEL_WRITES.filter((p) => !p.startsWith('/w/signin'))) {
      expect(refused.map((r) => r.url), path).toContain(path);
    }
    expect(all).toContain(`GET ${BLOCKED_READ}`);
    expect(all).toEqual(expect.arrayContaining(['WEBSOCKET /ws/page', 'WEBSOCKET /ws/worker']));
    const signIn = ev.filter((e) => e.during === 'sign-in').map((e) => `${e.method} ${e.url}`);
    expect(signIn).toEqual(expect.arrayContaining(['DELETE /api/delete-all', `GET ${BLOCKED_READ}`, ...CHANNEL_WRITES.filter((p) => p.startsWith('/w/signin')).map((p) => `POST ${p}`)]));
    const atClose = ev.filter((e) => e.during === 'after-steps' && e.journey === 'channels').map((e) => e.url);
    expect(atClose.filter((u) => AT_CLOSE.includes(u)).length, JSON.stringify(atClose)).toBeGreaterThan(0);
    // Nothing the writable environment did was refused.
    expect(ev.filter((e) => e.env === 'train')).toEqual([]);
  });

  it('the refusals are not mistaken for failures of the environment', () => {
    for (const c of stepCaptures(runDir, 'live', 'channels')) expect(c.problems.failedRequests.filter((f) => f.url.startsWith('/w/')), c.step).toEqual([]);
  });
});

describe('the same pages where writes are allowed (the control: each channel really sends)', () => {
  it('receive every write, the WebSocket upgrades and their messages', () => {
    const paths = rw.writes().map((r) => r.path);
    for (const path of CHANNEL_WRITES) expect(paths, path).toContain(path);
    expect(paths).toContain('/api/delete-all');
    expect(paths).toContain(BLOCKED_READ);
    // Sends from unload handlers as the browser closes are best effort in Chromium: on a loaded
    // machine the writable stand-in sometimes receives none of them. That those handlers do send
    // is shown by the read-only run, whose guard recorded their refusal at close (the test above).
    expect(rw.log.upgrades.sort()).toEqual(['/ws/page', '/ws/worker']);
    expect(rw.log.wsMessages.sort()).toEqual(['hello from page websocket', 'hello from worker']);
    expect(rw.log.datagrams, 'WebTransport sends QUIC over UDP').toBeGreaterThan(0);
  });
});
