// Failure classes the corpus showed on Choices.js, flatpickr and json-editor, each on a minimal pair
// of our own: a widget's closed list hidden from innerText, the chosen entry drawn as a second
// option, a drop-down's default held by a hidden select, the grey prompt of an empty box, dates
// written another way, a heading turned into plain text that also looks different, and a name
// read through hidden parts.
import { describe, expect, it } from 'vitest';
import { page, runPair, sentences } from './pairs.js';

const open = [{ name: 'Open form', actions: [{ expect: { target: { role: 'heading', name: 'Refer a patient' }, visible: true } }] }];
const form = (fields: string, style = '') => ({ '/': page('Refer', `<header>PAS</header><main><h1>Refer a patient</h1><form>${fields}</form></main>`, style) });
// A closed list the way widget libraries hide one: laid out but invisible, so innerText reads nothing.
const LIST_STYLE = '.dd{visibility:hidden;position:absolute} .w{border:1px solid #333;width:260px;padding:4px;position:relative}';

/** A single-choice widget over a hidden select holding only the chosen entry (as Choices.js 9 does). */
function clinic(chosen: [string, string], entries: [string, string][], newStyle: boolean): string {
  const items = entries.map(([v, w]) => `<div role="option" data-value="${v}"${v === chosen[0] ? ' aria-selected="true"' : ''}>${w}</div>`).join('');
  // The newer release draws the chosen entry in the box as an option too.
  const shown = newStyle ? `<div role="listbox"><div role="option" data-value="${chosen[0]}" aria-selected="true">${chosen[1]}</div></div>` : `<div>${chosen[1]}</div>`;
  return `<label for="clinic">Clinic</label><div class="w" role="listbox" tabindex="0">
    <select id="clinic" name="clinic" hidden><option value="${chosen[0]}">${chosen[1]}</option></select>${shown}
    <div class="dd"><div role="listbox">${items}</div></div></div>`;
}

/** A multi-choice widget whose chosen entry is a tag; the newer release makes the tag an option with its own remove button. */
function reasons(prompt: string, tagsAsOptions: boolean): string {
  const tag = tagsAsOptions
    ? '<div role="option" data-value="SECO">Second opinion<button type="button">Remove item</button></div>'
    : '<div class="tag">Second opinion<button type="button">Remove item</button></div>';
  return `<label for="reasons">Reasons for referral</label><div class="w" role="combobox" tabindex="0">
    <select id="reasons" name="reasons" multiple hidden></select>${tag}
    <input type="search" aria-label="Reasons for referral"${prompt ? ` placeholder="${prompt}"` : ''}>
    <div class="dd"><div role="listbox" aria-multiselectable="true"><div role="option" data-value="DIAG">Diagnosis</div><div role="option" data-value="MGMT">Management advice</div></div></div></div>`;
}

