// Where the write guard listens depends on where the browser is: a browser on another machine
// cannot reach this one's 127.0.0.1, so a run with a read-only environment stops before it starts
// unless PARITY_GUARD_HOST names an address the browser can reach.
import { describe, expect, it } from 'vitest';
import { guardSettings } from '../../src/run/guard-proxies.js';
import type { BrowserConfig } from '../../src/model/config.js';
import { EnvironmentError } from '../../src/util/errors.js';

const local: BrowserConfig = { args: [], headless: true, restarts: 2 };
const remote = (wsEndpoint: string): BrowserConfig => ({ ...local, connect: { wsEndpoint } });

describe('guardSettings', () => {
  it('listens on loopback for a local browser, or a browser server on this machine', () => {
    expect(guardSettings(local, {}, true).host).toBe('127.0.0.1');
    expect(guardSettings(remote('ws://127.0.0.1:9222/x'), {}, true).host).toBe('127.0.0.1');
    expect(guardSettings(remote('ws://localhost:9222/x'), {}, true).host).toBe('127.0.0.1');
  });

  it('stops a run whose browser is elsewhere, with a stable code, unless PARITY_GUARD_HOST is set', () => {
    let err: unknown;
    try { guardSettings(remote('ws://grid.example:4444/x'), {}, true); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(EnvironmentError);
    expect((err as EnvironmentError).code).toBe('GUARD_UNREACHABLE');
    expect(guardSettings(remote('ws://grid.example:4444/x'), { PARITY_GUARD_HOST: '10.0.0.5' }, true).host).toBe('10.0.0.5');
  });

  it('needs nothing when every environment allows writes (no guard runs)', () => {
    expect(() => guardSettings(remote('ws://grid.example:4444/x'), {}, false)).not.toThrow();
  });
});
