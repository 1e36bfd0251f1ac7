// Inputs that once got past validate and hurt at run time, refused by `parity validate` and by
// `parity run` before any browser starts: exit 2, file:line:col and a stable code, no stack trace,
// and a baseUrl's password printed nowhere, not even in the excerpt of the line that holds it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function projectWith(config: string, journey: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parity-refused-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'parity.config.yaml'), config);
  mkdirSync(join(dir, 'specs'));
  writeFileSync(join(dir, 'specs', 'j.yaml'), journey);
  return dir;
}

async function cli(cwd: string, ...argv: string[]) {
  const io = memoryIo(cwd);
  const code = await main(argv, io);
  return { code, err: io.stderr.join('\n'), all: io.text() };
}

const JOURNEY = `journey: look
steps:
  - name: Look
    actions:
      - expect: { title: Home }
`;

describe('a baseUrl with a user name and password', () => {
  const dir = projectWith(`reference: train
environments:
  train: { baseUrl: "http://127.0.0.1:9/" }
  live: { baseUrl: "http://admin:Pw-4419-secret@127.0.0.1:9/", blockUrls: ["/(unclosed/"] }
`, JOURNEY);

  for (const cmd of [['validate'], ['run', '--capture-only', '--out', 'run']]) {
    test(`is refused by parity ${cmd[0]}: exit 2, located, says to use headers with a secret, never prints the password`, async () => {
      const r = await cli(dir, ...cmd);
      expect(r.code, r.all).toBe(2);
      expect(r.err).toMatch(/^parity\.config\.yaml:4:20: CONFIG_CREDENTIALS: .*headers.*\$\{secret\./m);
      // The broken blockUrls pattern on the same line is found in the same pass, its caret where it was.
      expect(r.err).toMatch(/^parity\.config\.yaml:4:\d+: CONFIG_PATTERN: /m);
      const excerpt = r.err.split('\n');
      const caretLine = excerpt[excerpt.findIndex((l) => l.includes('CONFIG_PATTERN')) + 2]!;
      expect(excerpt[excerpt.findIndex((l) => l.includes('CONFIG_PATTERN')) + 1]!.slice(caretLine.indexOf('^'))).toMatch(/^"\/\(unclosed\/"/);
      expect(r.all).not.toContain('Pw-4419-secret');
      expect(r.all).not.toContain('admin');
      expect(r.all).not.toMatch(/\n\s+at /); // no stack trace without --debug
    });
  }
});

test('a header value with a line break is refused at its value (CONFIG_HEADER), not sent to the browser', async () => {
  const dir = projectWith(`reference: train
environments:
  train: { baseUrl: "http://127.0.0.1:9/" }
  live: { baseUrl: "http://127.0.0.1:8/", headers: { X-Env: "a\\r\\nX-Injected: 1" } }
`, JOURNEY);
  const r = await cli(dir, 'run', '--capture-only', '--out', 'run');
  expect(r.code, r.all).toBe(2);
  expect(r.err).toMatch(/^parity\.config\.yaml:4:61: CONFIG_HEADER: header 'X-Env' has a line break/m);
});

describe('a journey that would leave its environment', () => {
  const dir = projectWith(`reference: train
environments:
  train: { baseUrl: "http://127.0.0.1:9/", allowOrigins: ["https://sso.example.nhs.uk"] }
  live: { baseUrl: "http://127.0.0.1:8/" }
`, `journey: leave
start: file:///etc/passwd
steps:
  - name: Elsewhere
    actions:
      - goto: https://sso.example.nhs.uk/login
      - goto: "\${vars.nowhere}"
`);

  test('is refused where it says so: file: anywhere, and an origin only train allows, in live', async () => {
    const r = await cli(dir, 'validate');
    expect(r.code, r.all).toBe(2);
    const heads = r.err.split('\n').filter((l) => /^\S+:\d+:\d+: [A-Z_]+: /.test(l)).map((l) => l.split(': ').slice(0, 2).join(': '));
    expect(heads).toEqual(['specs/j.yaml:2:8: SPEC_URL', 'specs/j.yaml:6:15: SPEC_URL', 'specs/j.yaml:7:16: SPEC_UNDEFINED_VAR']);
    expect(r.err).toMatch(/6:15: SPEC_URL: .*leaves environment live .*allowOrigins/);
  });
});
