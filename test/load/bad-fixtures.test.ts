// One test per broken fixture in test/fixtures/specs/bad: the problems found must be exactly the
// ones its "# expect: CODE line:col[; CODE line:col]" header names (code and position, never wording).
// config-*.yaml are loaded as parity.config.yaml; the rest as journeys against configs/for-bad.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAll, loadConfig } from '../../src/load/index.js';
import type { Problem } from '../../src/util/errors.js';

const BAD = resolve('test/fixtures/specs/bad');
const FOR_BAD = resolve('test/fixtures/configs/for-bad');

interface Expected { code: string; line: number; col: number }

function parseExpect(s: string): Expected[] {
  return s.split(';').map((part) => {
    const m = /^\s*([A-Z_]+)\s+(\d+):(\d+)\s*$/.exec(part);
    if (!m) throw new Error(`bad expectation '${part}'`);
    return { code: m[1]!, line: Number(m[2]), col: Number(m[3]) };
  });
}

const index = new Map(
  readFileSync(join(BAD, 'EXPECTED'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => [l.slice(0, l.indexOf(':')), parseExpect(l.slice(l.indexOf(':') + 1))] as const),
);

export function expectationOf(file: string): Expected[] {
  const fromIndex = index.get(file);
  if (fromIndex) return fromIndex;
  const head = readFileSync(join(BAD, file), 'latin1').split('\n')[0]!;
  const m = /^# expect: (.*)$/.exec(head);
  if (!m) throw new Error(`${file} has no "# expect:" header and no entry in EXPECTED`);
  return parseExpect(m[1]!);
}

const byPos = (a: Expected, b: Expected) => a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);
const simplify = (ps: Problem[]): Expected[] => ps.map((p) => ({ code: p.code, line: p.line ?? 0, col: p.col ?? 0 })).sort(byPos);

const fixtures = readdirSync(BAD).filter((f) => f.endsWith('.yaml')).sort();

test('the bad fixture folder holds at least 30 broken files', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(30);
});

describe('broken journeys', () => {
  for (const file of fixtures.filter((f) => !f.startsWith('config-'))) {
    test(file, async () => {
      const { problems } = await checkAll({ cwd: FOR_BAD, env: {}, paths: [join(BAD, file)] });
      expect(simplify(problems)).toEqual(expectationOf(file).sort(byPos));
      for (const p of problems) expect(p.file).toMatch(new RegExp(`${file.replace('.', '\\.')}$`));
    });
  }
});

describe('broken configs', () => {
  for (const file of fixtures.filter((f) => f.startsWith('config-'))) {
    test(file, async () => {
      const err = await loadConfig({ cwd: BAD, file, env: {} }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ name: 'InputError' });
      const problems = (err as { problems: Problem[] }).problems;
      expect(simplify(problems)).toEqual(expectationOf(file).sort(byPos));
      for (const p of problems) expect(p.file).toBe(file);
    });
  }
});
