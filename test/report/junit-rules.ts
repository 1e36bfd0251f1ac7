// The structural rules of the common JUnit XML schema (Jenkins junit-10.xsd, which GitLab and
// Azure DevOps also read), checked by hand: element nesting and order, required attributes,
// numeric attributes, and counts that add up. Returns every problem found.
import type { XmlNode } from './xml-parse.js';

const INT = /^\d+$/;
const DEC = /^\d+(\.\d+)?$/;

export function junitProblems(root: XmlNode): string[] {
  const p: string[] = [];
  if (root.name !== 'testsuites') return [`root is <${root.name}>, expected <testsuites>`];
  const sum = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const s of root.children) {
    if (s.name !== 'testsuite') { p.push(`<testsuites> holds <${s.name}>`); continue; }
    for (const a of ['name', 'tests']) if (!(a in s.attrs)) p.push(`testsuite lacks ${a}`);
    for (const a of ['tests', 'failures', 'errors', 'skipped']) if (a in s.attrs && !INT.test(s.attrs[a]!)) p.push(`testsuite ${a}="${s.attrs[a]}" is not a count`);
    if ('time' in s.attrs && !DEC.test(s.attrs.time!)) p.push(`testsuite time="${s.attrs.time}" is not a number`);
    if ('timestamp' in s.attrs && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(s.attrs.timestamp!)) p.push(`timestamp ${s.attrs.timestamp} is not ISO 8601 without zone`);
    // Sequence: properties?, testcase*, system-out?, system-err?
    const order = ['properties', 'testcase', 'system-out', 'system-err'];
    let last = 0;
    const count = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    for (const c of s.children) {
      const at = order.indexOf(c.name);
      if (at < 0) { p.push(`testsuite holds <${c.name}>`); continue; }
      if (at < last) p.push(`<${c.name}> out of order in testsuite ${s.attrs.name}`);
      last = at;
      if (c.name === 'properties') for (const pr of c.children) if (pr.name !== 'property' || !('name' in pr.attrs) || !('value' in pr.attrs)) p.push('bad <property>');
      if (c.name !== 'testcase') continue;
      count.tests++;
      if (!c.attrs.name) p.push('testcase lacks name');
      if (!c.attrs.classname) p.push(`testcase ${c.attrs.name} lacks classname`);
      if ('time' in c.attrs && !DEC.test(c.attrs.time!)) p.push(`testcase time="${c.attrs.time}" is not a number`);
      // Sequence: skipped?, error*, failure*, system-out*, system-err*
      const corder = ['skipped', 'error', 'failure', 'system-out', 'system-err'];
      let cl = 0;
      for (const k of c.children) {
        const at2 = corder.indexOf(k.name);
        if (at2 < 0) p.push(`testcase holds <${k.name}>`);
        else if (at2 < cl) p.push(`<${k.name}> out of order in testcase ${c.attrs.name}`);
        else cl = at2;
        if ((k.name === 'failure' || k.name === 'error') && !('message' in k.attrs)) p.push(`<${k.name}> lacks message`);
        if (k.name === 'skipped' && k.children.length) p.push('<skipped> has children');
      }
      if (c.children.filter((k) => k.name === 'skipped').length > 1) p.push('more than one <skipped>');
      const has = (n: string) => c.children.some((k) => k.name === n);
      if (has('skipped')) count.skipped++;
      else if (has('error')) count.errors++;
      else if (has('failure')) count.failures++;
    }
    for (const k of ['tests', 'failures', 'errors', 'skipped'] as const) {
      if (Number(s.attrs[k] ?? 0) !== count[k]) p.push(`testsuite ${s.attrs.name}: ${k}="${s.attrs[k]}" but ${count[k]} counted`);
      sum[k] += count[k];
    }
  }
  for (const k of ['tests', 'failures', 'errors', 'skipped'] as const) {
    if (k in root.attrs && Number(root.attrs[k]) !== sum[k]) p.push(`testsuites ${k}="${root.attrs[k]}" but suites add up to ${sum[k]}`);
  }
  return p;
}
