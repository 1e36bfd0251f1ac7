// Patient data and secrets never reach the disk (text scrubbed, screenshot regions painted over),
// and capturing the same journey twice gives the same structure and the same screenshot bytes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

import { useBrowserAndApp, act, filesUnder, journey, run, why } from './harness.js';
import type { Box } from '../../src/model/capture.js';

const shared = useBrowserAndApp();

const SECRET = 'Tr0ub4dor-3xyz';
const PAINT = [0x22, 0x22, 0x22];

/** Share of pixels inside the box that are the redaction colour. */
async function paintedShare(png: Buffer, b: Box): Promise<number> {
  const { data, info } = await sharp(png).extract({ left: b.x, top: b.y, width: b.width, height: b.height }).raw().toBuffer({ resolveWithObject: true });
  let hits = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (data[i] === PAINT[0] && data[i + 1] === PAINT[1] && data[i + 2] === PAINT[2]) hits++;
  }
  return hits / (info.width * info.height);
}

describe('redaction', () => {
  it('keeps a patient name and a secret out of every file, and paints their screen regions over', async () => {
    const out = await run(shared.browser, shared.app.url, journey('redact', [
      { name: 'Record', actions: [act.fill({ label: 'Access code' }, '${secret.CODE}')] },
      { name: 'Confirm', actions: [act.click({ role: 'button', name: 'Confirm identity' })] },
    ], '/patient.html'), {
      secrets: { CODE: SECRET },
      // values on: the typed secret is in the form model too, and must still be scrubbed
      config: { redact: [{ pattern: 'Zebedee\\s+QUARTERMAINE', flags: 'i' }, { pattern: '\\b999 ?\\d{3} ?\\d{4}\\b' }, { region: { css: '#photo' } }, { region: { css: '#strip' } }], capture: { values: true, fullPage: true, actionTimeoutMs: 3000, navigationTimeoutMs: 10_000, retries: 2, continuePastBlocks: true } },
    });
    const c = out.capture(0);
    expect(c.status, why(c)).toBe('captured');
    const files = filesUnder(out.root);
    expect(files.map((f) => f.slice(out.root.length))).toEqual(expect.arrayContaining(['/captures/live/redact/00-record/capture.json', '/captures/live/redact/00-record/aria.yaml', '/captures/live/redact/00-record/screenshot.png']));
    for (const f of files) {
      const text = readFileSync(f).toString('latin1').toLowerCase();
      expect(text.includes('zebedee'), f).toBe(false);
      expect(text.includes('quartermaine'), f).toBe(false);
      expect(text.includes(SECRET.toLowerCase()), f).toBe(false);
      expect(text.includes('999 000 0026'), f).toBe(false);
    }
    expect(readFileSync(join(out.stepDir(0), 'aria.yaml'), 'utf8')).toContain('▇▇▇');
    expect(c.identity!.title).toBe('Patient record – ▇▇▇');

    const png = readFileSync(join(out.stepDir(0), 'screenshot.png'));
    // the name in one text node; the same name split over <b> and <span>; a region rule; the typed secret
    expect(await paintedShare(png, { x: 45, y: 104, width: 295, height: 20 })).toBe(1);
    expect(await paintedShare(png, { x: 45, y: 226, width: 260, height: 12 })).toBe(1);
    expect(await paintedShare(png, { x: 600, y: 100, width: 80, height: 80 })).toBe(1);
    // a number beside its term, whose words the list runs together ("NHS number999 000 0026")
    const nhsAt = { x: 800, y: 224, width: 60, height: 14 };
    expect(await paintedShare(png, nhsAt)).toBe(1);
    const code = c.controls.find((x) => x.name === 'Access code')!;
    expect(await paintedShare(png, code.box)).toBe(1);
    // the name in a modal <dialog>, which is drawn in the top layer above the page
    const modal = readFileSync(join(out.stepDir(1), 'screenshot.png'));
    expect(out.capture(1).identity!.dialog).toBeDefined();
    expect(await paintedShare(modal, { x: 55, y: 434, width: 215, height: 12 })).toBe(1);
    // a region as wide as the page is painted to its edges and no further: the page keeps its width
    expect(await paintedShare(png, { x: 0, y: 0, width: 1280, height: 10 })).toBe(1);
    expect(c.screenshot!.width).toBe(1280);
    // and nothing else: the heading is drawn as it is
    expect(await paintedShare(png, { x: 16, y: 20, width: 300, height: 40 })).toBeLessThan(0.01);
  });
});

describe('repeatability', () => {
  it('two runs of the same journey give identical controls and identity, and byte-identical screenshots', async () => {
    const j = journey('repeat', [
      { name: 'Form', actions: [act.fill({ label: 'Surname' }, 'Testpatient'), act.select({ label: 'Ethnic category' }, 'Z Not stated')] },
      { name: 'Allergies', actions: [act.click({ role: 'button', name: 'Show allergies' })] },
      { name: 'Clinic', actions: [act.goto('/combobox.html'), act.select({ role: 'combobox', name: 'Clinic' }, 'Diabetes clinic')] },
    ], '/form.html');
    const a = await run(shared.browser, shared.app.url, j);
    const b = await run(shared.browser, shared.app.url, j);
    expect(a.result.status).toBe('passed');
    for (let i = 0; i < 3; i++) {
      const [x, y] = [a.capture(i), b.capture(i)];
      expect(y.controls).toEqual(x.controls);
      expect(y.identity).toEqual(x.identity);
      expect(y.screenshot!.sha256, `step ${i}`).toBe(x.screenshot!.sha256);
      expect(readFileSync(join(b.stepDir(i), 'screenshot.png')).equals(readFileSync(join(a.stepDir(i), 'screenshot.png')))).toBe(true);
      expect(readFileSync(join(b.stepDir(i), 'aria.yaml'), 'utf8')).toBe(readFileSync(join(a.stepDir(i), 'aria.yaml'), 'utf8'));
    }
  });
});
