// What a hostile or flaky LIVE page does must come out as a plain finding, never as a broken report
// or a failed capture. LIVE's title holds a right-to-left override; LIVE puts up an alert; its
// stylesheet and script answer 500; a screen has 20,000 elements; a journey's goto is filled in
// from a var that names file:///etc/passwd. Run through the real CLI; the report and the handout are
// opened in Chromium, and the letters of Parity's own words are checked in the order they are drawn.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium } from '../support/browser.js';
import { allFiles, cleanup, cli, type CliResult, journeyResult, project, readJson, stepCaptures } from './helpers-run.js';
import type { ReportDocument } from '../../src/report/document.js';

const RLO = '\u202E';
const BIG = 20_000;

function home(live: boolean): string {
  return `<!doctype html><html><head><title>${live ? `Clinic ${RLO}list` : 'Clinic'}</title>
<link rel="stylesheet" href="/site.css"><script src="/app.js"></script></head>
<body><h1>Clinic</h1><p>Today's appointments.</p><button type="button">Book</button>
${live ? "<script>alert('Your session expires in 5 minutes')</script>" : ''}</body></html>`;
}

function big(): string {
  const rows = Array.from({ length: BIG / 2 }, (_, i) => `<li><span>Row ${i}</span></li>`).join('');
  return `<!doctype html><html><head><title>Big</title></head><body><h1>All patients</h1><ul>${rows}</ul></body></html>`;
}

function serve(live: boolean): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/') return send(200, 'text/html; charset=utf-8', home(live));
    if (path === '/big') return send(200, 'text/html; charset=utf-8', big());
    if (path === '/site.css') return live ? send(500, 'text/plain', 'oops') : send(200, 'text/css', 'body { font-family: sans-serif }');
    if (path === '/app.js') return live ? send(500, 'text/plain', 'oops') : send(200, 'text/javascript', 'window.app = 1;');
    send(404, 'text/plain', 'not found');
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

const JOURNEYS = {
  clinic: `journey: clinic
title: Open the clinic
start: /
steps:
  - name: Open the clinic
    actions:
      - expect: { target: { role: heading, name: Clinic }, visible: true }
  - name: Open it again
    actions:
      - goto: /
      - expect: { target: { role: button, name: Book }, visible: true }
`,
  big: `journey: big
start: /big
steps:
  - name: All patients
    # The point is the accessibility snapshot of a huge page; a full-page screenshot of 10,000 rows
    # only makes the test slow on a loaded machine.
    capture: { fullPage: false }
    actions:
      - expect: { target: { role: heading, name: All patients }, visible: true }
`,
  leave: `journey: leave
start: /
steps:
  - name: Somewhere else
    actions:
      - goto: "\${vars.where}"
`,
};

let train: Server;
let live: Server;
let browser: Browser;
let run: CliResult;
let runDir: string;
let projectDir: string | undefined;
let doc: ReportDocument;

beforeAll(async () => {
  [train, live, browser] = await Promise.all([serve(false), serve(true), launchChromium()]);
  const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
  const p = project([], JOURNEYS);
  projectDir = p.dir;
  p.config({
    reference: 'train',
    // writes: allowed: these pages send nothing, and this test is about what is captured and reported.
    environments: { train: { baseUrl: url(train), writes: 'allowed' }, live: { baseUrl: url(live), writes: 'allowed' } },
    vars: { where: 'file:///etc/passwd' },
    capture: { actionTimeoutMs: 60_000 },
  });
  runDir = join(p.dir, 'run');
  run = await cli(p.dir, ['run', '--out', runDir, '--trace', 'off']);
  expect(await cli(p.dir, ['handout', runDir, '--env', 'live']).then((r) => r.code)).toBe(0);
  doc = readJson<ReportDocument>(join(runDir, 'report', 'report.json'));
}, 240_000);

afterAll(async () => {
  cleanup(projectDir);
  await browser?.close();
  train?.close();
  live?.close();
});

