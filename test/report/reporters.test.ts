// The machine-readable reports, from a fixture run: report.json, JUnit, Markdown, and the runner.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureRun, XSS, type FixtureRun } from '../fixtures/report/build-run.js';
import { buildReports, REPORTERS, resolveReporters } from '../../src/report/index.js';
import type { ReportDocument } from '../../src/report/document.js';
import { junitXml } from '../../src/report/junit.js';
import { markdownSummary, mdText } from '../../src/report/markdown.js';
import { loadReportContext } from '../../src/report/context.js';
import { parseXml, type XmlNode } from './xml-parse.js';
import { junitProblems } from './junit-rules.js';
import { xmlAttr, xmlText } from '../../src/report/xml.js';

let fx: FixtureRun;
let doc: ReportDocument;
let out: string;

beforeAll(async () => {
  fx = await buildFixtureRun(mkdtempSync(join(tmpdir(), 'parity-report-')));
  const built = await buildReports(fx.runDir, { reporters: ['json', 'junit', 'markdown'] });
  expect(built.errors).toEqual([]);
  out = built.ctx.outDir;
  doc = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ReportDocument;
});

describe('report.json', () => {
  it('is versioned and holds run, environments, journeys, steps, divergences and matrix', () => {
    expect(doc.format).toBe('parity-report');
    expect(doc.version).toBe(1);
    expect(doc.run.reference).toBe('training');
    expect(doc.environments.map((e) => [e.name, e.role])).toEqual([['training', 'reference'], ['live-london', 'target'], ['live-south', 'target']]);
    expect(doc.journeys.map((j) => j.id)).toEqual(['register-patient', 'book-appointment', 'discharge-summary']);
    expect(doc.steps.length).toBe(9 + 8 + 7); // book-appointment has no 'Pick slot' in live-london; discharge unavailable in live-south
    expect(doc.divergences).toHaveLength(fx.result.divergences.length);
    expect(doc.matrix).toEqual(fx.result.matrix);
  });

  it('counts failing as unaccepted at or above failOn, with expired acceptances counted as unaccepted', () => {
    const failing = fx.result.divergences.filter((d) => d.status !== 'accepted' && (d.severity === 'critical' || d.severity === 'major'));
    expect(doc.totals.failing).toBe(failing.length);
    expect(doc.totals.accepted).toBe(1);
    expect(doc.totals.expired).toBe(1);
    expect(doc.totals.bySeverity.minor).toBe(3); // two new + the expired one
  });

  it('links divergences to the steps they concern', () => {
    const blocked = doc.divergences.find((d) => d.kind === 'journey-blocked')!;
    expect(blocked.referenceStepId).toBe('training/book-appointment/2');
    expect(blocked.targetStepId).toBe('live-london/book-appointment/1');
    expect(doc.steps.find((s) => s.id === blocked.targetStepId)?.blocked?.action).toBe('click the button Book');
  });

  it('follows failOn given at report time', async () => {
    const ctx = loadReportContext(fx.runDir, { failOn: 'minor' });
    expect(ctx.doc.totals.failing).toBe(doc.totals.failing + 3);
  });
});

