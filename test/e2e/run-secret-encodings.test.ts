// A secret never reaches a file in any form a page can give it back. A journey types `${ secret.PW }`
// (spaces inside the braces, which must mean the same as `${secret.PW}`) into a GET form; the page
// that answers puts it into its address, its title, an image path that fails, a console error and
// its text, URL-encoded (%20 and +, either hex case), as HTML character references, with JSON and
// JavaScript escapes, in base64. The run is captured, compared and reported with --trace on, then
// once more with the default trace mode and a journey that fails. Every byte of every file of both
// runs (read as UTF-8, Latin-1 and UTF-16) is searched for every one of those forms.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFiles, cleanup, cli, type CliResult, project, stepCaptures } from './helpers-run.js';

const PW = 'Qz8 Vw!Lm+7/xK';

/** Every spelling the page below uses, written out by hand (not by the code under test). */
const FORMS: Record<string, string> = {
  plain: PW,
  encodeURIComponent: 'Qz8%20Vw!Lm%2B7%2FxK',
  'form encoding': 'Qz8+Vw%21Lm%2B7%2FxK',
  'form encoding, lower-case hex': 'Qz8+Vw%21Lm%2b7%2fxK',
  'encoded twice': 'Qz8%2520Vw!Lm%252B7%252FxK',
  'HTML references': 'Qz8&#32;Vw&#33;Lm&#43;7&#x2F;xK',
  'HTML named references': 'Qz8 Vw&excl;Lm&plus;7&sol;xK',
  'JSON escapes': 'Qz8 Vw!Lm+7\\/xK',
  'JSON unicode escapes': '\\u0051\\u007a\\u0038\\u0020\\u0056\\u0077\\u0021\\u004c\\u006d\\u002b\\u0037\\u002f\\u0078\\u004b',
  'JSON inside JSON': 'Qz8 Vw!Lm+7\\\\\\/xK',
  base64: Buffer.from(PW).toString('base64'),
  // 'user:' is 5 bytes, so the password's bytes start mid-character: from the 8th character on, every
  // character of the encoding depends on the password alone.
  'base64 of user:password, off alignment': Buffer.from(`user:${PW}`).toString('base64').slice(7, 23),
  'UTF-16LE bytes as text': [...PW].map((c) => `${c}\u0000`).join(''),
  // The same text as the page shows it: a NUL in the DOM's text comes out as U+FFFD.
  'UTF-16LE bytes as the page shows them': [...PW].map((c) => `${c}\uFFFD`).join(''),
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function answer(pw: string): string {
  const enc = encodeURIComponent(pw);
  // Each form shown as text on the page (escaped once more for HTML, so the text is the form itself).
  const shown = Object.entries(FORMS).filter(([k]) => !['plain', 'UTF-16LE bytes as text', 'UTF-16LE bytes as the page shows them', 'base64 of user:password, off alignment'].includes(k))
    .map(([k, v]) => `<li>${esc(k)}: ${esc(v)}</li>`).join('');
  return `<!doctype html><html><head><title>Signed in as ${esc(enc)}</title></head><body>
<h1>Welcome back</h1>
<p id="plain">Your password is ${esc(pw)}</p>
<ul>${shown}<li>Authorization: Basic ${Buffer.from(`user:${pw}`).toString('base64')}</li><li id="utf16"></li></ul>
<a href="/again?pw=${esc(enc)}">Again ${esc(FORMS['form encoding, lower-case hex']!)}</a>
<img src="/avatars/${esc(enc)}.png" alt="">
<script>
  history.replaceState(null, '', '/welcome/' + ${JSON.stringify(enc)});
  document.getElementById('utf16').textContent = ${JSON.stringify(pw)}.split('').map(function (c) { return c + '\u0000'; }).join('');
  console.error('login failed for ' + JSON.stringify({ pw: ${JSON.stringify(pw)} }).replace(/\\//g, '\\\\/'));
</script>
</body></html>`;
}

const FORM = `<!doctype html><html><head><title>Sign in</title></head><body>
<h1>Sign in</h1>
<form method="get" action="/signed-in"><label for="pw">Password</label><input id="pw" name="pw" type="text"><button>Sign in</button></form>
</body></html>`;

function serve(): Promise<{ server: Server; queries: string[] }> {
  const queries: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/signed-in') {
      queries.push(url.searchParams.get('pw') ?? '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(answer(url.searchParams.get('pw') ?? ''));
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(FORM);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({ server, queries })));
}

