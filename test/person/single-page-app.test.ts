// A single-page app (an API reference, a records viewer) shows one screen at every step: a side
// menu opened part by part, sections scrolled to. What a person sees change there is one change,
// however many steps meet it.
import { describe, expect, it } from 'vitest';
import { page, runPair, sentences } from './pairs.js';

// A side menu of groups that open on click; each entry a method badge (lower-case in the markup,
// shown in capitals) beside its words. `named` gives the entries an accessible name without the
// badge (a screen reader hears 'Search patients', a person reads 'GET Search patients').
const GROUPS: Record<string, [string, string][]> = {
  Patients: [['get', 'Search patients'], ['post', 'Register a patient'], ['get', 'Get a patient']],
  Appointments: [['get', 'List appointments'], ['post', 'Book an appointment'], ['del', 'Cancel an appointment']],
};
const menu = (named: boolean) => ({
  '/': page('API', `<nav><ul role="menu">${Object.entries(GROUPS).map(([g, ops]) => `
    <li role="none"><span role="menuitem" tabindex="0" onclick="this.nextElementSibling.hidden = !this.nextElementSibling.hidden">${g}</span>
      <ul role="menu" hidden>${ops.map(([m, w]) => `<li role="menuitem" tabindex="0"${named ? ` aria-label="${w}"` : ''}><span class="m">${m}</span><span>${w}</span></li>`).join('')}</ul></li>`).join('')}
    </ul></nav><main><h1>PAS API</h1><p>Patient administration.</p></main>`,
  'ul{list-style:none} li[role=menuitem]{display:flex;gap:6px} .m{text-transform:uppercase;font-size:11px;background:#2e7d32;color:#fff;padding:0 4px}'),
});
const open = { name: 'Open the reference', actions: [{ expect: { target: { role: 'heading', name: 'PAS API' }, visible: true } }] };
const openGroup = (g: string) => ({ name: `Open ${g}`, actions: [{ click: { role: 'menuitem', name: g, exact: true } }] });

describe('single-page apps: one screen at every step', () => {
  it('entries of a closed menu are read by the words they show when opened: a badge in capitals is no rename', async () => {
    const r = await runPair(menu(false), menu(true), [open, openGroup('Patients')]);
    const text = sentences(r.divergences).join('\n');
    expect(text).not.toMatch(/label-changed|getSearch|is called/);
    // Only a screen reader hears the badge go, and that is one change.
    const heard = r.divergences.filter((d) => d.kind === 'screen-reader-only');
    expect(heard).toHaveLength(1);
    expect(heard[0]!.evidence.count).toBe(3);
  });

  it('the same change to what a screen reader hears, met as each part of a menu opens, is one finding', async () => {
    const r = await runPair(menu(false), menu(true), [open, openGroup('Patients'), openGroup('Appointments')]);
    const heard = r.divergences.filter((d) => d.kind === 'screen-reader-only');
    expect(sentences(heard)).toEqual([expect.stringContaining('6 menu entries')]);
    expect(heard[0]!.step).toBe('Open Patients');
  });

  it('fields a screen reader now hears by their labels are one change, whatever it heard before', async () => {
    const fields = (tied: boolean) => ({
      '/': page('Allergy', `<main><h1>Record an allergy</h1>
        <label${tied ? ' for="s"' : ''}>Substance</label><input id="s" name="root[substance]"${tied ? '' : ' aria-label="root[substance]"'}>
        <label${tied ? ' for="r"' : ''}>Reaction</label><textarea id="r" name="root[reaction]"${tied ? '' : ' aria-label="root[reaction]"'}></textarea>
        <label${tied ? ' for="t"' : ''}>Type</label><select id="t" name="root[type]"><option>Allergy</option><option>Intolerance</option></select>
        <label${tied ? ' for="v"' : ''}>Severity</label><select id="v" name="root[severity]"><option>Mild</option><option>Severe</option></select></main>`),
    });
    const r = await runPair(fields(false), fields(true), [{ name: 'Open the form', actions: [{ expect: { target: { role: 'heading', name: 'Record an allergy' }, visible: true } }] }]);
    const heard = r.divergences.filter((d) => d.kind === 'screen-reader-only');
    expect(heard).toHaveLength(1);
    expect(heard[0]!.evidence.count).toBe(4);
    expect(r.divergences.filter((d) => d.kind === 'label-changed')).toEqual([]);
  });
});

describe('single-page apps: sections and places', () => {
  // An API reference: a side menu (open), operations under headings, each with a response table.
  const op = (title: string, text: string) => `<h2>${title}</h2><p>${text}</p><h3>Responses</h3><button type="button">200 OK</button>`;
  const reference = (ops: [string, string][], style = '') => ({
    '/': page('API', `<nav><ul role="menu">${ops.map(([t]) => `<li role="none"><a role="menuitem" href="#${t.replace(/ /g, '')}">${t}</a></li>`).join('')}</ul></nav>
      <main><h1>PAS API</h1>${ops.map(([t, x]) => op(t, x)).join('')}</main>`, style),
  });
  const open = { name: 'Open the reference', actions: [{ expect: { target: { role: 'heading', name: 'PAS API' }, visible: true } }] };

  it('a new operation, with its menu entry, its texts and its own parts, is one new section', async () => {
    const ops: [string, string][] = [['Search patients', 'Find patients by NHS number.'], ['Create a referral', 'Record a referral.']];
    const r = await runPair(reference(ops), reference([...ops, ['Triage a referral', 'Accept or reject a referral after clinical triage.']]), [open]);
    const structural = r.divergences.filter((d) => d.kind !== 'visual-only');
    expect(sentences(structural)).toEqual([expect.stringContaining("has a new section 'Triage a referral'")]);
  });

  it('an operation renamed in its heading and its menu entry alike is one change', async () => {
    const r = await runPair(reference([['Search patients', 'Find patients.'], ['Get a referral', 'One referral.']]),
      reference([['Search patients', 'Find patients.'], ['View a referral', 'One referral.']]), [open]);
    const structural = r.divergences.filter((d) => d.kind !== 'visual-only');
    expect(sentences(structural)).toEqual([expect.stringMatching(/'Get a referral'.*reads 'View a referral'; its menu entry is renamed alike/)]);
  });

  it('a place that looks different is told once, though a later step moved it down the screen', async () => {
    // The contact link is marked out in the newer release; opening a panel above it moves it down.
    const site = (style: string) => ({
      '/': page('API', `<main><h1>PAS API</h1><button type="button" onclick="document.getElementById('x').hidden = false">Show the summary</button>
        <div id="x" hidden style="height:180px;background:#eef">Summary</div><p>Contact: <a href="mailto:pas@example.org">pas@example.org</a></p></main>`, `a{font-size:20px} ${style}`),
    });
    const r = await runPair(site(''), site('a{background:#fd0;padding:4px 40px}'), [open, { name: 'Show the summary', actions: [{ click: { role: 'button', name: 'Show the summary' } }] }]);
    const visual = r.divergences.filter((d) => d.kind === 'visual-only');
    expect(visual.map((d) => d.step)).toEqual(['Open the reference']);
  });
});
