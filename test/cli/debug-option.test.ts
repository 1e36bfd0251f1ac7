// --debug is an option of the program that Commander reads, before or after the command's name:
// with it an error shows its stack, without it one line. A '--debug' that is not the option (an
// argument after --) does not turn it on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';

const dir = mkdtempSync(join(tmpdir(), 'parity-debug-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const STACK = /\n\s+at /;

async function parity(argv: string[]) {
  const io = memoryIo(dir, {});
  const code = await main(argv, io);
  return { code, text: io.text() };
}

describe('--debug', () => {
  it.each([
    [['--debug', 'report', 'no-such-run']],
    [['report', 'no-such-run', '--debug']],
    [['report', '--debug', 'no-such-run']],
  ])('parity %j shows the error with its stack', async (argv) => {
    const r = await parity(argv);
    expect(r.code, r.text).toBe(2);
    expect(r.text).toMatch(/parity: RUNDIR_NOT_FOUND: /);
    expect(r.text).toMatch(STACK);
  });

  it('without it, the same error is one line', async () => {
    const r = await parity(['report', 'no-such-run']);
    expect(r.code, r.text).toBe(2);
    expect(r.text).toMatch(/parity: RUNDIR_NOT_FOUND: /);
    expect(r.text).not.toMatch(STACK);
  });

  it('is not turned on by the word after --, where it is an argument, not an option', async () => {
    const r = await parity(['validate', '--', '--debug']);
    expect(r.code, r.text).toBe(2);
    expect(r.text).toMatch(/_NOT_FOUND: /);
    expect(r.text).not.toMatch(STACK);
  });
});
