// `parity … | head`: the reader closes stdout while Parity still prints. Parity stops printing and
// ends as it would have, with no EPIPE error and no stack trace.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const io = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'util', 'io.js')).href;

/** The CLI's own stdout writer: one line, then (once the reader has had time to go) many more. */
const PRINTER = `
import { processIo } from ${JSON.stringify(io)};
const out = processIo();
out.out('first line');
setTimeout(() => { for (let i = 0; i < 2000; i++) out.out('line ' + i + ' of what a long listing prints'); process.exitCode = 0; }, 300);
`;

describe('a reader that goes away', () => {
  it('is no error: the command ends with its own exit code and says nothing of the pipe', async () => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', PRINTER], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let first = '';
    child.stderr.on('data', (b: Buffer) => void (err += b.toString()));
    // Read the first line, then close our end, as `head -1` does.
    child.stdout.once('data', (b: Buffer) => { first = b.toString(); child.stdout.destroy(); });
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(first).toBe('first line\n');
    expect(err).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});
