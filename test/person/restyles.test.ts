// Restyles of form libraries (GOV.UK and NHS.UK frontends, Choices, flatpickr): a release that
// names its widgets for screen readers, shows a date another way, or moves things by a few pixels.
// Each on a minimal pair of our own, written from what a person sees and hears.
import { describe, expect, it } from 'vitest';
import { page, runPair, sentences } from './pairs.js';

/** A screen of a two-screen form: `top` above its one question, Continue posting to `next`. */
const formScreen = (h1: string, next: string, top: string, tail = '') => page(h1, `<header>PAS</header><main>${top}
      <form action="${next}"><label for="x">${h1} answer</label><input id="x" name="x"><button>Continue</button></form>${tail}</main>`);
/** Two steps: the first screen seen by its heading, then Continue to the second. */
const throughTwo = (heading: string, first: string, second: string) => [
  { name: first, actions: [{ expect: { target: { role: 'heading', name: heading }, visible: true } }] },
  { name: second, actions: [{ click: { role: 'button', name: 'Continue' } }] },
];

const open = [{ name: 'Open form', actions: [{ expect: { target: { role: 'heading', name: 'Book appointment' }, visible: true } }] }];
const form = (fields: string, style = '') => ({ '/': page('Book', `<header>PAS</header><main><h1>Book appointment</h1><form>${fields}</form></main>`, style) });

