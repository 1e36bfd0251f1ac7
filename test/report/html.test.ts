// The HTML report in real Chromium, opened the way a reviewer opens it: file://, offline.
import { describe, expect, it } from 'vitest';
import { XSS } from '../fixtures/report/build-run.js';
import { rows, useReport } from './html-harness.js';

const report = useReport();
const open = () => report.open();

describe('HTML report over file://', () => {
  it('loads only files inside its folder, runs its script under the CSP, and shows its images', async () => {
    const o = await open();
    await rows(o.page).first().click();
    await o.page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('#stage img')].every((i) => i.complete && i.naturalWidth > 0));
    expect(o.requests.length).toBeGreaterThan(3);
    expect(o.requests.filter((u) => !u.startsWith(report.folderUrl))).toEqual([]);
    expect(o.console.filter((c) => /Content Security Policy|Refused/i.test(c))).toEqual([]);
    expect(o.errors).toEqual([]);
    const csp = await o.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(await o.page.locator('img:not([loading="lazy"])').count()).toBe(0);
    await o.page.close();
  });

  it('matrix cells show the counts of report.json, accepted apart', async () => {
    const o = await open();
    for (const c of report.doc.matrix) {
      const cell = o.page.locator(`td.cell[data-journey="${c.journey}"][data-target="${c.target}"]`);
      const open = c.counts.critical + c.counts.major + c.counts.minor + c.counts.cosmetic;
      expect(await cell.getAttribute('data-new')).toBe(String(open));
      expect(await cell.getAttribute('data-accepted')).toBe(String(c.accepted));
      expect(await cell.getAttribute('data-worst')).toBe(c.worst ?? '');
      const text = await cell.innerText();
      if (c.status === 'compared' && open) expect(text).toContain(`${open} new`);
      if (c.accepted) expect(text).toContain(`${c.accepted} accepted`);
      if (c.status === 'unavailable') expect(text).toContain('unavailable');
    }
    for (const s of ['critical', 'major', 'minor', 'cosmetic'] as const) {
      expect(await o.page.locator(`#totals [data-sev=${s}] b`).innerText()).toBe(String(report.doc.totals.bySeverity[s]));
    }
    await o.page.close();
  });

  it('filters by severity, kind, environment, status and text', async () => {
    const { page } = await open();
    const all = report.doc.divergences.length;
    expect(await rows(page).count()).toBe(all);
    await page.uncheck('#f-critical');
    expect(await rows(page).count()).toBe(report.doc.divergences.filter((d) => d.severity !== 'critical').length);
    await page.check('#f-critical');
    await page.selectOption('#f-kind', 'label-changed');
    expect(await rows(page).count()).toBe(2);
    await page.selectOption('#f-kind', '');
    await page.selectOption('#f-env', 'live-south');
    expect(await rows(page).count()).toBe(report.doc.divergences.filter((d) => d.target === 'live-south').length);
    await page.selectOption('#f-env', '');
    await page.selectOption('#f-status', 'accepted');
    expect(await rows(page).count()).toBe(1);
    await page.selectOption('#f-status', 'failing');
    expect(await rows(page).count()).toBe(report.doc.totals.failing);
    await page.selectOption('#f-status', 'all');
    await page.fill('#f-q', 'overseas');
    expect(await rows(page).count()).toBe(1);
    expect(await page.innerText('#shown')).toBe(`Showing 1 of ${all} divergences`);
    await page.fill('#f-q', 'no such words anywhere');
    expect(await page.innerText('#list')).toContain('Nothing matches');
    await page.close();
  });

  it('a matrix cell opens the journey with steps aligned, blank where a step is missing', async () => {
    const { page } = await open();
    await page.click('td.cell[data-journey="book-appointment"][data-target="live-london"]');
    expect(await rows(page).count()).toBe(2);
    expect(await page.innerText('#f-journey')).toContain('Book an outpatient appointment');
    const aligned = page.locator('#align tbody tr');
    expect(await aligned.count()).toBe(3);
    expect(await aligned.nth(1).locator('td').nth(2).getAttribute('class')).toBe('gap');
    expect(await aligned.nth(2).locator('td').nth(2).innerText()).toContain('Confirm booking (blocked)');
    expect(await page.locator('#detail a[download]').getAttribute('href')).toMatch(/^traces\/t\d+\.zip$/);
    await page.close();
  });

  it('slider, blink and overlay controls work', async () => {
    const { page } = await open();
    await rows(page).first().click(); // field-added on Demographics: no diff image
    await page.click('button[data-mode=slider]');
    await page.locator('#slider').fill('20');
    expect(await page.$eval('#stage img.top', (i) => (i as HTMLElement).style.clipPath)).toBe('inset(0px 80% 0px 0px)');
    await page.click('button[data-mode=overlay]');
    expect(await page.locator('#stage img.top.blend').count()).toBe(1);
    await page.click('button[data-mode=blink]');
    const first = await page.getAttribute('#stage .frame', 'data-showing');
    await page.waitForFunction((f) => document.querySelector('#stage .frame')?.getAttribute('data-showing') !== f, first, { timeout: 3000 });
    await page.click('#blink-pause');
    // The visual-only divergence has compare's diff image: the overlay shows it.
    await page.locator('#list tr.div[data-kind="visual-only"]').click();
    await page.click('button[data-mode=overlay]');
    expect(await page.getAttribute('#stage img.top.diff', 'src')).toMatch(/^diffs\/d\d+\.png$/);
    await page.click('button[data-mode=side]');
    expect(await page.locator('#stage figure').count()).toBe(2);
    expect(await page.locator('#stage .box').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('opens a screenshot at full size on a click, and both views scroll to the changed region', async () => {
    const { page, errors } = await open();
    // Narrow and short, as on a laptop: one column, and the screenshots taller than their box.
    await page.setViewportSize({ width: 1000, height: 420 });
    await page.locator('#list tr.div[data-kind="field-added"]').first().click(); // its box is low on the page
    const stage = page.locator('#stage');
    const inView = async (box: string, scroller: string) => page.$eval(box, (b, s) => {
      const r = b.getBoundingClientRect();
      const v = document.querySelector(s)!.getBoundingClientRect();
      return r.top >= v.top && r.bottom <= v.bottom && r.left >= v.left && r.right <= v.right;
    }, scroller);
    expect(await stage.evaluate((s) => s.scrollHeight > s.clientHeight)).toBe(true);
    expect(await stage.evaluate((s) => s.scrollTop)).toBeGreaterThan(0);
    expect(await inView('#stage figure:nth-child(2) .box', '#stage')).toBe(true);
    // A click opens the target's screenshot at its own size, scrolled to the region.
    await page.click('#stage figure:nth-child(2) .frame');
    const viewer = page.locator('dialog#viewer[open]');
    await expect.poll(() => viewer.count()).toBe(1);
    await page.waitForFunction(() => (document.querySelector('#viewer img') as HTMLImageElement | null)?.complete === true);
    const size = await page.$eval('#viewer img', (i) => [(i as HTMLImageElement).clientWidth, (i as HTMLImageElement).naturalWidth]);
    expect(size).toEqual([800, 800]);
    expect(await page.locator('#viewer .box').count()).toBeGreaterThan(0);
    expect(await inView('#viewer .box', '#viewer-scroll')).toBe(true);
    expect(await page.locator('#viewer .vbar b').textContent()).toBe('LIVE London');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog#viewer').count()).toBe(0);
    // From the keyboard too: the screenshot is a button.
    await page.focus('#stage figure:nth-child(1) .frame');
    await page.keyboard.press('Enter');
    await expect.poll(() => viewer.count()).toBe(1);
    await page.click('#viewer-close');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('j/k and the arrow keys move focus between divergences', async () => {
    const { page } = await open();
    const ids = await rows(page).evaluateAll((rs) => rs.map((r) => r.getAttribute('data-id')));
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('j');
    expect(await focused()).toBe(ids[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(ids[2]);
    await page.keyboard.press('k');
    expect(await focused()).toBe(ids[1]);
    expect(await page.locator('#list tr.sel').getAttribute('data-id')).toBe(ids[1]);
    expect(await page.locator('#step ul.sentences li.cur').count()).toBe(1);
    await page.close();
  });

  it('captured markup shows as text and nothing in it runs', async () => {
    const o = await open();
    const { page } = o;
    const n = await rows(page).count();
    for (let i = 0; i < n; i++) {
      await rows(page).nth(i).click();
      for (const m of ['overlay', 'slider', 'side']) if (await page.locator(`button[data-mode=${m}]:not([disabled])`).count()) await page.click(`button[data-mode=${m}]`);
    }
    await page.click('td.cell[data-journey="book-appointment"][data-target="live-london"]');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
    await rows(page).first().click();
    await page.click('td.cell[data-journey="register-patient"][data-target="live-london"]');
    await page.locator('#list tr.div[data-kind="label-changed"][data-status="new"]').click();
    const text = await page.innerText('#app');
    expect(text).toContain(XSS.script);
    expect(text).toContain(XSS.img);
    expect(await page.innerText('#struct')).toContain(XSS.closing);
    expect(await page.locator('#app script, #app img[src="x"], #app svg, #app [onerror], #app [onload]').count()).toBe(0);
    expect(await page.locator('#app a[href^="javascript"]').count()).toBe(0);
    // The data element was not closed early by the payload.
    expect(await page.locator('head script').count()).toBe(2);
    await page.close();
  });

  it('prints without its controls', async () => {
    const { page } = await open();
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('#filters', (e) => getComputedStyle(e).display)).toBe('none');
    await page.close();
  });
});
