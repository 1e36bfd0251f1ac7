// Failure classes the corpus showed on a form library rendering one form in two releases, each on
// a minimal pair of our own: a rating question whose circles a screen reader hears otherwise
// (a wrapper with a role around a nameless group in one release, a named group in the other); titles
// no longer headings, met again on every page of the form; a switch asked by a question's title.
import { describe, expect, it } from 'vitest';
import { page, runPair, sentences } from './pairs.js';

const open = [{ name: 'Open form', actions: [{ expect: { target: { text: 'Clinical assessment' }, visible: true } }] }];
const form = (fields: string, style = '') => ({ '/': page('Assess', `<header>PAS</header><main><p>Clinical assessment</p><form>${fields}</form></main>`, style) });
const CIRCLES = '.c{display:inline-block;width:36px;height:36px;border:1px solid #333;border-radius:18px;text-align:center;margin:2px} .c input{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}';

/** A 0..4 rating: each circle shows its number; `heard` is what each radio is announced as, if set. */
function circles(name: string, heard?: string): string {
  return [0, 1, 2, 3, 4].map((v) => `<label class="c"><input type="radio" name="${name}" value="${v}"${heard ? ` aria-label="${heard}"` : ''}><span>${v}</span></label>`).join('');
}

describe('questions inside role-bearing wrappers', () => {
  it('a rating whose circles were all announced by the question, now by their numbers, is one change a screen reader hears', async () => {
    // Older release: a textbox-role wrapper labelled by the title, around a group with no name whose
    // radios all say the question. Newer: the group itself is labelled by the title.
    const old = `<div role="textbox" aria-labelledby="t"><div id="t">Pain score</div><fieldset role="radiogroup">${circles('pain_1', 'Pain score')}</fieldset></div>`;
    const neu = `<div><div id="t">Pain score</div><fieldset role="radiogroup" aria-labelledby="t">${circles('pain_9')}</fieldset></div>`;
    const r = await runPair(form(old, CIRCLES), form(neu, CIRCLES), open, { self: true });
    expect(sentences(r.divergences.filter((d) => d.kind !== 'visual-only'))).toEqual([
      "screen-reader-only: In new, a screen reader announces the options of the choice 'Pain score' on 'Open form' as '0', '1', '2' and 2 more (was 'Pain score' for each); the screen shows the same words.",
    ]);
    expect(r.self).toEqual([]);
  });

  it('titles no longer headings are one change, heard only where nothing looks different, and not told again on the next page of the form', async () => {
    // Each title is set in pieces (its number, its words, an asterisk), as form libraries draw them.
    const q = (tag: string, id: string, num: number, words: string) =>
      `<div class="q"><${tag} class="t" id="${id}"><span>${num}.</span> <span>${words}</span></${tag}><input aria-labelledby="${id}"></div>`;
    const pages = (tag: string, first: string[]) => `<${tag} class="t">Admission</${tag}>
      <div id="p1">${first.map((w, i) => q(tag, `a${i}`, i + 1, w)).join('')}<button type="button" onclick="p1.hidden=true;p2.hidden=false">Next</button></div>
      <div id="p2" hidden>${['Presenting complaint', 'Known allergies', 'Pain score'].map((w, i) => q(tag, `b${i}`, i + 4, w)).join('')}</div>`;
    const style = '.t{font:bold 16px sans-serif;margin:8px 0;display:block} .q{margin-bottom:12px}';
    const steps = [
      { name: 'Details', actions: [{ expect: { target: { text: 'Admission' }, visible: true } }] },
      { name: 'Assessment', actions: [{ click: { role: 'button', name: 'Next' } }, { expect: { target: { text: 'Pain score' }, visible: true } }] },
    ];
    const r = await runPair(
      { '/': page('Admit', pages('h3', ['Hospital number', 'Admitting ward', 'Religion or belief']), style) },
      { '/': page('Admit', pages('div', ['Hospital number', 'Admitting ward']), style) }, steps, { self: true });
    expect(sentences(r.divergences.filter((d) => d.kind !== 'visual-only'))).toEqual([
      "field-missing: In new, the field '3. Religion or belief' is missing on 'Admission'.",
      "screen-reader-only: In new, the same change on 3 headings of 'Admission': a screen reader no longer finds each as a heading, though the words are still on screen: 'Admission', '1. Hospital number' and '2. Admitting ward'.",
    ]);
    expect(r.divergences.filter((d) => d.step === 'Assessment')).toEqual([]);
    expect(r.self).toEqual([]);
  });

  it('a switch is called by the question its title asks, not by the No and Yes drawn on it', async () => {
    const falls = (question: string) => `<div class="t" id="fq">${question}</div>
      <label class="sw"><input type="checkbox" role="switch" name="falls" aria-labelledby="fq" class="sr"><span>No</span> <span>Yes</span></label>`;
    const style = '.t{font-weight:bold;margin:40px 0 24px}';
    const r = await runPair(form(falls('Fall in the last 12 months?'), style), form(falls('Any falls in the past year?'), style), open);
    expect(sentences(r.divergences)).toEqual([
      "label-changed: In new, the switch 'Fall in the last 12 months?' on 'Open form' is called 'Any falls in the past year?'.",
    ]);
  });

  it("a drop-down's own arrow and clear icons are parts of it, not new buttons, and its new arrow does not make a heading above it look changed", async () => {
    const style = '.t{font:bold 18px sans-serif;margin:8px 0} .box{display:flex;align-items:center;border:1px solid #333;width:400px;height:40px;padding:0 8px} .box input{flex:1;border:0;height:24px} .box button{width:32px;height:32px;border:0;background:none;padding:0}';
    const tri = '<svg width="12" height="12"><path d="M0 3h12L6 10z"/></svg>';
    const chev = (title: string) => `<svg width="16" height="16"><title>${title}</title><path d="M2 5l6 6 6-6" stroke="#000" fill="none"/></svg>`;
    // Older release: the box itself is the combobox and draws its arrow as a hidden icon. Newer: an
    // input is the combobox, and the arrow and the clear cross are buttons beside it in the box.
    const old = `<h2 class="t">Patient details</h2><div id="wl">Admitting ward</div>
      <div class="box" role="combobox" aria-labelledby="wl" tabindex="0"><span style="flex:1">Ward 5C</span><span aria-hidden="true">${tri}</span></div>`;
    const neu = `<div class="t">Patient details</div><div id="wl">Admitting ward</div>
      <div class="box"><input role="combobox" aria-labelledby="wl" readonly value="Ward 5C"><button type="button" tabindex="-1">${chev('Clear')}</button><button type="button" tabindex="-1">${chev('Select')}</button></div>`;
    const r = await runPair(form(old, style), form(neu, style), open, { self: true });
    const text = sentences(r.divergences.filter((d) => d.kind !== 'visual-only'));
    expect(text).toEqual(["screen-reader-only: In new, a screen reader no longer finds 'Patient details' as a heading on 'Patient details'; the words are still on screen."]);
    expect(r.self).toEqual([]);
  });

  it("a closed drop-down with a new option whose arrow is drawn otherwise is two changes: the option, and the arrow, however few its pixels", async () => {
    const style = '.box{display:flex;align-items:center;border:1px solid #333;width:400px;height:40px;padding:0 8px} .box input{flex:1;border:0;height:24px;font:16px sans-serif} .box span{width:16px;height:16px}';
    // A solid arrow pointing down in the older release, a square stop in the newer: an icon redrawn.
    const tri = '<svg width="16" height="16"><path d="M0 3h16L8 15z"/></svg>';
    const square = '<svg width="16" height="16"><rect x="3" y="3" width="10" height="10" fill="none" stroke="#000" stroke-width="3"/></svg>';
    // The box holds the chosen ward as its value; the list is closed (hidden) on both sides.
    const ward = (arrow: string, wards: string[]) => `<label for="w">Admitting ward</label>
      <div class="box"><input id="w" role="combobox" aria-expanded="false" aria-controls="wl" readonly value="Ward 5C"><span aria-hidden="true">${arrow}</span></div>
      <div id="wl" role="listbox" hidden>${wards.map((x) => `<div role="option">${x}</div>`).join('')}</div><p style="height:1200px">Notes</p>`;
    const r = await runPair(form(ward(tri, ['Ward 5C', 'Ward 6A']), style), form(ward(square, ['Ward 5C', 'Ward 6A', 'Acute Medical Unit']), style), open, { self: true });
    expect(sentences(r.divergences)).toEqual([
      "options-changed: In new, the drop-down 'Admitting ward' on 'Open form' has other options: added 'Acute Medical Unit'.",
      expect.stringMatching(/^visual-only: In new, 'Open form' looks different in 1 place around the drop-down 'Admitting ward'/),
    ]);
    expect(r.self).toEqual([]);
  });

  it('inside a box that holds text, only where the text stands is data: an icon drawn at its end that changed is a change', async () => {
    const icon = (d: string) => `url("data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg' width='24' height='24'><path d='${d}' stroke='black' stroke-width='3' fill='none'/></svg>`)}")`;
    const style = (d: string) => `#n{width:300px;height:32px;padding:0 36px 0 8px;font:16px sans-serif;background:${icon(d)} no-repeat right 10px center}`;
    const search = (nhs: string) => `<label for="n">NHS number</label><input id="n" value="${nhs}"><p style="height:1200px">Notes</p>`;
    // Another patient's number in the box on each side (the day's data), and another search icon.
    const r = await runPair(form(search('943 476 5919'), style('M3 3l18 18M21 3L3 21')), form(search('401 023 2137'), style('M10 3a7 7 0 1 0 0.1 0M15 15l6 6')), open, { self: true });
    expect(sentences(r.divergences)).toEqual([
      expect.stringMatching(/^visual-only: In new, 'Open form' looks different in 1 place around the field 'NHS number'/),
    ]);
    expect(r.self).toEqual([]);
  });

  it('what boxes hold stays the day\'s data: notes in a text area, and a number set in tabular figures with letter spacing', async () => {
    const style = '#n{width:300px;height:32px;padding:0 8px;font:19px sans-serif;font-variant-numeric:tabular-nums;letter-spacing:0.05em} #t{width:400px;height:80px;font:16px sans-serif}';
    const boxes = (nhs: string, notes: string) => `<label for="n">NHS number</label><input id="n" value="${nhs}">
      <label for="t">Notes</label><textarea id="t">${notes}</textarea><p style="height:1200px">End</p>`;
    const r = await runPair(form(boxes('943 476 5919', 'Seen in clinic, no concerns'), style), form(boxes('943 476 5928', 'Telephone review booked for Friday morning'), style), open, { self: true });
    expect(sentences(r.divergences)).toEqual([]);
  });

  it('a box inside a frame placed away from the page\'s left edge holds the day\'s data as well', async () => {
    const framed = (surname: string) => `<div style="margin-left:300px"><iframe title="Patient" style="width:500px;height:120px;border:0"
      srcdoc="<label for=&quot;s&quot;>Surname</label> <input id=&quot;s&quot; value=&quot;${surname}&quot; style=&quot;width:300px;font:16px sans-serif&quot;>"></iframe></div><p style="height:1200px">End</p>`;
    const r = await runPair(form(framed('Smith')), form(framed('Okonkwo-Brown')), open, { self: true });
    expect(sentences(r.divergences)).toEqual([]);
  });

  it("a file question's choose button announced by other words is one change a screen reader hears", async () => {
    const style = '.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)} .pick{display:inline-block;border:1px solid #333;padding:6px}';
    // As SurveyJS draws it: a role=textbox wrapper named by the title, a hidden file box, and a label
    // drawn as the button. The older release names the file box by the question; the newer by the label.
    const file = (named: boolean) => `<div role="textbox" aria-labelledby="ft"><div id="ft">Referral letter</div>
      <input type="file" id="f" class="vh"${named ? ' aria-label="Referral letter"' : ''}><label for="f" class="pick">Select File</label></div>`;
    const r = await runPair(form(file(true), style), form(file(false), style), open, { self: true });
    expect(sentences(r.divergences)).toEqual([
      "screen-reader-only: In new, a screen reader announces the button inside the field 'Referral letter' on 'Open form' as 'Select File' (was 'Referral letter'); the screen shows the same words.",
    ]);
    expect(r.self).toEqual([]);
  });

  it('a closed drop-down whose chosen option is reworded shows it: the options finding explains those pixels', async () => {
    const ward = (prompt: string) => `<label for="w">Admitting ward</label><select id="w"><option value="none">${prompt}</option><option value="5C">Ward 5C</option></select><p style="height:1200px">End</p>`;
    const r = await runPair(form(ward('-- Select --')), form(ward('Choose a ward')), open);
    expect(r.divergences.map((d) => d.kind)).not.toContain('visual-only');
    expect(r.divergences.length).toBeGreaterThan(0);
  });

  it("an error tied to its field as the help text is still the error, and a second question's 'Response required.' is a message of its own", async () => {
    const complaint = (tie: string) => `<div id="pc">Presenting complaint *</div><div id="pcd">In the patient's own words.</div>
      <textarea aria-labelledby="pc" required aria-invalid="true" ${tie}></textarea><div id="pce" role="alert">Response required.</div>`;
    const allergies = (error: boolean) => `<div id="al">Known allergies</div><fieldset role="group" aria-labelledby="al"${error ? ' aria-invalid="true" aria-describedby="ale"' : ''}>
      <label><input type="checkbox" name="pen"> Penicillin</label><label><input type="checkbox" name="nut"> Nuts</label></fieldset>${error ? '<div id="ale" role="alert">Response required.</div>' : ''}`;
    const r = await runPair(
      form(complaint('aria-describedby="pcd" aria-errormessage="pce"') + allergies(false)),
      form(complaint('aria-describedby="pce"') + allergies(true)), open, { self: true });
    expect(sentences(r.divergences.filter((d) => d.kind !== 'visual-only'))).toEqual([
      "text-changed: In new, 'Open form' shows 'Response required.' for 'Known allergies'.",
    ]);
    expect(r.self).toEqual([]);
  });

  it('a grid of option buttons, one question per row, is those rows in both releases, under the title a person reads as its name', async () => {
    const rows = ['Anticoagulants', 'Insulin'].map((m) => `<tr><th>${m}</th>${['Continue', 'Stop'].map((c) => `<td><input type="radio" name="${m}" value="${c}" aria-label="row ${m}, column ${c}"></td>`).join('')}</tr>`).join('');
    const table = `<table><thead><tr><td></td><th>Continue</th><th>Stop</th></tr></thead><tbody>${rows}</tbody></table>`;
    const style = '.t{font:bold 16px sans-serif;margin:8px 0}';
    // Older release: a heading, then a fieldset with a legend nobody sees. Newer: the whole grid is
    // one radio group labelled by the title, which is no heading any more.
    const old = `<h3 class="t">Medicines reconciliation</h3><fieldset><legend style="display:none">Medicines reconciliation</legend>${table}</fieldset>`;
    const neu = `<div class="t" id="mt">Medicines reconciliation</div><fieldset role="radiogroup" aria-labelledby="mt">${table}</fieldset>`;
    const r = await runPair(form(old, style), form(neu, style), open, { self: true });
    expect(sentences(r.divergences.filter((d) => d.kind !== 'visual-only'))).toEqual([
      "screen-reader-only: In new, a screen reader no longer finds 'Medicines reconciliation' as a heading on 'Medicines reconciliation'; the words are still on screen.",
    ]);
    expect(r.self).toEqual([]);
  });

  it('the same grid no longer a table to a screen reader (a library marks it role=presentation) is one change heard, named by its question', async () => {
    const rows = ['Anticoagulants', 'Insulin'].map((m) => `<tr><th>${m}</th>${['Continue', 'Stop'].map((c) => `<td><input type="radio" name="${m}" value="${c}" aria-label="row ${m}, column ${c}"></td>`).join('')}</tr>`).join('');
    const table = (role: string) => `<table${role}><thead><tr><td></td><th>Continue</th><th>Stop</th></tr></thead><tbody>${rows}</tbody></table>`;
    const grid = (role: string) => `<p class="t" id="mt">Medicines reconciliation</p><fieldset role="group" aria-labelledby="mt">${table(role)}</fieldset>`;
    const r = await runPair(form(grid('')), form(grid(' role="presentation"')), open, { self: true });
    expect(sentences(r.divergences)).toEqual([
      "screen-reader-only: In new, a screen reader no longer hears the table 'Medicines reconciliation' on 'Open form' as a table: its rows and column headers are not announced; the screen shows the same grid.",
    ]);
    expect(r.self).toEqual([]);
  });
});
