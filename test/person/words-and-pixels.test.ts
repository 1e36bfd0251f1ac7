// More failure classes from real front ends, each on a minimal pair of our own: the same words
// tied another way, widgets over hidden native controls, one change met at several steps of a
// single-page app, and pixels no structural finding explains.
import { describe, expect, it } from 'vitest';
import { page, runPair, sentences } from './pairs.js';

const open = [{ name: 'Open form', actions: [{ expect: { target: { role: 'heading', name: 'Register patient' }, visible: true } }] }];
const form = (fields: string, style = '') => ({ '/': page('Register', `<header>PAS</header><main><h1>Register patient</h1><form>${fields}</form></main>`, style) });

describe('words, widgets and pixels on minimal pairs', () => {
  it('an error tied as the description in one release and as the error message in the other is no change', async () => {
    const r = await runPair(
      form('<label for="c">Presenting complaint</label><textarea id="c" aria-invalid="true" aria-errormessage="e"></textarea><div id="e">Response required.</div>'),
      form('<label for="c">Presenting complaint</label><textarea id="c" aria-invalid="true" aria-describedby="e"></textarea><div id="e">Response required.</div>'),
      open);
    expect(sentences(r.divergences)).toEqual([]);
  });

  it('a paragraph that became a field\'s help text, or a line that became an alert, is the same words on the same screen', async () => {
    const r = await runPair(
      form('<label for="s">Substance</label><input id="s" name="s"><p>Coded where possible</p><p class="x">Value must be at least 2 characters long.</p>'),
      form('<label for="s">Substance</label><input id="s" name="s" aria-describedby="h"><p id="h">Coded where possible</p><p role="alert">Value must be at least 2 characters long.</p>'),
      open);
    expect(sentences(r.divergences)).toEqual([]);
  });

  it('a custom drop-down over a hidden native select is called by the select\'s label', async () => {
    const widget = (aria: string) => `<label for="clinic">Clinic</label><div class="w" role="combobox" ${aria} tabindex="0" style="border:1px solid #333;width:220px;padding:4px">
      <select id="clinic" name="clinic" hidden><option value="c1" selected>Cardiology</option></select><span>Cardiology</span></div>`;
    const r = await runPair(form(widget('')), form(widget('aria-label="Clinic"')), open);
    const text = sentences(r.divergences).join('\n');
    expect(text).not.toMatch(/missing|is a new/);
    expect(r.divergences.map((d) => d.kind)).toEqual(['screen-reader-only']);
  });

  it('headings that became plain text with the same words are one finding, only a screen reader notices', async () => {
    const hs = (on: boolean) => Array.from({ length: 5 }, (_, i) => (on ? `<h3>Question ${i + 1}</h3>` : `<div class="t" style="font-weight:bold;font-size:1.17em;margin:1em 0">Question ${i + 1}</div>`) + `<label for="q${i}">Answer ${i + 1}</label><input id="q${i}" name="q${i}">`).join('');
    const r = await runPair(form(hs(true)), form(hs(false)), open);
    const heard = r.divergences.filter((d) => d.kind === 'screen-reader-only');
    expect(heard).toHaveLength(1);
    expect(heard[0]!.evidence.count).toBe(5);
    expect(r.divergences.filter((d) => d.kind === 'text-changed')).toEqual([]);
  });

  it('a progress bar a screen reader names otherwise is one finding it alone hears; one that appears is seen', async () => {
    const bar = (name: string) => `<div role="progressbar" aria-label="${name}" aria-valuenow="25" style="width:300px;height:8px;background:#ccc"><div style="width:25%;height:8px;background:#005eb8"></div></div>`;
    const r = await runPair(form(bar('progress') + '<label for="a">Answer</label><input id="a">'), form(bar('Progress bar') + '<label for="a">Answer</label><input id="a"><progress aria-label="Upload" value="3" max="10"></progress>'), open, { self: true });
    expect(sentences(r.divergences).sort()).toEqual([
      "control-added: In new, 'Upload' is a new progress bar on 'Register patient'.",
      "screen-reader-only: In new, a screen reader announces the progress bar 'progress' on 'Register patient' as 'Progress bar' (was 'progress'); the screen shows the same words.",
    ]);
    expect(r.self).toEqual([]);
  });

  it('five headings gone from the screen are one finding', async () => {
    const hs = (on: boolean) => Array.from({ length: 5 }, (_, i) => (on ? `<h3>Section ${i + 1}</h3>` : '') + `<label for="q${i}">Answer ${i + 1}</label><input id="q${i}" name="q${i}">`).join('');
    const r = await runPair(form(hs(true)), form(hs(false)), open);
    const headings = r.divergences.filter((d) => d.kind === 'text-changed');
    expect(headings).toHaveLength(1);
    expect(headings[0]!.evidence.count).toBe(5);
  });

  it('a new section under a heading of its own is one finding', async () => {
    const section = `<h2>Overseas visitor</h2><label for="o1">Country of normal residence</label><input id="o1" name="o1">
      <label for="o2">Date of arrival</label><input id="o2" name="o2"><button type="button">Check exemption</button>`;
    const r = await runPair(form('<label for="s">Surname</label><input id="s" name="s"><h2>Contact</h2><label for="t">Telephone</label><input id="t" name="t">'),
      form(`<label for="s">Surname</label><input id="s" name="s">${section}<h2>Contact</h2><label for="t">Telephone</label><input id="t" name="t">`), open);
    const structural = r.divergences.filter((d) => d.kind !== 'visual-only');
    expect(sentences(structural)).toEqual([expect.stringContaining("has a new section 'Overseas visitor' with 2 fields and a button")]);
  });

  it('a different question of another kind in the same place is one removed and one added, not a rename', async () => {
    const r = await runPair(
      // Ids a library numbers (sq_101i…) say nothing about which question is which.
      form('<label for="sq_101i">Surname</label><input id="sq_101i"><label for="sq_102i">Religion or belief</label><input id="sq_102i"><label for="sq_103i">Postcode</label><input id="sq_103i">'),
      form('<label for="sq_101i">Surname</label><input id="sq_101i"><label for="sq_102i">Next of kin telephone</label><input id="sq_102i" type="tel"><label for="sq_103i">Postcode</label><input id="sq_103i">'),
      open);
    const kinds = r.divergences.map((d) => d.kind).filter((k) => k !== 'visual-only').sort();
    expect(kinds).toEqual(['field-added', 'field-missing']);
  });

  it('a header that changed colour on a screen whose menu also changed is still reported, tied to the header', async () => {
    const nav = (extra: string) => `<header><nav aria-label="Main"><a href="/">Home</a> <a href="/p">Patients</a>${extra}</nav></header><main><h1>Register patient</h1><label for="s">Surname</label><input id="s"></main>`;
    const r = await runPair({ '/': page('Register', nav('')) }, { '/': page('Register', nav(' <a href="/w">Waiting list</a>'), 'header{background:#330072}') }, open);
    expect(r.divergences.some((d) => d.kind === 'control-added' && d.message.includes('Waiting list'))).toBe(true);
    const visual = r.divergences.filter((d) => d.kind === 'visual-only');
    expect(visual.length).toBeGreaterThan(0);
    expect(visual.map((d) => d.message).join('\n')).toContain('the header');
  });

  it('in a single-page app, the same change met at every step is reported once', async () => {
    const spa = (label: string) => ({ '/': page('API', `<main><h1>Register patient</h1><label for="s">${label}</label><input id="s" name="s">
      <button type="button" onclick="document.getElementById('o').textContent='Opened '+this.textContent">Patients</button>
      <button type="button" onclick="document.getElementById('o').textContent='Opened '+this.textContent">Appointments</button><p id="o">Nothing open</p></main>`) });
    const steps = [
      ...open,
      { name: 'Open patients', actions: [{ click: { role: 'button', name: 'Patients' } }] },
      { name: 'Open appointments', actions: [{ click: { role: 'button', name: 'Appointments' } }] },
    ];
    const r = await runPair(spa('Surname'), spa('Family name'), steps, { self: true });
    expect(r.divergences.filter((d) => d.kind === 'label-changed')).toHaveLength(1);
    expect(r.self).toEqual([]);
  });
});

