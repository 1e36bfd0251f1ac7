// Shared by the sim tests: one Chromium per test file, signing in the way a person does, and
// reading what a step's screen shows.
import { type Browser, type Page } from 'playwright';
import { startSim, type RunningSim, type StartSimOptions } from '../../src/sim/index.js';
import { launchChromium } from '../support/browser.js';

export async function launch(): Promise<Browser> {
  return launchChromium();
}

export interface Signed { sim: RunningSim; page: Page; errors: string[]; close(): Promise<void> }

/** Starts a variant and signs in a fresh page (choosing the trust on a shared domain). */
export async function signedIn(browser: Browser, opts: StartSimOptions): Promise<Signed> {
  const sim = await startSim(opts);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await signInOn(page, sim.url, opts.variant === 'live-shared');
  return { sim, page, errors, close: async () => { await ctx.close(); await sim.close(); } };
}

export async function signInOn(page: Page, url: string, pickTrust: boolean): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Username').fill('trainer1');
  await page.getByLabel('Password').fill('not-echoed-secret');
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (pickTrust) {
    await page.getByRole('radio', { name: 'Wessex Coast NHS Trust' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL(/\/home$/);
}

/** Accessible names of visible elements with this role. */
export async function names(page: Page, role: Parameters<Page['getByRole']>[0]): Promise<string[]> {
  const loc = page.getByRole(role);
  const out: string[] = [];
  for (let i = 0; i < (await loc.count()); i++) {
    const el = loc.nth(i);
    if (await el.isVisible()) out.push((await el.evaluate((n) => (n.getAttribute('aria-label') || (n as HTMLElement).innerText || '').trim())));
  }
  return out;
}

/** Labels of a native select's options. */
export async function selectOptions(page: Page, label: string): Promise<string[]> {
  return page.getByLabel(label, { exact: true }).locator('option').allTextContents();
}

/** Labels of the form fields on screen, in document order (the order a person meets them). */
export async function fieldLabels(page: Page): Promise<string[]> {
  return page.locator('main form label[for], main form fieldset.field > legend').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

export const VARIANTS = ['train', 'live-south', 'live-london', 'live-shared'] as const;
