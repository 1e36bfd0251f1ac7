// Secrets and patient data never reach the disk. Sign in with a password given as ${secret.X}
// (set only in the CLI's environment), register a patient whose name and NHS number are covered by
// `redact` rules, run capture, compare and report with --trace on; then read every byte of every
// file the run left: none holds the password, the name or the number, the regions of the
// screenshots that showed them are painted over (#222), and no trace was written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { allFiles, cleanup, cli, type CliResult, project, simSignIn, stepCaptures } from './helpers-run.js';

const PASSWORD = 'Xq7!pine-Marmot-4419';
const SURNAME = 'Quagmirette';
const FORENAME = 'Ysolde';
const NHS = '999 000 0131'; // a valid, never-issued test number no seeded patient has
// The number as it may appear anywhere: with spaces, dashes, no-break spaces or nothing between.
const NHS_ANY = /999[\s\u00a0-]*000[\s\u00a0-]*0131/;

const JOURNEY = readFileSync(join(import.meta.dirname, '../../specs/register-patient.yaml'), 'utf8')
  .replace('journey: register-patient', 'journey: register-secret')
  // Fixed values instead of the suite's generated ones: this test looks for them in every file.
  .replace('value: "${gen.nhsNumber}"', `value: "${NHS}"`)
  .replace('value: "${gen.name}"', `value: ${SURNAME}`)
  .replace('value: Alex', `value: ${FORENAME}`);

let run: CliResult;
let runDir: string;
let files: string[];

let projectDir: string | undefined;

beforeAll(async () => {
  expect(JOURNEY).toContain(SURNAME);
  expect(JOURNEY).toContain(NHS);
  expect(JOURNEY).toContain(FORENAME);
  const p = project([], { 'register-secret': JOURNEY });
  projectDir = p.dir;
  const signIn = simSignIn('${secret.PARITY_TEST_PASSWORD}');
  p.config({
    reference: 'train',
    environments: {
      train: { sim: { variant: 'train' }, writes: 'allowed', signIn },
      // live-south adds the demographics trace screen, a table of entered and traced details.
      'live-south': { sim: { variant: 'live-south' }, writes: 'allowed', signIn },
    },
    redact: [
      { pattern: SURNAME, flags: 'i' }, // the record shows it in capitals
      { pattern: FORENAME, flags: 'i' },
      { pattern: '\\b999[ -]?000[ -]?0131\\b' },
    ],
  });
  runDir = join(p.dir, 'run');
  // Full run: capture, compare, report; and a trace asked for on every journey.
  run = await cli(p.dir, ['run', '--out', runDir, '--workers', '2', '--trace', 'on'], { PARITY_TEST_PASSWORD: PASSWORD });
  files = allFiles(runDir);
}, 120_000);

afterAll(() => cleanup(projectDir));

