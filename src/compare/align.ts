// The route: which step of the reference corresponds to which step of the target. Journeys are
// aligned on page identity with a real sequence diff (diff's diffArrays, a Myers LCS), so one extra
// screen in LIVE is one `step-extra` and every later step still lines up with its partner, instead
// of a cascade of differences on every later screen.
import { diffArrays } from 'diff';
import type { StepCapture } from '../model/capture.js';
import type { AlignedStep, Divergence } from '../model/divergence.js';
import type { JourneyCaptures } from './load.js';
import type { Normaliser } from './normalise.js';
import { makeDivergence, q, type PairScope, type StepScope } from './make.js';
import { blockedDivergences, envErrorDivergence } from './route-findings.js';

export interface StepPair { ref: StepCapture; tgt: StepCapture; scope: StepScope }

export interface Alignment {
  steps: AlignedStep[];
  found: Divergence[];
  /** Aligned steps captured on both sides: these go on to the structural and pixel comparison. */
  pairs: StepPair[];
}

/** Skipped because it saves data where writes are blocked: the step is on the route, just not run. */
export function isReadOnlySkip(c: StepCapture): boolean {
  if (c.status !== 'skipped') return false;
  if (c.skipCause) return c.skipCause === 'read-only';
  return /saves data|writes are blocked|read-only/i.test(c.skippedReason ?? '');
}

/** Skipped by only/skip: this environment's route does not have the step at all. */
function isFiltered(c: StepCapture): boolean {
  return c.status === 'skipped' && !isReadOnlySkip(c);
}

const ENDS_JOURNEY = new Set(['blocked', 'error', 'unavailable']);

function hasPage(c: StepCapture): boolean {
  return (c.status === 'captured' || c.status === 'failed') && c.identity !== undefined;
}

/** Same step name, and the same screen by path or main heading (one of them may have been renamed). */
function sameStep(n: Normaliser) {
  return (a: StepCapture, b: StepCapture): boolean => {
    if (a.step !== b.step) return false;
    if (!hasPage(a) || !hasPage(b)) return true; // blocked/skipped: the name is all there is
    const pa = a.identity!.path;
    const pb = b.identity!.path;
    const ha = n(a.identity!.mainHeading);
    const hb = n(b.identity!.mainHeading);
    return pa === pb || (ha !== '' && ha === hb);
  };
}

function screenName(c: StepCapture, n: Normaliser): string {
  const h = c.identity ? n(c.identity.mainHeading) : '';
  return h ? `${q(h)} (${c.identity!.path})` : c.identity?.path ?? '(no page)';
}

/** Where a route stops early (blocked, error, environment down), the steps after it were never reached. */
function cut(steps: StepCapture[]): number {
  const i = steps.findIndex((s) => ENDS_JOURNEY.has(s.status));
  return i < 0 ? steps.length : i + 1;
}

