// Screenshots of one aligned step, and what their differences mean. Byte-identical PNGs (the common
// case: unchanged screens render identically) settle without decoding. Otherwise the pool compares
// them; each changed region is tied to the controls under it; regions the structural findings of
// the step already explain are folded into those findings, and what is left is one `visual-only`.
import { readFile } from 'node:fs/promises';
import type { Box, FormControl, StepCapture } from '../model/capture.js';
import type { VisualConfig } from '../model/config.js';
import type { VisualRegion } from '../model/divergence.js';
import { NUDGE_PX, type PixelOutcome } from './pixel-core.js';
import type { PixelPool } from './pool.js';
import { intersects, type PixelRegion } from './regions.js';
import { describe, listWords, q, type Found } from './make.js';
import { withoutMark } from './match.js';
import { usableName } from './words.js';
import { FIELD_ROLES } from '../model/roles.js';
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
  return checkBuffers(a, b, pool, visual, { diffPath, cuts: chromeEdges(ref, tgt) });
}

/** Where the site's header ends and its footer begins, on either side: a region stops there. */
function chromeEdges(ref: StepCapture, tgt: StepCapture): number[] {
  const areas = [...(ref.identity?.areas ?? []), ...(tgt.identity?.areas ?? [])];
  return areas.flatMap((a) => (a.name === 'the header' ? [a.box.y + a.box.height] : a.name === 'the footer' ? [a.box.y] : []));
}

/** Two PNGs in memory: byte-identical settles at once (microseconds, no decoding); else the pool. */
export async function checkBuffers(
  a: Buffer, b: Buffer, pool: PixelPool, visual: Pick<VisualConfig, 'threshold' | 'includeAA'>, out: { diffPath?: string; returnDiff?: boolean; cuts?: number[] } = {},
): Promise<PixelCheck> {
  if (a.equals(b)) return { identical: true };
  const outcome = await pool.run({ a, b, threshold: visual.threshold, includeAA: visual.includeAA, ...out });
  return { identical: outcome.identical, outcome };
}

/** "the field 'Forename'" for every control whose box a region touches; with no control under it,
 *  the part of the page it is in ("the header", "the heading 'Allergies'"). */
function elementsUnder(r: PixelRegion, controls: FormControl[], areas: { name: string; box: Box }[], n: Normaliser): string[] {
  const shown = controls.filter((c) => c.box.width > 0);
  let hit = shown.filter((c) => intersects(r, c.box));
  // Nothing under it: a control's label beside or above it is the next best thing to name.
  if (!hit.length) hit = shown.filter((c) => intersects(r, labelArea(c.box)));
  // A row's own words (a patient's name) are named by their column, never by the record.
  const words = (c: FormControl) => (c.record ? usableName(n(withoutMark(c.record.column))) : usableName(n(withoutMark(c.seen ?? c.name))) || usableName(n(c.name)));
  const named = hit.map((c) => (words(c) ? describe(c.role, words(c)) : '')).filter(Boolean);
  // The smallest part of the page that holds the region's middle, and headings it touches.
  const mid = { x: r.x + r.width / 2, y: r.y + r.height / 2, width: 1, height: 1 };
  const holding = areas.filter((a) => intersects(mid, a.box)).sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)[0];
  const places = [...(holding ? [holding.name] : []), ...areas.filter((a) => a.name.startsWith('the heading') && intersects(r, a.box)).map((a) => a.name)];
  // A region over several controls is best named by the part of the page that holds them.
  const ordered = named.length > 1 && holding ? [...places.map(n), ...named] : [...named, ...places.map(n)];
  return [...new Set(ordered)].slice(0, 6);
}

/** The region lies over rows of a table only, and those rows' records are not the same on both sides. */
function overOtherRecords(r: PixelRegion, ref: StepCapture, tgt: StepCapture, n: Normaliser): boolean {
  const under = (c: StepCapture) => c.controls.filter((x) => x.box.width > 0 && intersects(r, x.box));
  const a = under(ref);
  const b = under(tgt);
  if (!a.length || !b.length || ![...a, ...b].every((x) => x.record)) return false;
  const names = (cs: FormControl[]) => cs.map((x) => n(x.name)).join('\u0000');
  return names(a) !== names(b);
}

