// Is the suite itself sound? Two questions a comparison of screens cannot answer by itself:
// - did every journey go through in the reference? One that was blocked there (the slot it books was
//   taken by last night's run) or whose expectations failed there compares nothing after that point,
//   and a target blocked at the same place "agrees" with it: no divergence, a green run, and half the
//   suite never looked at. That is a broken suite, told first and never a pass.
// - did as many steps go through as before? Against the approved baseline of an environment and the
//   run before this one, journey by journey, so a suite that quietly covers less is seen.
// Pure: journey results in, findings out. The shell (index.ts) reads the files.
import type { JourneyResult, StepCapture } from '../model/capture.js';
import type { Coverage, CoverageCell, CoverageLoss, ReferenceProblem } from '../model/divergence.js';
import type { ManifestJourney } from '../model/rundir.js';
import { blockedInWords } from '../util/trained-words.js';
import type { EnvCaptures } from './load.js';

const NOT_THROUGH = new Set(['blocked', 'failed', 'error']);

/** A screen was captured there: the step went through (a failed expectation still shows its screen). */
function through(r: JourneyResult | undefined): number {
  return r ? r.steps.filter((s) => s.status === 'captured' || s.status === 'failed').length : 0;
}

/** Steps on this environment's route: all but those it skips by design (only/skip, or saves data where writes are blocked). */
function route(j: ManifestJourney, r: JourneyResult | undefined): number {
  return j.steps.length - (r ? r.steps.filter((s) => s.status === 'skipped').length : 0);
}

function firstFailedExpect(steps: StepCapture[]): { step: string; said: string } | undefined {
  for (const s of steps) {
    const e = s.expects.find((x) => !x.passed);
    if (e) return { step: s.step, said: `"${e.action}" does not hold${e.message ? ` (${e.message})` : ''}` };
  }
  return undefined;
}

/** Every journey of the run that did not go through in the reference environment, in suite order. */
export function referenceProblems(journeys: ManifestJourney[], ref: EnvCaptures): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  for (const j of journeys) {
    const jc = ref.journeys.get(j.id);
    const r = jc?.result;
    if (!r || !NOT_THROUGH.has(r.status)) continue;
    const left = Math.max(0, route(j, r) - through(r));
    if (r.status === 'blocked') {
      const at = r.blockedAt ?? blockedStep(jc.steps);
      out.push({ journey: j.id, env: ref.env, status: 'blocked', step: at?.step, said: at?.said ?? 'an action could not be performed', notReached: left });
    } else if (r.status === 'failed') {
      const f = firstFailedExpect(jc.steps);
      out.push({ journey: j.id, env: ref.env, status: 'failed', step: f?.step, said: f?.said ?? 'an expectation does not hold', notReached: left });
    } else {
      out.push({ journey: j.id, env: ref.env, status: 'error', step: jc.steps.find((s) => s.status === 'error')?.step, said: r.error ?? 'the journey ended in an error', notReached: left });
    }
  }
  return out;
}

function blockedStep(steps: StepCapture[]): { step: string; said: string } | undefined {
  const s = steps.find((x) => x.status === 'blocked' && x.blocked);
  return s ? { step: s.step, said: blockedInWords(s.blocked!.action, s.blocked!.error) } : undefined;
}

/** Journey results of one run (or baseline) by environment and journey: all coverage needs. */
export type ResultsByEnv = Map<string, Map<string, JourneyResult>>;

export interface CoverageInput {
  journeys: ManifestJourney[];
  run: ResultsByEnv;
  baselines: { env: string; approvedAt: string; fromRun: string; results: Map<string, JourneyResult> }[];
  previous?: { runId: string; dir: string; createdAt: string; results: ResultsByEnv };
  failOn: boolean;
}

/**
 * Steps that went through per environment and journey, and where fewer did than in the environment's
 * approved baseline or in the previous run. Only journeys of this run are looked at: a run filtered
 * by --tag or --journey covers less by choice.
 */
export function coverageOf(i: CoverageInput): Coverage {
  const cells: CoverageCell[] = [];
  const losses: CoverageLoss[] = [];
  // Only an earlier capture that holds some of this run's journeys is counted against (and named).
  const usedBaselines = new Set<string>();
  let usedPrevious = false;
  for (const [env, results] of i.run) {
    for (const j of i.journeys) {
      const r = results.get(j.id);
      const now = through(r);
      cells.push({ env, journey: j.id, through: now, route: route(j, r) });
      const base = i.baselines.find((b) => b.env === env)?.results.get(j.id);
      if (base) usedBaselines.add(env);
      if (base && through(base) > now) losses.push({ env, journey: j.id, through: now, before: through(base), against: 'baseline' });
      const prev = i.previous?.results.get(env)?.get(j.id);
      if (prev) usedPrevious = true;
      if (prev && through(prev) > now) losses.push({ env, journey: j.id, through: now, before: through(prev), against: 'previous' });
    }
  }
  const fewer = (a: CoverageLoss['against']) => losses.filter((l) => l.against === a).reduce((n, l) => n + l.before - l.through, 0);
  const out: Coverage = {
    through: cells.reduce((n, c) => n + c.through, 0),
    route: cells.reduce((n, c) => n + c.route, 0),
    cells,
    baselines: i.baselines.filter((b) => usedBaselines.has(b.env)).map(({ env, approvedAt, fromRun }) => ({ env, approvedAt, fromRun })),
    losses,
    fewerThanBaseline: fewer('baseline'),
    fewerThanPrevious: fewer('previous'),
    failOn: i.failOn,
  };
  if (i.previous && usedPrevious) out.previous = { runId: i.previous.runId, dir: i.previous.dir, createdAt: i.previous.createdAt };
  return out;
}

/** "coverage: 226 of 232 steps went through; 6 fewer than the approved baseline, 4 fewer than the previous run". */
export function coverageLine(c: Coverage): string {
  const fewer = [
    c.fewerThanBaseline ? `${c.fewerThanBaseline} fewer than the approved baseline` : '',
    c.fewerThanPrevious ? `${c.fewerThanPrevious} fewer than the previous run` : '',
  ].filter(Boolean);
  const same = !fewer.length && (c.baselines.length || c.previous) ? `; as many as ${[c.baselines.length ? 'the approved baseline' : '', c.previous ? 'the previous run' : ''].filter(Boolean).join(' and ')}` : '';
  return `coverage: ${c.through} of ${c.route} steps went through${fewer.length ? `; ${fewer.join(', ')}` : same}`;
}

/** One line per loss: "train / book-appointment: 3 of 6 steps (the approved baseline went through 6)". */
export function lossLine(l: CoverageLoss, c: Coverage): string {
  const route = c.cells.find((x) => x.env === l.env && x.journey === l.journey)?.route ?? l.before;
  return `${l.env} / ${l.journey}: ${l.through} of ${route} steps went through (${l.against === 'baseline' ? 'the approved baseline' : 'the previous run'} went through ${l.before})`;
}

/** "book-appointment is blocked in train at 'Choose a slot': …": one line per broken journey. */
export function referenceProblemLine(p: ReferenceProblem): string {
  const what = p.status === 'blocked' ? 'is blocked' : p.status === 'failed' ? 'fails' : 'ends in an error';
  const left = p.notReached ? `; ${p.notReached} step${p.notReached === 1 ? '' : 's'} after it compared nowhere` : '';
  return `${p.journey} ${what} in ${p.env}${p.step ? ` at '${p.step}'` : ''}: ${p.said}${left}`;
}
