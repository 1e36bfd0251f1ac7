// The write-guard proxies of a run (guard-proxy.ts), one per read-only browser context, so that
// each refusal belongs to one journey (or to one sign-in). They are closed together when the
// browser is gone, not with their context: a page's unload handlers send their beacons while the
// context closes, and a proxy still listening then is what refuses them and puts them on record.
// A request that finds no proxy at all fails in the browser: the guard fails closed.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright';
import type { BrowserConfig, EnvironmentConfig } from '../model/config.js';
import { EnvironmentError } from '../util/errors.js';
import { startGuardProxy, type GuardProxy, type Refusal } from './guard-proxy.js';
import type { RunCode } from './codes.js';

export interface GuardSettings {
  /** Where the proxies listen: loopback, or (for a browser on another machine) PARITY_GUARD_HOST. */
  host: string;
  /** NODE_EXTRA_CA_CERTS, read again here: the proxy, not Chromium, now checks LIVE's certificate. */
  extraCa: string[];
}

export class GuardProxies {
  private readonly open_: GuardProxy[] = [];

  constructor(private readonly settings: GuardSettings = { host: '127.0.0.1', extraCa: [] }) {}

  /** A proxy for one read-only context, retrying failed reads `retries` times; none where the environment allows writes. */
  async open(env: Pick<EnvironmentConfig, 'writes' | 'blockUrls'>, onRefused: (r: Refusal) => void, retries = 0): Promise<GuardProxy | undefined> {
    if (env.writes === 'allowed') return undefined;
    const p = await startGuardProxy({ env, host: this.settings.host, extraCa: this.settings.extraCa, onRefused, retries });
    this.open_.push(p);
    return p;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.open_.splice(0).map((p) => p.close()));
  }
}

/**
 * Closes a context after its pages have left for about:blank. Left to itself, Chromium runs some
 * of a page's unload handlers (pagehide, visibilitychange) as a context closes and not others,
 * differently each time; leaving first runs them all, while the context and its guard still live,
 * so what they send is refused and put on record the same way every run.
 */
export async function leaveAndClose(context: BrowserContext): Promise<void> {
  for (const page of context.pages()) await page.goto('about:blank', { timeout: 5000 }).catch(() => {});
  await context.close().catch(() => {});
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

/**
 * Where the proxies must listen for this run's browser. A local browser, or a browser server on
 * this machine, reaches 127.0.0.1. A remote one does not: its 127.0.0.1 is its own machine, so
 * every request of a read-only environment would fail (closed, but useless). Then the run needs
 * PARITY_GUARD_HOST, an address of this machine the browser can reach, or it stops before starting.
 */
export function guardSettings(browser: BrowserConfig, env: NodeJS.ProcessEnv, anyReadOnly: boolean): GuardSettings {
  const extraCa = env.NODE_EXTRA_CA_CERTS ? [readFileSync(env.NODE_EXTRA_CA_CERTS, 'utf8')] : [];
  const chosen = env.PARITY_GUARD_HOST?.trim();
  if (chosen) return { host: chosen, extraCa };
  if (anyReadOnly && browser.connect && !LOOPBACK.test(hostOf(browser.connect.wsEndpoint))) {
    throw new EnvironmentError(
      'GUARD_UNREACHABLE' satisfies RunCode,
      `the browser at ${hostOf(browser.connect.wsEndpoint)} is on another machine and cannot reach Parity's write guard for read-only environments on 127.0.0.1; set PARITY_GUARD_HOST to an address of this machine that the browser can reach, or run the browser on this machine`,
    );
  }
  return { host: '127.0.0.1', extraCa };
}

function hostOf(wsEndpoint: string): string {
  try {
    return new URL(wsEndpoint).hostname;
  } catch {
    return wsEndpoint;
  }
}
