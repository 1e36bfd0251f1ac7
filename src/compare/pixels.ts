// Screenshots of one aligned step, and what their differences mean. Byte-identical PNGs (the common
// case: unchanged screens render identically) settle without decoding. Otherwise the pool compares
// them; each changed region is tied to the controls under it; regions the structural findings of
// the step already explain are folded into those findings, and what is left is one `visual-only`.
import { readFile } from 'node:fs/promises';
import type { Box, FormControl, StepCapture } from '../model/capture.js';
import type { VisualConfig } from '../model/config.js';
import type { VisualRegion } from '../model/divergence.js';
import type { PixelOutcome } from './pixel-core.js';
import type { PixelPool } from './pool.js';
import { intersects, type PixelRegion } from './regions.js';
import { listWords, q, type Found } from './make.js';
import type { Normaliser } from './normalise.js';
import type { StructFound } from './structure.js';

export interface PixelCheck { identical: boolean; outcome?: PixelOutcome }

/** Compares two screenshot files; undefined when either step has none. */
export async function checkScreens(
  refPng: string | undefined, tgtPng: string | undefined, ref: StepCapture, tgt: StepCapture,
  pool: PixelPool, visual: VisualConfig, diffPath: string,
): Promise<PixelCheck | undefined> {
  if (!refPng || !tgtPng) return undefined;
  // Same hash recorded at capture: identical without even reading the files.
  if (ref.screenshot?.sha256 && ref.screenshot.sha256 === tgt.screenshot?.sha256) return { identical: true };
  const [a, b] = await Promise.all([readFile(refPng), readFile(tgtPng)]);
  return checkBuffers(a, b, pool, visual, { diffPath });
}

/** Two PNGs in memory: byte-identical settles at once (microseconds, no decoding); else the pool. */
export async function checkBuffers(
  a: Buffer, b: Buffer, pool: PixelPool, visual: Pick<VisualConfig, 'threshold' | 'includeAA'>, out: { diffPath?: string; returnDiff?: boolean } = {},
): Promise<PixelCheck> {
  if (a.equals(b)) return { identical: true };
  const outcome = await pool.run({ a, b, threshold: visual.threshold, includeAA: visual.includeAA, ...out });
  return { identical: outcome.identical, outcome };
}

/** "textbox 'Forename'" for every control whose box a region touches. */
function elementsUnder(r: PixelRegion, controls: FormControl[], n: Normaliser): string[] {
  const shown = controls.filter((c) => c.box.width > 0);
  let hit = shown.filter((c) => intersects(r, c.box));
  // Nothing under it: a control's label beside or above it is the next best thing to name.
  if (!hit.length) hit = shown.filter((c) => intersects(r, labelArea(c.box)));
  return [...new Set(hit.map((c) => `${c.role} '${n(c.name)}'`))];
}