/** How the heading or title a region is named by was set on each side, where that differs:
 *  'set in 26 px, was 24 px' (and bold or not), with a key for the same change on another screen:
 *  headings set larger (or smaller) at the same weight, whatever their sizes, are a release's new
 *  type scale, which a person names once ('the headings are bigger'). */
function fontChange(place: string, ref: StepCapture, tgt: StepCapture, n: Normaliser): { words: string; key: string } | undefined {
  if (!/^the (heading|title) '/.test(place)) return undefined;
  const fontOf = (c: StepCapture) => c.identity?.areas?.find((a) => a.font && n(a.name) === place)?.font;
  const was = fontOf(ref);
  const now = fontOf(tgt);
  if (!was || !now || was === now) return undefined;
  // '32px 600' → size 32, weight 600
  const [a, b] = [was, now].map((f) => { const [size, weight] = f.split(' ').map(parseFloat); return { size: size!, weight: weight! }; });
  const say = (f: { size: number; weight: number }) => `${f.size} px${f.weight >= 600 ? ' bold' : ''}`;
  const how = b!.size > a!.size ? 'larger' : b!.size < a!.size ? 'smaller' : 'same size';
  return { words: `set in ${say(b!)}, was ${say(a!)}`, key: `${how}|${a!.weight}→${b!.weight}` };
}

/** Changed pixels a place must hold to be a control drawn otherwise, below the page's noise share:
 *  an arrow or an icon (8×8 px of ink), not a stray anti-aliased pixel or two. */
const DRAWN_MIN_PIXELS = 64;

/** Captures whose model measured where a box's text stands (FormControl.valueSpan). */
function hasSpans(c: StepCapture): boolean {
  return (c.model ?? 1) >= 4;
}

/**
 * The region lies inside a box a person types into, standing where it stood: what the box holds
 * (a patient's name, a date typed or given) is the day's data, not the system, unless both values
 * were kept (capture.values) and are the same. Its border lies outside, so a restyled box is seen.
 */
function insideTypedBox(r: PixelRegion, ref: StepCapture, tgt: StepCapture): boolean {
  const typed = (c: FormControl) => (c.tag === 'input' || c.tag === 'textarea') && !['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(c.type ?? '');
  const holder = (cs: FormControl[]) => cs.find((c) => typed(c) && c.box.width > 4 && inside(r, shrunk(c.box, 2)));
  const a = holder(ref.controls);
  const b = holder(tgt.controls);
  if (!a || !b || Math.abs(a.box.x - b.box.x) > 1 || Math.abs(a.box.y - b.box.y) > 1) return false;
  // Only where the text stands is it data: an arrow or a clear button drawn at the box's end is
  // the control's look. Captures that did not measure the text keep the whole box as data.
  if (a.tag === 'input' && b.tag === 'input' && hasSpans(ref) && hasSpans(tgt)) {
    const spans = [a.valueSpan, b.valueSpan].filter((s) => s !== undefined);
    // A little either side: canvas measuring is close to, not exactly, how the box draws the text.
    if (!spans.some((s) => r.x < s.x + s.width * 1.15 + 8 && s.x - 8 < r.x + r.width)) return false;
  }
  return a.value === undefined || b.value === undefined || a.value !== b.value;
}

/** Things of the reference placed where the lined-up target shows them (refDy rows higher). */
function moveBy<T extends { box: Box }>(xs: T[], refDy: number): T[] {
  return refDy ? xs.map((x) => ({ ...x, box: { ...x.box, y: x.box.y - refDy } })) : xs;
}

function shrunk(b: Box, by: number): Box {
  return { x: b.x + by, y: b.y + by, width: Math.max(0, b.width - 2 * by), height: Math.max(0, b.height - 2 * by) };
}

/** Controls present on both sides under the same role and name whose box moved: content shifted. */
function movedBoxes(ref: StepCapture, tgt: StepCapture, n: Normaliser): { a: FormControl; b: FormControl }[] {
  // The same control by what stays put across releases first (its id, its form name), then by
  // role and name: a release that renames every control's accessible name still moves them.
  const keysOf = (c: FormControl) => [c.id && `id|${c.id}`, c.nameAttr && `name|${c.nameAttr}|${c.role}`, `role|${c.role}|${n(c.name)}`].filter((k): k is string => !!k);
  const byKey = new Map<string, FormControl[]>();
  for (const c of tgt.controls) for (const k of keysOf(c)) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  const taken = new Set<FormControl>();
  const out: { a: FormControl; b: FormControl }[] = [];
  for (const a of ref.controls) {
    const b = keysOf(a).map((k) => byKey.get(k)?.find((c) => !taken.has(c))).find(Boolean);
    if (!b) continue;
    taken.add(b);
    if (a.box.x !== b.box.x || a.box.y !== b.box.y) out.push({ a, b });
  }
  return out;
}

/** The site's header, navigation and side parts whose height is the same on both sides (to a nudge). */
function rigidAreas(ref: StepCapture, tgt: StepCapture): Box[] {
  const theirs = new Map((tgt.identity?.areas ?? []).map((a) => [a.name, a.box]));
  return (ref.identity?.areas ?? []).filter((a) => /^the (header|navigation|side panel)\b/.test(a.name)).flatMap((a) => {
    const b = theirs.get(a.name);
    return b && Math.abs(b.height - a.box.height) <= NUDGE_PX ? [a.box, b] : [];
  });
}

function inside(b: Box, a: Box): boolean {
  return b.x >= a.x - 1 && b.y >= a.y - 1 && b.x + b.width <= a.x + a.width + 1 && b.y + b.height <= a.y + a.height + 1;
}

/**
 * A control's box only holds the input; its label sits to the left or just above. A region there
 * belongs to the control: a renamed label changes those pixels, not the input's.
 */
function labelArea(b: Box): Box {
  const left = Math.min(b.x, 400);
  return { x: b.x - left, y: b.y - 28, width: b.width + left + 6, height: b.height + 34 };
}

/** How much of a region the given controls (with their labels) account for, 0..1, approximately
 *  (overlapping boxes are not subtracted, so it errs towards explained). */
function coveredShare(r: Box, bs: Box[]): number {
  const area = r.width * r.height || 1;
  let covered = 0;
  for (const b of bs) {
    const l = labelArea(b);
    const w = Math.min(r.x + r.width, l.x + l.width) - Math.max(r.x, l.x);
    const h = Math.min(r.y + r.height, l.y + l.height) - Math.max(r.y, l.y);
    if (w > 0 && h > 0) covered += w * h;
  }
  return Math.min(1, covered / area);
}

/** At least half of box b lies inside r. */
function mostlyIn(b: Box, r: Box): boolean {
  const w = Math.min(r.x + r.width, b.x + b.width) - Math.max(r.x, b.x);
  const h = Math.min(r.y + r.height, b.y + b.height) - Math.max(r.y, b.y);
  return w > 0 && h > 0 && w * h >= 0.5 * b.width * b.height;
}

const LAYOUT_KINDS = new Set(['field-added', 'field-missing', 'control-added', 'control-missing', 'text-changed', 'options-changed', 'order-changed']);

/**
 * Folds regions into the step's structural findings (mutating their evidence) and returns the
 * `visual-only` findings for the rest (one per part of the page), if they are above the configured
 * share of changed pixels.
 */
export function foldRegions(
  check: PixelCheck, ref: StepCapture, tgt: StepCapture, found: StructFound[], visual: VisualConfig,
  n: Normaliser, env: string, pageLabel: string, /** set only when the diff image was written */ diffImage: string | undefined,
  /** Changed places already told at an earlier step of the same screen (see placeKey); learns this step's. */
  metBefore: Set<string> = new Set(),
): (Found & { /** only over the site's header, navigation or footer: told once per journey */ everyPage: boolean;
  /** The heading or title it is named by was set otherwise ('24px 700→26px 700'): the same on another screen is the same change. */
  restyle?: string })[] {
  const o = check.outcome;
  if (!o || o.identical) return [];
  // A change only a screen reader hears leaves the screen as it was: it explains no pixels, unless
  // it is one the eye may see too (ifSeen), which the pixels then show it is.
  // Nor does one nothing on screen shows until it is opened: the options of a closed drop-down.
  found = found.filter((f) => (f.kind !== 'screen-reader-only' || f.ifSeen) && !f.unseen);
  // What lies under a region is read once per region: a region is looked at up to three times (its
  // place, met before, its group) and elementsUnder walks every control of both sides.
  const readUnder = new Map<PixelRegion, { els: string[]; chrome: boolean }>();
  // The reference's controls and areas where the lined-up target shows them, once per shift (the
  // regions of one strip share it).
  const refByShift = new Map<number, { controls: FormControl[]; areas: { name: string; box: Box }[] }>();
  const refAt = (dy: number) => {
    let x = refByShift.get(dy);
    if (!x) refByShift.set(dy, (x = { controls: moveBy(ref.controls, dy), areas: moveBy(ref.identity?.areas ?? [], dy) }));
    return x;
  };
  const underOf = (r: PixelRegion) => {
    let u = readUnder.get(r);
    if (!u) {
      // Beyond the overlap only the taller page exists: tie to its controls.
      const side = r.beyondOverlap && o.heightChange < 0 ? ref : tgt;
      // Screenshots lined up row by row: the reference's things stand refDy rows lower, or (only
      // the target has these rows) not at all.
      const { controls: refThere, areas: refAreas } = r.onlyTarget ? { controls: [], areas: [] } : refAt(r.refDy ?? 0);
      const els = r.beyondOverlap
        ? elementsUnder(r, side.controls, side.identity?.areas ?? [], n)
        : elementsUnder(r, [...tgt.controls, ...refThere], [...(tgt.identity?.areas ?? []), ...refAreas], n);
      // Over the site's header, navigation or footer only (on every screen alike).
      const under = [...tgt.controls, ...refThere].filter((c) => c.box.width > 0 && intersects(r, c.box));
      u = { els, chrome: (under.length > 0 && under.every((c) => c.chrome)) || /^the (header|footer|navigation)\b/.test(els[0] ?? '') };
      readUnder.set(r, u);
    }
    return u;
  };
  const toVisual = (r: PixelRegion): VisualRegion => {
    const { els, chrome } = underOf(r);
    const v: VisualRegion = { x: r.x, y: r.y, width: r.width, height: r.height, elements: els };
    if (chrome) chromeRegions.add(v);
    return v;
  };
  const chromeRegions = new Set<VisualRegion>();
  const attach = (f: StructFound, r: PixelRegion) => {
    if (f.ifSeen) {
      f.kind = f.ifSeen.kind;
      f.message = f.ifSeen.message;
      if (f.group) f.group = { ...f.group, shape: f.group.shape.replace(/^heard-/, 'seen-') };
      delete f.ifSeen;
    }
    f.evidence.regions = [...(f.evidence.regions ?? []), toVisual(r)];
    if (diffImage) f.evidence.diffImage = diffImage;
    if (r.beyondOverlap && o.heightChange) f.evidence.heightChange = o.heightChange;
  };
  const moved = movedBoxes(ref, tgt, n);
  // What changed inside a part of the page that kept its height (a menu entry added to a header as
  // tall as before) pushed nothing outside it.
  const rigid = rigidAreas(ref, tgt);
  const layout = found.filter((f) => LAYOUT_KINDS.has(f.kind) || f.ifSeen);
  const canPush = (f: StructFound, r: Box) => !rigid.some((a) => !intersects(r, a) && f.boxes.length > 0 && f.boxes.every((b) => inside(b, a)));
  const boxless = found.filter((f) => f.kind === 'text-changed' && !f.boxes.length);
  const left: PixelRegion[] = [];
  for (const r of o.regions) {
    // 0. Over the rows of a table only, whose records differ (other patients, another order): the
    //    day's data, not the system. Rows that hold the same records and look different are a
    //    restyle, and go on below.
    if (overOtherRecords(r, ref, tgt, n)) continue;
    // 1. The region shows a control a finding is about, or its label (left of it or just above),
    //    and little else: a header that changed colour around a renamed menu entry is still a
    //    change of its own.
    // A finding's boxes are the reference's and the target's, each where its own page has it.
    const atRef = r.refDy ? { ...r, y: r.y + r.refDy } : r;
    // Screenshots lined up row by row, a heading become plain text (or the other way) that lies
    // mostly inside a changed region was drawn otherwise, whatever else the region holds.
    if (o.linedUp) {
      for (const f of found) if (f.ifSeen && f.boxes.some((b) => mostlyIn(b, r) || mostlyIn(b, atRef))) attach(f, r);
    }
    const direct = found.filter((f) => f.boxes.some((b) => intersects(r, labelArea(b), 0) || intersects(atRef, labelArea(b), 0)));
    if (direct.length && coveredShare(r, direct.flatMap((f) => f.boxes)) >= 0.5) {
      for (const f of direct) attach(f, r);
      continue;
    }
    // 1b. Only what a box holds changed, and nothing told explains it: the day's data.
    if (insideTypedBox(r, ref, tgt)) continue;
    // 2. A change at the very top of the region (a heading grown or shrunk, a line added): what
    //    lies below it moved with it, controls or not. The region must reach well below it (two
    //    of its heights): a header that changed colour around a new menu entry is no push.
    const atTop = layout.find((f) => f.boxes.some((b) => intersects(r, b, 0) && b.y <= r.y + b.height && r.y + r.height >= b.y + 3 * b.height));
    if (atTop) {
      attach(atTop, r);
      continue;
    }
    // 3. Something added or removed above pushed the rest of the page: moved controls, or the
    //    part only the taller page has. Credit the nearest finding above the region.
    const shifted = r.beyondOverlap || moved.some(({ a, b }) => intersects(r, labelArea(a.box)) || intersects(r, labelArea(b.box)));
    // A heading that may look different (ifSeen) is seen only where the pixels changed at it, never
    // as the push behind a change further down.
    const pushers = layout.filter((f) => !f.ifSeen);
    if (shifted && pushers.length) {
      const above = pushers.filter((f) => canPush(f, r) && f.boxes.some((b) => b.y <= r.y)).sort((x, y) => Math.max(...y.boxes.map((b) => b.y)) - Math.max(...x.boxes.map((b) => b.y)));
      // Only what was added or removed above a region can have pushed it; a region above every
      // such change (a header that changed colour) is a change of its own.
      if (above[0]) {
        attach(above[0], r);
        continue;
      }
    }
    // 4. Changed words that are not controls (headings, help text) have no box of their own: a
    //    region over no control, on a step where such words changed, is most likely them.
    //    A field's label sits beside it; a link or button holds its own words.
    if (boxless.length && ![...tgt.controls, ...ref.controls].some((c) => intersects(r, FIELD_ROLES.has(c.role) ? labelArea(c.box) : c.box))) {
      attach(boxless[0]!, r);
      continue;
    }
    left.push(r);
  }
  // A single-page app shows the same screen at every step, its parts moved up or down by what a step
  // opened: a place that looked different at an earlier step, over the same things and of the same
  // size, is the same change met again, wherever it now stands.
  const placeKey = (r: PixelRegion) => `${underOf(r).els.join('|')}|${Math.round(r.width / 8)}x${Math.round(r.height / 8)}`;
  const unmet = left.filter((r) => r.beyondOverlap || !metBefore.has(placeKey(r)));
  for (const r of left) if (!r.beyondOverlap) metBefore.add(placeKey(r));
  left.splice(0, left.length, ...unmet);
  if (!left.length) return [];
  const area = o.width * o.height || 1;
  const leftPixels = left.reduce((s, r) => s + (r.beyondOverlap ? 0 : r.pixels), 0);
  const heightLeft = left.some((r) => r.beyondOverlap);
  // A page-wide share that small is rendering noise, unless a small place changed through lies over
  // a control or its label (a drop-down's arrow, an icon redrawn). A part of the page alone (the
  // header, a heading) is not enough: a clock or a count redrawn there is the day's, not a look.
  const overControl = (r: PixelRegion) => [...tgt.controls, ...(r.onlyTarget ? [] : refAt(r.refDy ?? 0).controls)].some((c) => c.box.width > 0 && intersects(r, labelArea(c.box)));
  const drawn = left.filter((r) => !r.beyondOverlap && r.pixels >= DRAWN_MIN_PIXELS && r.pixels >= r.width * r.height * 0.05 && overControl(r));
  if (!heightLeft && leftPixels / area <= visual.maxDiffPixelRatio) {
    if (!drawn.length) return [];
    left.splice(0, left.length, ...drawn);
  }
  // One finding per part of the page that changed (the header, a panel, a field): a person calls a
  // darker header and an underlined link two changes. A handful at most; the rest go together.
  const groups = new Map<string, { regions: VisualRegion[]; pixels: number }>();
  for (const r of left) {
    const v = toVisual(r);
    const place = v.elements[0] ?? '';
    const g = groups.get(place) ?? { regions: [], pixels: 0 };
    g.regions.push(v);
    g.pixels += r.beyondOverlap ? 0 : r.pixels;
    groups.set(place, g);
  }
  const ranked = [...groups.entries()].sort((x, y) => y[1].pixels - x[1].pixels);
  const MAX_PLACES = 4;
  if (ranked.length > MAX_PLACES) {
    // The rest, the unnamed ones among them, go into one finding with no place of its own.
    const rest = [...ranked.splice(MAX_PLACES - 1), ...ranked.filter(([p]) => p === '')];
    for (let i = ranked.length - 1; i >= 0; i--) if (ranked[i]![0] === '') ranked.splice(i, 1);
    ranked.push(['', { regions: rest.flatMap(([, g]) => g.regions), pixels: rest.reduce((t, [, g]) => t + g.pixels, 0) }]);
  }
  const height = o.heightChange ? ` and is ${Math.abs(o.heightChange)} px ${o.heightChange > 0 ? 'taller' : 'shorter'}` : '';
  const beyond = found.length ? ', beyond the changes listed for this step' : ', with the same fields and words';
  // Told in the order a person reads the page (the header before the footer); the biggest carries
  // the page's change of height.
  const biggest = ranked[0]?.[1];
  const top = (g: { regions: VisualRegion[] }) => Math.min(...g.regions.map((r) => r.y));
  return [...ranked].sort((x, y) => top(x[1]) - top(y[1])).map(([place, g]) => {
    const i = g === biggest ? 0 : 1;
    const tied = [...new Set(g.regions.flatMap((r) => r.elements))];
    const evidence: Found['evidence'] = { regions: g.regions, diffPixels: g.pixels, diffRatio: Math.round((g.pixels / area) * 1e6) / 1e6 };
    if (diffImage) evidence.diffImage = diffImage;
    if (o.heightChange && i === 0) evidence.heightChange = o.heightChange;
    const set = fontChange(place, ref, tgt, n);
    // How the heading it is named by is set now goes with that heading: 'the heading 'Today' (set in 36 px bold, was 32 px bold)'.
    const shown = set ? tied.map((t) => (t === place ? `${t} (${set.words})` : t)) : tied;
    const where = shown.length ? ` around ${listWords(shown, 3, (s) => s)}` : '';
    const count = g.regions.length;
    return {
      everyPage: g.regions.every((r) => chromeRegions.has(r)),
      kind: 'visual-only' as const, subject: place ? `pixels:${place}` : 'pixels',
      message: `In ${env}, ${q(pageLabel)} looks different in ${count} ${count === 1 ? 'place' : 'places'}${where}${i === 0 ? height : ''}${beyond}.`,
      evidence,
      ...(set ? { restyle: set.key } : {}),
    };
  });
}
