// JUnit XML for CI (Jenkins, Azure DevOps, GitLab). One <testsuite> for the reference (does each
// journey go through there?) and one per target environment, one <testcase> per journey in each. A <failure> per unaccepted divergence at or above failOn, worst first
// (readers that show only one failure show the worst). Accepted and lower-severity divergences go to
// <system-out>, so the CI page still tells the whole story without failing the build for it.
// Element order and attributes follow the common JUnit schema (Jenkins junit-10.xsd): testcase holds
// skipped?, error*, failure*, system-out*; a case is counted once, as skipped, error or failure.
import { oneFileReporter } from './one-file.js';
import type { ReportDivergence, ReportDocument, ReportJourney } from './document.js';
import { byImportance } from './document.js';
import { el } from './xml.js';
import { referenceProblemLine } from '../compare/suite.js';

interface CaseOutcome { xml: string; kind: 'passed' | 'failed' | 'error' | 'skipped'; seconds: number }

export function junitXml(doc: ReportDocument): string {
  const suites: string[] = [];
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 };
  const targets = doc.environments.filter((e) => e.role === 'target').map((e) => e.name);
  // The reference is a suite of its own: a journey that did not go through there is a failure,
  // whatever the targets show (they "agree" with a journey blocked at the same place).
  const reference = doc.environments.find((e) => e.role === 'reference')?.name;
  const suiteOf = [...(reference && doc.run.against === 'environment' ? [{ env: reference, ref: true }] : []), ...targets.map((t) => ({ env: t, ref: false }))];
  for (const { env: target, ref } of suiteOf) {
    const cases = doc.journeys.map((j) => (ref ? referenceCase(doc, j, target) : testCase(doc, j, target)));
    const count = (k: CaseOutcome['kind']) => cases.filter((c) => c.kind === k).length;
    const time = cases.reduce((s, c) => s + c.seconds, 0);
    const suite = { tests: cases.length, failures: count('failed'), errors: count('error'), skipped: count('skipped'), time };
    totals.tests += suite.tests; totals.failures += suite.failures; totals.errors += suite.errors; totals.skipped += suite.skipped; totals.time += time;
    const props = [
      ['reference', doc.run.reference], ['target', target], ['against', doc.run.against], ['failOn', doc.run.failOn],
      ['runId', doc.run.id], ['parityVersion', doc.tool.version],
    ].map(([name, value]) => el('property', { name, value }, undefined, 3));
    suites.push(el('testsuite', {
      name: ref ? `parity: ${target} (the reference) goes through` : `parity: ${target} vs ${doc.run.reference}`, tests: suite.tests, failures: suite.failures, errors: suite.errors,
      skipped: suite.skipped, time: secs(time), timestamp: doc.run.createdAt.replace(/\.\d+Z$|Z$/, ''), hostname: 'parity', id: suiteOf.findIndex((x) => x.env === target && x.ref === ref), package: `parity.${target}`,
    }, [el('properties', {}, props, 2), ...cases.map((c) => c.xml)], 1));
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + el('testsuites', {
    name: `parity ${doc.run.id}`, tests: totals.tests, failures: totals.failures, errors: totals.errors, skipped: totals.skipped, time: secs(totals.time),
  }, suites) + '\n';
}

