// How problems are reported: all at once, in place, with a caret, across files, and the limits.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAll, loadConfig, loadJourneys, MAX_SPEC_BYTES, validateAll } from '../../src/load/index.js';
import { InputError, formatProblem, type Problem } from '../../src/util/errors.js';

const fixture = (p: string) => resolve('test/fixtures', p);
const FOR_BAD = fixture('configs/for-bad');

async function rejection(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parity-spec-'));
}

describe('every problem at once', () => {
  test('all the mistakes of one file are reported together, in file order', async () => {
    const { problems } = await checkAll({ cwd: FOR_BAD, env: {}, paths: [fixture('specs/multi/many-problems.yaml')] });
    expect(problems.map((p) => [p.code, p.line, p.col])).toEqual([
      ['SPEC_VALUE', 1, 10],
      ['SPEC_UNKNOWN_KEY', 2, 1],
      ['SPEC_UNKNOWN_ACTION', 6, 9],
      ['SPEC_UNKNOWN_KEY', 7, 17],
      ['SPEC_UNKNOWN_ROLE', 8, 24],
      ['SPEC_UNDEFINED_VAR', 9, 42],
      ['SPEC_UNKNOWN_ENV', 11, 12],
      ['SPEC_TYPE', 14, 15],
    ]);
  });

  test('loadJourneys throws one InputError carrying the problems of every file', async () => {
    const config = await loadConfig({ cwd: FOR_BAD, env: {} });
    const e = await rejection(loadJourneys(config, [fixture('specs/bad/unknown-action.yaml'), fixture('specs/bad/unknown-role.yaml'), fixture('configs/docs/specs')]));
    expect(e.problems.map((p) => p.code).sort()).toEqual(['SPEC_UNKNOWN_ACTION', 'SPEC_UNKNOWN_ROLE']);
    expect(e.code).toBe('SPEC_UNKNOWN_ACTION');
  });

  test('validateAll returns the problems instead of throwing, and none for good input', async () => {
    expect(await validateAll({ cwd: fixture('configs/docs'), env: {} })).toEqual([]);
    const problems = await validateAll({ cwd: FOR_BAD, env: {}, paths: [fixture('specs/bad/tab-indent.yaml')] });
    expect(problems.map((p) => p.code)).toEqual(['SPEC_TAB']);
  });

  test('a broken config does not hide the journeys\' own problems', async () => {
    const { problems } = await checkAll({ cwd: fixture('specs/bad'), file: 'config-fail-on.yaml', env: {}, paths: [fixture('specs/bad/unknown-role.yaml')] });
    expect(problems.map((p) => p.code)).toEqual(['SPEC_VALUE', 'SPEC_UNKNOWN_ROLE']);
  });
});

describe('did you mean', () => {
  const hints = async (file: string) => (await checkAll({ cwd: FOR_BAD, env: {}, paths: [fixture(file)] })).problems.map((p) => [p.code, p.hint]);

  test('misspelt keys, actions, roles, environments and vars get the right word', async () => {
    expect(await hints('specs/multi/many-problems.yaml')).toEqual([
      ['SPEC_VALUE', undefined],
      ['SPEC_UNKNOWN_KEY', "did you mean 'title'?"],
      ['SPEC_UNKNOWN_ACTION', "did you mean 'click'?"],
      ['SPEC_UNKNOWN_KEY', "did you mean 'label'?"],
      ['SPEC_UNKNOWN_ROLE', "did you mean 'button'?"],
      ['SPEC_UNDEFINED_VAR', "did you mean '${vars.surname}'?"],
      ['SPEC_UNKNOWN_ENV', "did you mean 'train'?"],
      ['SPEC_TYPE', undefined],
    ]);
    expect(await hints('specs/bad/undefined-var.yaml')).toEqual([['SPEC_UNDEFINED_VAR', "did you mean '${vars.surname}'?"]]);
    expect(await hints('specs/bad/unknown-key-step.yaml')).toEqual([['SPEC_UNKNOWN_KEY', "did you mean 'commits'?"]]);
  });

  test('a word far from every candidate gets no guess', async () => {
    expect(await hints('specs/bad/unknown-action-select.yaml')).toEqual([['SPEC_UNKNOWN_ACTION', undefined]]);
  });

  test('the printed form is file:line:col: CODE: message (hint), then the line and a caret under the column', async () => {
    const { problems } = await checkAll({ cwd: FOR_BAD, env: {}, paths: [fixture('specs/bad/unknown-role.yaml')] });
    const lines = formatProblem(problems[0]!).split('\n');
    expect(lines[0]).toMatch(/^\.\.\/\.\.\/specs\/bad\/unknown-role\.yaml:6:24: SPEC_UNKNOWN_ROLE: .* \(did you mean 'button'\?\)$/);
    expect(lines[1]).toBe('      - click: { role: buton, name: Book }');
    expect(lines[2]).toBe(' '.repeat(23) + '^');
  });
});

