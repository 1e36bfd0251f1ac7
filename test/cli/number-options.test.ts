// Every number a flag takes is read one way: a whole number (or a number) in a range, else exit 2
// naming the flag, the range and what was given, before anything else is read or started.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';

const dir = mkdtempSync(join(tmpdir(), 'parity-numbers-')); // no config here: the flag is refused first
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('numbers in flags', () => {
  it.each([
    [['run', '--workers', '0'], /--workers takes a whole number from 1 to 64; got '0'/],
    [['run', '--workers', ''], /--workers takes a whole number from 1 to 64; got ''/],
    [['run', '--workers', '2.5'], /--workers takes a whole number/],
    [['compare', '.', '--workers', 'many'], /--workers takes a whole number from 0 to 64; got 'many'/],
    [['show-report', '.', '--port', '70000'], /--port takes a whole number from 0 to 65535; got '70000'/],
    [['sim', '--variant', 'train', '--error-rate', '2'], /--error-rate takes a number from 0 to 1; got '2'/],
    [['login', '--env', 'live', '--timeout', '0'], /--timeout takes a number from 0.1 to 1440; got '0'/],
  ])('parity %j is exit 2 with the flag, its range and the value', async (argv, said) => {
    const io = memoryIo(dir, {});
    const code = await main(argv as string[], io);
    expect(code, io.text()).toBe(2);
    expect(io.text()).toMatch(said);
    expect(io.text()).not.toMatch(/\n\s+at /);
  });
});
