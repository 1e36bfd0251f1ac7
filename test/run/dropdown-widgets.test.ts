// `select` on the DOM patterns real widget libraries build (each fixture page reproduces one library
// of the corpus: Choices.js, SurveyJS, json-editor; and react-select, MUI, Headless UI and
// react-datepicker as their documentation renders them), driven by runJourney in real Chromium.
import { describe, expect, it } from 'vitest';
import { useBrowserAndApp, act, journey, run, why } from './harness.js';

const shared = useBrowserAndApp();

describe('select on custom drop-downs', () => {
  it('drives the widget a library drew over a hidden select, never the field whose label merely contains the words', async () => {
    const out = await run(shared.browser, shared.app.url, journey('hidden-select', [
      { name: 'Clinic', actions: [
        act.select({ label: 'Clinic' }, 'Wardley Health Centre'),
        act.expect({ role: 'status' }, { text: 'clinic: WARD' }),
        // 'Referring clinician' holds "clinic": it must not have been touched.
        act.expect({ label: 'Referring clinician' }, { value: '' }),
      ] },
    ], '/hidden-select-widget.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
  });

  it('adds entries to a multi-select whose replaced select is see-through, without pressing a chosen entry’s remove button', async () => {
    const out = await run(shared.browser, shared.app.url, journey('multi', [
      { name: 'Reasons', actions: [
        act.select({ label: 'Reasons for referral' }, 'Diagnosis'),
        act.select({ label: 'Reasons for referral' }, 'Second opinion'),
        act.expect({ role: 'status' }, { text: 'reasons: DIAG+SECO' }),
      ] },
    ], '/hidden-select-widget.html'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
  });

  it('picks by the option’s value when that is what the journey gives', async () => {
    const out = await run(shared.browser, shared.app.url, journey('by-value', [
      { name: 'Clinic', actions: [act.select({ label: 'Clinic' }, 'RIVR'), act.expect({ role: 'status' }, { text: 'clinic: RIVR' })] },
    ], '/hidden-select-widget.html'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
  });

  it('operates one control where three comboboxes nest under one title, below the fold, with a list that closes on scroll and loads late', async () => {
    const out = await run(shared.browser, shared.app.url, journey('nested', [
      { name: 'Ward', actions: [
        act.select({ label: 'Admitting ward' }, 'Ward 5C Respiratory'),
        act.expect({ role: 'status' }, { text: 'Ward chosen: Ward 5C Respiratory' }),
      ] },
    ], '/nested-combobox.html'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
  });

  it('opens it from the keyboard when a value box drawn over the input takes the pointer', async () => {
    const out = await run(shared.browser, shared.app.url, journey('overlay', [
      { name: 'Ward', actions: [
        act.select({ label: 'Admitting ward' }, 'Ward 4B Orthopaedics'),
        act.expect({ role: 'status' }, { text: 'Ward chosen: Ward 4B Orthopaedics' }),
      ] },
    ], '/nested-combobox.html?overlay'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
  });

  it('finds a select by a label tied to nothing (no for, no id): the control right after it', async () => {
    const out = await run(shared.browser, shared.app.url, journey('untied', [
      { name: 'Severity', actions: [
        act.select({ label: 'Severity' }, 'Severe'),
        act.select({ label: 'Clinical status' }, 'Resolved'),
        act.expect({ css: 'select[name="root[severity]"]' }, { value: 'severe' }),
        act.expect({ css: 'select[name="root[status]"]' }, { value: 'resolved' }),
      ] },
    ], '/untied-label.html'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
  });

  it('blocks, in words, when a label tied to nothing has no control after it', async () => {
    const out = await run(shared.browser, shared.app.url, journey('untied-none', [
      { name: 'Notes', actions: [act.select({ label: 'Notes heading only' }, 'Any')] },
    ], '/untied-label.html'), { config: { capture: { actionTimeoutMs: 800, navigationTimeoutMs: 10_000, retries: 0 } } as never });
    const c = out.capture(0);
    expect(c.status).toBe('blocked');
    expect(c.blocked?.error).toMatch(/the field 'Notes heading only' is not on the screen/);
  });

  it('by label, a combobox whose closed list carries the same label is one control (the list is not a second one)', async () => {
    const out = await run(shared.browser, shared.app.url, journey('combo-label', [
      { name: 'Clinic', actions: [act.select({ label: 'Clinic' }, 'Dermatology'), act.expect({ role: 'status' }, { text: 'Clinic chosen: Dermatology' })] },
    ], '/combobox.html'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
  });

  // listbox-libraries.html: the DOM of react-select 5, MUI 5's Select, Headless UI 1.7's Listbox and
  // react-datepicker 4, as their documentation renders them (the libraries themselves are not here).
  it('chooses in react-select, MUI and Headless UI drop-downs by their labels, and types a date into a date picker', async () => {
    const out = await run(shared.browser, shared.app.url, journey('libraries', [
      { name: 'Referral', actions: [
        act.select({ label: 'Specialty' }, 'Cardiology'),
        act.select({ label: 'Ward' }, 'Ward 4B Orthopaedics'),
        act.select({ label: 'Consultant' }, 'Mr B Okafor'),
        act.fill({ label: 'Date referral received' }, '17/03/2026'),
        act.expect({ role: 'status' }, { text: 'specialty: 320; ward: 4B; consultant: Mr B Okafor; received: 17/03/2026' }),
        act.expect({ label: 'Date referral received' }, { value: '17/03/2026' }),
      ] },
    ], '/listbox-libraries.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
  });
});