describe('a screen of 20,000 elements', () => {
  it('is captured whole: the accessibility snapshot waits as long as capture.actionTimeoutMs', () => {
    for (const env of ['train', 'live']) {
      const [c] = stepCaptures(runDir, env, 'big');
      expect(c!.status, `${env}: ${c!.error}`).toBe('captured');
      expect(readFileSync(join(runDir, c!.dir, 'aria.yaml'), 'utf8')).toContain(`Row ${BIG / 2 - 1}`);
    }
  });
});

describe('a goto filled in from a var that names file:///etc/passwd', () => {
  it('is refused when the run resolves it: the journey errors and nothing of the file is captured', () => {
    for (const env of ['train', 'live']) {
      const r = journeyResult(runDir, env, 'leave');
      expect(r.status).toBe('error');
      expect(r.error).toMatch(/goto refused: 'file:\/\/\/etc\/passwd' is a file: address/);
    }
    for (const f of allFiles(runDir)) expect(readFileSync(f, 'latin1').includes('root:x:0:0'), f).toBe(false);
  });
});

describe('an alert that only LIVE puts up', () => {
  it('is recorded in the capture, and is a finding', () => {
    const [c] = stepCaptures(runDir, 'live', 'clinic');
    expect(c!.problems.dialogs).toEqual([{ type: 'alert', message: 'Your session expires in 5 minutes' }]);
    expect(stepCaptures(runDir, 'train', 'clinic')[0]!.problems.dialogs).toEqual([]);
    const found = doc.divergences.filter((d) => d.journey === 'clinic' && /puts up the alert 'Your session expires in 5 minutes'/.test(d.message));
    expect(found.map((d) => [d.kind, d.step])).toEqual([['text-changed', 'Open the clinic']]);
  });
});

describe('a stylesheet and a script that answer 500 in LIVE', () => {
  it('are one minor "asset failed to load" finding for the journey, not a critical one per step', () => {
    const errs = doc.divergences.filter((d) => d.journey === 'clinic' && d.kind === 'env-error');
    expect(errs.map((d) => [d.severity, d.step])).toEqual([['minor', 'Open the clinic']]);
    expect(errs[0]!.message).toMatch(/^In live, 2 assets failed to load on step 'Open the clinic'/);
    expect(errs[0]!.evidence.after).toEqual(expect.arrayContaining(['(stylesheet) GET /site.css → 500', '(script) GET /app.js → 500']));
  });
});

describe('a right-to-left override in a LIVE title', () => {
  it('is a finding whose evidence keeps the title as the page had it', () => {
    const t = doc.divergences.find((d) => d.journey === 'clinic' && d.evidence.detail === 'title');
    expect(t?.evidence.after).toBe(`Clinic ${RLO}list`);
    expect(run.code, run.text).toBe(3); // the refused goto is a journey error (exit 3); the rest are findings
  });

  for (const file of ['index.html', 'handout-live.html']) {
    it(`does not reverse Parity's own sentence in ${file}: the control is shown, and 'was' is drawn w, a, s`, async () => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(runDir, 'report', file)).href);
      await page.waitForLoadState('load');
      await page.getByText('(was ', { exact: false }).first().waitFor();
      const seen = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.nodeValue ?? '';
          const i = text.indexOf("(was 'Clinic')");
          if (!text.includes('title of') || i < 0) continue;
          // Where each letter of "was" is drawn, left to right on the screen.
          const x = [1, 2, 3].map((k) => {
            const r = document.createRange();
            r.setStart(n!, i + k);
            r.setEnd(n!, i + k + 1);
            return r.getBoundingClientRect().left;
          });
          return { text, x };
        }
        return undefined;
      });
      expect(seen, 'a sentence about the title').toBeDefined();
      expect(seen!.text).toContain('⟨RLO⟩');
      expect(seen!.text).not.toContain(RLO);
      expect(seen!.x[0]).toBeLessThan(seen!.x[1]!);
      expect(seen!.x[1]).toBeLessThan(seen!.x[2]!);
      expect(await page.evaluate(() => document.body.innerText.includes('\u202E'))).toBe(false);
      await page.close();
    });
  }
});