/** Controls present on both sides under the same role and name whose box moved: content shifted. */
function movedBoxes(ref: StepCapture, tgt: StepCapture, n: Normaliser): { a: FormControl; b: FormControl }[] {
  const byKey = new Map<string, FormControl[]>();
  for (const c of tgt.controls) {
    const k = `${c.role}|${n(c.name)}`;
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const out: { a: FormControl; b: FormControl }[] = [];
  for (const a of ref.controls) {
    const b = byKey.get(`${a.role}|${n(a.name)}`)?.shift();
    if (b && (a.box.x !== b.box.x || a.box.y !== b.box.y)) out.push({ a, b });
  }
  return out;
}

/**
 * A control's box only holds the input; its label sits to the left or just above. A region there
 * belongs to the control: a renamed label changes those pixels, not the input's.
 */
function labelArea(b: Box): Box {
  const left = Math.min(b.x, 400);
  return { x: b.x - left, y: b.y - 28, width: b.width + left + 6, height: b.height + 34 };
}

const LAYOUT_KINDS = new Set(['field-added', 'field-missing', 'control-added', 'control-missing', 'text-changed', 'options-changed', 'order-changed']);

/**
 * Folds regions into the step's structural findings (mutating their evidence) and returns the
 * `visual-only` finding for the rest, if it is above the configured share of changed pixels.
 */
export function foldRegions(
  check: PixelCheck, ref: StepCapture, tgt: StepCapture, found: StructFound[], visual: VisualConfig,
  n: Normaliser, env: string, pageLabel: string, /** set only when the diff image was written */ diffImage: string | undefined,
): Found | undefined {
  const o = check.outcome;
  if (!o || o.identical) return undefined;
  const toVisual = (r: PixelRegion): VisualRegion => {
    // Beyond the overlap only the taller page exists: tie to its controls.
    const side = r.beyondOverlap && o.heightChange < 0 ? ref.controls : tgt.controls;
    const els = elementsUnder(r, r.beyondOverlap ? side : [...tgt.controls, ...ref.controls], n);
    return { x: r.x, y: r.y, width: r.width, height: r.height, elements: els };
  };
  const attach = (f: StructFound, r: PixelRegion) => {
    f.evidence.regions = [...(f.evidence.regions ?? []), toVisual(r)];
    if (diffImage) f.evidence.diffImage = diffImage;
    if (r.beyondOverlap && o.heightChange) f.evidence.heightChange = o.heightChange;
  };
  const moved = movedBoxes(ref, tgt, n);
  const layout = found.filter((f) => LAYOUT_KINDS.has(f.kind));
  const boxless = found.filter((f) => f.kind === 'text-changed' && !f.boxes.length);
  const left: PixelRegion[] = [];
  for (const r of o.regions) {
    // 1. The region shows a control a finding is about, or its label (left of it or just above).
    const direct = found.filter((f) => f.boxes.some((b) => intersects(r, labelArea(b), 0)));
    if (direct.length) {
      for (const f of direct) attach(f, r);
      continue;
    }
    // 2. Something added or removed above pushed the rest of the page: moved controls, or the
    //    part only the taller page has. Credit the nearest finding above the region.
    const shifted = r.beyondOverlap || moved.some(({ a, b }) => intersects(r, labelArea(a.box)) || intersects(r, labelArea(b.box)));
    if (shifted && layout.length) {
      const above = layout.filter((f) => f.boxes.some((b) => b.y <= r.y)).sort((x, y) => Math.max(...y.boxes.map((b) => b.y)) - Math.max(...x.boxes.map((b) => b.y)));
      attach(above[0] ?? layout[0]!, r);
      continue;
    }
    // 3. Changed words that are not controls (headings, help text) have no box of their own: a
    //    region over no control, on a step where such words changed, is most likely them.
    if (boxless.length && ![...tgt.controls, ...ref.controls].some((c) => intersects(r, labelArea(c.box)))) {
      attach(boxless[0]!, r);
      continue;
    }
    left.push(r);
  }
  if (!left.length) return undefined;
  const area = o.width * o.height || 1;
  const leftPixels = left.reduce((s, r) => s + (r.beyondOverlap ? 0 : r.pixels), 0);
  const heightLeft = left.some((r) => r.beyondOverlap);
  if (!heightLeft && leftPixels / area <= visual.maxDiffPixelRatio) return undefined;
  const regions = left.map(toVisual);
  const tied = [...new Set(regions.flatMap((r) => r.elements))];
  const evidence: Found['evidence'] = { regions, diffPixels: leftPixels, diffRatio: Math.round((leftPixels / area) * 1e6) / 1e6 };
  if (diffImage) evidence.diffImage = diffImage;
  if (o.heightChange) evidence.heightChange = o.heightChange;
  const where = tied.length ? ` around ${listWords(tied, 3)}` : '';
  const height = o.heightChange ? ` and is ${Math.abs(o.heightChange)} px ${o.heightChange > 0 ? 'taller' : 'shorter'}` : '';
  return {
    kind: 'visual-only', subject: 'pixels',
    message: `In ${env}, ${q(pageLabel)} looks different in ${regions.length} ${regions.length === 1 ? 'place' : 'places'}${where}${height}${found.length ? ', beyond the changes listed for this step' : ', with the same fields and words'}.`,
    evidence,
  };
}