describe('across files and limits', () => {
  test('two files with one journey id: the second is reported, naming the first', async () => {
    const config = await loadConfig({ cwd: FOR_BAD, env: {} });
    const e = await rejection(loadJourneys(config, [fixture('specs/dup')]));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatchObject({ code: 'SPEC_DUPLICATE_JOURNEY', line: 2, col: 10 });
    expect(e.problems[0]!.file).toMatch(/b\.yaml$/);
    expect(e.problems[0]!.message).toContain('a.yaml');
  });

  test('a 5 MB file is refused without being parsed', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.yaml');
    // Valid YAML all the way: only its size is wrong.
    writeFileSync(big, 'journey: big\nsteps:\n' + '  - name: step\n    actions: []\n'.repeat(Math.ceil((5 * 1024 * 1024) / 32)));
    const { problems } = await checkAll({ cwd: FOR_BAD, env: {}, paths: [big] });
    expect(problems.map((p: Problem) => [p.code, p.line, p.col])).toEqual([['SPEC_TOO_LARGE', undefined, undefined]]);
    expect(MAX_SPEC_BYTES).toBe(2 * 1024 * 1024);
  });

  test('a file just under the limit is read', async () => {
    const dir = tempDir();
    const f = join(dir, 'under.yaml');
    writeFileSync(f, 'journey: under\nsteps:\n  - name: one\n' + '# padding\n'.repeat(Math.floor((MAX_SPEC_BYTES - 100) / 10)));
    const { problems, journeys } = await checkAll({ cwd: FOR_BAD, env: {}, paths: [f] });
    expect(problems).toEqual([]);
    expect(journeys.map((j) => j.id)).toEqual(['under']);
  });

  test('no config in the folder: CONFIG_NOT_FOUND naming the folder', async () => {
    const dir = tempDir();
    const e = await rejection(loadConfig({ cwd: dir, env: {} }));
    expect(e.problems).toEqual([expect.objectContaining({ code: 'CONFIG_NOT_FOUND', file: dir })]);
    expect(e.problems[0]!.message).toContain(dir);
  });

  test('--config naming a missing file: CONFIG_NOT_FOUND naming the file', async () => {
    const dir = tempDir();
    const e = await rejection(loadConfig({ cwd: dir, file: 'conf/parity.yaml', env: {} }));
    expect(e.problems[0]).toMatchObject({ code: 'CONFIG_NOT_FOUND', file: 'conf/parity.yaml' });
  });

  test('config specs that match nothing are a problem, not zero journeys', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'parity.config.yaml'), 'reference: a\nenvironments:\n  a: { baseUrl: "http://localhost/" }\n');
    const { problems } = await checkAll({ cwd: dir, env: {} });
    expect(problems.map((p) => p.code)).toEqual(['SPEC_NO_FILES']);
  });

  test('a mask limited to a journey no spec file declares is reported in the config, with a suggestion', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'parity.config.yaml'), [
      'reference: a',
      'environments:',
      '  a: { baseUrl: "http://localhost/" }',
      'masks:',
      '  - { selector: { css: .clock } }',
      '  - { selector: { css: .banner }, journeys: [register-patient, regster-patient] }',
      '',
    ].join('\n'));
    mkdirSync(join(dir, 'specs'));
    writeFileSync(join(dir, 'specs', 'register.yaml'), 'journey: register-patient\nsteps:\n  - name: a\n');
    writeFileSync(join(dir, 'specs', 'book.yaml'), 'journey: book-appointment\nsteps:\n  - name: b\n');
    const { problems } = await checkAll({ cwd: dir, env: {} });
    expect(problems).toEqual([expect.objectContaining({ code: 'SPEC_UNKNOWN_JOURNEY', file: 'parity.config.yaml', line: 6, col: 64, hint: "did you mean 'register-patient'?" })]);
    const config = await loadConfig({ cwd: dir, env: {} });
    await rejection(loadJourneys(config)); // so `parity run` stops before capturing (exit 2)
    // Given one file, the other ids are simply not loaded: no complaint.
    expect((await checkAll({ cwd: dir, env: {}, paths: [join(dir, 'specs', 'book.yaml')] })).problems).toEqual([]);
  });

  test('a path that does not exist is reported', async () => {
    const { problems } = await checkAll({ cwd: FOR_BAD, env: {}, paths: ['nowhere/nothing.yaml'] });
    expect(problems.map((p) => [p.code, p.file])).toEqual([['SPEC_NOT_FOUND', 'nowhere/nothing.yaml']]);
  });

  test('a folder given as a path loads its .yaml and .yml files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'one.yml'), 'journey: one\nsteps:\n  - name: a\n');
    writeFileSync(join(dir, 'two.yaml'), 'journey: two\nsteps:\n  - name: b\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a journey');
    const { journeys, problems } = await checkAll({ cwd: FOR_BAD, env: {}, paths: [dir] });
    expect(problems).toEqual([]);
    expect(journeys.map((j) => j.id).sort()).toEqual(['one', 'two']);
  });
});
