// The cases real web applications throw at a runner, each on its own fixture page, driven by
// runJourney in real Chromium and judged from what it left on disk.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CLINICS, PRACTICES } from './webapp-server.js';
import { useBrowserAndApp, act, journey, run, why } from './harness.js';

const shared = useBrowserAndApp();

describe('real web applications', () => {
  it('fills and clicks inside an open shadow root (web component) and captures its controls', async () => {
    const out = await run(shared.browser, shared.app.url, journey('shadow', [
      { name: 'Search', actions: [
        act.fill({ label: 'Hospital number' }, 'H123456'),
        act.click({ role: 'button', name: 'Find patient' }),
        act.expect({ role: 'status' }, { text: 'Searching for H123456' }),
      ] },
    ], '/shadow.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
    expect(c.controls).toContainEqual(expect.objectContaining({ role: 'textbox', name: 'Hospital number', label: 'Hospital number', required: true, tag: 'input' }));
    // all twelve result rows drawn in the shadow root, one per frame, are in the capture
    expect(c.identity!.buttons).toEqual(['Find patient', ...Array.from({ length: 12 }, (_, i) => `Open record ${i + 1}`)]);
    expect(c.identity!.messages).toContain('Searching for H123456');
  });

  it('selects from a custom ARIA combobox whose options arrive ~300 ms after it opens', async () => {
    const out = await run(shared.browser, shared.app.url, journey('combo', [
      { name: 'Choose clinic', actions: [
        act.select({ role: 'combobox', name: 'Clinic' }, 'Dermatology'),
        act.expect({ role: 'status' }, { text: 'Clinic chosen: Dermatology' }),
        act.expect({ role: 'combobox', name: 'Clinic' }, { value: 'Dermatology' }),
      ] },
    ], '/combobox.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
    // The list is closed again, but its options are in the page: the combobox records them.
    expect(c.controls).toContainEqual(expect.objectContaining({ role: 'combobox', name: 'Clinic', options: CLINICS }));
    expect(shared.app.requests).toContainEqual({ method: 'GET', path: '/api/clinics' });
  });

  it('follows client-side routing (pushState, no page load) and captures the new view once its data is drawn', async () => {
    const before = shared.app.requests.length;
    const out = await run(shared.browser, shared.app.url, journey('routing', [
      { name: 'List', actions: [act.expect({ role: 'heading', name: 'Patient list' }, { visible: true })] },
      { name: 'Details', actions: [act.click({ role: 'link', name: 'Open record' }), act.expect(undefined, { url: '/details' })] },
    ], '/app/patients'));
    expect(out.result.status).toBe('passed');
    const c = out.capture(1);
    expect(c.status, why(c)).toBe('captured');
    expect(c.identity).toMatchObject({ path: '/app/patients/:id/details', mainHeading: 'Patient details' });
    expect(c.identity!.texts).toContain('Ward: Ward 7B');
    const paths = shared.app.requests.slice(before).map((r) => r.path);
    expect(paths).toContain('/api/patient/4711');
    expect(paths).not.toContain('/app/patients/4711/details'); // the browser never loaded it as a page
  });

  it('matches labels and names holding NBSP, soft hyphens and zero-width spaces by their visible words', async () => {
    const out = await run(shared.browser, shared.app.url, journey('invisible', [
      { name: 'Admit', actions: [
        act.fill({ label: 'Date of birth' }, '01/02/1990'),
        act.fill({ label: 'Ward', exact: true }, '7B'),
        act.click({ role: 'button', name: 'Save and continue', exact: true }),
        act.expect({ text: 'Saved 01/02/1990 on 7B' }, { visible: true }),
      ] },
    ], '/invisible.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
    const names = c.controls.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Date of birth', 'Ward', 'Save and continue']));
    expect(c.identity!.mainHeading).toBe('Admission');
  });

  it('waits for a page that redraws itself ~200 ms after load and after a transition', async () => {
    const out = await run(shared.browser, shared.app.url, journey('redraw', [
      // One step: no capture (which settles too) between the transition and the next click.
      { name: 'Start and continue', actions: [
        act.click({ role: 'button', name: 'Start referral' }),
        act.click({ role: 'button', name: 'Continue' }),
        act.expect({ role: 'status' }, { text: 'Referral sent' }),
      ] },
    ], '/redraw.html'));
    expect(out.result.status, JSON.stringify(out.result)).toBe('passed');
    expect(out.capture(0).identity!.messages).toEqual(['Referral sent']);
  });

  it('clicks as a person does: press, pause, release (a widget ignores presses under 20 ms)', async () => {
    const out = await run(shared.browser, shared.app.url, journey('press', [
      { name: 'Sign', actions: [act.click({ role: 'button', name: 'Sign order' }), act.expect({ role: 'status' }, { text: 'Order signed' })] },
    ], '/press.html'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
  });

  it('the press-pause widget really does ignore an instant click (the fixture can tell)', async () => {
    const page = await shared.browser.newPage();
    try {
      await page.goto(new URL('/press.html', shared.app.url).href);
      await page.getByRole('button', { name: 'Sign order' }).click({ delay: 0 });
      await page.waitForTimeout(50);
      expect(await page.locator('#st').textContent()).toBe('');
    } finally {
      await page.close();
    }
  });

  it('types into an autocomplete combobox that opens only on input, then picks the option', async () => {
    const out = await run(shared.browser, shared.app.url, journey('autocomplete', [
      { name: 'Practice', actions: [
        act.select({ role: 'combobox', name: 'GP practice' }, 'Riverside Surgery'),
        act.expect({ role: 'status' }, { text: 'Practice: Riverside Surgery' }),
      ] },
    ], '/widgets.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
    expect(c.controls).toContainEqual(expect.objectContaining({ role: 'combobox', name: 'GP practice', options: PRACTICES.slice(0, 1) }));
  });

  it('checks radios and checkboxes whose input is clipped away (people click the label), and custom ARIA radios', async () => {
    const out = await run(shared.browser, shared.app.url, journey('toggles', [
      { name: 'Options', actions: [
        act.check({ role: 'radio', name: 'Taxi' }),
        act.check({ label: 'Escort needed' }),
        act.check({ role: 'radio', name: 'Ex-smoker' }),
      ] },
    ], '/widgets.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
    const byName = (n: string) => c.controls.find((x) => x.name === n);
    expect(byName('Taxi')).toMatchObject({ role: 'radio', checked: true });
    expect(byName('Ambulance')).toMatchObject({ role: 'radio', checked: false });
    expect(byName('Escort needed')).toMatchObject({ role: 'checkbox', checked: true });
    expect(byName('Ex-smoker')).toMatchObject({ role: 'radio', checked: true });
    expect(c.controls).toContainEqual(expect.objectContaining({ role: 'radiogroup', name: 'Transport', options: ['Ambulance', 'Taxi'] }));
    expect(c.controls).toContainEqual(expect.objectContaining({ role: 'radiogroup', name: 'Smoking status', required: true, options: ['Never smoked', 'Ex-smoker', 'Current smoker'] }));
  });

  it('waits for an element that appears late, outside any timer the settle wait can see', async () => {
    const out = await run(shared.browser, shared.app.url, journey('late', [
      { name: 'Acknowledge', actions: [act.click({ role: 'button', name: 'Acknowledge result' }), act.expect({ role: 'status' }, { text: 'Result acknowledged' })] },
    ], '/late.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
    expect(existsSync(join(out.stepDir(0), 'screenshot.png'))).toBe(true);
  });
});
