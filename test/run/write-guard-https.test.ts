// LIVE is served over https, where a proxy sees only CONNECT unless it reads inside the tunnel.
// The write guard terminates TLS (tunnel-cert.ts) and checks the real server's certificate itself:
// here the stand-in's own certificate is trusted as NODE_EXTRA_CA_CERTS would make it. The judge
// is the https stand-in's own log: the pages were served through the guard, no write and no
// WebSocket reached it, and each refusal is in the step's capture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { runJourney } from '../../src/run/journey-runner.js';
import { GuardProxies } from '../../src/run/guard-proxies.js';
import { selfSignedCert } from '../../src/run/tunnel-cert.js';
import { Redactor } from '../../src/capture/redact.js';
import { startChannelServer, BLOCKED_READ, type ChannelServer } from './channel-server.js';
import { act, journey, launch, removeRunDirs, tempRunDir } from './harness.js';
import { makeConfig, makeEnv } from './config-fixture.js';
import type { JourneyResult, StepCapture } from '../../src/model/capture.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let browser: Browser;
let live: ChannelServer;
const cert = selfSignedCert(['127.0.0.1']);

beforeAll(async () => {
  // As in the CLI test: Chromium's local-network check would stop the page's WebSocket before the guard did.
  [browser, live] = await Promise.all([launch({ args: ['--disable-features=LocalNetworkAccessChecks'] }), startChannelServer(cert)]);
});
afterAll(async () => {
  await browser?.close();
  await live?.close();
  removeRunDirs();
});

describe('a read-only environment on https', () => {
  let result: JourneyResult;
  let captures: StepCapture[];
  beforeAll(async () => {
    const env = makeEnv('live', live.url, { blockUrls: [BLOCKED_READ] });
    const config = makeConfig([env]);
    const runDir = tempRunDir();
    const guards = new GuardProxies({ host: '127.0.0.1', extraCa: [cert.cert] });
    try {
      result = await runJourney(journey('channels', [
        { name: 'Try every channel', actions: [act.click({ role: 'link', name: 'Ping' }), act.click({ role: 'button', name: 'Go' }), act.expect({ text: 'All tried' }, { visible: true })] },
        { name: 'Leave by goto', actions: [act.goto('/last'), act.expect({ role: 'heading', name: 'Last' }, { visible: true })] },
      ], '/channels'), { browser, config, env, runDir, redactor: new Redactor([], new Set()), secrets: new Set(), resolve: (s) => s, trace: 'off', guards });
    } finally {
      await browser.close(); // as a run does: the browser first, so what reached the guard is on record
      await guards.closeAll();
    }
    captures = result.steps.map((s) => JSON.parse(readFileSync(join(runDir.root, s.dir, 'capture.json'), 'utf8')) as StepCapture);
  }, 60_000);

  it('is read through the guard: the pages and workers were served over https', () => {
    expect(result.steps.map((s) => s.status)).toEqual(['captured', 'captured']);
    expect(live.log.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/channels', '/worker.js', '/shared.js', '/frame', '/popup', '/last']));
  });

  it('receives no write and no WebSocket, by its own log', () => {
    expect(live.writes()).toEqual([]);
    expect(live.log.upgrades).toEqual([]);
    expect(live.log.datagrams).toBe(0);
  });

  it('records what the guard refused inside the tunnel', () => {
    const refused = captures.flatMap((c) => c.problems.blockedWrites.map((b) => `${b.method} ${b.url}`));
    expect(refused).toEqual(expect.arrayContaining([
      'POST /w/shared-worker-post', 'POST /w/worker-post', 'WEBSOCKET /ws/page', 'WEBSOCKET /ws/worker',
      'POST /w/goto-pagehide-beacon', 'POST /w/goto-pagehide-keepalive', `GET ${BLOCKED_READ}`,
    ]));
  });
});