export function alignJourney(ref: JourneyCaptures, tgt: JourneyCaptures, pair: PairScope, n: Normaliser): Alignment {
  const out: Alignment = { steps: [], found: [], pairs: [] };
  const rAll = ref.steps.filter((s) => !isFiltered(s));
  const tAll = tgt.steps.filter((s) => !isFiltered(s));
  // Compare only as far as both routes went: after a block, the other side's later steps are
  // "not reached", never "missing".
  let rEnd = cut(rAll);
  let tEnd = cut(tAll);
  const stopR = ENDS_JOURNEY.has(rAll[rEnd - 1]?.status ?? '') ? rAll[rEnd - 1] : undefined;
  const stopT = ENDS_JOURNEY.has(tAll[tEnd - 1]?.status ?? '') ? tAll[tEnd - 1] : undefined;
  if (stopT) {
    const k = rAll.findIndex((s) => s.step === stopT.step);
    if (k >= 0) rEnd = Math.min(rEnd, k + 1);
  }
  if (stopR) {
    const k = tAll.findIndex((s) => s.step === stopR.step);
    if (k >= 0) tEnd = Math.min(tEnd, k + 1);
  }
  const r = rAll.slice(0, rEnd);
  const t = tAll.slice(0, tEnd);
  const changes = diffArrays(r, t, { comparator: sameStep(n) });

  let i = 0;
  let j = 0;
  let removed: StepCapture[] = [];
  let added: StepCapture[] = [];
  const flush = () => {
    // Within one hunk, a step of the same name on both sides is the same step showing another screen.
    for (const a of removed) {
      const k = added.findIndex((b) => b.step === a.step);
      if (k >= 0) {
        const b = added.splice(k, 1)[0]!;
        out.steps.push({ reference: a.index, target: b.index, name: a.step });
        const scope: StepScope = { step: a.step, referenceStep: a.index, targetStep: b.index };
        out.found.push(makeDivergence(pair, scope, {
          kind: 'step-extra', subject: `screen:${b.identity?.path ?? ''}`,
          message: `In ${pair.target}, step ${q(a.step)} of ${q(pair.journey)} shows ${screenName(b, n)} where ${pair.reference} shows ${screenName(a, n)}.`,
          evidence: { before: screenName(a, n), after: screenName(b, n) },
        }));
        continue;
      }
      out.steps.push({ reference: a.index, target: null, name: a.step });
      out.found.push(makeDivergence(pair, { step: a.step, referenceStep: a.index }, {
        kind: 'step-missing', subject: `step:${a.step}`,
        message: `In ${pair.target}, the screen ${screenName(a, n)} of step ${q(a.step)} in ${q(pair.journey)} does not appear.`,
        evidence: { before: screenName(a, n), after: null },
      }));
    }
    for (const b of added) {
      out.steps.push({ reference: null, target: b.index, name: b.step });
      out.found.push(makeDivergence(pair, { step: b.step, targetStep: b.index }, {
        kind: 'step-extra', subject: `step:${b.step}`,
        message: `In ${pair.target}, ${q(pair.journey)} has an extra screen ${screenName(b, n)} at step ${q(b.step)}.`,
        evidence: { before: null, after: screenName(b, n) },
      }));
    }
    removed = [];
    added = [];
  };

  for (const ch of changes) {
    if (ch.removed) {
      removed.push(...r.slice(i, i + ch.count));
      i += ch.count;
    } else if (ch.added) {
      added.push(...t.slice(j, j + ch.count));
      j += ch.count;
    } else {
      flush();
      for (let k = 0; k < ch.count; k++) pairStep(r[i + k]!, t[j + k]!, pair, out, n);
      i += ch.count;
      j += ch.count;
    }
  }
  flush();
  // Not reached on the other side: listed, so the report can show the route, but not divergences.
  for (const a of rAll.slice(rEnd)) out.steps.push({ reference: a.index, target: null, name: a.step });
  for (const b of tAll.slice(tEnd)) out.steps.push({ reference: null, target: b.index, name: b.step });
  return out;
}

function pairStep(a: StepCapture, b: StepCapture, pair: PairScope, out: Alignment, n: Normaliser): void {
  out.steps.push({ reference: a.index, target: b.index, name: a.step });
  const scope: StepScope = { step: a.step, referenceStep: a.index, targetStep: b.index };
  // A step skipped on either side (commits on a read-only environment, or unavailable) is not compared.
  if (a.status === 'skipped' || b.status === 'skipped' || a.status === 'unavailable' || b.status === 'unavailable') return;
  out.found.push(...blockedDivergences(a, b, pair, scope));
  if (a.status === 'blocked' || b.status === 'blocked') return; // stopped here: no screen after the actions to compare
  if (hasPage(a) && hasPage(b)) out.pairs.push({ ref: a, tgt: b, scope });
  else if (b.status === 'error' && a.status !== 'error') {
    // The page broke in the target only: that is an environment's error, not a tool's.
    const e = envErrorDivergence(a, b, pair, scope, n);
    if (e) out.found.push(e);
  }
}
