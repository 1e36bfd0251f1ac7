// parity record's input, checked before any browser opens: exit 2, a code, a clear sentence, no stack.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, cli, project, simSignIn, type Project } from '../e2e/helpers-run.js';

let p: Project;
beforeAll(() => {
  p = project([]);
  p.config({ reference: 'train', environments: { train: { sim: { variant: 'train' }, signIn: simSignIn() } } });
  mkdirSync(join(p.dir, 'specs'), { recursive: true });
  writeFileSync(join(p.dir, 'specs', 'taken.yaml'), 'journey: taken\ntitle: Taken\nsteps:\n  - name: Home\n');
});
afterAll(() => cleanup(p?.dir));

const record = (...args: string[]) => cli(p.dir, ['record', ...args, '--headless']);
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('parity record refuses bad input before recording', () => {
  it.each([
    [['--out', 'specs/x.yaml'], /required option '--env <name>'/],
    [['--env', 'train'], /required option '--out <file>'/],
    [['--env', 'nowhere', '--out', 'specs/x.yaml'], /RECORD_UNKNOWN_ENV: --env: no environment 'nowhere' in .*; expected one of train/],
    [['--env', 'train', '--out', 'specs/x.json'], /RECORD_OUT: --out names the journey file to write, ending .yaml/],
    [['--env', 'train', '--out', 'specs/x.yaml', '--journey', 'Not An Id'], /RECORD_JOURNEY_ID/],
    [['--env', 'train', '--out', 'specs/x.yaml', '--start', 'home'], /RECORD_START_PATH/],
    [['--env', 'train', '--out', 'specs/taken.yaml'], /specs\/taken.yaml: RECORD_EXISTS: already exists; use --force/],
  ])('%j', async (args, said) => {
    const r = await record(...args);
    expect(r.code, r.text).toBe(2);
    expect(r.stderr.join('\n')).toMatch(said);
    noStack(r.text);
  });
});
