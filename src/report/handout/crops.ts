// Before/after crops for the handout: the part of each screenshot that shows a change, with enough
// margin around it that a trainee recognises the screen. Where compare gave boxes, they are used;
// otherwise the control's box from the capture; otherwise the top of the screen (a whole screen
// shrunk to a thumbnail tells a reader nothing). Crops are embedded as data: URIs so the handout is
// one file that can be emailed or printed anywhere.
import { existsSync } from 'node:fs';
import { inside } from '../../util/paths.js';
import sharp from 'sharp';
import type { Box, FormControl, StepCapture } from '../../model/capture.js';
import type { Evidence } from '../../model/divergence.js';

const MARGIN = 32;
const MIN_W = 420;
const MIN_H = 140;
const MAX_H = 520; // taller regions are cut: a handout shows where to look, not the whole page
const OUT_W = 520; // pixels in the output, about half an A4 column at print resolution

export interface Crop { dataUri: string; width: number; height: number }

/** A box around everything the evidence points at on one side, or undefined. */
export function evidenceBox(e: Evidence, side: 'reference' | 'target', controls: FormControl[] = []): Box | undefined {
  const boxes: Box[] = [];
  const own = side === 'reference' ? e.referenceBox : e.targetBox;
  if (own) boxes.push(own);
  for (const r of e.regions ?? []) boxes.push(r);
  if (!boxes.length && e.control) {
    const c = controls.find((x) => x.role === e.control!.role && x.name === e.control!.name) ?? controls.find((x) => x.name === e.control!.name);
    if (c) boxes.push(c.box);
  }
  if (!boxes.length) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

/** The crop rectangle: the box grown by a margin and to a readable minimum, kept inside the image. */
export function cropRect(box: Box | undefined, imgW: number, imgH: number): { left: number; top: number; width: number; height: number } {
  if (!box) return { left: 0, top: 0, width: imgW, height: Math.min(imgH, Math.round(imgW * 0.6)) };
  let w = Math.max(box.width + 2 * MARGIN, MIN_W);
  let h = Math.min(Math.max(box.height + 2 * MARGIN, MIN_H), MAX_H);
  w = Math.min(w, imgW);
  h = Math.min(h, imgH);
  const cx = box.x + box.width / 2;
  const left = clamp(Math.round(cx - w / 2), 0, imgW - w);
  const top = clamp(Math.round(box.y - MARGIN), 0, imgH - h);
  return { left, top, width: Math.round(w), height: Math.round(h) };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** Crops one side's screenshot, outlining the box in red; undefined when there is no screenshot. */
export async function cropFor(runDir: string, cap: StepCapture | undefined, box: Box | undefined): Promise<Crop | undefined> {
  if (!cap?.files.screenshot) return undefined;
  let file: string;
  try {
    file = inside(runDir, cap.dir, cap.files.screenshot); // paths from a capture file stay in the run
  } catch {
    return undefined;
  }
  if (!existsSync(file)) return undefined;
  // The capture records the screenshot's size; only an older capture needs the file opened for it.
  const meta = cap.screenshot ?? (await sharp(file).metadata());
  const W = meta.width ?? 0, H = meta.height ?? 0;
  if (!W || !H) return undefined;
  const r = cropRect(box, W, H);
  const layers: sharp.OverlayOptions[] = [];
  if (box) {
    // The outline, drawn in the crop's own coordinates, so the eye goes straight to the change.
    const bx = clamp(Math.round(box.x - r.left - 4), 0, r.width - 2), by = clamp(Math.round(box.y - r.top - 4), 0, r.height - 2);
    const bw = Math.max(2, Math.min(Math.round(box.width + 8), r.width - bx)), bh = Math.max(2, Math.min(Math.round(box.height + 8), r.height - by));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${r.width}" height="${r.height}"><rect x="${bx + 1.5}" y="${by + 1.5}" width="${Math.max(1, bw - 3)}" height="${Math.max(1, bh - 3)}" fill="none" stroke="#c8102e" stroke-width="3"/></svg>`;
    layers.push({ input: Buffer.from(svg), left: 0, top: 0 });
  }
  // Two passes: sharp composites after resizing, and the outline is drawn in full-size coordinates.
  const cut = await sharp(file).extract(r).composite(layers).raw().toBuffer({ resolveWithObject: true });
  const out = await sharp(cut.data, { raw: cut.info }).resize({ width: Math.min(OUT_W, r.width), withoutEnlargement: true }).png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
  return { dataUri: `data:image/png;base64,${out.data.toString('base64')}`, width: out.info.width, height: out.info.height };
}