describe('JUnit XML', () => {
  let xml: string;
  let root: XmlNode;
  beforeAll(() => {
    xml = readFileSync(join(out, 'junit.xml'), 'utf8');
    root = parseXml(xml);
  });

  it('is well-formed and meets the common JUnit schema rules, counts adding up', () => {
    expect(junitProblems(root)).toEqual([]);
  });

  it('has one testcase per journey in the reference (does it go through?) and per journey and target environment', () => {
    expect(root.children.map((s) => s.attrs.name)).toEqual(['parity: training (the reference) goes through', 'parity: live-london vs training', 'parity: live-south vs training']);
    for (const s of root.children) expect(s.children.filter((c) => c.name === 'testcase')).toHaveLength(3);
    expect(root.attrs.tests).toBe('9');
  });

  it('has a failure per unaccepted divergence at or above failOn, worst first; the rest in system-out', () => {
    const london = root.children[1]!.children.filter((c) => c.name === 'testcase');
    const book = london.find((c) => c.attrs.name!.includes('book-appointment'))!;
    expect(book.children.filter((c) => c.name === 'failure').map((f) => f.attrs.type)).toEqual(['journey-blocked', 'step-missing']);
    const reg = london.find((c) => c.attrs.name!.includes('register-patient'))!;
    expect(reg.children.filter((c) => c.name === 'failure')).toHaveLength(2);
    const out = reg.children.find((c) => c.name === 'system-out')!.text;
    expect(out).toContain('ACCEPTED [minor] label-changed');
    expect(out).toContain('Trust-wide rename');
    expect(out).toContain(`BELOW FAIL-ON [minor] label-changed at 'Demographics': A label reads ${XSS.script}`);
  });

  it('reports an unavailable environment as an error, not a pass', () => {
    const south = root.children[2]!.children.filter((c) => c.name === 'testcase');
    const dis = south.find((c) => c.attrs.name!.includes('discharge-summary'))!;
    expect(dis.children[0]!.name).toBe('error');
    expect(root.children[2]!.attrs.errors).toBe('1');
  });

  it('escapes markup and drops characters XML forbids', () => {
    expect(xml).not.toContain('<script>');
    expect(xmlText('a\u0001b\u000cc & <d>')).toBe('a\uFFFDb\uFFFDc &amp; &lt;d&gt;');
    expect(xmlAttr('say "hi"\n\'x\'')).toBe('say &quot;hi&quot;&#10;&apos;x&apos;');
    const nasty = loadReportContext(fx.runDir).doc;
    nasty.divergences[0]!.message = 'bell\u0007 form\u000c surrogate \ud800 ]]> end';
    expect(junitProblems(parseXml(junitXml(nasty)))).toEqual([]);
  });
});

describe('Markdown summary', () => {
  it('has the matrix, totals and the top divergences, worst first', () => {
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toMatch(/^## Parity: ❌ 5 divergences at or above major/);
    expect(md).toContain('| Journey | live-london | live-south |');
    expect(md).toContain('| Register a new patient | 🟠 2 major, 2 minor, 1 cosmetic · 1 accepted | ✅ same |');
    expect(md).toContain('| Write a discharge summary | ✅ same | ⛔ unavailable |');
    const rows = md.split('\n').filter((l) => /^\| (🔴|🟠|🟡|⚪) /.test(l));
    expect(rows[0]).toContain('critical');
    expect(rows.at(-1)).toContain('cosmetic');
    expect(md).toContain('*(acceptance expired)*');
  });

  it('escapes captured text so GitHub renders it as text', () => {
    const md = markdownSummary(doc);
    expect(md).not.toMatch(/<script|<img|<svg/);
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toMatch(/\]\(javascript:/); // text, never a link target
    expect(mdText('a|b [x](javascript:alert(1)) *y*')).toBe('a\\|b \\[x\\]\\(javascript:alert\\(1\\)\\) \\*y\\*');
  });

  it('limits the list of divergences', () => {
    const md = markdownSummary(doc, { top: 2 });
    expect(md).toContain('### Top divergences (2 of 9)');
  });
});

describe('running reporters', () => {
  it('keeps going when one reporter fails, and says which', async () => {
    REPORTERS.boom = { name: 'boom', write: async () => { throw new Error('disk on fire'); } };
    try {
      const r = await buildReports(fx.runDir, { reporters: ['boom', 'markdown'], outDir: join(fx.runDir, 'r2') });
      expect(r.errors.map((e) => [e.reporter, e.message])).toEqual([['boom', 'disk on fire']]);
      expect(r.files).toEqual([join(fx.runDir, 'r2', 'summary.md')]);
      expect(existsSync(join(fx.runDir, 'r2', 'summary.md'))).toBe(true);
    } finally {
      delete REPORTERS.boom;
    }
  });

  it('rejects an unknown reporter name before writing anything', () => {
    expect(() => resolveReporters(['html', 'pdf'])).toThrowError(expect.objectContaining({ code: 'REPORT_UNKNOWN_REPORTER' }));
  });

  it('says what to do with a run that was never compared', async () => {
    await expect(buildReports(join(fx.runDir, 'captures'))).rejects.toMatchObject({ code: 'RUNDIR_NOT_FOUND' });
  });
});
