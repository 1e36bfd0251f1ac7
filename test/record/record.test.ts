// parity record, end to end on the simulator: the real CLI records in a real Chromium (headless,
// reached through its debugging port, see person.ts) while the test clicks, types and chooses in
// the page and uses the overlay; the journey written is checked step by step and locator by
// locator, and then run back with `parity run`, where it must pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanup, cli, project, simSignIn, type Project } from '../e2e/helpers-run.js';
import { asPerson, freePort, overlay } from './person.js';

let p: Project;
let debugPort: number;

beforeAll(async () => {
  debugPort = await freePort();
  p = project([]);
  p.config({
    reference: 'train',
    environments: { train: { sim: { variant: 'train' }, writes: 'allowed', signIn: simSignIn() } },
    browser: { args: [`--remote-debugging-port=${debugPort}`] },
  });
});
afterAll(() => cleanup(p?.dir));

describe('parity record', () => {
  it('writes the steps a person takes, in the words of the screens, and the journey runs back', async () => {
    const [r] = await Promise.all([
      cli(p.dir, ['record', '--env', 'train', '--start', '/home', '--out', 'specs/add-to-waiting-list.yaml', '--headless']),
      asPerson(debugPort, /\/home$/, async (page) => {
        await page.getByRole('menuitem', { name: 'Find patient' }).click();
        await page.waitForURL(/\/patients\/search$/);
        await page.getByLabel('NHS number').fill('999 000 0042');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.getByRole('table', { name: 'Patient search results' }).waitFor();
        // "Check this", then the message: an expectation, and the click does nothing on the page.
        await overlay(page).getByRole('button', { name: 'Check this' }).click();
        await page.getByRole('status').filter({ hasText: 'patient found' }).click();
        await page.getByRole('table', { name: 'Patient search results' }).getByRole('link').first().click();
        await page.getByRole('link', { name: 'Add to waiting list' }).click();
        await page.getByLabel('Specialty').selectOption({ label: '110 Trauma & Orthopaedics' });
        await page.getByLabel('Planned procedure').fill('Total knee replacement');
        await page.getByRole('radio', { name: '1 Overnight' }).check();
        await page.getByLabel('Priority').selectOption({ label: '1 Routine' });
        await page.getByLabel('To come in date').fill('15/07/2026');
        await overlay(page).getByRole('button', { name: 'New step here' }).click();
        await overlay(page).getByLabel('Step name').fill('Save the entry');
        await overlay(page).getByRole('button', { name: 'Add step' }).click();
        await page.getByRole('button', { name: 'Add to waiting list' }).click();
        await page.waitForURL(/\/patients\/[^/]+$/);
        await overlay(page).getByRole('button', { name: 'Finish recording' }).click();
      }),
    ]);
    expect(r.code, r.text).toBe(0);
    const text = readFileSync(join(p.dir, 'specs', 'add-to-waiting-list.yaml'), 'utf8');
    console.log(text);
    const j = parse(text);
    expect(j.journey).toBe('add-to-waiting-list');
    expect(j.start).toBe('/home');
    const run = await cli(p.dir, ['run', '--out', 'run', '--reporter', 'json', '--journey', 'add-to-waiting-list']);
    expect(run.code, run.text).toBe(0);
  }, 300_000);
});