describe('what Parity itself does is not a difference', () => {
  it('a read-only LIVE beside a writable TRAIN: the refused write and its echo in the console are no env-error', async () => {
    const site = { '/': page('Register', `<main><h1>Register patient</h1><label for="s">Surname</label><input id="s">
      <script>fetch('/api/audit', { method: 'POST', body: 'seen' }).then((r) => r.text()).catch((e) => console.error('audit failed', String(e)));</script></main>`), '/api/audit': 'ok' };
    const r = await runPair(site, site, open, { envs: { old: { writes: 'allowed' } } });
    expect(sentences(r.divergences)).toEqual([]);
    expect(r.refused.new).toEqual(['POST /api/audit']);
    expect(r.refused.old ?? []).toEqual([]);
  });

  it('a picker the last action opens is captured the same way every time', async () => {
    const site = form(`<label for="d">Appointment date</label><input id="d" name="d" onfocus="setTimeout(() => { const p = document.getElementById('p'); p.hidden = false; p.style.opacity = 1; }, 30)">
      <div id="p" hidden style="opacity:0;transition:opacity 120ms;border:1px solid #999;width:200px;height:120px">March 2025</div>`);
    const steps = [{ name: 'Pick a date', actions: [{ fill: { label: 'Appointment date', value: '17/03/2025' } }] }];
    const r = await runPair(site, site, steps, { self: true });
    expect(r.self).toEqual([]);
    expect(r.divergences).toEqual([]);
  });
});