const journey = (extraExpect: string) => `journey: sign-in-echo
title: Sign in to a page that echoes the password
start: /
steps:
  - name: Sign in
    actions:
      - fill: { label: Password, value: "\${ secret.PARITY_TEST_PW }" }
      - click: { role: button, name: Sign in }
      - expect: { target: { role: heading, name: Welcome back }, visible: true }
${extraExpect}`;

let train: { server: Server; queries: string[] };
let live: { server: Server; queries: string[] };
let projectDir: string | undefined;
let traceOn: CliResult;
let onFailure: CliResult;
let dirs: string[];

beforeAll(async () => {
  [train, live] = await Promise.all([serve(), serve()]);
  const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
  const env = { PARITY_TEST_PW: PW };
  // writes: allowed: the form is a GET, and this test is about what is written, not the write guard.
  const ENVS = { reference: 'train', environments: { train: { baseUrl: url(train.server), writes: 'allowed' }, live: { baseUrl: url(live.server), writes: 'allowed' } } };
  const p = project([], { 'sign-in-echo': journey('') });
  projectDir = p.dir;
  p.config(ENVS);
  traceOn = await cli(p.dir, ['run', '--out', 'run-trace-on', '--trace', 'on'], env);
  // The default trace mode (on-failure) with a journey that fails in both environments.
  const q = project([], { 'sign-in-echo': journey('      - expect: { target: { text: Not on this page }, visible: true }') });
  q.config(ENVS);
  onFailure = await cli(q.dir, ['run', '--out', join(p.dir, 'run-on-failure')], env);
  cleanup(q.dir);
  dirs = [join(p.dir, 'run-trace-on'), join(p.dir, 'run-on-failure')];
}, 180_000);

afterAll(async () => {
  cleanup(projectDir);
  await Promise.all([train?.server.close(), live?.server.close()]);
});

describe('a secret the page gives back in every encoding', () => {
  it('was typed and sent: each server received the password in the query', () => {
    expect(traceOn.code, traceOn.text).toBeLessThan(2);
    expect(train.queries).toContain(PW);
    expect(live.queries).toContain(PW);
    const c = stepCaptures(dirs[0]!, 'live', 'sign-in-echo')[0]!;
    expect(c.status).toBe('captured');
    expect(c.identity?.mainHeading).toBe('Welcome back');
  });

  it('is replaced where the page put it: address, title, failed request, console error', () => {
    const c = stepCaptures(dirs[0]!, 'live', 'sign-in-echo')[0]!;
    expect(c.identity?.path).toMatch(/^\/welcome\/▇▇▇$/);
    expect(c.identity?.title).toBe('Signed in as ▇▇▇');
    expect(c.problems.failedRequests.map((r) => r.url)).toEqual(['/avatars/▇▇▇.png']);
    expect(c.problems.consoleErrors.join('\n')).toContain('▇▇▇');
  });

  for (const [name, form] of Object.entries(FORMS)) {
    it(`reaches no file of either run, nor the output, ${name}`, () => {
      const leaks: string[] = [];
      let files = 0;
      for (const dir of dirs) {
        for (const f of allFiles(dir)) {
          files++;
          const bytes = readFileSync(f);
          for (const text of [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le')]) {
            if (text.includes(form)) leaks.push(f.slice(dir.length));
          }
        }
      }
      expect(files).toBeGreaterThan(15);
      expect([...new Set(leaks)]).toEqual([]);
      expect(traceOn.text + onFailure.text).not.toContain(form);
    });
  }

  it('writes the report files the search covered', () => {
    const names = allFiles(dirs[0]!).map((f) => f.slice(dirs[0]!.length + 1));
    for (const f of ['manifest.json', 'events.jsonl', 'report/index.html', 'report/report.json', 'report/junit.xml', 'compare/result.json']) expect(names).toContain(f);
    expect(names.some((n) => n.endsWith('aria.yaml'))).toBe(true);
  });
});

describe('`${ secret.X }` with spaces inside is a secret like `${secret.X}`', () => {
  it('turns --trace on off, and says why', () => {
    expect(allFiles(dirs[0]!).filter((f) => f.endsWith('.zip'))).toEqual([]);
    expect(traceOn.stderr.join('\n')).toMatch(/traces are off/);
  });

  it('turns the default on-failure trace off for a failing journey too', () => {
    // The journey fails in train, the reference, too: a suite that did not go through (exit 4), not a crash.
    expect(onFailure.code, onFailure.text).toBe(4);
    expect(stepCaptures(dirs[1]!, 'live', 'sign-in-echo')[0]!.status).toBe('failed');
    expect(allFiles(dirs[1]!).filter((f) => f.endsWith('.zip'))).toEqual([]);
    expect(onFailure.stderr.join('\n')).toMatch(/traces are off/);
  });
});
