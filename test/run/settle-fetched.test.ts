// A page that draws its form from a fetched schema: the fetch settles when the headers arrive, the
// page reads the body after that and only then draws. The capture must wait for the drawing, or
// a slow machine captures the form empty in one run and full in the next.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium } from '../support/browser.js';
import { SETTLE_INIT_SCRIPT } from '../../src/capture/settle-script.js';
import { settle } from '../../src/capture/settle.js';

let browser: Browser;
let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/schema.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.flushHeaders(); // the headers now, the body later
      setTimeout(() => res.end(JSON.stringify({ fields: ['Substance', 'Reaction', 'Onset date'] })), 600);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><h1>Record an allergy</h1><form id="f"></form><script>
      fetch('/schema.json').then((r) => r.json()).then((s) => { document.getElementById('f').innerHTML = s.fields.map((x) => '<label>' + x + ' <input></label>').join(''); });
    </script>`);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('settling a page', () => {
  it('waits for a fetched body to be read, not only for the fetch to answer', async () => {
    const page = await browser.newPage();
    await page.addInitScript(SETTLE_INIT_SCRIPT);
    await page.goto(url);
    await settle(page);
    expect(await page.locator('input').count()).toBe(3);
    await page.close();
  });
});
