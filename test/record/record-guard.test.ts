// parity record against pages that try it: a password shown in clear, a page script that calls the
// recorder's binding, page text and typing that look like templates, a secret shown on screen.
// The real CLI records in a real Chromium (headless, reached through its debugging port, see
// person.ts); what is written and what is printed are checked, and the journey is run back.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanup, cli, project, type Project } from '../e2e/helpers-run.js';
import { asPerson, freePort, overlay } from './person.js';

const WARD_KEY = 'wk-4411-secret-value';

const PAGES: Record<string, string> = {
  // "Show password" turns the field to type=text; "Show PIN" puts a text field in the PIN's place.
  '/sign-in': `<title>Sign in</title><h1>Sign in</h1>
<form onsubmit="event.preventDefault(); document.getElementById('out').textContent = 'Signed in'">
<label for="pw">Password</label> <input id="pw" type="password" autocomplete="current-password">
<button type="button" onclick="pw.type = pw.type === 'password' ? 'text' : 'password'">Show password</button>
<label for="pin">PIN</label> <input id="pin" type="password">
<button type="button" onclick="const n = document.createElement('input'); n.id = 'pin'; n.value = pin.value; pin.replaceWith(n)">Show PIN</button>
<label for="code">Code</label> <input id="code" autocomplete="one-time-code">
<button>Sign in</button></form><p id="out"></p>`,
  // The page's own script speaks for the person, every way it can find.
  '/inject': `<title>Ward list</title><h1>Ward list</h1>
<button onclick="document.getElementById('out').textContent = 'Opened'">Open ward</button><p id="out"></p>
<script>
  const hint = { tag: 'button', label: '', text: 'Open ward', css: 'button' };
  const payloads = [{ kind: 'step', name: 'Injected step' }, { kind: 'fill', value: 'injected value', mark: '1', hints: hint },
    { kind: 'click', mark: '1', hints: hint }, { kind: 'checking', on: true }, { kind: 'finish' }];
  const tryAll = () => {
    for (const p of payloads) {
      for (const name of ['__parityRecord']) {
        try { if (typeof window[name] === 'function') window[name](p); } catch (e) {}
        try { if (typeof window[name] === 'function') window[name](JSON.stringify(p)); } catch (e) {}
      }
      try { window.__playwright__binding__controller__.callBinding('__parityRecord', JSON.stringify({ ...p, token: 'a-guess' })); } catch (e) {}
      try { window.__playwright__binding__controller__.callBinding('__parityRecord', p); } catch (e) {}
    }
    // The overlay and its buttons.
    try { const h = document.querySelector('parity-recorder'); if (h && h.shadowRoot) h.shadowRoot.querySelector('iframe').contentDocument.querySelector('[data-a=finish]').click(); } catch (e) {}
    for (let i = 0; i < frames.length; i++) try { frames[i].document.querySelector('[data-a=finish]').click(); } catch (e) {}
  };
  tryAll();
  addEventListener('DOMContentLoaded', () => setTimeout(tryAll, 100));
  setTimeout(tryAll, 800);
</script>`,
  // Page text and typing that read as templates.
  '/notes': `<title>Notes</title><h1>Notes</h1>
<label for="ward">Ward</label> <select id="ward"><option>Choose</option><option>\${secret.LIVE_PW}</option></select>
<label for="note">Note</label> <input id="note" oninput="document.getElementById('echo').textContent = this.value === '$' + '{env.HOME}' ? 'Typed as it stands' : 'Something else'">
<p id="echo"></p>`,
  // A secret on screen, a patient's number in the address, a terminal escape in the heading.
  '/welcome': `<title>Welcome</title><h1>Key ${WARD_KEY} active &#x1b;[2J&#x9b;31m</h1>
<label for="k">Ward key</label> <input id="k">
<a href="/next?nhs=9990000042#top">Next</a>`,
  '/next': '<title>Next</title><h1>Next</h1>',
  '/ward': `<title>Ward</title><h1>Ward</h1><button onclick="document.getElementById('out').textContent = 'Opened'">Open ward</button><p id="out"></p>`,
};

let p: Project;
let debugPort: number;
let site: Server;
let base: string;

beforeAll(async () => {
  debugPort = await freePort();
  site = createServer((req, res) => {
    const page = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ? `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${page}</body></html>` : 'not here');
  });
  await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  p = project([]);
  p.config({
    reference: 'ward',
    environments: { ward: { baseUrl: base, writes: 'allowed', headers: { 'x-ward-key': '${secret.WARD_KEY}' } } },
    browser: { args: [`--remote-debugging-port=${debugPort}`] },
  });
});
afterAll(async () => {
  cleanup(p?.dir);
  await new Promise((r) => site?.close(r));
});

const record = (start: string, out: string, act: Parameters<typeof asPerson>[2], at: RegExp) =>
  Promise.all([cli(p.dir, ['record', '--env', 'ward', '--start', start, '--out', out, '--headless'], { WARD_KEY }), asPerson(debugPort, at, act)]).then(([r]) => r);
const finish = async (page: Parameters<Parameters<typeof asPerson>[2]>[0]) => (await overlay(page)).getByRole('button', { name: 'Finish recording' }).click();
const fills = (j: { steps: { actions?: Record<string, { label?: string; value?: string }>[] }[] }) =>
  j.steps.flatMap((s) => s.actions ?? []).filter((a) => a.fill).map((a) => [a.fill!.label, a.fill!.value]);