describe('lists, prompts, dates and headings on minimal pairs', () => {
  it('a list opened over the buttons below it, with an entry more, is that entry: nothing else looks different', async () => {
    // A drop-down whose list, opened by a click, is drawn over what lies below it (as Choices.js does).
    const specialty = (entries: string[]) => `<label id="sl">Specialty</label>
      <div class="w" role="combobox" tabindex="0" aria-labelledby="sl" aria-controls="sp-list" aria-expanded="false" onclick="this.setAttribute('aria-expanded','true');document.getElementById('sp-list').style.display='block'">Cardiology</div>
      <div id="sp-list" role="listbox" style="display:none;position:absolute;z-index:5;background:#fff;border:1px solid #333;width:260px">${entries.map((e) => `<div role="option" style="padding:6px">${e}</div>`).join('')}</div>
      <p style="margin-top:12px"><button type="button">Continue</button> <a href="#">Cancel</a></p>`;
    const old = ['Cardiology', 'Dermatology', 'Neurology', 'Respiratory medicine', 'Rheumatology'];
    const neu = ['Cardiology', 'Dermatology', 'Neurology', 'Paediatrics', 'Respiratory medicine', 'Rheumatology'];
    const r = await runPair(form(specialty(old)), form(specialty(neu)), [
      ...open,
      { name: 'Look through the list', actions: [{ click: { role: 'combobox', name: 'Specialty' } }] },
    ]);
    const options = r.divergences.filter((d) => d.kind === 'options-changed');
    expect(options.map((d) => d.message)).toEqual([expect.stringContaining("added 'Paediatrics'")]);
    expect(r.divergences.filter((d) => d.kind === 'visual-only').map((d) => `${d.step}: ${d.message}`)).toEqual([]);
  });

  it('reads a closed list\'s entries, the default its hidden select holds, and the prompt of an empty box; the chosen entry drawn again is no second entry', async () => {
    const entries: [string, string][] = [['MAIN', 'Main outpatients'], ['RIVR', 'Riverside'], ['ENT01', 'ENT clinic']];
    const renamed: [string, string][] = [['MAIN', 'Main outpatients'], ['RIVR', 'Riverside'], ['ENT01', 'Ear, nose and throat']];
    const r = await runPair(
      form(clinic(['MAIN', 'Main outpatients'], entries, false) + reasons('', false), LIST_STYLE),
      form(clinic(['RIVR', 'Riverside'], renamed, true) + reasons('Add a reason', true), LIST_STYLE),
      open);
    const text = sentences(r.divergences.filter((d) => d.kind !== 'visual-only' && d.kind !== 'screen-reader-only'));
    expect(text).toEqual(expect.arrayContaining([
      expect.stringMatching(/options-changed: .*'Clinic'.* renamed 'ENT clinic' → 'Ear, nose and throat'\.$/),
      expect.stringMatching(/default-changed: .*'Clinic'.* starts as 'Riverside', not 'Main outpatients'\./),
      expect.stringMatching(/text-changed: .*'Reasons for referral'.* shows the prompt 'Add a reason' while empty \(it was blank\)\./),
    ]));
    // Nothing else: the chosen entry in the box and the tags with their remove buttons are no entries of a list.
    expect(text).toHaveLength(3);
    expect(text.join('\n')).not.toMatch(/Remove item|added 'Riverside'|added 'Main outpatients'/);
  });

  it('says once that dates are written another way, and a heading become plain text that also looks different is seen, not only heard', async () => {
    const check = (date: (d: number) => string, heading: boolean) => ({
      '/': page('Check', `<header>PAS</header><main><h1>Refer a patient</h1>${heading ? '<h2>Appointment</h2>' : '<p>Appointment</p>'}
        <dl><dt>Referral received</dt><dd>${date(10)}</dd><dt>Appointment date</dt><dd>${date(19)}</dd><dt>Born</dt><dd>4 Feb 1961</dd></dl></main>`),
    });
    const r = await runPair(check((d) => `${d}/03/2025`, true), check((d) => `${d} Mar 2025`, false), open, { self: true });
    const text = sentences(r.divergences);
    expect(text).toEqual(expect.arrayContaining([
      "text-changed: In new, dates on 'Refer a patient' are written like '10 Mar 2025' (was like '10/03/2025').",
      "text-changed: In new, 'Appointment' on 'Refer a patient' is no longer shown as a heading; it is plain text.",
    ]));
    expect(text.filter((t) => /dates on/.test(t))).toHaveLength(1);
    expect(text.join('\n')).not.toMatch(/screen-reader-only/);
    expect(r.self).toEqual([]);
  });

  it('a box that shows a date in another format is one change; other values written alike are none, and no value is in a finding', async () => {
    // The date box's default is the system's format; the NHS number and the name are the patient's
    // data, which differ between environments by design.
    const fields = (date: string, nhs: string, name: string) => form(`<label for="d">Appointment date</label><input id="d" value="${date}">
      <label for="n">NHS number</label><input id="n" value="${nhs}"><label for="p">Patient</label><input id="p" value="${name}">`);
    const r = await runPair(fields('17/03/2025', '943 476 5919', 'Ann Smith 2'), fields('17 Mar 2025', '401 023 2137', 'Bob Jones 7'), open, { self: true });
    expect(sentences(r.divergences)).toEqual([
      "default-changed: In new, the field 'Appointment date' on 'Refer a patient' shows what it holds in another format: '9 A 9', not '9/9/9' (9 stands for a number, A for a word).",
    ]);
    expect(r.self).toEqual([]);
    expect(JSON.stringify(r.divergences)).not.toMatch(/943 476|Smith|17 Mar/);
  });

  it('a name read through aria-labelledby leaves out the hidden parts of what it names', async () => {
    const q = (hidden: string) => `<fieldset aria-labelledby="t"><div id="t"><span>Method of admission</span>${hidden}</div>
      <label><input type="radio" name="m" value="11"> Elective</label><label><input type="radio" name="m" value="21"> Emergency</label></fieldset>`;
    const r = await runPair(form(q('<span style="display:none">Clear</span><span style="display:none">No data to display</span>')), form(q('')), open);
    expect(sentences(r.divergences)).toEqual([]);
  });
});
