import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import ts from 'typescript';
import { twoEnvs, writeRun } from './fixture.js';
import { compare, control, kinds, registerJourney, step } from './journeys.js';
import { comparePixels } from '../../src/compare/pixel-core.js';
import { findRegions } from '../../src/compare/regions.js';
import { checkBuffers } from '../../src/compare/pixels.js';
import { PixelPool } from '../../src/compare/pool.js';

async function png(w: number, h: number, rects: { x: number; y: number; width: number; height: number }[] = []): Promise<Buffer> {
  const buf = Buffer.alloc(w * h * 4, 255);
  for (const r of rects) for (let y = r.y; y < r.y + r.height; y++) for (let x = r.x; x < r.x + r.width; x++) buf.set([0, 90, 180, 255], (y * w + x) * 4);
  return sharp(buf, { raw: { width: w, height: h, channels: 4 } }).png().toBuffer();
}

describe('pixels', () => {
  it('a colour change with the structure equal is one visual-only, its box tied to the control under it', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      const s = step(j, 'Enter demographics');
      const save = control(s, 'Save');
      s.paint = [{ ...save.box!, color: [0, 120, 60] }];
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['visual-only']);
    const d = r.divergences[0]!;
    expect(d.severity).toBe('cosmetic');
    expect(d.evidence.regions).toHaveLength(1);
    expect(d.evidence.regions![0]!.elements).toEqual(["the button 'Save'"]);
    expect(d.evidence.diffImage).toBe('compare/diffs/live/register-patient/01-enter-demographics.png');
    expect(existsSync(join(dir, d.evidence.diffImage!))).toBe(true);
    // Only the differing step has a diff image.
    expect(existsSync(join(dir, 'compare/diffs/live/register-patient/00-open-registration.png'))).toBe(false);
  });

  it('a change below maxDiffPixelRatio is not reported', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      step(j, 'Confirm').paint = [{ x: 700, y: 10, width: 2, height: 2, color: [0, 0, 0] }];
      return j;
    }));
    const r = await compare(dir, { config: { visual: { threshold: 0.1, maxDiffPixelRatio: 0.001, includeAA: false }, normalise: { defaults: true, rules: [], testPatients: [] }, acceptances: 'a.yaml' } });
    expect(r.divergences).toEqual([]);
  });

  it('different heights: the height change is reported and the overlap compared', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      step(j, 'Confirm').height = 420;
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['visual-only']);
    expect(r.divergences[0]!.evidence.heightChange).toBe(120);
    expect(r.divergences[0]!.message).toContain('120 px taller');
  });

  it('content pushed down by a new field is folded into that field-added', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      const s = step(j, 'Open registration');
      const controls = s.controls!;
      // A new field after Surname: everything below moves down 50 px.
      const added = { ...controls[0]!, name: 'Title', label: 'Title', nameAttr: 'title', order: 1 };
      s.controls = [controls[0]!, added, ...controls.slice(1)].map((c, i) => ({ ...c, order: i, box: { ...c.box, y: 100 + i * 50 } }));
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['field-added']);
    expect(r.divergences[0]!.evidence.regions!.length).toBeGreaterThan(0);
  });

  it('comparePixels: regions as boxes, size mismatch compared on the overlap', async () => {
    const a = await png(200, 100, [{ x: 10, y: 10, width: 20, height: 20 }]);
    const b = await png(200, 140, [{ x: 10, y: 10, width: 20, height: 20 }, { x: 150, y: 60, width: 30, height: 10 }]);
    const o = await comparePixels({ a, b, threshold: 0.1, includeAA: false, returnDiff: true });
    expect(o).toMatchObject({ identical: false, width: 200, height: 100, heightChange: 40, diffPixels: 300 });
    expect(o.regions[0]).toMatchObject({ x: 150, y: 60, width: 30, height: 10, pixels: 300 });
    expect(o.regions[1]).toMatchObject({ y: 100, height: 40, beyondOverlap: true });
    expect((await sharp(Buffer.from(o.diffPng!)).metadata()).width).toBe(200);
  });

  it('findRegions: nearby changes are one box, distant ones two', () => {
    const w = 300, h = 100;
    const buf = Buffer.alloc(w * h * 4);
    const mark = (x: number, y: number) => buf.set([255, 0, 0, 255], (y * w + x) * 4);
    mark(10, 10); mark(30, 12); mark(250, 80);
    const rs = findRegions(buf, w, h);
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ x: 10, y: 10, width: 21, height: 3, pixels: 2 });
  });

  it('byte-identical PNGs settle without decoding', async () => {
    const a = await png(1920, 1080);
    const pool = new PixelPool(0);
    expect(await checkBuffers(a, Buffer.from(a), pool, { threshold: 0.1, includeAA: false })).toEqual({ identical: true });
    // Proof that nothing was decoded: two equal buffers that are not images at all are equal too.
    // (How fast that is belongs to `npm run bench`: identical pairs are timed there.)
    const notPng = Buffer.from('not a PNG, and never decoded');
    expect(await checkBuffers(notPng, Buffer.from(notPng), pool, { threshold: 0.1, includeAA: false })).toEqual({ identical: true });
  });

  it('the worker pool (compiled) gives the same answer as in-process', async () => {
    // vitest runs TypeScript; workers need JavaScript. Transpile the pixel modules into a folder
    // inside the project (so sharp and pixelmatch resolve) and run them the way dist/ does.
    const out = join(process.cwd(), 'node_modules', '.cache', `parity-pool-test-${process.pid}`);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'package.json'), '{"type":"module"}');
    for (const f of ['pool', 'pixel-core', 'pixel-worker', 'regions', 'row-align']) {
      const src = readFileSync(join(process.cwd(), 'src/compare', `${f}.ts`), 'utf8');
      const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
      writeFileSync(join(out, `${f}.js`), js);
    }
    try {
      const mod = (await import(join(out, 'pool.js'))) as { PixelPool: typeof PixelPool };
      const pool = new mod.PixelPool(2);
      expect(pool.threads).toBe(2);
      const a = await png(400, 300, [{ x: 5, y: 5, width: 50, height: 50 }]);
      const b = await png(400, 300, [{ x: 5, y: 5, width: 50, height: 50 }, { x: 300, y: 200, width: 40, height: 40 }]);
      const results = await Promise.all([1, 2, 3, 4].map(() => pool.run({ a, b, threshold: 0.1, includeAA: false, returnDiff: true })));
      await pool.close();
      const local = await comparePixels({ a, b, threshold: 0.1, includeAA: false });
      for (const r of results) {
        expect(r.diffPixels).toBe(local.diffPixels);
        expect(r.regions).toEqual(local.regions);
        expect(r.diffPng!.byteLength).toBeGreaterThan(0);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
