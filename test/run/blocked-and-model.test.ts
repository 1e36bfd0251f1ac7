// When the trained route does not exist (blocked, with what was there instead), and what the
// capture records about a page: the form model, page identity and the page's own problems.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { useBrowserAndApp, act, journey, run, why } from './harness.js';
import type { FormControl } from '../../src/model/capture.js';

const shared = useBrowserAndApp();

const find = (cs: FormControl[], role: string, name: string) => {
  const c = cs.find((x) => x.role === role && x.name === name);
  if (!c) throw new Error(`no ${role} '${name}' in ${cs.map((x) => `${x.role}:${x.name}`).join(', ')}`);
  return c;
};

describe('a missing element', () => {
  it('blocks the step with the error, a screenshot of the screen, the nearest candidates, and stops the journey', async () => {
    const out = await run(shared.browser, shared.app.url, journey('book', [
      { name: 'Open form', actions: [act.fill({ label: 'Surname' }, 'Testpatient')] },
      { name: 'Book', actions: [act.click({ role: 'button', name: 'Book', exact: true })] },
      { name: 'Confirm', actions: [act.click({ role: 'button', name: 'Cancel' })] },
    ], '/form.html'), { config: { capture: { values: false, fullPage: true, actionTimeoutMs: 1500, navigationTimeoutMs: 10_000, retries: 2, continuePastBlocks: true } } });
    expect(out.result.status).toBe('blocked');
    expect(out.result.steps.map((s) => s.status)).toEqual(['captured', 'blocked']); // 'Confirm' never ran
    expect(out.journeyJson().status).toBe('blocked');
    const c = out.capture(1);
    expect(c.status).toBe('blocked');
    expect(c.blocked).toMatchObject({ actionIndex: 0, action: expect.stringContaining('Book') });
    expect(c.blocked!.error).toMatch(/button 'Book' is not on the screen/);
    expect(c.blocked!.candidates[0]).toMatchObject({ role: 'button', name: 'Book appointment' });
    expect(c.blocked!.candidates.map((x) => x.name)).toContain('Cancel');
    expect(c.blocked!.candidates.every((x) => x.role === 'button')).toBe(true);
    // What was on the screen instead
    const png = readFileSync(join(out.stepDir(1), 'screenshot.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(c.identity!.mainHeading).toBe('Register patient');
    expect(existsSync(join(out.root, 'captures/live/book/02-confirm'))).toBe(false);
  });

  it('a name given without exact matches the one element whose name contains it', async () => {
    const out = await run(shared.browser, shared.app.url, journey('book-loose', [
      { name: 'Book', actions: [act.click({ role: 'button', name: 'Book' })] },
    ], '/form.html'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
  });

  it('a disabled button blocks the step and says so', async () => {
    const out = await run(shared.browser, shared.app.url, journey('disabled', [
      { name: 'Save', actions: [act.click({ role: 'button', name: 'Save', exact: true })] },
    ], '/form.html'));
    const c = out.capture(0);
    expect(c.status).toBe('blocked');
    expect(c.blocked!.error).toMatch(/disabled/);
  });

  it('an option missing from a native select blocks with the options that are there', async () => {
    const out = await run(shared.browser, shared.app.url, journey('no-option', [
      { name: 'Ethnicity', actions: [act.select({ label: 'Ethnic category' }, 'C Any other White background')] },
    ], '/form.html'));
    const c = out.capture(0);
    expect(c.status).toBe('blocked');
    expect(c.blocked!.error).toMatch(/no option 'C Any other White background' \(it offers 'Choose…', 'A White British', 'B White Irish', 'Z Not stated'\)/);
  });
});

describe('the capture of a page', () => {
  it('records the form model: role, name, required, disabled, options of selects, radio groups and listboxes, boxes', async () => {
    const out = await run(shared.browser, shared.app.url, journey('model', [
      { name: 'Fill', actions: [act.select({ label: 'Ethnic category' }, 'B White Irish'), act.check({ label: 'Interpreter required' })] },
    ], '/form.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
    const cs = c.controls;
    expect(find(cs, 'textbox', 'Surname')).toMatchObject({ required: true, disabled: false, tag: 'input', type: 'text', nameAttr: 'surname', region: 'Registration' });
    expect(find(cs, 'textbox', 'Forename').required).toBe(false);
    expect(find(cs, 'textbox', 'NHS number').description).toBe('Ten digits');
    expect(find(cs, 'combobox', 'Ethnic category')).toMatchObject({ tag: 'select', options: ['Choose…', 'A White British', 'B White Irish', 'Z Not stated'], value: 'B White Irish' });
    expect(find(cs, 'radiogroup', 'Sex')).toMatchObject({ options: ['Female', 'Male', 'Not known'], required: true });
    expect(find(cs, 'radio', 'Female')).toMatchObject({ region: 'Sex', checked: false });
    expect(find(cs, 'listbox', 'Priority').options).toEqual(['Routine', 'Urgent', 'Two-week wait']);
    expect(find(cs, 'checkbox', 'Interpreter required').checked).toBe(true);
    expect(find(cs, 'button', 'Save')).toMatchObject({ disabled: true });
    expect(find(cs, 'button', 'Print wristband')).toMatchObject({ visibleText: 'Print', disabled: false });
    for (const x of cs) {
      expect(x.box.width, `${x.role} ${x.name}`).toBeGreaterThan(0);
      expect(x.box.height, `${x.role} ${x.name}`).toBeGreaterThan(0);
    }
    // boxes are in page order: Surname above Forename
    expect(find(cs, 'textbox', 'Surname').box.y).toBeLessThan(find(cs, 'textbox', 'Forename').box.y);
    expect(cs.map((x) => x.order)).toEqual(cs.map((_, i) => i));
  });

  it('records page identity: headings, buttons, links, menu entries, messages, table column and row headers, an open dialog', async () => {
    const out = await run(shared.browser, shared.app.url, journey('identity', [
      { name: 'Open', actions: [] },
      { name: 'Allergies', actions: [act.click({ role: 'button', name: 'Show allergies' })] },
    ], '/form.html'));
    const id = out.capture(0).identity!;
    expect(id).toMatchObject({ path: '/form.html', title: 'Register patient – PAS', mainHeading: 'Register patient' });
    expect(id.headings).toEqual(['1 Register patient', '2 Demographics']);
    expect(id.buttons).toEqual(['Print wristband', 'Show allergies', 'Book appointment', 'Cancel', 'Save']);
    expect(id.menuItems).toEqual(['Home', 'Worklist', 'File', 'Patient']);
    expect(id.links).toEqual([]);
    expect(id.messages).toEqual(['NHS number is required']);
    expect(id.tableHeaders).toEqual([['Date', 'Clinic', 'Consultant']]);
    expect(id.tableRows).toEqual([['Total']]); // a row header in the body, not a data cell
    expect(id.dialog).toBeUndefined();
    const open = out.capture(1);
    expect(open.identity!.dialog).toBe('Allergies');
    expect(find(open.controls, 'textbox', 'Reaction').region).toBe('Allergies');
    expect(open.identity!.headings).toContain('2 Allergies');
  });

  it('records console errors, uncaught exceptions and failed requests (404)', async () => {
    const out = await run(shared.browser, shared.app.url, journey('errors', [{ name: 'Worklist', actions: [] }], '/errors.html'));
    const p = out.capture(0).problems;
    expect(p.consoleErrors).toContain('worklist: feed timed out');
    expect(p.pageErrors).toContain('worklist widget crashed');
    // What the request was for is recorded too: a missing image is an asset, not the page failing.
    expect(p.failedRequests).toContainEqual({ url: '/img/missing-logo.png', method: 'GET', status: 404, resource: 'image' });
    expect(p.blockedWrites).toEqual([]);
  });
});
