// The shape of `npm run bench` without running it (the full bench takes many minutes): the projects
// it generates are valid suites, the scale journeys only read, memory is measured over a process
// tree, and what runs before the bench prints nothing on stdout, where `--json` puts its document.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/util/io.js';
import { findBrowser } from '../../src/browser/find-browser.js';
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

  it('takes the Playwright floor\'s screenshots, one full-page PNG per page, in a process of its own', async () => {
    const site = join(root, 'floor-site');
    const out = join(root, 'floor-out');
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'a.html'), '<h1>Clinics</h1>');
    writeFileSync(join(site, 'b.html'), '<h1>Home</h1><p style="height:1500px">tall</p>');
    const urls = ['a.html', 'b.html'].map((f) => pathToFileURL(join(site, f)).href);
    const browser = await findBrowser(process.env);
    expect(browser, 'a browser to run the floor with').toBeDefined();
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../bench/playwright-floor.mjs'), browser!.path, out, '800', '600', ...urls], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const height = (f: string) => readFileSync(join(out, f)).readUInt32BE(20);
    expect([height('0.png'), height('1.png')]).toEqual([600, expect.any(Number)]);
    expect(height('1.png')).toBeGreaterThan(1500);
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
