// locale and timezone reach date and time inputs: Chromium draws them in its own UI language, which
// the run launches it in (browser-language.ts), through the contexts the runner makes for a journey.
// What is drawn is read from Chromium's accessibility tree: the fields of a date input in their order.
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { openBrowser } from '../../src/browser/browser.js';
import { browserLanguage } from '../../src/run/browser-language.js';
import { newEnvContext } from '../../src/run/journey-runner.js';
import { makeConfig, makeEnv } from './config-fixture.js';

const opened: Browser[] = [];
afterAll(async () => { await Promise.all(opened.map((b) => b.close())); });

/** The segments of a date and a time input as the browser shows them, in order, with their values. */
async function segments(uiLocale: string | undefined): Promise<string[]> {
  const env = makeEnv('live', 'http://127.0.0.1:9', { locale: 'en-GB', timezone: 'Europe/London' });
  const config = makeConfig([env]);
  const browser = await openBrowser(config.browser, process.env, false, uiLocale);
  opened.push(browser);
  const ctx = await newEnvContext(browser, config, env);
  const page = await ctx.newPage();
  await page.setContent('<label>Date of birth <input type="date" value="2026-03-17"></label> <label>Time <input type="time" value="14:05"></label>');
  const cdp = await ctx.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await ctx.close();
  return nodes.filter((n) => n.role?.value === 'spinbutton').map((n) => `${String(n.name?.value).split(" ")[0]}=${n.value?.value}`);
}

describe('date and time inputs in the configured locale', () => {
  it('are drawn dd/mm/yyyy with a 24-hour clock for en-GB, where the context locale alone gives mm/dd/yyyy', async () => {
    const [gb, plain] = await Promise.all([segments('en-GB'), segments(undefined)]);
    expect(gb).toEqual(['Day=17', 'Month=3', 'Year=2026', 'Hours=14', 'Minutes=5']);
    expect(plain.slice(0, 3)).toEqual(['Month=3', 'Day=17', 'Year=2026']); // navigator.language is en-GB here too
  });

  it('a run launches its browser in the reference environment\'s locale, and names environments that want another', () => {
    expect(browserLanguage([{ name: 'train', locale: 'en-GB' }, { name: 'live', locale: 'en-GB' }], 'train')).toEqual({ locale: 'en-GB', others: [] });
    expect(browserLanguage([{ name: 'train', locale: 'en-GB' }, { name: 'us', locale: 'en-US' }], 'train')).toEqual({ locale: 'en-GB', others: ['us'] });
  });
});
