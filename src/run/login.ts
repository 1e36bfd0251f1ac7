// parity login: a person signs in to an environment in a browser window (smartcard, single
// sign-on, MFA: what no script can type), and the signed-in session is saved to the file
// signIn.storageState names, for runs to reuse. Parity does nothing in that window but watch the
// address: once it leaves the sign-in page for the environment's own pages, the session is saved
// and the window closes. Nothing of the session is printed.
import type { Browser } from 'playwright';
import type { EnvironmentConfig, ParityConfig } from '../model/config.js';
import { EnvironmentError } from '../util/errors.js';
import { openBrowser } from '../browser/browser.js';
import { onSignInPage, saveSession } from './saved-session.js';
import type { RunCode } from './codes.js';

export interface LoginOptions {
  config: ParityConfig;
  env: EnvironmentConfig;
  processEnv: NodeJS.ProcessEnv;
  /** Headless: for tests, which sign in through the browser's debugging port as a person would in the window. */
  headless: boolean;
  timeoutMs: number;
  say(line: string): void;
}

export async function login(o: LoginOptions): Promise<{ file: string }> {
  const file = o.env.signIn!.storageState!;
  const browser: Browser = await openBrowser({ ...o.config.browser, headless: o.headless }, o.processEnv, !o.headless);
  try {
    const context = await browser.newContext({ viewport: null, locale: o.env.locale, timezoneId: o.env.timezone, extraHTTPHeaders: o.env.headers });
    const page = await context.newPage();
    const start = new URL(o.env.signIn!.path || '/', o.env.baseUrl).href;
    o.say(`parity: sign in to ${o.env.name} in the browser window (${start}); the session is saved once you reach its pages (waiting up to ${Math.round(o.timeoutMs / 60_000)} min)`);
    const closed = new Promise<never>((_, reject) => {
      const gone = () => reject(new EnvironmentError('LOGIN_CLOSED' satisfies RunCode, `the browser window was closed before signing in to ${o.env.name} finished; nothing was saved`));
      page.once('close', gone);
      browser.once('disconnected', gone);
    });
    closed.catch(() => {});
    await Promise.race([page.goto(start, { waitUntil: 'load' }).catch((e: Error) => {
      throw new EnvironmentError('LOGIN_UNREACHABLE' satisfies RunCode, `${start} did not open: ${e.message.split('\n')[0]}`);
    }), closed]);
    // Signed in: the main frame shows one of the environment's own pages that is not the sign-in page.
    const signedIn = page.waitForURL((u) => !onSignInPage(u.href, o.env), { timeout: o.timeoutMs, waitUntil: 'load' }).catch((e: Error) => {
      throw /Timeout/i.test(e.message)
        ? new EnvironmentError('LOGIN_TIMEOUT' satisfies RunCode, `no sign-in to ${o.env.name} within ${Math.round(o.timeoutMs / 1000)} s; nothing was saved`)
        : e;
    });
    await Promise.race([signedIn, closed]);
    saveSession(file, await context.storageState());
    return { file };
  } finally {
    await browser.close().catch(() => {});
  }
}
