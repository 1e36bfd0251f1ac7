// parity import on recordings written by hand in the Recorder's export format (test/fixtures/
// recordings), without a browser: what each recorded step becomes, the warnings that name a step,
// and the refusals (file:line:col, JSON path, exit 2) that leave nothing written.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cli, repo } from '../e2e/helpers-run.js';

const fixtures = resolve(repo, 'test/fixtures/recordings');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parity-import-'));
  cpSync(fixtures, join(dir, 'recordings'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const journey = (file: string) => parse(readFileSync(join(dir, 'specs', file), 'utf8'));

describe('refused recordings: file, line, column and JSON path; exit 2; nothing written', () => {
  // Each bad recording with where its problem is: the line and column of the value the JSON path names.
  const bad: [string, string, number, number, string][] = [
    ['double-click.json', 'IMPORT_STEP', 18, 15, 'steps[2].type'],
    ['popup.json', 'IMPORT_STEP', 10, 17, 'steps[1].target'],
    ['wait-expression.json', 'IMPORT_STEP', 9, 15, 'steps[1].type'],
    ['no-navigate.json', 'IMPORT_STEP', 4, 5, 'steps[0]'],
    ['no-selectors.json', 'IMPORT_FORMAT', 8, 5, 'steps[1]'],
    ['unknown-type.json', 'IMPORT_FORMAT', 9, 15, 'steps[1].type'],
    ['not-a-recording.json', 'IMPORT_FORMAT', 1, 1, ''],
    ['trailing-comma.json', 'IMPORT_JSON', 14, 5, ''],
  ];
  it.each(bad)('%s', async (file, code, line, col, path) => {
    const r = await cli(dir, ['import', `recordings/bad/${file}`, '--out', 'specs']);
    expect(r.code).toBe(2);
    const first = r.stderr[0] ?? '';
    expect(first.startsWith(`recordings/bad/${file}:${line}:${col}: ${code}: ${path ? `${path}: ` : ''}`), first).toBe(true);
    expect(existsSync(join(dir, 'specs'))).toBe(false);
  });

  it('one bad recording among good ones: none is written, and the bad one says why', async () => {
    const r = await cli(dir, ['import', 'recordings/find-patient.json', 'recordings/bad/double-click.json', 'recordings/sign-in-and-choose.json', '--out', 'specs']);
    expect(r.code).toBe(2);
    expect(r.stderr.join('\n')).toMatch(/double-click\.json:18:15: IMPORT_STEP/);
    expect(existsSync(join(dir, 'specs'))).toBe(false);
  });

  it('the real command prints no stack trace, and says what was expected', () => {
    const r = spawnSync(process.execPath, [join(repo, 'bin/parity.js'), 'import', 'recordings/bad/trailing-comma.json', '--out', 'specs'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/IMPORT_JSON: not valid JSON: .*a comma before \} is not allowed in JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an existing journey file is not overwritten without --force', async () => {
    expect((await cli(dir, ['import', 'recordings/find-patient.json', '--out', 'specs'])).code).toBe(0);
    writeFileSync(join(dir, 'specs', 'find-a-patient-by-nhs-number.yaml'), '# mine\n');
    const again = await cli(dir, ['import', 'recordings/find-patient.json', '--out', 'specs']);
    expect(again.code).toBe(2);
    expect(again.stderr[0]).toMatch(/^specs\/find-a-patient-by-nhs-number\.yaml: IMPORT_EXISTS/);
    expect(readFileSync(join(dir, 'specs', 'find-a-patient-by-nhs-number.yaml'), 'utf8')).toBe('# mine\n');
    expect((await cli(dir, ['import', 'recordings/find-patient.json', '--out', 'specs', '--force'])).code).toBe(0);
    expect(journey('find-a-patient-by-nhs-number.yaml').journey).toBe('find-a-patient-by-nhs-number');
  });
});

describe('what a recording becomes (without reading the screens)', () => {
  it('steps at navigations named from the title, host dropped, aria/text as words, CSS last with a warning', async () => {
    const r = await cli(dir, ['import', 'recordings/find-patient.json', '--out', 'specs']);
    expect(r.code).toBe(0);
    const j = journey('find-a-patient-by-nhs-number.yaml');
    expect(j.start).toBe('/home');
    expect(j.steps.map((s: { name: string }) => s.name)).toEqual(['Home', 'Find patient', 'Find patient, after Search']);
    expect(j.steps[1].actions).toEqual([
      { click: { text: 'Find patient' } }, // no role in the recording: the words, until the page is read
      { fill: { label: 'NHS number', value: '999 000 0018' } }, // the click into the field before typing is not an action
    ]);
    expect(j.steps[2].actions).toEqual([{ click: { role: 'button', name: 'Search' } }, { click: { css: 'div.action-bar > button:nth-of-type(2)' } }]);
    const text = readFileSync(join(dir, 'specs', 'find-a-patient-by-nhs-number.yaml'), 'utf8');
    expect(text).toMatch(/# a CSS selector: the recording has no aria\/ or text\/ selector for this element \(recording steps\[7\]\)\n\s+- click: \{ css:/);
    const warnings = r.stderr.filter((l) => l.startsWith('warning:'));
    expect(warnings.some((w) => /^warning: recordings\/find-patient\.json:126:5: IMPORT_CSS_FALLBACK: steps\[7\]: click "div\.action-bar/.test(w))).toBe(true);
    expect(warnings.some((w) => /IMPORT_DROPPED: steps\[5\]: scrolling/.test(w))).toBe(true);
    expect(r.stdout.join('\n')).toMatch(/3 steps, 4 actions, 1 found by CSS or XPath/);
  });

  it('a password becomes ${secret.NAME} and its value reaches no file; a drop-down keeps its value, said so; a key press starts the screen it opens', async () => {
    const r = await cli(dir, ['import', 'recordings/sign-in-and-choose.json', '--out', 'specs']);
    expect(r.code).toBe(0);
    const j = journey('sign-in-to-the-training-domain.yaml');
    expect(j.steps[0].actions[1]).toEqual({ fill: { label: 'Password', value: '${secret.PASSWORD}' } });
    expect(j.steps[1].name).toBe('Home');
    expect(j.steps[1].actions[0]).toEqual({ press: 'Enter' });
    expect(j.steps[1].actions[1]).toEqual({ select: { label: 'Clinic', option: 'CARD1' } });
    expect(j.steps[1].actions[2]).toEqual({ click: { role: 'link', within: { role: 'table', name: 'Results' } } });
    expect(j.steps[2].actions[0]).toEqual({ goto: 'https://sso.example.nhs.uk/logout' }); // another site keeps its address
    for (const f of readdirSync(join(dir, 'specs'))) expect(readFileSync(join(dir, 'specs', f), 'utf8')).not.toContain('hunter2');
    expect(r.text).not.toContain('hunter2');
    expect(r.stderr.join('\n')).toMatch(/IMPORT_SECRET: steps\[3\]: a password/);
    expect(r.stderr.join('\n')).toMatch(/IMPORT_OPTION_VALUE: steps\[6\]/);
  });

  it('what it writes passes parity validate', async () => {
    expect((await cli(dir, ['import', 'recordings/find-patient.json', 'recordings/sign-in-and-choose.json', '--out', 'specs'])).code).toBe(0);
    writeFileSync(join(dir, 'parity.config.yaml'), stringify({
      reference: 'train', specs: ['specs/*.yaml'],
      environments: { train: { baseUrl: 'https://train.pas.example.nhs.uk/', allowOrigins: ['https://sso.example.nhs.uk'] } },
    }));
    const v = await cli(dir, ['validate'], { PASSWORD: 'x' });
    expect(v.text).toMatch(/2 journeys OK \(6 steps\)/);
    expect(v.code).toBe(0);
  });
});
