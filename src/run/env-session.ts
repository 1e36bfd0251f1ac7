// Per environment, once: is it answering (retried with backoff), and sign in to get a storage state
// every journey of that environment reuses. Sign-in failures are environment failures (exit 3).
import type { Browser } from 'playwright';
import type { EnvironmentConfig, ParityConfig } from '../model/config.js';
import { performAction, ActionBlocked, type ActionEnv } from './actions.js';
import { newEnvContext, type JourneyRunOptions } from './journey-runner.js';
import { applyNetPolicy, backoffMs } from './net-policy.js';
import { firstLine } from './browser.js';

export class EnvUnavailable extends Error {}

/** Resolves when the base URL answers below 500; throws EnvUnavailable after the retries. */
export async function waitForEnvironment(env: EnvironmentConfig, retries: number, timeoutMs = 10_000): Promise<void> {
  let last = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const res = await fetch(env.baseUrl, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: env.headers });
      await res.arrayBuffer().catch(() => {});
      if (res.status < 500) return;
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
): Promise<JourneyRunOptions['storageState']> {
  if (!env.signIn) return undefined;
  const context = await newEnvContext(browser, config, env);
  // Signing in is a POST even on LIVE: it changes no patient data, so the guard lets the sign-in page
  // through only for the sign-in itself, and we say so in the docs.
  await applyNetPolicy(context, { env: { ...env, writes: 'allowed' }, retries: config.capture.retries, onBlocked: () => {} });
  try {
    const page = await context.newPage();
    const ae: ActionEnv = { page, baseUrl: env.baseUrl, timeoutMs: config.capture.actionTimeoutMs, navigationTimeoutMs: config.capture.navigationTimeoutMs, resolve };
    await performAction({ kind: 'goto', value: env.signIn.path || '/', text: 'goto sign-in page' }, ae);
    for (const a of env.signIn.actions) await performAction(a, ae);
    await page.waitForLoadState('load');
    return await context.storageState();
  } catch (e) {
    const why = e instanceof ActionBlocked ? e.message : firstLine(e);
    throw new EnvUnavailable(`sign-in failed: ${why}`);
  } finally {
    await context.close().catch(() => {});
  }
}
