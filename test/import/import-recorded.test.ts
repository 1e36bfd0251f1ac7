// parity import, end to end: journeys recorded on the simulator in the Recorder's export format
// (Playwright driving the clicks, changes and keys; selectors from Chromium's accessibility tree,
// as the Recorder makes them), imported by the real CLI with the screens read on `train`, then
// validated and run through `train` and `live-south` like any hand-written journey.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Browser } from 'playwright';
import { cleanup, cli, project, simSignIn, type Project } from '../e2e/helpers-run.js';
import { launch, signedIn, type Signed } from '../sim/helpers.js';
import { ChromeRecording } from './chrome-recording.js';

let browser: Browser;
let sim: Signed;
let p: Project;

async function recordWaitingList(): Promise<string> {
  const { page, sim: s } = sim;
  const r = await ChromeRecording.start(page, 'Add to waiting list');
  await r.navigate(`${s.url}/home`);
  await r.click(page.getByRole('menuitem', { name: 'Find patient' }));
  await r.change(page.getByLabel('NHS number'), '999 000 0042');
  await r.click(page.getByRole('button', { name: 'Search', exact: true }));
  await r.click(page.getByRole('table', { name: 'Patient search results' }).getByRole('link').first());
  await r.click(page.getByRole('link', { name: 'Add to waiting list' }));
  await r.change(page.getByLabel('Specialty'), await page.getByLabel('Specialty').locator('option', { hasText: 'Trauma' }).getAttribute('value') ?? '');
  await r.change(page.getByLabel('Planned procedure'), 'Total knee replacement');
  await r.click(page.getByRole('radio', { name: '1 Overnight' }));
  await r.change(page.getByLabel('Priority'), await page.getByLabel('Priority').locator('option', { hasText: 'Routine' }).getAttribute('value') ?? '');
  await r.change(page.getByLabel('To come in date'), '15/07/2026');
  await r.click(page.getByRole('button', { name: 'Add to waiting list' }));
  return r.json();
}

async function recordSearchByKey(): Promise<string> {
  const { page, sim: s } = sim;
  const r = await ChromeRecording.start(page, 'Recording 01/12/2026 at 10:04:33'); // Chrome's own default name
  await r.navigate(`${s.url}/patients/search`);
  await r.change(page.getByLabel('NHS number'), '999 000 0018');
  await page.getByLabel('NHS number').focus();
  await r.key('Enter');
  return r.json();
}

beforeAll(async () => {
  const t0 = performance.now();
  browser = await launch();
  sim = await signedIn(browser, { variant: 'train', port: 0 });
  p = project([]);
  p.config({
    reference: 'train',
    environments: {
      train: { sim: { variant: 'train' }, writes: 'allowed', signIn: simSignIn() },
      'live-south': { sim: { variant: 'live-south' }, signIn: simSignIn() },
    },
  });
  mkdirSync(join(p.dir, 'recordings'));
  writeFileSync(join(p.dir, 'recordings', 'waiting-list.json'), await recordWaitingList());
  writeFileSync(join(p.dir, 'recordings', 'search-by-nhs-number.json'), await recordSearchByKey());
  console.log(`recorded in ${Math.round(performance.now() - t0)} ms`);
});

afterAll(async () => {
  await sim?.close();
  await browser?.close();
  cleanup(p?.dir);
});

describe('parity import of recordings made on the simulator', () => {
  it('reads the screens on train, writes journeys in the words of the screen, and they validate and run', async () => {
    const t0 = performance.now();
    const r = await cli(p.dir, ['import', 'recordings/waiting-list.json', 'recordings/search-by-nhs-number.json', '--out', 'specs', '--env', 'train']);
    const tImport = performance.now() - t0;
    expect(r.code, r.text).toBe(0);
    const j = parse(readFileSync(join(p.dir, 'specs', 'add-to-waiting-list.yaml'), 'utf8'));
    expect(j.start).toBe('/home'); // the recording's host (the test's own simulator) is gone
    expect(j.steps.map((s: { name: string }) => s.name)).toEqual([
      'Home', 'Find patient', 'Find patient, after Search', 'Patient summary', 'Add to waiting list', 'Patient summary, after Add to waiting list',
    ]);
    const actions = j.steps.flatMap((s: { actions?: unknown[] }) => s.actions ?? []);
    expect(actions).toEqual([
      { click: { role: 'menuitem', name: 'Find patient' } }, // the role from Chromium's tree: the recording had the name only
      { fill: { label: 'NHS number', value: '999 000 0042' } },
      { click: { role: 'button', name: 'Search' } },
      // a patient's name is data that differs per environment: the first record of the results is what was meant
      { click: { role: 'link', within: { role: 'table', name: 'Patient search results' } } },
      { click: { role: 'link', name: 'Add to waiting list' } },
      { select: { label: 'Specialty', option: '110 Trauma & Orthopaedics' } }, // recorded as the option's value; the words read from the page
      { fill: { label: 'Planned procedure', value: 'Total knee replacement' } },
      { check: { role: 'radio', name: '1 Overnight' } },
      { select: { label: 'Priority', option: '1 Routine' } },
      { fill: { label: 'To come in date', value: '15/07/2026' } },
      { click: { role: 'button', name: 'Add to waiting list' } },
    ]);
    // The save was seen as a POST while the screens were read: the step is skipped where writes are blocked.
    expect(j.steps.map((s: { commits?: boolean }) => s.commits ?? false)).toEqual([false, false, false, false, false, true]);
    const k = parse(readFileSync(join(p.dir, 'specs', 'search-by-nhs-number.yaml'), 'utf8'));
    expect(k.title).toBe('Search by nhs number'); // Chrome's default title names nothing: the file does
    expect(k.steps[1]).toEqual({ name: 'Find patient, after Enter', actions: [{ press: 'Enter' }] });
    expect(r.stderr.filter((l) => /IMPORT_CSS_FALLBACK/.test(l))).toEqual([]);

    const v = await cli(p.dir, ['validate']);
    expect(v.code, v.text).toBe(0);
    const t1 = performance.now();
    const run = await cli(p.dir, ['run', '--out', 'run', '--reporter', 'json', '--workers', '2']);
    const tRun = performance.now() - t1;
    expect(run.code, run.text).toBe(0);
    const report = JSON.parse(readFileSync(join(p.dir, 'run', 'report', 'report.json'), 'utf8')) as { journeys?: unknown };
    expect(report).toBeTruthy();
    expect(run.text).toMatch(/passed\s+train\s+add-to-waiting-list \(6 steps\)/);
    expect(run.text).toMatch(/passed\s+live-south\s+add-to-waiting-list \(6 steps\)/);
    expect(run.text).toMatch(/passed\s+live-south\s+search-by-nhs-number \(2 steps\)/);
    console.log(`import --env ${Math.round(tImport)} ms, run ${Math.round(tRun)} ms`);
  }, 300_000);
});