describe('a run that uses a secret and redaction rules', () => {
  it('captured, compared and reported (the registration was saved in both environments)', () => {
    expect([0, 1], run.text).toContain(run.code);
    for (const env of ['train', 'live-south']) {
      const record = stepCaptures(runDir, env, 'register-secret').find((c) => c.step === 'Check the new record')!;
      expect(record.status, env).toBe('captured');
      expect(record.identity?.mainHeading).toBe('Patient summary');
    }
    for (const f of ['compare/result.json', 'report/index.html', 'report/report.json', 'report/junit.xml', 'report/summary.md']) {
      expect(existsSync(join(runDir, f)), f).toBe(true);
    }
  });

  it('leaves no file holding the password, the patient name or the NHS number', () => {
    expect(files.length).toBeGreaterThan(30);
    const leaks: string[] = [];
    for (const f of files) {
      const bytes = readFileSync(f);
      for (const text of [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le')]) {
        const lower = text.toLowerCase();
        if (text.includes(PASSWORD)) leaks.push(`${f}: password`);
        if (lower.includes(SURNAME.toLowerCase())) leaks.push(`${f}: surname`);
        if (lower.includes(FORENAME.toLowerCase())) leaks.push(`${f}: forename`);
        if (NHS_ANY.test(text)) leaks.push(`${f}: NHS number`);
      }
    }
    expect([...new Set(leaks)]).toEqual([]);
    // Nor does anything the CLI printed.
    expect(run.text).not.toContain(PASSWORD);
    expect(run.text.toLowerCase()).not.toContain(SURNAME.toLowerCase());
    expect(run.text).not.toMatch(NHS_ANY);
  });

  it('did redact: the captures show where the name and number were, replaced', () => {
    const aria = readFileSync(join(runDir, stepCaptures(runDir, 'train', 'register-secret').at(-1)!.dir, 'aria.yaml'), 'utf8');
    expect(aria).toContain('▇▇▇');
    expect(aria).toContain('Patient summary');
  });

  it('keeps typed values out of the accessibility snapshot (capture.values is off)', () => {
    const demo = stepCaptures(runDir, 'train', 'register-secret').find((c) => c.step === 'Enter demographics')!;
    const aria = readFileSync(join(runDir, demo.dir, 'aria.yaml'), 'utf8');
    expect(aria).toMatch(/- textbox "Postcode"\n/);
    expect(aria).toMatch(/- textbox "Date of birth":\n\s+- \/placeholder: DD\/MM\/YYYY\n/);
    expect(aria).not.toContain('SO14 3XX'); // typed, and no redaction rule covers it
    expect(aria).not.toContain('14/02/1990');
    expect(aria).toContain('option "2 Female" [selected]'); // a chosen code is structure, not a typed value
    for (const c of demo.controls) expect(c.value === undefined || c.tag === 'select', `${c.name}: ${c.value}`).toBe(true);
  });

  it('writes no trace, though --trace on was given, and says why', () => {
    expect(files.filter((f) => f.endsWith('.zip'))).toEqual([]);
    expect(run.stderr.join('\n')).toMatch(/traces are off/);
  });

  it('paints over the fields holding the name and number in the screenshot (#222), not the others', async () => {
    for (const env of ['train', 'live-south']) {
      const demo = stepCaptures(runDir, env, 'register-secret').find((c) => c.step === 'Enter demographics')!;
      const png = join(runDir, demo.dir, 'screenshot.png');
      const field = (label: string) => {
        const c = demo.controls.find((x) => x.label === label || x.name === label);
        expect(c, `${env}: control ${label}`).toBeDefined();
        return c!.box;
      };
      for (const label of ['NHS number', 'Surname', 'Forename']) {
        expect(await share222(png, field(label)), `${env}: ${label}`).toBe(1);
      }
      // A field with no patient identifier in it is left as it is.
      expect(await share222(png, field('Postcode')), `${env}: Postcode`).toBe(0);
    }
  });

  it('paints over the name and number where the record shows them, and nowhere on screens without them', async () => {
    for (const env of ['train', 'live-south']) {
      const caps = stepCaptures(runDir, env, 'register-secret');
      const open = caps.find((c) => c.step === 'Open registration')!;
      const record = caps.find((c) => c.step === 'Check the new record')!;
      expect(await count222(join(runDir, open.dir, 'screenshot.png')), `${env}: open`).toBe(0);
      // The banner and the summary show the name and number: several painted boxes of text.
      expect(await count222(join(runDir, record.dir, 'screenshot.png')), `${env}: record`).toBeGreaterThan(1500);
    }
  });
});

/** Share of the pixels inside box that are exactly #222222. */
async function share222(png: string, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let hits = 0;
  let total = 0;
  for (let y = Math.ceil(box.y); y < Math.floor(box.y + box.height); y++) {
    for (let x = Math.ceil(box.x); x < Math.floor(box.x + box.width); x++) {
      const i = (y * info.width + x) * 3;
      total++;
      if (data[i] === 0x22 && data[i + 1] === 0x22 && data[i + 2] === 0x22) hits++;
    }
  }
  expect(total).toBeGreaterThan(100);
  return hits / total;
}

async function count222(png: string): Promise<number> {
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < data.length; i += 3) if (data[i] === 0x22 && data[i + 1] === 0x22 && data[i + 2] === 0x22) n++;
  return n;
}
