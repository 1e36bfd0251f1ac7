// parity record, end to end on the simulator: the real CLI records in a real Chromium (headless,
// reached through its debugging port, see person.ts) while the test clicks, types and chooses in
// the page and uses the overlay; the journey written is checked step by step and locator by
// locator, and then run back with `parity run`, where it must pass.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanup, cli, project, simSignIn, type Project } from '../e2e/helpers-run.js';
import { startSim } from '../../src/sim/index.js';
import { asPerson, freePort, overlay } from './person.js';

let p: Project;
let debugPort: number;

/** A page of two buttons with the same words, a tick box, and a control with no words at all. */
const WARD_TASKS = `<!doctype html><html lang="en"><head><title>Ward tasks</title></head><body>
<h1>Ward tasks</h1>
<div><p>Bed 1 <button onclick="this.parentNode.append(' Bed 1 done')">Done</button></p><p>Bed 2 <button onclick="this.parentNode.append(' Bed 2 done')">Done</button></p></div>
<label><input type="checkbox" checked> Show discharged</label>
<div class="refresh" style="cursor:pointer;width:24px;height:24px;background:#ccc" onclick="document.getElementById('out').textContent='Refreshed'"></div>
<p id="out"></p>
</body></html>`;

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
        await (await overlay(page)).getByRole('button', { name: 'Check this' }).click();
        await page.getByRole('status').filter({ hasText: 'patient found' }).click();
        await page.getByRole('table', { name: 'Patient search results' }).getByRole('link').first().click();
        await page.getByRole('link', { name: 'Add to waiting list' }).click();
        await page.getByLabel('Specialty').selectOption({ label: '110 Trauma & Orthopaedics' });
        await page.getByLabel('Planned procedure').fill('Total knee replacement');
        await page.getByRole('radio', { name: '1 Overnight' }).check();
        await page.getByLabel('Priority').selectOption({ label: '1 Routine' });
        await page.getByLabel('To come in date').fill('15/07/2026');
        await (await overlay(page)).getByRole('button', { name: 'New step here' }).click();
        await (await overlay(page)).getByLabel('Step name').fill('Save the entry');
        await (await overlay(page)).getByRole('button', { name: 'Add step' }).click();
        await page.getByRole('button', { name: 'Add to waiting list' }).click();
        await page.waitForURL(/\/patients\/[^/]+$/);
        await (await overlay(page)).getByRole('button', { name: 'Finish recording' }).click();
      }),
    ]);
    expect(r.code, r.text).toBe(0);
    const text = readFileSync(join(p.dir, 'specs', 'add-to-waiting-list.yaml'), 'utf8');
    const j = parse(text);
    expect({ journey: j.journey, title: j.title, tags: j.tags, start: j.start }).toEqual({ journey: 'add-to-waiting-list', title: 'Add to waiting list', tags: ['recorded'], start: '/home' });
    expect(j.steps.map((s: { name: string }) => s.name)).toEqual(['Home', 'Find patient', 'Find patient, after Search', 'Patient summary', 'Add to waiting list', 'Save the entry']);
    expect(j.steps.map((s: { actions?: unknown[] }) => s.actions ?? [])).toEqual([
      [],
      [{ click: { role: 'menuitem', name: 'Find patient' } }, { fill: { label: 'NHS number', value: '999 000 0042' } }],
      // the click that led to a screen begins its step; "Check this" on the message is an expectation
      [{ click: { role: 'button', name: 'Search' } }, { expect: { target: { text: '1 patient found' }, visible: true } }],
      // a patient's name differs in every environment: the first record of the results is what was meant
      [{ click: { role: 'link', within: { role: 'table', name: 'Patient search results' } } }],
      [
        { click: { role: 'link', name: 'Add to waiting list' } },
        { select: { label: 'Specialty', option: '110 Trauma & Orthopaedics' } }, // the option's words, not its value
        { fill: { label: 'Planned procedure', value: 'Total knee replacement' } },
        { check: { role: 'radio', name: '1 Overnight' } },
        { select: { label: 'Priority', option: '1 Routine' } },
        { fill: { label: 'To come in date', value: '15/07/2026' } },
      ],
      // "New step here": the person's name; the save sent a POST, so the step commits
      [{ click: { role: 'button', name: 'Add to waiting list' } }],
    ]);
    expect(j.steps.map((s: { commits?: boolean }) => s.commits ?? false)).toEqual([false, false, false, false, false, true]);
    expect(text).not.toMatch(/css:/);
    expect(r.stdout.join('\n')).toContain('wrote specs/add-to-waiting-list.yaml (finished): 6 steps, 12 actions');

    expect((await cli(p.dir, ['validate'])).code).toBe(0);
    const run = await cli(p.dir, ['run', '--out', 'run-1', '--reporter', 'json', '--journey', 'add-to-waiting-list']);
    expect(run.code, run.text).toBe(0);
    expect(run.text).toMatch(/passed\s+train\s+add-to-waiting-list \(6 steps\)/);

    // The file is there now: recording again without --force stops before a browser opens.
    const again = await cli(p.dir, ['record', '--env', 'train', '--out', 'specs/add-to-waiting-list.yaml', '--headless']);
    expect(again.code).toBe(2);
    expect(again.stderr[0]).toMatch(/RECORD_EXISTS/);
  }, 300_000);

  it('a password typed while recording becomes ${secret.NAME}, is written nowhere, and the journey signs in with it', async () => {
    const secret = 'hunter2-never-written';
    p.config({
      reference: 'open', // no signIn: the recording starts at the sign-in page
      environments: { open: { sim: { variant: 'train' }, writes: 'allowed' } },
      browser: { args: [`--remote-debugging-port=${debugPort}`] },
    });
    const [r] = await Promise.all([
      cli(p.dir, ['record', '--env', 'open', '--start', '/login', '--out', 'specs/sign-in.yaml', '--title', 'Sign in and find a patient', '--headless']),
      asPerson(debugPort, /\/login$/, async (page) => {
        await page.getByLabel('Username').fill('trainer1');
        await page.getByLabel('Password').fill(secret);
        await page.getByLabel('Password').press('Enter');
        await page.waitForURL(/\/home$/);
        await page.getByRole('menuitem', { name: 'Find patient' }).click();
        await page.waitForURL(/\/patients\/search$/);
        await page.close(); // closing the window ends the recording too
      }),
    ]);
    expect(r.code, r.text).toBe(0);
    const text = readFileSync(join(p.dir, 'specs', 'sign-in.yaml'), 'utf8');
    expect(text).not.toContain(secret);
    expect(r.text).not.toContain(secret);
    const j = parse(text);
    expect(j.title).toBe('Sign in and find a patient');
    expect(j.start).toBe('/login');
    expect(j.steps.map((s: { name: string; actions?: unknown[] }) => [s.name, s.actions ?? []])).toEqual([
      ['Sign in', [{ fill: { label: 'Username', value: 'trainer1' } }, { fill: { label: 'Password', value: '${secret.PASSWORD}' } }]],
      ['Home', [{ press: 'Enter' }]],
      ['Find patient', [{ click: { role: 'menuitem', name: 'Find patient' } }]],
    ]);
    expect(r.stdout.join('\n')).toContain('(the browser window was closed)');
    const run = await cli(p.dir, ['run', '--out', 'run-2', '--reporter', 'json', '--journey', 'sign-in'], { PASSWORD: 'another-password' });
    expect(run.code, run.text).toBe(0);
    expect(run.text).toMatch(/passed\s+open\s+sign-in \(3 steps\)/);
  }, 300_000);

  it('says which of several it was (nth), unticks a box, and falls back to CSS, with a comment, only where no words name the element', async () => {
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(WARD_TASKS);
    });
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok));
    try {
      p.config({
        reference: 'wards',
        environments: { wards: { baseUrl: `http://127.0.0.1:${(site.address() as AddressInfo).port}` } },
        browser: { args: [`--remote-debugging-port=${debugPort}`] },
      });
      const [r] = await Promise.all([
        cli(p.dir, ['record', '--env', 'wards', '--out', 'specs/ward-tasks.yaml', '--headless']),
        asPerson(debugPort, /\/$/, async (page) => {
          await page.getByRole('button', { name: 'Done' }).nth(1).click();
          await page.getByText('Bed 2 done').waitFor(); // the click reached the page's own handler
          await page.getByRole('checkbox', { name: 'Show discharged' }).uncheck();
          await page.locator('.refresh').click();
          await page.getByText('Refreshed').waitFor();
          await (await overlay(page)).getByRole('button', { name: 'Finish recording' }).click();
        }),
      ]);
      expect(r.code, r.text).toBe(0);
      const text = readFileSync(join(p.dir, 'specs', 'ward-tasks.yaml'), 'utf8');
      expect(parse(text).steps).toEqual([{
        name: 'Ward tasks',
        actions: [
          { click: { role: 'button', name: 'Done', nth: 1 } },
          { uncheck: { role: 'checkbox', name: 'Show discharged' } },
          { click: { css: 'body > div:nth-of-type(2)' } },
        ],
      }]);
      expect(text).toContain('# CSS: no words on screen name this element alone');
      expect(r.stdout.join('\n')).toContain('1 found by CSS (see the comments)');
      const run = await cli(p.dir, ['run', '--out', 'run-3', '--reporter', 'json', '--journey', 'ward-tasks']);
      expect(run.code, run.text).toBe(0);
    } finally {
      site.close();
    }
  }, 300_000);

  it('on an environment that does not allow writes, a write the page attempts while recording is refused before it leaves the machine', async () => {
    const live = await startSim({ variant: 'live-south', port: 0 });
    try {
      p.config({
        reference: 'live',
        environments: { live: { baseUrl: live.url, signIn: simSignIn() } }, // writes: blocked, the default
        browser: { args: [`--remote-debugging-port=${debugPort}`] },
      });
      let sent: unknown;
      const [r] = await Promise.all([
        cli(p.dir, ['record', '--env', 'live', '--start', '/home', '--out', 'specs/live-search.yaml', '--headless']),
        asPerson(debugPort, /\/home$/, async (page) => {
          await page.getByRole('menuitem', { name: 'Find patient' }).click();
          await page.waitForURL(/\/patients\/search$/);
          // The page's own script tries to save something.
          sent = await page.evaluate(() => fetch('/patients/search', { method: 'POST', body: 'nhs=9990000042' }).then((x) => x.status, () => 'failed'));
          await (await overlay(page)).getByRole('button', { name: 'Finish recording' }).click();
        }),
      ]);
      expect(r.code, r.text).toBe(0);
      expect(sent).toBe('failed');
      // Only the sign-in's own POST reached the environment; the page's never did.
      expect(live.requests.filter((q) => q.method !== 'GET')).toEqual([{ method: 'POST', path: '/login' }]);
      expect(r.stderr.join('\n')).toMatch(/refused POST \/patients\/search: live does not allow writes/);
      expect(r.stdout.join('\n')).toContain('1 request refused by the write guard: POST /patients/search');
      const j = parse(readFileSync(join(p.dir, 'specs', 'live-search.yaml'), 'utf8'));
      // The write came after the click that opened the screen: that step is the one that commits.
      expect(j.steps).toEqual([{ name: 'Home' }, { name: 'Find patient', commits: true, actions: [{ click: { role: 'menuitem', name: 'Find patient' } }] }]);
    } finally {
      await live.close();
    }
  }, 300_000);
});
