// parity init writes a config and a journey that parity validate accepts, and refuses to overwrite.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';

describe('parity init', () => {
  test('writes files that validate, then refuses to overwrite them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parity-init-'));
    const io = memoryIo(dir);
    expect(await main(['init', '--reference-url', 'http://127.0.0.1:9/', '--target-url', 'https://pas.example.nhs.uk/'], io)).toBe(0);
    expect(readFileSync(join(dir, 'parity.config.yaml'), 'utf8')).toContain('writes: blocked');
    const v = memoryIo(dir);
    expect(await main(['validate'], v)).toBe(0);
    const again = memoryIo(dir);
    expect(await main(['init', '--reference-url', 'http://a/', '--target-url', 'http://b/'], again)).toBe(2);
    expect(again.stderr.join('\n')).toContain('INIT_EXISTS');
  });

  test('a base URL that is not http(s) is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parity-init-'));
    const io = memoryIo(dir);
    expect(await main(['init', '--reference-url', 'ftp://x', '--target-url', 'http://b/'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('INIT_URL');
  });
});
