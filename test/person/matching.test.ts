// Controls matched and named the way a person does, on minimal pairs of our own: each case is a
// failure class met on real third-party front ends (see corpus/), reproduced in a few lines.
import { describe, expect, it } from 'vitest';
import { page, runPair, sentences } from './pairs.js';

const open = [{ name: 'Open form', actions: [{ expect: { target: { role: 'heading', name: 'Register patient' }, visible: true } }] }];
const form = (fields: string, extra = '') => ({ '/': page('Register', `<header>PAS</header><main><h1>Register patient</h1><form>${fields}<button type="button">Save</button></form>${extra}</main>`) });

describe('person-level matching on minimal pairs', () => {
  it('an unrelated field in the place of a removed one, with other name and id, is one missing and one added, never a rename', async () => {
    const r = await runPair(
      form('<label for="s">Surname</label><input id="s" name="surname"><label for="gp">Registered GP practice</label><input id="gp" name="gpPractice"><label for="t">Telephone</label><input id="t" name="phone">'),
      form('<label for="s">Surname</label><input id="s" name="surname"><label for="lang">Preferred language</label><input id="lang" name="language"><label for="t">Telephone</label><input id="t" name="phone">'),
      open, { self: true });
    expect(r.self).toEqual([]);
    const kinds = r.divergences.map((d) => d.kind).sort();
    expect(kinds.filter((k) => k !== 'visual-only')).toEqual(['field-added', 'field-missing']);
    expect(sentences(r.divergences).join('\n')).not.toMatch(/is called/);
    expect(r.divergences.find((d) => d.kind === 'field-missing')!.message).toContain("'Registered GP practice'");
    expect(r.divergences.find((d) => d.kind === 'field-added')!.message).toContain("'Preferred language'");
  });

  it('a relabelled field that keeps its name attribute is one label-changed', async () => {
    const r = await runPair(
      form('<label for="n">NHS Number</label><input id="n" name="nhs">'),
      form('<label for="n">CHI Number</label><input id="n" name="nhs">'),
      open);
    expect(r.divergences.map((d) => d.kind)).toEqual(['label-changed']);
    expect(r.divergences[0]!.message).toContain("is called 'CHI Number'");
  });

  it('a radio group whose default selection changed is a default-changed; an option reworded under the same value is a rename', async () => {
    const radios = (checked: string, word: string) => `<fieldset><legend>Administrative category</legend>
      <label><input type="radio" name="admin" value="01" ${checked === '01' ? 'checked' : ''}> NHS patient</label>
      <label><input type="radio" name="admin" value="02" ${checked === '02' ? 'checked' : ''}> ${word}</label>
      <label><input type="radio" name="admin" value="03"> Amenity patient</label></fieldset>`;
    const r = await runPair(form(radios('01', 'Private patient')), form(radios('02', 'Private (self-funding) patient')), open, { self: true });
    expect(r.self).toEqual([]);
    const structural = r.divergences.filter((d) => d.kind !== 'visual-only');
    expect(structural.map((d) => d.kind).sort()).toEqual(['default-changed', 'options-changed']);
    const opts = structural.find((d) => d.kind === 'options-changed')!;
    expect(opts.evidence.renamed).toEqual([{ from: 'Private patient', to: 'Private (self-funding) patient' }]);
    expect(opts.evidence.added ?? []).toEqual([]);
    expect(opts.evidence.removed ?? []).toEqual([]);
    expect(structural.find((d) => d.kind === 'default-changed')!.message).toContain("starts as 'Private (self-funding) patient'");
  });

  it('a select option reworded under the same value is renamed; one added by value is added', async () => {
    const sel = (opts: string) => `<label for="p">Priority</label><select id="p" name="priority">${opts}</select>`;
    const r = await runPair(
      form(sel('<option value="1">Routine</option><option value="2">Urgent</option><option value="3">Two Week Wait</option>')),
      form(sel('<option value="1">Routine</option><option value="S">Soon</option><option value="2">Urgent</option><option value="3">Urgent Suspected Cancer</option>')),
      open);
    const d = r.divergences.find((x) => x.kind === 'options-changed')!;
    expect(d.evidence.added).toEqual(['Soon']);
    expect(d.evidence.renamed).toEqual([{ from: 'Two Week Wait', to: 'Urgent Suspected Cancer' }]);
  });

  it('role-bearing wrappers nested under one label are one control, the same as a plain one', async () => {
    const plain = '<label id="l-c" for="c">Clinic</label><select id="c" name="clinic"><option>Cardiology</option></select>';
    const nested = `<label id="l-c">Clinic</label><div role="combobox" aria-labelledby="l-c" aria-expanded="false" tabindex="0" style="border:1px solid #333;width:200px;padding:4px">
      <input role="combobox" aria-labelledby="l-c" name="clinic" value="Cardiology" readonly style="border:0;width:180px"></div>`;
    const r = await runPair(form(plain), form(nested), open);
    const structural = r.divergences.filter((d) => !['visual-only', 'default-changed'].includes(d.kind));
    expect(sentences(structural)).toEqual([]);
  });

  it('an asterisk shown on both sides is not "optional in live", whatever the markup says; only a screen reader hears it', async () => {
    const r = await runPair(
      form('<label for="s">Surname <span aria-hidden="true">*</span></label><input id="s" name="surname" required>'),
      form('<label for="s">Surname <span aria-hidden="true">*</span></label><input id="s" name="surname">'),
      open);
    expect(r.divergences.map((d) => d.kind)).toEqual(['screen-reader-only']);
    expect(r.divergences[0]!.severity).toBe('cosmetic');
  });

  it('a change only a screen reader hears (a visually hidden suffix) is its own lower finding, never "is called"', async () => {
    const r = await runPair(
      form('<label for="d">Date of birth</label><input id="d" name="dob">'),
      form('<label for="d">Date of birth<span class="sr"> (for example 31 3 1980)</span></label><input id="d" name="dob">'),
      open);
    expect(r.divergences.map((d) => d.kind)).toEqual(['screen-reader-only']);
    expect(r.divergences[0]!.message).not.toMatch(/is called/);
  });

  it('the same rename on every field of a screen is one finding with the count and examples', async () => {
    const fields = (num: boolean) => ['Surname', 'Forename', 'Date of birth', 'Postcode']
      .map((f, i) => `<label for="f${i}">${num ? `${i + 1}. ` : ''}${f}</label><input id="f${i}" name="f${i}x">`).join('');
    const r = await runPair(form(fields(false)), form(fields(true)), open);
    const labels = r.divergences.filter((d) => d.kind === 'label-changed');
    expect(labels).toHaveLength(1);
    expect(labels[0]!.evidence.count).toBe(4);
    expect(labels[0]!.message).toContain("'Surname' → '1. Surname'");
  });

  it('two buttons that came together in one bar are one change; two new buttons far apart are two', async () => {
    const bar = (extra: string) => `<h2>Reaction episodes</h2><p><button type="button">Add Episode</button>${extra}</p>`;
    const together = await runPair(form(bar('')), form(bar(' <button type="button">Delete Last Episode</button> <button type="button">Delete All</button>')), open);
    const added = together.divergences.filter((d) => d.kind === 'control-added');
    expect(added.map((d) => d.message)).toEqual([expect.stringMatching(/has 2 new buttons: 'Delete Last Episode' and 'Delete All'/)]);
    const apart = await runPair(form(bar('')), form(bar('') + "<p style=\"margin-top:200px\"><button type=\"button\">Print</button></p>" + '<button type="button" style="margin-left:400px">Help</button>'), open);
    expect(apart.divergences.filter((d) => d.kind === 'control-added').map((d) => d.message).sort()).toEqual([
      expect.stringContaining("'Help' is a new button"), expect.stringContaining("'Print' is a new button"),
    ]);
  });

  it('nameless controls are named by where they are, never as an empty name or a leaked value', async () => {
    const r = await runPair(
      form('<h2>Allergies</h2><select name="sev"><option>Mild</option><option>Severe</option></select><select aria-label="false" name="st"><option>Active</option></select>'),
      form('<h2>Allergies</h2><select name="sev"><option>Mild</option><option>Moderate</option><option>Severe</option></select><select aria-label="false" name="st"><option>Active</option><option>Proposed</option></select>'),
      open);
    const text = sentences(r.divergences).join('\n');
    expect(r.divergences.filter((d) => d.kind === 'options-changed')).toHaveLength(2);
    expect(text).not.toMatch(/'false'|''|\(no name\)|combobox\//);
    expect(text).toContain("the 1st drop-down under 'Allergies'");
    expect(text).toContain("the 2nd drop-down under 'Allergies'");
  });

  it('a text field that became a date field is said in words, not as role/type strings', async () => {
    const r = await runPair(form('<label for="d">Date of birth</label><input id="d" name="dob">'), form('<label for="d">Date of birth</label><input id="d" name="dob" type="date">'), open);
    const d = r.divergences.find((x) => x.kind === 'default-changed')!;
    expect(d.message).toContain('is a date field instead of a text field');
  });
});
