// Per environment, once: is it answering (retried with backoff), and sign in to get a storage state
// every journey of that environment reuses. Sign-in failures are environment failures (exit 3).
import type { Browser, Request } from 'playwright';
import type { EnvironmentConfig, ParityConfig } from '../model/config.js';
import { performAction, ActionBlocked, type ActionEnv } from './actions.js';
import { newEnvContext, type JourneyRunOptions } from './journey-runner.js';
import { applyNetPolicy, backoffMs } from './net-policy.js';
import { firstLine } from '../browser/browser.js';
import { GuardProxies, leaveAndClose } from './guard-proxies.js';
import type { Refusal } from './guard-proxy.js';

export class EnvUnavailable extends Error {}

/**
 * Resolves when the base URL answers below 500, with the environment's clock as its answer's `Date`
 * header gives it (what ${date.today} counts from; undefined when the header is missing or not a date).
 * Throws EnvUnavailable after the retries.
 */
export async function waitForEnvironment(env: EnvironmentConfig, retries: number, timeoutMs = 10_000): Promise<Date | undefined> {
  let last = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const res = await fetch(env.baseUrl, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: env.headers });
      await res.arrayBuffer().catch(() => {});
      if (res.status < 500) {
        const t = Date.parse(res.headers.get('date') ?? '');
        return Number.isNaN(t) ? undefined : new Date(t);
      }
      last = `HTTP ${res.status}`;
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code;
      last = cause ?? firstLine(e);
    }
    if (attempt < retries) await new Promise((r) => setTimeout(r, backoffMs(attempt + 2)));
  }
  throw new EnvUnavailable(`${env.baseUrl} did not answer (${last}) after ${retries + 1} attempts`);
}

export async function signIn(
  browser: Browser,
  config: ParityConfig,
  env: EnvironmentConfig,
  resolve: (s: string) => string,
  guard: { proxies?: GuardProxies; onRefused(r: Refusal): void },
): Promise<JourneyRunOptions['storageState']> {
  if (!env.signIn) return undefined;
  const proxies = guard.proxies ?? new GuardProxies();
  const proxy = await proxies.open(env, guard.onRefused);
  const context = await newEnvContext(browser, config, env, undefined, proxy);
  // Signing in is a POST even on LIVE: it changes no patient data. So the guard stays on for the
  // sign-in page and everything its scripts send; what passes is a top-level navigation (the form
  // submission, and the redirects of a single sign-on) while the sign-in actions run, marked for the
  // proxy with a header only this handler knows.
  let submitting = false;
  await applyNetPolicy(context, {
    env, retries: config.capture.retries,
    onBlocked: (url, method) => guard.onRefused({ url, method, why: 'write' }),
    pass: (req) => (proxy && submitting && req.isNavigationRequest() && isTopLevel(req) ? { [proxy.passHeader.name]: proxy.passHeader.value } : undefined),
  });
  try {
    const page = await context.newPage();
    const ae: ActionEnv = { page, baseUrl: env.baseUrl, timeoutMs: config.capture.actionTimeoutMs, navigationTimeoutMs: config.capture.navigationTimeoutMs, resolve };
    await performAction({ kind: 'goto', value: env.signIn.path || '/', text: 'goto sign-in page' }, ae);
    submitting = true;
    for (const a of env.signIn.actions) await performAction(a, ae);
    await page.waitForLoadState('load');
    submitting = false;
    return await context.storageState();
  } catch (e) {
    const why = e instanceof ActionBlocked ? e.message : firstLine(e);
    throw new EnvUnavailable(`sign-in failed: ${why}`);
  } finally {
    submitting = false;
    await leaveAndClose(context);
    if (!guard.proxies) await proxies.closeAll();
  }
}

function isTopLevel(req: Request): boolean {
  try {
    return req.frame().parentFrame() === null;
  } catch {
    return false; // a worker's request has no frame, and is never a sign-in submission
  }
}
