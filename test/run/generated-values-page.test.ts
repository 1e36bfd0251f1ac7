// Values a run made up stand on the page as placeholders while a step is captured, in text, in
// shadow roots, in fields and in the title, and the page gets its own text back afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium } from '../support/browser.js';
import { hideGenerated } from '../../src/capture/generated-values.js';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

describe('generated values on the page', () => {
  it('are placeholders while captured, and the page text comes back after', async () => {
    const page = await browser.newPage();
    await page.setContent(`<title>Patient 943 476 5919</title><p id="p">NHS number 943 476 5919, Jane Quill</p>
      <input id="f" value="9434765919"><div id="host"></div>
      <script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<span>quill</span>';</script>`);
    const read = () => page.evaluate(() => [document.title, document.getElementById('p')!.textContent,
      (document.getElementById('f') as HTMLInputElement).value, document.getElementById('host')!.shadowRoot!.textContent]);
    const before = await read();
    const restore = await hideGenerated(page, [
      { ref: 'gen.nhsNumber', kind: 'nhsNumber', value: '9434765919' },
      { ref: 'gen.name', kind: 'name', value: 'Quill' },
    ]);
    expect(await read()).toEqual(['Patient [new NHS number]', 'NHS number [new NHS number], Jane [new name]', '[new NHS number]', '[new name]']);
    await restore();
    expect(await read()).toEqual(before);
    await page.close();
  });
});