describe('parity record against pages that try it', () => {
  it('a field seen once as a password stays secret when "show password" turns it to text, or puts a text field in its place', async () => {
    const typed = ['first-typed-pw', 'shown-typed-pw', '1111-first-pin', '2222-shown-pin', '424242'];
    const r = await record('/sign-in', 'specs/sign-in.yaml', async (page) => {
      await page.getByLabel('Password').fill(typed[0]!);
      await page.getByRole('button', { name: 'Show password' }).click();
      await page.locator('#pw[type=text]').waitFor(); // the click reached the page: the password is shown
      await page.getByLabel('Password').fill(typed[1]!);
      await page.locator('#pin').fill(typed[2]!);
      await page.getByRole('button', { name: 'Show PIN' }).click();
      await page.locator('#pin:not([type=password])').fill(typed[3]!);
      await page.getByLabel('Code').fill(typed[4]!);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Signed in').waitFor();
      await finish(page);
    }, /\/sign-in$/);
    expect(r.code, r.text).toBe(0);
    const text = readFileSync(join(p.dir, 'specs', 'sign-in.yaml'), 'utf8');
    expect(typed.filter((t) => text.includes(t) || r.text.includes(t))).toEqual([]);
    expect(fills(parse(text))).toEqual([
      ['Password', '${secret.PASSWORD}'], ['Password', '${secret.PASSWORD}'], ['PIN', '${secret.PIN}'], ['PIN', '${secret.PIN}'], ['Code', '${secret.CODE}'],
    ]);
  }, 120_000);

  it('a page script that calls the recorder adds nothing, ends nothing, and the recording goes on', async () => {
    const r = await record('/inject', 'specs/inject.yaml', async (page) => {
      await page.waitForTimeout(1200); // the page's script has tried three times
      await page.getByRole('button', { name: 'Open ward' }).click();
      await page.getByText('Opened').waitFor();
      await finish(page);
    }, /\/inject$/);
    expect(r.code, r.text).toBe(0);
    const text = readFileSync(join(p.dir, 'specs', 'inject.yaml'), 'utf8');
    expect(text).not.toMatch(/injected/i);
    expect(parse(text).steps).toEqual([{ name: 'Ward list', actions: [{ click: { role: 'button', name: 'Open ward' } }] }]);
    expect(r.stdout.join('\n')).toContain('wrote specs/inject.yaml (finished): 1 step, 1 action');
    expect(r.text).not.toMatch(/injected/i);
  }, 120_000);

  it('page text and typing that look like templates are written as literals ($${), validate, and run back as typed', async () => {
    const r = await record('/notes', 'specs/notes.yaml', async (page) => {
      await page.getByLabel('Ward').selectOption({ label: '${secret.LIVE_PW}' });
      await page.getByLabel('Note').fill('${env.HOME}');
      await page.getByText('Typed as it stands').waitFor();
      await (await overlay(page)).getByRole('button', { name: 'Check this' }).click();
      await page.getByText('Typed as it stands').click();
      await finish(page);
    }, /\/notes$/);
    expect(r.code, r.text).toBe(0);
    const text = readFileSync(join(p.dir, 'specs', 'notes.yaml'), 'utf8');
    expect(parse(text).steps).toEqual([{
      name: 'Notes',
      actions: [
        { select: { label: 'Ward', option: '$${secret.LIVE_PW}' } },
        { fill: { label: 'Note', value: '$${env.HOME}' } },
        { expect: { target: { text: 'Typed as it stands' }, visible: true } },
      ],
    }]);
    const v = await cli(p.dir, ['validate']);
    expect(v.code, v.text).toBe(0);
    // No LIVE_PW set, and HOME is: a template would fail the run or type HOME's value.
    const run = await cli(p.dir, ['run', '--out', 'run-notes', '--reporter', 'json', '--journey', 'notes'], { WARD_KEY, LIVE_PW: '' });
    expect(run.code, run.text).toBe(0);
  }, 120_000);

  it('a secret the environment knows is scrubbed from the screen\'s name and becomes ${secret.NAME} where typed; what is printed has no query string and no control characters', async () => {
    const r = await record('/welcome?nhs=9990000042', 'specs/welcome.yaml', async (page) => {
      await page.getByLabel('Ward key').fill(WARD_KEY);
      await page.getByRole('link', { name: 'Next' }).click();
      await page.waitForURL(/\/next/);
      await page.getByRole('heading', { name: 'Next' }).waitFor();
      await finish(page);
    }, /\/welcome/);
    expect(r.code, r.text).toBe(0);
    const text = readFileSync(join(p.dir, 'specs', 'welcome.yaml'), 'utf8');
    expect(text).not.toContain(WARD_KEY);
    expect(r.text).not.toContain(WARD_KEY);
    const j = parse(text);
    expect(fills(j)).toEqual([['Ward key', '${secret.WARD_KEY}']]);
    expect(j.steps[0].name).toMatch(/^Key ▇▇▇ active/);
    // The journey keeps its start as it was; the terminal is told the path only.
    expect(j.start).toBe('/welcome?nhs=9990000042');
    expect(r.text).not.toContain('9990000042');
    expect(r.text).toContain('screen: /next');
    // eslint-disable-next-line no-control-regex
    expect(r.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }, 120_000);

  it('a page that crashes ends the recording, and what was recorded is written', async () => {
    const r = await record('/ward', 'specs/crash.yaml', async (page) => {
      await page.getByRole('button', { name: 'Open ward' }).click();
      await page.getByText('Opened').waitFor();
      await page.goto('chrome://crash').catch(() => {});
    }, /\/ward$/);
    expect(r.code, r.text).toBe(0);
    expect(r.stdout.join('\n')).toContain('wrote specs/crash.yaml (the page crashed): 1 step, 1 action');
    expect(parse(readFileSync(join(p.dir, 'specs', 'crash.yaml'), 'utf8')).steps).toEqual([{ name: 'Ward', actions: [{ click: { role: 'button', name: 'Open ward' } }] }]);
  }, 60_000);
});
