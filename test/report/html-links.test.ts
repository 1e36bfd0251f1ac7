// Links into the HTML report: a reviewer pastes the address of one divergence (or one matrix cell)
// into a ticket, and whoever opens it, tonight or next week, lands on the same thing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { rows, useReport } from './html-harness.js';

const report = useReport();
const selectedId = (p: Page) => p.locator('#list tr.sel').getAttribute('data-id');

describe('HTML report links', () => {
  it('#d=<fingerprint> opens that divergence, with its fingerprint and the command to accept it', async () => {
    const d = report.doc.divergences.filter((x) => x.status === 'new').at(-1)!;
    const { page, errors } = await report.open(`#d=${d.fingerprint}`);
    expect(await selectedId(page)).toBe(String(d.id));
    expect(await page.innerText('#step ul.sentences li.cur')).toContain(d.message);
    expect(await page.innerText('#fpline code.fp')).toBe(d.fingerprint);
    expect(await page.innerText('#fpline code.cmd')).toBe(`npx parity accept ${d.fingerprint} --reason "…" --by "…" --until YYYY-MM-DD`);
    expect(await page.getAttribute('#fpline a', 'href')).toBe(`#d=${d.fingerprint}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an accepted divergence shows its fingerprint but no accept command', async () => {
    const d = report.doc.divergences.find((x) => x.status === 'accepted')!;
    const { page } = await report.open(`#d=${d.fingerprint}`);
    expect(await selectedId(page)).toBe(String(d.id));
    expect(await page.innerText('#fpline code.fp')).toBe(d.fingerprint);
    expect(await page.locator('#fpline code.cmd').count()).toBe(0);
    await page.close();
  });

  it('a link to a divergence the filters hide clears the filters and shows it', async () => {
    const d = report.doc.divergences.find((x) => x.severity === 'critical')!;
    const { page } = await report.open();
    await page.uncheck('#f-critical');
    await page.fill('#f-q', 'no such words anywhere');
    await page.evaluate((h) => { location.hash = h; }, `#d=${d.fingerprint}`);
    await expect.poll(() => selectedId(page)).toBe(String(d.id));
    expect(await page.isChecked('#f-critical')).toBe(true);
    expect(await page.inputValue('#f-q')).toBe('');
    expect(await rows(page).count()).toBe(report.doc.divergences.length);
    await page.close();
  });

  it('what is selected is in the address, so reloading (or sharing it) comes back to it', async () => {
    const { page } = await report.open();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const id = await selectedId(page);
    const second = report.doc.divergences.find((x) => String(x.id) === id)!;
    expect(new URL(page.url()).hash).toBe(`#d=${second.fingerprint}`);
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    expect(await selectedId(page)).toBe(String(second.id));

    await page.click('td.cell[data-journey="book-appointment"][data-target="live-london"]');
    expect(new URL(page.url()).hash).toBe('#j=book-appointment&t=live-london');
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    expect(await page.innerText('#f-journey')).toContain('Book an outpatient appointment');
    expect(await page.inputValue('#f-env')).toBe('live-london');
    expect(await page.innerText('#jtitle')).toBe('Book an outpatient appointment');
    await page.close();
  });

  it('a link to something this run does not have says so', async () => {
    const o = await report.open('#d=0123456789abcdef');
    const { page } = o;
    expect(await page.innerText('#link-missing')).toContain('divergence 0123456789abcdef is not in this run');
    await page.evaluate(() => { location.hash = '#j=no-such-journey&t=live-london'; });
    await expect.poll(() => page.innerText('#link-missing')).toContain('journey no-such-journey in live-london is not in this run');
    // Whatever the address says is shown as text, and a malformed one is an explanation, not an error.
    await page.evaluate(() => { location.hash = '#j=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E&t=live-london'; });
    await expect.poll(() => page.innerText('#link-missing')).toContain('journey <img src=x onerror=window.__xss=1> in live-london');
    await page.evaluate(() => { location.hash = '#j=%E0%A4%A&t=x'; });
    await expect.poll(() => page.innerText('#link-missing')).toContain('an address this report cannot read');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(o.errors).toEqual([]);
    await page.close();
  });

  it('the search finds a divergence by its fingerprint', async () => {
    const d = report.doc.divergences[1]!;
    const { page } = await report.open();
    await page.fill('#f-q', d.fingerprint);
    expect(await rows(page).count()).toBe(1);
    expect(await rows(page).first().getAttribute('data-id')).toBe(String(d.id));
    await page.close();
  });
});
