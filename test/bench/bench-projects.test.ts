// The shape of `npm run bench` without running it (the full bench takes many minutes): the projects
// it generates are valid suites, the scale journeys only read, memory is measured over a process
// tree, and what runs before the bench prints nothing on stdout, where `--json` puts its document.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
// @ts-expect-error: plain JavaScript modules of the bench, without types
import { writeScaleProject } from '../../bench/scale.mjs';
// @ts-expect-error: as above
import { writeParityProject } from '../../bench/suite.mjs';
// @ts-expect-error: as above
import { treeRss } from '../../bench/tree-memory.mjs';

const root = mkdtempSync(join(tmpdir(), 'parity-bench-shape-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function validate(dir: string): Promise<{ code: number; text: string }> {
  const io = memoryIo(dir);
  const code = await main(['validate'], io);
  return { code, text: io.text() };
}

describe('the bench', () => {
  it('generates a scale suite that validates, of journeys that only go from screen to screen', async () => {
    const dir = join(root, 'scale');
    writeScaleProject(dir, 5);
    const v = await validate(dir);
    expect(v.code, v.text).toBe(0);
    const specs = readdirSync(join(dir, 'specs'));
    expect(specs).toHaveLength(5);
    for (const f of specs) {
      const j = parse(readFileSync(join(dir, 'specs', f), 'utf8')) as { steps: { actions: Record<string, unknown>[] }[] };
      expect(j.steps).toHaveLength(3);
      for (const s of j.steps) for (const a of s.actions) expect(Object.keys(a), f).toEqual(['goto']);
    }
    const cfg = parse(readFileSync(join(dir, 'parity.config.yaml'), 'utf8')) as { environments: Record<string, { writes?: string }> };
    expect(Object.keys(cfg.environments)).toHaveLength(4);
    for (const e of Object.values(cfg.environments)) expect(e.writes).toBeUndefined(); // read-only, as LIVE
  });

  it('generates the suite it races against BackstopJS as a valid project', async () => {
    const dir = join(root, 'suite');
    writeParityProject(dir, { train: 'http://127.0.0.1:9', live: 'http://127.0.0.1:10' }, ['/home', '/clinics'], { width: 1920, height: 1080 });
    const v = await validate(dir);
    expect(v.code, v.text).toBe(0);
  });

  it('measures the memory of a process with everything it started', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(10 * 2 ** 20);
  });

  it('finds the browser before the bench without a word on stdout', () => {
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/ensure-browser.mjs')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^parity: browser: /m);
  });
});