describe('restyles of form libraries on minimal pairs', () => {
  it('a time picker whose hour and minute boxes are given names for a screen reader is one change', async () => {
    const picker = (named: boolean) => `<p>Appointment time</p><div class="tp">
      <input type="number" min="0" max="23" value="9" ${named ? 'aria-label="Hour"' : ''}> :
      <input type="number" min="0" max="59" value="30" ${named ? 'aria-label="Minute"' : ''}></div>`;
    const r = await runPair(form(picker(false)), form(picker(true)), open);
    const heard = r.divergences.filter((d) => d.kind === 'screen-reader-only');
    expect(sentences(heard)).toHaveLength(1);
    expect(heard[0]!.message).toMatch(/Hour/);
    expect(heard[0]!.message).toMatch(/Minute/);
  });

  it('three widgets named for a screen reader, one of them once called \'false\' by the library, are one change', async () => {
    const widget = (id: string, label: string, name: string) => `<label for="${id}">${label}</label>
      <div role="combobox" tabindex="0" ${name} style="border:1px solid #333;width:220px;padding:4px">Choose</div>`;
    const three = (named: boolean) => widget('a', 'Clinic', named ? 'aria-label="Clinic"' : '')
      + widget('b', 'Specialty', named ? 'aria-label="Specialty"' : '')
      + widget('c', 'Reasons', named ? 'aria-label="Reasons"' : 'aria-label="false"');
    const r = await runPair(form(three(false)), form(three(true)), open);
    const heard = r.divergences.filter((d) => d.kind === 'screen-reader-only');
    expect(sentences(heard)).toHaveLength(1);
    expect(heard[0]!.message).not.toMatch(/'false'/);
  });

  it('a check page row renamed, whose Change link names the row for a screen reader, is one change', async () => {
    const row = (key: string, value: string) => `<dl style="display:flex;gap:40px"><dt style="width:200px">${key}</dt><dd style="width:200px">${value}</dd>
      <dd><a href="/">Change<span class="sr"> ${key.toLowerCase()}</span></a></dd></dl>`;
    const check = (key: string, value: string) => ({ '/': page('Check', `<header>PAS</header><main><h1>Check answers</h1>${row('NHS number', '999 000 0018')}${row(key, value)}</main>`) });
    const r = await runPair(check('Registered GP practice', 'Northfield Surgery'), check('Preferred language', 'English'),
      [{ name: 'Check', actions: [{ expect: { target: { role: 'heading', name: 'Check answers' }, visible: true } }] }]);
    expect(r.divergences.map((d) => d.kind)).toEqual(['text-changed']);
  });

  it('beneath a header that changed colour around a new menu entry, a Back link set lower and a drop-down turned white are changes of their own', async () => {
    const site = (neu: boolean) => ({ '/': page('Patient', `<header style="background:${neu ? '#fff;color:#005eb8' : '#005eb8'};height:40px;padding:50px 20px 0">
        <nav><a href="/">Find a patient</a> <a href="/">Register</a>${neu ? ' <a href="/">Waiting list</a>' : ''}</nav></header>
      <a href="/" style="display:block;font-size:20px;margin:${neu ? '30px 20px 8px' : '8px 20px 30px'}">Back</a>
      <main><h1>Personal details</h1><form><label for="t">Title</label><select id="t" name="t" style="appearance:none;border:2px solid #333;padding:6px;width:200px;background:${neu ? '#fff' : '#ccc'}"><option>Mrs</option><option>Mr</option></select>
      <label for="f">First name</label><input id="f" name="f"></form></main>`) });
    const r = await runPair(site(false), site(true), [{ name: 'Personal details', actions: [{ expect: { target: { role: 'heading', name: 'Personal details' }, visible: true } }] }]);
    const looks = r.divergences.filter((d) => d.kind === 'visual-only').map((d) => d.message);
    expect(looks.filter((m) => /'Back'/.test(m))).toHaveLength(1);
    expect(looks.filter((m) => /'Title'/.test(m))).toHaveLength(1);
    expect(looks.filter((m) => /the header/.test(m))).toHaveLength(1);
    // Told top to bottom, as a person reads the page, not biggest first.
    expect(looks.map((m) => /the header|'Back'|'Title'/.exec(m)?.[0])).toEqual(['the header', "'Back'", "'Title'"]);
  });

  it('every screen\'s own main heading restyled alike is one change, told where it is first met', async () => {
    const screen = (h1: string, next: string, neu: boolean) => formScreen(h1, next, `<h1 style="font-size:${neu ? '40px' : '32px'}">${h1}</h1>`, '<p style="height:900px">Notes</p>');
    const site = (neu: boolean) => ({ '/': screen('Personal details', '/contact', neu), '/contact': screen('Contact details', '/done', neu) });
    const r = await runPair(site(false), site(true), throughTwo('Personal details', 'Personal', 'Contact'));
    expect(sentences(r.divergences.filter((d) => d.kind === 'visual-only'))).toEqual([
      expect.stringMatching(/^visual-only: In new, 'Personal details' looks different in 1 place around the heading 'Personal details'/),
    ]);
  });

  it('a Back link drawn otherwise on two screens, at another place on each, is one change, told where it is first met', async () => {
    // As GOV.UK Frontend 5 draws its Back link: the same component, on screens laid out differently.
    const back = (neu: boolean) => `<a href="/" style="display:block;font-size:20px;line-height:24px;margin:16px 20px;font-weight:${neu ? 'bold' : 'normal'};color:${neu ? '#0b0c0c' : '#1d70b8'}">Back</a>`;
    const screen = (h1: string, next: string, above: number, neu: boolean) => formScreen(h1, next, `<div style="height:${above}px"></div>${back(neu)}<h1>${h1}</h1>`);
    const site = (neu: boolean) => ({ '/': screen('About the patient', '/reason', 0, neu), '/reason': screen('Reason for referral', '/done', 60, neu) });
    const r = await runPair(site(false), site(true), throughTwo('About the patient', 'About', 'Reason'));
    expect(sentences(r.divergences.filter((d) => d.kind === 'visual-only'))).toEqual([
      expect.stringMatching(/^visual-only: In new, 'About the patient' looks different in 1 place around the link 'Back'/),
    ]);
  });

  it('a set of fields whose title is drawn larger looks different around that title, named by its words', async () => {
    const site = (neu: boolean) => ({ '/': page('Contact', `<header>PAS</header><main><h1>Contact details</h1><form><fieldset style="border:0;padding:0">
      <legend style="font:bold ${neu ? '26px' : '20px'}/32px sans-serif">Home address</legend>
      <label for="a">Address line 1</label><input id="a" name="a"></fieldset></form></main>`) });
    const r = await runPair(site(false), site(true), [{ name: 'Contact', actions: [{ expect: { target: { role: 'heading', name: 'Contact details' }, visible: true } }] }]);
    expect(sentences(r.divergences)).toEqual([
      expect.stringMatching(/^visual-only: In new, 'Contact details' looks different in 1 place around the title 'Home address' \(set in 26 px bold, was 20 px bold\)/),
    ]);
  });

  it('a table drawn otherwise looks different around that table, named by its columns', async () => {
    const site = (neu: boolean) => ({ '/': page('Clinics', `<header>PAS</header><main><h1>Clinic list</h1>
      <table style="border-collapse:collapse"><thead><tr style="background:${neu ? '#005eb8;color:#fff' : '#eee'}"><th>Clinic</th><th>Date</th><th>Slots</th></tr></thead>
      <tbody><tr><td>Fracture clinic</td><td>Monday</td><td>12</td></tr></tbody></table></main>`) });
    const r = await runPair(site(false), site(true), [{ name: 'Clinics', actions: [{ expect: { target: { role: 'heading', name: 'Clinic list' }, visible: true } }] }]);
    expect(sentences(r.divergences)).toEqual([
      expect.stringMatching(/^visual-only: In new, 'Clinic list' looks different in 1 place around the table with 'Clinic', 'Date'/),
    ]);
  });

  it('headings set larger on two screens (a new type scale), whatever their sizes, are one change that says how they are set and names both', async () => {
    const screen = (h1: string, h2: string, size: [number, number], next: string, neu: boolean) => formScreen(h1, next, `<h1>${h1}</h1>
      <h2 style="font:bold ${neu ? size[1] : size[0]}px/44px sans-serif">${h2}</h2>`);
    const site = (neu: boolean) => ({ '/': screen('Personal details', 'Name', [32, 36], '/contact', neu), '/contact': screen('Contact details', 'Address', [24, 26], '/done', neu) });
    const r = await runPair(site(false), site(true), throughTwo('Personal details', 'Personal', 'Contact'));
    expect(sentences(r.divergences)).toEqual([
      expect.stringMatching(/^visual-only: In new, 'Personal details' looks different in 1 place around the heading 'Name' \(set in 36 px bold, was 32 px bold\).*; the heading 'Address' is set larger alike\.$/),
    ]);
  });

  it('a form pushed a few pixels up by a shorter banner above it has not changed; the banner has', async () => {
    const site = (neu: boolean) => ({ '/': page('Patient', `<header>PAS</header><div style="padding:${neu ? '7px' : '10px'} 20px;border-bottom:1px solid #999">
        <strong style="background:${neu ? '#bbd4ea;color:#0b0c0c' : '#1d70b8;color:#fff'}">${neu ? 'Training' : 'TRAINING'}</strong> This is a training copy.</div>
      <main><h1>About the patient</h1><form><label for="n">NHS number</label><input id="n" name="n"><label for="f">Full name</label><input id="f" name="f"></form></main>`) });
    const r = await runPair(site(false), site(true), [{ name: 'About', actions: [{ expect: { target: { role: 'heading', name: 'About the patient' }, visible: true } }] }]);
    const text = sentences(r.divergences).join('\n');
    expect(text).not.toMatch(/NHS number|Full name|heading 'About the patient'/);
    expect(r.divergences.filter((d) => d.kind === 'visual-only')).toHaveLength(1);
  });
});
