// One request policy per browser context that has no write guard of its own to do this (writes
// allowed), and for signing in, where the sign-in submission must be let through the guard:
//  - writes to a read-only environment are aborted and recorded (write-guard.ts) here first, where
//    Playwright sees them, so a refused form submission can leave the form on screen; the guard
//    that nothing gets past is the context's proxy (guard-proxy.ts), which also sees what this
//    handler never does (unload beacons, shared workers, WebSockets);
//  - reads that fail transiently (5xx, refused, reset) are retried with backoff, so a flaky
//    environment yields the same capture as a healthy one and only persistent failures are reported.
import type { BrowserContext, Request } from 'playwright';
import type { EnvironmentConfig } from '../model/config.js';
import { isForbidden } from './write-guard.js';

export interface NetPolicyOptions {
  env: Pick<EnvironmentConfig, 'writes' | 'blockUrls'>;
  retries: number;
  onBlocked(url: string, method: string): void;
  /** Headers that let this forbidden request through the proxy (the sign-in submission), or undefined. */
  pass?(req: Request): Record<string, string> | undefined;
  onRetry?(url: string, attempt: number, why: string): void;
}

const RETRY_METHODS = new Set(['GET', 'HEAD']);
// Pages and data calls are retried through Node; styles, scripts, images and fonts go straight
// through, because fetching every asset through Node costs a quarter of a run's time.
const RETRY_TYPES = new Set(['document', 'fetch', 'xhr']);

export function backoffMs(attempt: number): number {
  return Math.min(2000, 100 * 2 ** attempt);
}

export async function applyNetPolicy(context: BrowserContext, opts: NetPolicyOptions): Promise<void> {
  await context.route('**/*', async (route) => {
    const req = route.request();
    const method = req.method();
    const pass = isForbidden(opts.env, method, req.url()) ? opts.pass?.(req) : undefined;
    if (pass) {
      await route.continue({ headers: { ...req.headers(), ...pass } }).catch(() => {});
      return;
    }
    if (isForbidden(opts.env, method, req.url())) {
      opts.onBlocked(req.url(), method);
      // A refused form submission must leave the form on screen, as a person would see it before
      // pressing the button; aborting would show Chromium's own "blocked" error page instead.
      if (req.isNavigationRequest()) await route.fulfill({ status: 204 });
      else await route.abort('blockedbyclient');
      return;
    }
    if (!RETRY_METHODS.has(method) || !RETRY_TYPES.has(req.resourceType()) || !/^https?:/.test(req.url())) {
      await route.fallback();
      return;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await route.fetch({ maxRedirects: 0, timeout: 30_000 });
        if (res.status() >= 500 && attempt < opts.retries) {
          opts.onRetry?.(req.url(), attempt + 1, `HTTP ${res.status()}`);
          await new Promise((r) => setTimeout(r, backoffMs(attempt)));
          continue;
        }
        await route.fulfill({ response: res });
        return;
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (/Target page, context or browser has been closed|Route is already handled/.test(msg)) return;
        if (attempt < opts.retries) {
          opts.onRetry?.(req.url(), attempt + 1, msg.split('\n')[0]!);
          await new Promise((r) => setTimeout(r, backoffMs(attempt)));
          continue;
        }
        await route.abort('connectionrefused').catch(() => {});
        return;
      }
    }
  });
}
