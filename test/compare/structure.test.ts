import { describe, expect, it } from 'vitest';
import { layout, field, select, button, link, twoEnvs, writeRun } from './fixture.js';
import { compare, control, kinds, registerJourney, step } from './journeys.js';

describe('structure: controls matched the way a person recognises them', () => {
  it('identical captures give no divergences', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => j));
    const r = await compare(dir);
    expect(r.divergences).toEqual([]);
    expect(r.timings.pairs).toBe(4);
    expect(r.timings.identicalPairs).toBe(4);
    expect(r.matrix).toEqual([expect.objectContaining({ journey: 'register-patient', target: 'live', worst: null, status: 'compared' })]);
  });

  it('a renamed label is exactly one label-changed, its pixels folded in', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      const c = control(step(j, 'Open registration'), 'NHS Number');
      c.name = 'CHI Number';
      c.label = 'CHI Number';
      delete c.nameAttr; // matched by position between its neighbours, not by attribute
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['label-changed']);
    const d = r.divergences[0]!;
    expect(d.evidence).toMatchObject({ before: 'NHS Number', after: 'CHI Number', control: { role: 'textbox', name: 'NHS Number' } });
    expect(d.evidence.regions?.length).toBeGreaterThan(0);
    expect(d.message).toContain("'CHI Number'");
  });

  it('words on screen changed under an unchanged aria-label: still a label-changed', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      control(step(j, 'Open registration'), 'Next').visibleText = 'Continue';
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['label-changed']);
    expect(r.divergences[0]!.evidence).toMatchObject({ before: 'Next', after: 'Continue', detail: 'words on screen' });
  });

  it('a field that became required is one required-changed with the marker pixels folded in', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      control(step(j, 'Enter demographics'), 'Overseas visitor status').required = true;
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['required-changed']);
    expect(r.divergences[0]!.evidence).toMatchObject({ before: false, after: true });
    expect(r.divergences[0]!.evidence.regions?.length).toBeGreaterThan(0);
    expect(r.divergences[0]!.severity).toBe('major');
  });

  it('options added, removed and renamed are one options-changed', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      control(step(j, 'Record referral'), 'Priority').options = ['1 Routine', '2 Urgent', 'S Soon', '3 Urgent Suspected Cancer'];
      control(step(j, 'Enter demographics'), 'Ethnic category').options = ['A White British', 'Z Not stated'];
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r).sort()).toEqual(['options-changed', 'options-changed']);
    const pri = r.divergences.find((d) => d.evidence.control?.name === 'Priority')!;
    expect(pri.evidence.added).toEqual(['S Soon']);
    expect(pri.evidence.renamed).toEqual([{ from: '3 Two Week Wait', to: '3 Urgent Suspected Cancer' }]);
    expect(pri.evidence.removed).toEqual([]);
    const eth = r.divergences.find((d) => d.evidence.control?.name === 'Ethnic category')!;
    expect(eth.evidence.removed).toEqual(['B White Irish']);
  });

  it('a field moved elsewhere in the form is one order-changed', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      const s = step(j, 'Open registration');
      s.controls = layout([field('NHS Number', { nameAttr: 'nhs' }), field('Surname', { nameAttr: 'surname' }), field('Forename', { nameAttr: 'forename' }), button('Next')]);
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['order-changed']);
    expect(r.divergences[0]!.evidence.control?.name).toBe('NHS Number');
  });

  it('a menu entry moved is reported once per journey, not on every page', async () => {
    const menu = ['Home', 'Register patient', 'Appointments', 'Reports'];
    const withMenu = (names: string[]) => (j: ReturnType<typeof registerJourney>) => {
      for (const s of j.steps) {
        s.controls = [...layout(names.map((n, i) => link(n, { box: { x: 10 + i * 150, y: 0, width: 140, height: 20 } }))).map((c, i) => ({ ...c, order: i })),
          ...(s.controls ?? []).map((c) => ({ ...c, order: c.order + 10 }))];
        s.identity = { ...s.identity, menuItems: names };
      }
      return j;
    };
    const dir = await writeRun([
      { name: 'training', journeys: [withMenu(menu)(registerJourney())] },
      { name: 'live', journeys: [withMenu(['Home', 'Appointments', 'Register patient', 'Reports'])(registerJourney())] },
    ]);
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['order-changed']);
    expect(r.divergences[0]!.step).toBe('Open registration');
  });

  it('a different start value is default-changed', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      control(step(j, 'Enter demographics'), 'Overseas visitor status').value = '9 Not known';
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['default-changed']);
    expect(r.divergences[0]!.evidence).toMatchObject({ before: '1 Exempt', after: '9 Not known' });
  });

  it('a new required field is field-added; a missing button is control-missing', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      const s = step(j, 'Record referral');
      s.controls = layout([select('Priority', ['1 Routine', '2 Urgent', '3 Two Week Wait']), field('Referral date'), select('RTT status', ['10 Clock start'], { required: true })]);
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r).sort()).toEqual(['control-missing', 'field-added']);
    const added = r.divergences.find((d) => d.kind === 'field-added')!;
    expect(added.message).toMatch(/'RTT status' is a new required field/);
    expect(r.divergences.find((d) => d.kind === 'control-missing')!.evidence.before).toBe('Book');
  });

  it('the same change on the same screen, met again by a later step, is reported once, where it is first met', async () => {
    const base = registerJourney();
    // The form stays on screen for two steps (filled over two steps), in both environments.
    step(base, 'Open registration').path = '/patients/new';
    const again = { ...step(base, 'Open registration'), name: 'Fill registration', path: '/patients/new', controls: layout([field('Surname', { nameAttr: 'surname' }), field('Forename', { nameAttr: 'forename' }), field('NHS Number', { nameAttr: 'nhs' }), button('Next')]) };
    base.steps.splice(1, 0, again);
    const dir = await writeRun(twoEnvs(base, (j) => {
      for (const name of ['Open registration', 'Fill registration']) {
        const s = step(j, name);
        s.path = '/patients/new';
        s.controls = layout([field('Surname', { nameAttr: 'surname' }), field('Forename', { nameAttr: 'forename' }), field('NHS Number', { nameAttr: 'nhs' }), field('Interpreter required', { required: true }), button('Next')]);
      }
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['field-added']);
    expect(r.divergences[0]!.step).toBe('Open registration');
  });

  it('a report with other columns is found, as are changed help texts and headings', async () => {
    const cols = ['Patient', 'Referral date', 'Clock start', 'Weeks waiting'];
    const base = registerJourney();
    step(base, 'Confirm').identity = { tableHeaders: [cols], texts: ['Patients waiting over 18 weeks are shown in red.'] };
    const dir = await writeRun(twoEnvs(base, (j) => {
      const s = step(j, 'Confirm');
      s.identity = { tableHeaders: [['Patient', 'Referral date', 'Weeks waiting', 'Breach date']], texts: ['Patients waiting over 18 weeks are shown in bold.'] };
      s.heading = 'Patient has been registered';
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r).every((k) => k === 'text-changed')).toBe(true);
    const table = r.divergences.find((d) => d.evidence.detail === 'table columns')!;
    expect(table.evidence.added).toEqual(['Breach date']);
    expect(table.evidence.removed).toEqual(['Clock start']);
    expect(r.divergences.find((d) => d.evidence.detail === 'text')!.evidence.after).toBe('Patients waiting over 18 weeks are shown in bold.');
    expect(r.divergences.find((d) => d.evidence.detail === 'heading')!.evidence).toMatchObject({ before: 'Patient registered', after: 'Patient has been registered' });
    expect(kinds(r)).not.toContain('visual-only'); // the heading strip's pixels are the heading change
  });

  it("a report's row headers (bands, total row) are compared, but not against a capture that never recorded them", async () => {
    const cols = ['Treatment function', '0–18 weeks', '18+ weeks'];
    const rows = ['General surgery', 'Cardiology', 'All specialties'];
    const base = registerJourney();
    step(base, 'Confirm').identity = { tableHeaders: [cols], tableRows: [rows] };
    const renamed = await compare(await writeRun(twoEnvs(base, (j) => {
      step(j, 'Confirm').identity = { tableHeaders: [cols], tableRows: [['General surgery', 'Cardiology', 'All specialties, both trusts']] };
      return j;
    })));
    expect(kinds(renamed)).toEqual(['text-changed']);
    expect(renamed.divergences[0]!.evidence).toMatchObject({ detail: 'table rows', renamed: [{ from: 'All specialties', to: 'All specialties, both trusts' }] });
    expect(renamed.divergences[0]!.message).toContain("has other rows: renamed 'All specialties' → 'All specialties, both trusts'");
    // An old capture (no tableRows at all) against a new one: nothing to say about rows.
    const old = await compare(await writeRun(twoEnvs(base, (j) => {
      step(j, 'Confirm').identity = { tableHeaders: [cols], tableRows: undefined };
      return j;
    })));
    expect(old.divergences).toEqual([]);
  });

  it('buttons with the same name pair up in order; a third one is control-added', async () => {
    const base = registerJourney();
    step(base, 'Confirm').controls = layout([button('Done'), button('Print')]);
    const dir = await writeRun(twoEnvs(base, (j) => {
      step(j, 'Confirm').controls = layout([button('Done'), button('Print'), button('Print')]);
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['control-added']);
  });
});
