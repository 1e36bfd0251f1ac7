// One reader of a run directory's manifest for every command that opens one: a manifest that is not
// JSON, or of another format or version, is exit 2 with the same code and the file named, whether
// compare, report, merge or run --resume opened it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';

const dir = mkdtempSync(join(tmpdir(), 'parity-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runDir(name: string, manifest: string): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'manifest.json'), manifest);
  return d;
}

const broken = {
  'not JSON': ['{"format": "parity-run", ', 'RUNDIR_FORMAT', /not valid JSON/],
  'another format': ['{"format": "something-else", "version": 1}', 'RUNDIR_FORMAT', /format is 'something-else', expected 'parity-run'/],
  'a later version': ['{"format": "parity-run", "version": 99}', 'RUNDIR_VERSION', /version 99 is not supported/],
} as const;

const commands: Record<string, (d: string) => string[]> = {
  compare: (d) => ['compare', d],
  report: (d) => ['report', d],
  merge: (d) => ['merge', d, d, '--out', join(dir, `merged-${Math.random().toString(36).slice(2)}`)],
  // In the example project, so the config and journeys load and the manifest is what is wrong.
  'run --resume': (d) => ['run', '--resume', d, '--capture-only'],
};

describe('a run directory whose manifest is wrong', () => {
  for (const [what, [text, code, said]] of Object.entries(broken)) {
    for (const [cmd, argv] of Object.entries(commands)) {
      it(`${what}: parity ${cmd} exits 2 with ${code}, naming the file`, async () => {
        const d = runDir(`${what}-${cmd}`.replace(/\W+/g, '-'), text);
        const io = memoryIo(cmd === 'run --resume' ? resolve('.') : dir, { ...process.env });
        const exit = await main(argv(d), io);
        expect(exit, io.text()).toBe(2);
        expect(io.text()).toContain(code);
        expect(io.text()).toMatch(said);
        expect(io.text()).toContain(join(d, 'manifest.json'));
        expect(io.text()).not.toMatch(/internal error|\n\s+at /);
      });
    }
  }
});
