// Everything the report shows that came from a web page is text, never markup. A live page whose
// labels, options, headings, buttons and links carry script, event-handler and javascript: payloads
// is captured through the real CLI; the HTML report and the handout are opened in real Chromium,
// every divergence is visited, and nothing runs while the payloads show as written.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import { launchChromium } from '../support/browser.js';

const PAYLOADS = {
  label: '<script>window.__xss=1</script>Surname',
  option: '<img src=x onerror="window.__xss=2">Urgent',
  heading: '<svg onload="window.__xss=3">Register patient',
  button: '"><script>window.__xss=4</script>Save',
  link: 'javascript:window.__xss=5',
  help: '<iframe src="javascript:window.__xss=6"></iframe>Help',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(hostile: boolean): string {
  const t = (plain: string, bad: string) => esc(hostile ? bad : plain);
  return `<!doctype html><html><head><title>Register</title></head><body>
<h1>${t('Register patient', PAYLOADS.heading)}</h1>
<p class="hint">${t('Help', PAYLOADS.help)}</p>
<form method="get" action="/">
<label for="s">${t('Surname', PAYLOADS.label)}</label><input id="s" name="surname">
<label for="p">Priority</label><select id="p" name="p"><option>Routine</option><option>${t('Urgent', PAYLOADS.option)}</option></select>
<button type="button">${t('Save', PAYLOADS.button)}</button>
<a href="${hostile ? esc(PAYLOADS.link) : '/help'}">${t('Help page', PAYLOADS.link)}</a>
</form></body></html>`;
}

function serve(hostile: boolean): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(hostile));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

let train: Server;
let live: Server;
let browser: Browser;
let runDir: string;
let runCode: number;

beforeAll(async () => {
  [train, live, browser] = await Promise.all([serve(false), serve(true), launchChromium()]);
  const dir = mkdtempSync(join(tmpdir(), 'parity-xss-'));
  const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
  writeFileSync(join(dir, 'parity.config.yaml'), `reference: train
environments:
  train: { baseUrl: "${url(train)}", writes: allowed }
  live: { baseUrl: "${url(live)}" }
`);
  mkdirSync(join(dir, 'specs'));
  writeFileSync(join(dir, 'specs', 'register.yaml'), `journey: register
title: Register a patient
start: /
steps:
  - name: Open the form
    actions:
      - expect: { target: { role: heading }, visible: true }
`);
  runDir = join(dir, 'run');
  const io = memoryIo(dir, { ...process.env });
  runCode = await main(['run', '--out', runDir, '--trace', 'off'], io);
  expect(await main(['handout', runDir, '--env', 'live'], memoryIo(dir))).toBe(0);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  train?.close();
  live?.close();
});

async function open(file: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  return { page, dialogs };
}

describe('payloads captured from a hostile page', () => {
  it('are captured as the page showed them, and found as divergences', () => {
    expect(runCode).toBe(1);
    const result = readFileSync(join(runDir, 'compare', 'result.json'), 'utf8');
    for (const p of [PAYLOADS.label, PAYLOADS.heading]) expect(result).toContain(JSON.stringify(p).slice(1, -1));
  });

  it('never run in the HTML report, which shows them as written, on every divergence', async () => {
    const { page, dialogs } = await open(join(runDir, 'report', 'index.html'));
    const count = await page.evaluate(() => document.querySelectorAll('[data-fp], .div-row, tr[tabindex]').length);
    for (let i = 0; i < Math.max(count, 8); i++) {
      await page.keyboard.press('j');
      await page.keyboard.press('Enter');
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('<script>window.__xss=1</script>Surname');
    expect(text).toContain('<svg onload="window.__xss=3">Register patient');
    // No element the payloads describe was created, and no link leads to javascript:
    expect(await page.locator('svg[onload], img[onerror], iframe').count()).toBe(0);
    expect(await page.evaluate(() => [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href')!)).length)).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].map((s) => s.src.split('/').pop() || 'inline-data'))).toEqual(expect.not.arrayContaining(['x']));
    await page.close();
  });

  it('never run in the handout either', async () => {
    const { page, dialogs } = await open(join(runDir, 'report', 'handout-live.html'));
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.body.innerText)).toContain('<script>window.__xss=1</script>Surname');
    expect(await page.locator('svg[onload], img[onerror], iframe, script').count()).toBe(0);
    await page.close();
  });
});
