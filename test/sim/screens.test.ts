// Every screen of every variant answers, deterministically; the behaviour a PAS must have holds:
// sign-in without echoing the password, NHS number validation, a slot booked once only, and the
// custom combobox and the booking dialog work with the keyboard and the mouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { launch, signedIn, VARIANTS, type Signed } from './helpers.js';

const SCREENS = [
  '/home', '/patients/search', '/patients/search?nhs=9990000018', '/patients/search?surname=smi', '/patients/M1000001', '/patients/new',
  '/patients/M1000001/referrals/new', '/patients/M1000001/appointments/new', '/patients/M1000001/appointments/new?clinic=CARD1+Cardiology+new+patient+clinic+%E2%80%93+Dr+A+Patel',
  '/appointments/A000001', '/appointments/A000001/outcome', '/patients/M1000001/waiting-list/new', '/patients/M1000001/admit',
  '/patients/M1000001/allergies/new', '/reports/rtt', '/reports/rtt?month=May+2026', '/reports/cds-020', '/reports/cds-020?from=01%2F05%2F2026&to=31%2F05%2F2026',
  '/clinics', '/wards', '/waiting-list',
];

async function cookieFor(sim: RunningSim, variant: string): Promise<string> {
  const r = await fetch(`${sim.url}/login`, { method: 'POST', body: 'username=trainer1&password=pw', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  if (variant === 'live-shared') await fetch(`${sim.url}/trust`, { method: 'POST', body: 'trust=RZW', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
  return cookie;
}

describe('every screen of every variant (HTTP)', () => {
  for (const variant of VARIANTS) {
    it(`${variant}: answers 200 with a title and one h1, the same bytes twice, and a TRAINING banner only on train`, async () => {
      const a = await startSim({ variant }), b = await startSim({ variant });
      try {
        const [ca, cb] = [await cookieFor(a, variant), await cookieFor(b, variant)];
        for (const path of SCREENS) {
          const [ra, rb] = await Promise.all([fetch(a.url + path, { headers: { cookie: ca } }), fetch(b.url + path, { headers: { cookie: cb } })]);
          const [ta, tb] = [await ra.text(), await rb.text()];
          expect(ra.status, path).toBe(200);
          expect(ta, path).toBe(tb); // two servers, same requests: byte for byte
          expect(ta.match(/<h1>/g)?.length, path).toBe(1);
          expect(ta, path).toMatch(/<title>[^<]+ - Meridian PAS<\/title>/);
          expect(ta.includes('TRAINING DOMAIN'), path).toBe(variant === 'train');
          expect(ta, path).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/); // no external assets
        }
        expect(a.requests.every((r) => r.method !== 'POST' || r.path === '/login' || r.path === '/trust')).toBe(true);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  }

  it('sends a signed-out person to the sign-in page, and answers 404 for an unknown patient', async () => {
    const sim = await startSim({ variant: 'train' });
    try {
      const r = await fetch(`${sim.url}/patients/M1000001`, { redirect: 'manual' });
      expect(r.status).toBe(303);
      expect(r.headers.get('location')).toBe('/login');
      const cookie = await cookieFor(sim, 'train');
      expect((await fetch(`${sim.url}/patients/M9999999`, { headers: { cookie } })).status).toBe(404);
    } finally {
      await sim.close();
    }
  });

  it('books a slot once; a second booking of the same slot fails with 409 and a message', async () => {
    const sim = await startSim({ variant: 'train' });
    try {
      const cookie = await cookieFor(sim, 'train');
      const body = new URLSearchParams({ clinic: 'CARD1 Cardiology new patient clinic \u2013 Dr A Patel', type: 'New', slot: '2026-06-02 10:00' }).toString();
      const post = (mrn: string) => fetch(`${sim.url}/patients/${mrn}/appointments/new`, { method: 'POST', body, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
      const first = await post('M1000001');
      expect(first.status).toBe(303);
      expect(first.headers.get('location')).toMatch(/^\/appointments\/A\d+\?done=booked$/);
      const second = await post('M1000003');
      expect(second.status).toBe(409);
      expect(await second.text()).toContain('role="alert">This slot has already been booked');
    } finally {
      await sim.close();
    }
  });
});

describe('in the browser', () => {
  let browser: Browser;
  let s: Signed;
  beforeAll(async () => {
    browser = await launch();
    s = await signedIn(browser, { variant: 'train' });
  });
  afterAll(async () => { await s?.close(); await browser?.close(); });

  it('never writes the password back into a page', async () => {
    const page = s.page;
    await page.goto(`${s.sim.url}/login`);
    await page.getByLabel('Password').fill('hunter2-secret');
    await page.getByRole('button', { name: 'Sign in' }).click(); // no username: the form comes back
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Enter your username' }).count()).toBe(1);
    expect(await page.content()).not.toContain('hunter2-secret');
    await expect.poll(() => page.getByLabel('Password').inputValue()).toBe('');
  });

  it('checks an NHS number by modulus 11, with the message next to the field', async () => {
    const page = s.page;
    await page.goto(`${s.sim.url}/patients/search`);
    await page.getByLabel('NHS number').fill('987 654 4321');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const field = page.getByLabel('NHS number');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const msgId = await field.getAttribute('aria-errormessage');
    await expect.poll(() => page.locator(`#${msgId}`).getAttribute('role')).toBe('alert');
    await expect.poll(() => page.locator(`#${msgId}`).innerText()).toContain('not valid');
    await page.getByLabel('NHS number').fill('999 000 0018');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Patient search results' }).getByRole('link').allInnerTexts()).toEqual(['SMITH, Jane']);
  });

  it('marks required fields and shows each missing one next to it on save', async () => {
    const page = s.page;
    await page.goto(`${s.sim.url}/patients/new`);
    await expect.poll(() => page.getByLabel('Surname').getAttribute('aria-required')).toBe('true');
    expect(await page.getByLabel('Overseas visitor status').getAttribute('required')).toBeNull();
    await page.getByRole('button', { name: 'Save registration' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Enter surname' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Select ethnic category' }).count()).toBe(1);
    expect(s.sim.requests.some((r) => r.method === 'POST' && r.path === '/patients/new')).toBe(true);
  });

  it('runs the clinic combobox by keyboard, then the booking dialog, and books', async () => {
    const page = s.page;
    await page.goto(`${s.sim.url}/patients/M1000004/appointments/new`);
    const combo = page.getByRole('combobox', { name: 'Clinic' });
    await expect.poll(() => combo.getAttribute('aria-expanded')).toBe('false');
    await combo.focus();
    await page.keyboard.type('derm');
    await expect.poll(() => combo.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').allInnerTexts()).toEqual(['DERM2 Dermatology general clinic \u2013 Dr S Greene']);
    await page.keyboard.press('Enter');
    await page.waitForURL(/clinic=DERM2/);
    await page.getByRole('table', { name: 'Available slots' }).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Select a slot' }).waitFor({ state: 'visible' });
    await page.getByRole('radio', { name: 'Wed 03-Jun-2026 11:00' }).check();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm booking' });
    await expect.poll(() => dialog.getAttribute('aria-modal')).toBe('true');
    await expect.poll(() => dialog.innerText()).toContain('Wed 03-Jun-2026 11:00');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await dialog.getByRole('button', { name: 'Confirm booking' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Appointment booked');
    // the slot is now taken on the grid
    await page.goto(`${s.sim.url}/patients/M1000004/appointments/new?clinic=${encodeURIComponent('DERM2 Dermatology general clinic \u2013 Dr S Greene')}`);
    await expect.poll(() => page.getByRole('radio', { name: 'Wed 03-Jun-2026 11:00' }).count()).toBe(0);
  });

  it('opens the combobox by click and picks with the mouse; the menubar moves with arrow keys', async () => {
    const page = s.page;
    await page.goto(`${s.sim.url}/patients/M1000004/appointments/new`);
    await page.getByRole('combobox', { name: 'Clinic' }).click();
    await page.getByRole('listbox').waitFor({ state: 'visible' });
    await page.getByRole('option', { name: /^ENT1/ }).click();
    await page.waitForURL(/clinic=ENT1/);
    await expect.poll(() => page.getByRole('combobox', { name: 'Clinic' }).inputValue()).toMatch(/^ENT1 /);
    await page.goto(`${s.sim.url}/home`);
    await page.getByRole('menuitem', { name: 'Find patient' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('menuitem', { name: 'Register patient' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(s.errors).toEqual([]);
  });
});
