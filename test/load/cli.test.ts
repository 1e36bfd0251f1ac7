// `parity validate` and `parity schema` through the real in-process main(argv, io).
// The real command table, error printing and exit codes users get.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';


const { main } = await import('../../src/cli/main.js');
const { memoryIo } = await import('../../src/util/io.js');

const fixture = (p: string) => resolve('test/fixtures', p);

async function run(cwd: string, ...argv: string[]) {
  const io = memoryIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n'), all: io.text() };
}

describe('parity validate', () => {
  test('good config and journeys: exit 0 and a count', async () => {
    const r = await run(fixture('configs/docs'), 'validate');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1 journey OK/m);
    expect(r.err).toBe('');
  });

  test('a config given with --config and journeys given as paths', async () => {
    const r = await run(resolve('.'), 'validate', '--config', 'test/fixtures/configs/good/parity.config.yaml', 'test/fixtures/specs/good/book-appointment.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/config OK: 2 environments/);
    expect(r.out).toMatch(/1 journey OK \(3 steps\)/);
  });

  test('broken journeys: exit 2, every problem as file:line:col: CODE with a caret, no stack trace', async () => {
    const r = await run(fixture('configs/for-bad'), 'validate', '../../specs/multi/many-problems.yaml', '../../specs/bad/unknown-role.yaml');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const heads = r.err.split('\n').filter((l) => /^\S+:\d+:\d+: [A-Z_]+: /.test(l));
    expect(heads).toHaveLength(9);
    // Files in path order, problems in file order.
    expect(heads[0]).toMatch(/^\.\.\/\.\.\/specs\/bad\/unknown-role\.yaml:6:24: SPEC_UNKNOWN_ROLE: .*\(did you mean 'button'\?\)$/);
    expect(heads[1]).toMatch(/^\.\.\/\.\.\/specs\/multi\/many-problems\.yaml:1:10: SPEC_VALUE: /);
    expect(r.err).toContain("SPEC_UNKNOWN_ACTION: unknown action 'clik'");
    expect(r.err).toMatch(/\n\s+\^\n/);
    expect(r.err).toMatch(/9 problems found\./);
    expect(r.all).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  test('no config found: exit 2 with CONFIG_NOT_FOUND naming the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parity-cli-'));
    const r = await run(dir, 'validate');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`CONFIG_NOT_FOUND`);
    expect(r.err).toContain(dir);
  });

  test('--help explains the command with an example', async () => {
    const r = await run(resolve('.'), 'validate', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: parity validate');
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain('parity validate specs/');
  });
});

describe('parity schema', () => {
  test('prints one schema as JSON', async () => {
    const r = await run(resolve('.'), 'schema', 'journey');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(readFileSync('schema/journey.schema.json', 'utf8')));
  });

  test('prints both as one JSON document keyed by file name', async () => {
    const r = await run(resolve('.'), 'schema');
    expect(Object.keys(JSON.parse(r.out))).toEqual(['config.schema.json', 'journey.schema.json']);
  });

  test('--out writes the files the repository commits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parity-schema-'));
    const r = await run(dir, 'schema', '--out', 'schema');
    expect(r.code).toBe(0);
    for (const f of ['config.schema.json', 'journey.schema.json']) {
      expect(readFileSync(join(dir, 'schema', f), 'utf8')).toBe(readFileSync(join('schema', f), 'utf8'));
    }
  });

  test('an unknown kind is a usage error (exit 2)', async () => {
    const r = await run(resolve('.'), 'schema', 'journeys');
    expect(r.code).toBe(2);
    expect(r.err).toContain('USAGE');
  });

  test('--help has an example', async () => {
    const r = await run(resolve('.'), 'schema', '--help');
    expect(r.out).toContain('parity schema --out schema');
  });
});