/** The journey in the reference itself: passed when it went through, a failure when it did not. */
function referenceCase(doc: ReportDocument, j: ReportJourney, env: string): CaseOutcome {
  const run = j.runs[env];
  const seconds = run?.startedAt && run.finishedAt ? Math.max(0, (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000) : 0;
  const attrs = { name: `${j.title} (${j.id})`, classname: `parity.${env}.${j.id}`, time: secs(seconds) };
  const p = doc.referenceProblems.find((x) => x.journey === j.id);
  if (p) {
    const msg = `the suite did not go through in the reference: ${referenceProblemLine(p)}`;
    return { kind: 'failed', seconds, xml: el('testcase', attrs, [el('failure', { message: msg, type: `reference-${p.status}` }, msg, 3)], 2) };
  }
  if (run?.status === 'skipped') return { kind: 'skipped', seconds, xml: el('testcase', attrs, [el('skipped', { message: `skipped in ${env}` }, undefined, 3)], 2) };
  if (!run || run.status === 'error' || run.status === 'unavailable') {
    const why = run ? `${env} was unavailable or the tool failed: ${run.error ?? 'no detail'}` : `no capture of this journey in ${env}`;
    return { kind: 'error', seconds, xml: el('testcase', attrs, [el('error', { message: why, type: run ? 'environment-unavailable' : 'capture-missing' }, why, 3)], 2) };
  }
  return { kind: 'passed', seconds, xml: el('testcase', attrs, undefined, 2) };
}

function testCase(doc: ReportDocument, j: ReportJourney, target: string): CaseOutcome {
  const cell = doc.matrix.find((c) => c.journey === j.id && c.target === target);
  const mine = byImportance(doc.divergences.filter((d) => d.journey === j.id && d.target === target));
  const failing = mine.filter((d) => d.failing);
  const info = mine.filter((d) => !d.failing).map(line);
  const run = j.runs[target];
  const seconds = run?.startedAt && run.finishedAt ? Math.max(0, (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000) : 0;
  const attrs = { name: `${j.title} (${j.id})`, classname: `parity.${target}.${j.id}`, time: secs(seconds) };
  const out = (lines: string[]) => (lines.length ? [el('system-out', {}, lines.join('\n'), 3)] : []);

  if (cell?.status === 'skipped' || run?.status === 'skipped') {
    return { kind: 'skipped', seconds, xml: el('testcase', attrs, [el('skipped', { message: `skipped in ${target}` }, undefined, 3), ...out(info)], 2) };
  }
  if (cell?.status === 'unavailable' || cell?.status === 'missing' || run?.status === 'error' || run?.status === 'unavailable') {
    const why = cell?.status === 'missing' ? `no capture of this journey in ${target}` : `${target} was unavailable or the tool failed: ${run?.error ?? 'no detail'}`;
    const type = cell?.status === 'missing' ? 'capture-missing' : 'environment-unavailable';
    return { kind: 'error', seconds, xml: el('testcase', attrs, [el('error', { message: why, type }, why, 3), ...out([...failing.map(line), ...info])], 2) };
  }
  if (failing.length) {
    const failures = failing.map((d) => el('failure', { message: `[${d.severity}] ${d.message}`, type: d.kind }, detail(d, doc), 3));
    return { kind: 'failed', seconds, xml: el('testcase', attrs, [...failures, ...out(info)], 2) };
  }
  return { kind: 'passed', seconds, xml: el('testcase', attrs, out(info), 2) };
}

function line(d: ReportDivergence): string {
  const tag = d.status === 'accepted' ? 'ACCEPTED' : 'BELOW FAIL-ON';
  const acc = d.acceptance ? ` (accepted by ${d.acceptance.by}: ${d.acceptance.reason}${d.acceptance.until ? `, until ${d.acceptance.until}` : ''})` : '';
  return `${tag} [${d.severity}] ${d.kind} at '${d.step}': ${d.message}${acc} #${d.fingerprint}`;
}

function detail(d: ReportDivergence, doc: ReportDocument): string {
  const e = d.evidence;
  const parts = [d.message, `kind: ${d.kind}; severity: ${d.severity}; step: ${d.step}; ${doc.run.reference} -> ${d.target}`];
  if (e.before !== undefined) parts.push(`${doc.run.reference}: ${show(e.before)}`);
  if (e.after !== undefined) parts.push(`${d.target}: ${show(e.after)}`);
  if (e.added?.length) parts.push(`added: ${e.added.join(', ')}`);
  if (e.removed?.length) parts.push(`removed: ${e.removed.join(', ')}`);
  if (e.renamed?.length) parts.push(`renamed: ${e.renamed.map((r) => `${r.from} -> ${r.to}`).join(', ')}`);
  if (e.detail) parts.push(e.detail);
  if (d.status === 'expired' && d.acceptance) parts.push(`acceptance expired ${d.acceptance.until ?? ''} (was: ${d.acceptance.reason})`);
  parts.push(`fingerprint: ${d.fingerprint}`);
  return parts.join('\n');
}

function show(v: string | string[] | boolean | null): string {
  if (v === null) return '(none)';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

function secs(s: number): string {
  return s.toFixed(3);
}

export const junitReporter = oneFileReporter('junit', 'junit.xml', junitXml);
