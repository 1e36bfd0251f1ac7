// A screen built from frames is one screen to a person: journeys reach into same-origin,
// cross-origin and nested frames without naming them, the capture holds every frame's controls
// where the page shows them, and a change inside a nested frame is reported with its panel.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { act, journey, launch, removeRunDirs, run, why } from '../run/harness.js';
import { startFrameSites, type Site } from './frames-site.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import type { CompareResult } from '../../src/model/divergence.js';

let browser: Browser;
let sites: { v1: Site; v2: Site; other: Site };
const dirs: string[] = [];

beforeAll(async () => {
  [browser, sites] = await Promise.all([launch(), startFrameSites()]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([sites?.v1.close(), sites?.v2.close(), sites?.other.close()]);
  removeRunDirs();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a screen built from frames', () => {
  it('fills, clicks and checks inside same-origin, cross-origin and nested frames without naming them', async () => {
    const out = await run(browser, sites.v1.url, journey('frames', [
      { name: 'Work in the panels', actions: [
        act.fill({ label: 'Pulse' }, '72'), // same-origin frame
        act.click({ role: 'button', name: 'Save observations' }),
        act.expect({ role: 'status' }, { text: 'Saved 72' }),
        act.fill({ label: 'Specimen type' }, 'Blood'), // cross-origin frame inside the same-origin one
        act.check({ role: 'checkbox', name: 'Urgent' }), // cross-origin frame beside it
        act.expect({ label: 'Specimen type' }, { value: 'Blood' }),
        // Print is in two panels; the journey says which.
        act.click({ role: 'button', name: 'Print', frame: 'Orders' }),
        act.expect({ text: 'Orders printed' }, { visible: true }),
      ] },
    ], '/record.html'));
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
    expect(c.expects.every((e) => e.passed)).toBe(true);

    // Every frame's controls, each with its panel, at the place on the page the frame shows it:
    // Record's content starts at (44, 204) inside its 4px border; Results sits at (300, 100)
    // inside Record with a 2px border, so its content starts at (346, 306).
    const byName = (name: string) => c.controls.find((x) => x.name === name);
    expect(byName('Pulse')).toMatchObject({ role: 'textbox', frame: 'Record', region: 'Record', box: { x: 64, y: 264 } });
    expect(byName('Specimen type')).toMatchObject({ role: 'textbox', frame: 'Results', region: 'Results', box: { x: 356, y: 356 } });
    // A frame with neither title nor name is called by its heading.
    expect(byName('Urgent')).toMatchObject({ role: 'checkbox', frame: 'Orders', checked: true });
    expect(byName('Urgent')!.box.x).toBeGreaterThanOrEqual(802);
    expect(c.controls.filter((x) => x.name === 'Print').map((x) => x.frame).sort()).toEqual(['Orders', 'Results']);
    expect(c.controls.map((x) => x.order)).toEqual(c.controls.map((_, i) => i));

    // The screen's identity is the page's, with the panels' words merged in.
    expect(c.identity).toMatchObject({ path: '/record.html', mainHeading: 'Patient record' });
    expect(c.identity!.headings).toEqual(expect.arrayContaining(['1 Patient record', '2 Observations', '2 Results', '2 Orders']));
    expect(c.identity!.buttons).toEqual(expect.arrayContaining(['Save observations', 'Print']));
    expect(c.identity!.messages).toEqual(expect.arrayContaining(['Saved 72', 'Orders printed']));
    expect(c.identity!.areas).toContainEqual({ name: "the panel 'Results'", box: { x: 346, y: 306, width: 380, height: 300 } });

    // The accessibility snapshot goes into the frames too, each under its panel's name.
    const aria = readFileSync(join(out.stepDir(0), 'aria.yaml'), 'utf8');
    for (const panel of ['Record', 'Results', 'Orders']) expect(aria).toContain(`- panel "${panel}":`);
    expect(aria).toMatch(/- panel "Results":\n(\s+.*\n)*?\s+- textbox "Specimen type"/);
  });

  it('says which panels hold the matches when a name is in several, and what is on screen when it is in none', async () => {
    const ambiguous = await run(browser, sites.v1.url, journey('ambiguous', [
      { name: 'Print', actions: [act.click({ role: 'button', name: 'Print' })] },
    ], '/record.html'));
    const a = ambiguous.capture(0);
    expect(a.status).toBe('blocked');
    expect(a.blocked!.error).toMatch(/^2 elements match the button 'Print' \(in the panels '(Results' and 'Orders|Orders' and 'Results)'\); add nth or within or frame/);

    // With going on past blocks off: 'Save observations' is close enough to stand in for the trained
    // 'Save observation notes', and here the block's own words are what is checked.
    const missing = await run(browser, sites.v1.url, journey('missing', [
      { name: 'Save', actions: [act.click({ role: 'button', name: 'Save observation notes' })] },
    ], '/record.html'), { config: { capture: { values: false, fullPage: true, actionTimeoutMs: 3000, navigationTimeoutMs: 10_000, retries: 2, continuePastBlocks: false } } });
    const m = missing.capture(0);
    expect(m.status).toBe('blocked');
    expect(m.blocked!.error).toContain("the button 'Save observation notes' is not on the screen (nor in its panels 'Record', ");
    expect(m.blocked!.candidates[0]).toMatchObject({ role: 'button', name: 'Save observations', frame: 'Record' });
  });

  it('compares two such screens and reports a field renamed inside the nested frame, naming its panel', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parity-frames-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'specs'));
    writeFileSync(join(dir, 'parity.config.yaml'), [
      'reference: train',
      'environments:',
      `  train: { baseUrl: "${sites.v1.url}" }`,
      `  live: { baseUrl: "${sites.v2.url}" }`,
      'specs: [specs/*.yaml]',
      'viewport: { width: 1280, height: 800 }',
    ].join('\n') + '\n');
    writeFileSync(join(dir, 'specs', 'record.yaml'), [
      'journey: record',
      'start: /record.html',
      'steps:',
      '  - name: Enter observations',
      '    actions:',
      '      - fill: { label: Pulse, value: "72" }',
      '      - click: { role: button, name: Print, frame: Orders }',
    ].join('\n') + '\n');
    const io = memoryIo(dir, { ...process.env });
    const code = await main(['run', '--out', join(dir, 'run'), '--workers', '1', '--trace', 'off'], io);
    expect(code, io.text()).toBe(0); // a renamed label is minor: the run does not fail at major
    const r = JSON.parse(readFileSync(join(dir, 'run', 'compare', 'result.json'), 'utf8')) as CompareResult;
    const live = r.divergences.filter((d) => d.target === 'live');
    expect(live.map((d) => `${d.kind}: ${d.message}`)).toEqual([
      "label-changed: In live, the field 'Specimen type' on 'Patient record', in the panel 'Results' is called 'Sample type'.",
    ]);
  });
});
