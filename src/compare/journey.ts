// One journey, reference against one target: align the route, compare each aligned step's
// structure and words, compare its screenshots, fold pixel regions into what structure explains,
// and report a change that repeats on every page (a menu, a banner) once per journey.
import { join } from 'node:path';
import type { VisualConfig } from '../model/config.js';
import type { AlignedStep, Divergence } from '../model/divergence.js';
import { stepDirName } from '../model/rundir.js';
import { alignJourney, type StepPair } from './align.js';
import type { EnvCaptures, JourneyCaptures } from './load.js';
import { screenshotPath } from './load.js';
import { makeDivergence, type PairScope } from './make.js';
import type { Normaliser } from './normalise.js';
import { checkScreens, foldRegions, type PixelCheck } from './pixels.js';
import type { PixelPool } from './pool.js';
import { envErrorDivergence, outcomeDivergences } from './route-findings.js';
import { compareControls, pageName, type StructFound } from './structure.js';
import { compareTexts } from './texts.js';

export interface JourneyContext {
  n: Normaliser;
  visual: VisualConfig;
  pool: PixelPool;
  runDir: string;
  /** Limits how many screenshot pairs are read into memory at once. */
  limit<T>(fn: () => Promise<T>): Promise<T>;
}

export interface JourneyOutcome {
  steps: AlignedStep[];
  divergences: Divergence[];
  pixelPairs: number;
  identicalPairs: number;
  /** Time spent comparing pixels, summed over threads. */
  pixelMs: number;
}

export async function compareJourney(
  refEnv: EnvCaptures, tgtEnv: EnvCaptures, rj: JourneyCaptures, tj: JourneyCaptures, pair: PairScope, ctx: JourneyContext,
): Promise<JourneyOutcome> {
  const { n } = ctx;
  const al = alignJourney(rj, tj, pair, n);
  // Structure first (cheap, in order); screenshots of every pair go to the pool at once.
  const perStep = al.pairs.map((p) => ({ p, found: [...compareControls(p.ref, p.tgt, pair.target, n, pair.reference), ...compareTexts(p.ref, p.tgt, pair.target, n)] }));
  const diffRel = (p: StepPair) => join('compare', 'diffs', safe(pair.target), safe(pair.journey), `${stepDirName(p.scope.referenceStep ?? 0, p.scope.step)}.png`);
  const checks = await Promise.all(perStep.map(({ p }) => ctx.limit(() =>
    checkScreens(screenshotPath(refEnv, p.ref), screenshotPath(tgtEnv, p.tgt), p.ref, p.tgt, ctx.pool, ctx.visual, join(ctx.runDir, diffRel(p))))));

  const out: Divergence[] = [...al.found];
  const seen = new Set<string>();
  let pixelPairs = 0;
  let identicalPairs = 0;
  let pixelMs = 0;
  perStep.forEach(({ p, found }, i) => {
    const check: PixelCheck | undefined = checks[i];
    if (check) {
      pixelPairs++;
      if (check.identical) identicalPairs++;
      pixelMs += check.outcome?.ms ?? 0;
    }
    // Once per journey: chrome that repeats on every page (its repeatKey), and the same change on the
    // same screen met again by a later step (a form filled over several steps). The first step names it.
    const screen = p.ref.identity?.path ?? '';
    const kept: StructFound[] = found.filter((f) => {
      const key = f.repeatKey ?? `${f.kind}|${f.subject}|${screen}|${JSON.stringify([f.evidence.before, f.evidence.after, f.evidence.added, f.evidence.removed, f.evidence.renamed])}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // Pixels are explained by every structural change on this step, reported here or earlier.
    const visual = check ? foldRegions(check, p.ref, p.tgt, found, ctx.visual, n, pair.target, pageName(p.ref, n), check.outcome?.diffWritten ? diffRel(p).split('\\').join('/') : undefined) : undefined;
    for (const f of kept) out.push(makeDivergence(pair, p.scope, f));
    out.push(...outcomeDivergences(p.ref, p.tgt, pair, p.scope, n));
    const err = envErrorDivergence(p.ref, p.tgt, pair, p.scope, n);
    if (err) out.push(err);
    if (visual) out.push(makeDivergence(pair, p.scope, visual));
  });
  // Route order: by position in the reference (or the target for its extra steps).
  const pos = (d: Divergence) => d.referenceStep ?? (d.targetStep !== undefined ? d.targetStep - 0.5 : 0);
  out.sort((a, b) => pos(a) - pos(b));
  return { steps: al.steps, divergences: out, pixelPairs, identicalPairs, pixelMs };
}

/** A folder name from an environment or journey id that cannot climb out of compare/diffs. */
function safe(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
}

