// What happened on a step, as opposed to what the page looks like: the trained route could not be
// followed (journey-blocked), an expectation that holds in the reference fails in the target
// (outcome-differs), or the target shows errors the reference does not (env-error).
import type { PageProblems, StepCapture } from '../model/capture.js';
import type { Divergence } from '../model/divergence.js';
import type { Normaliser } from './normalise.js';
import { listWords, makeDivergence, q, type PairScope, type StepScope } from './make.js';

function candidatesText(c: StepCapture): string {
  const cands = c.blocked?.candidates ?? [];
  if (!cands.length) return '';
  return ` Found instead: ${cands.slice(0, 3).map((x) => `${x.role} ${q(x.name)}`).join(', ')}.`;
}

/**
 * The most important finding there is: the trained route does not exist in one environment.
 * Blocked the same way on both sides is not a divergence (both systems agree; the journey is wrong).
 */
export function blockedDivergence(a: StepCapture, b: StepCapture, pair: PairScope, scope: StepScope): Divergence | undefined {
  const ab = a.status === 'blocked' ? a.blocked : undefined;
  const bb = b.status === 'blocked' ? b.blocked : undefined;
  if (!ab && !bb) return undefined;
  if (ab && bb && ab.actionIndex === bb.actionIndex) return undefined;
  const side = bb ? b : a; // where it is blocked; the target when both are
  const info = side.blocked!;
  const where = bb ? pair.target : `${pair.reference} (the reference)`;
  const other = bb ? pair.reference : pair.target;
  return makeDivergence(pair, scope, {
    kind: 'journey-blocked',
    // The action as the trainer wrote it names the route; the error wording and candidates vary.
    subject: `${bb ? 'target' : 'reference'}:${info.actionIndex}:${info.action}`,
    message: `In ${where}, step ${q(scope.step)} of ${q(pair.journey)} cannot be done as trained: "${info.action}" (${info.error}); it works in ${other}.${candidatesText(side)}`,
    evidence: {
      before: bb ? null : info.action,
      after: bb ? info.action : null,
      detail: info.error,
      ...(info.candidates.length ? { added: info.candidates.map((c) => `${c.role} '${c.name}' (${c.score})`) } : {}),
    },
  });
}

/** Each `expect` that holds in the reference and fails in the target. */
export function outcomeDivergences(a: StepCapture, b: StepCapture, pair: PairScope, scope: StepScope, n: Normaliser): Divergence[] {
  const out: Divergence[] = [];
  for (const e of a.expects) {
    if (!e.passed) continue;
    const t = b.expects.find((x) => x.actionIndex === e.actionIndex && x.action === e.action);
    if (!t || t.passed) continue;
    out.push(makeDivergence(pair, scope, {
      kind: 'outcome-differs',
      subject: `expect:${e.actionIndex}:${n(e.action)}`,
      message: `In ${pair.target}, after step ${q(scope.step)} of ${q(pair.journey)}, "${e.action}" does not hold${t.message ? ` (${t.message})` : ''}; it does in ${pair.reference}.`,
      evidence: { before: true, after: false, detail: t.message ?? e.action },
    }));
  }
  return out;
}

/** Error keys that do not vary run to run: numbers, ids and query strings go. */
function problemKeys(p: PageProblems, n: Normaliser): string[] {
  const tidy = (s: string) => n(s).replace(/\?[^\s]*/g, '').replace(/\d+/g, '#');
  const path = (u: string) => {
    try {
      return new URL(u).pathname;
    } catch {
      return u;
    }
  };
  return [
    ...p.consoleErrors.map((e) => `console: ${tidy(e)}`),
    ...p.pageErrors.map((e) => `page error: ${tidy(e)}`),
    ...p.failedRequests.map((r) => `${r.method} ${tidy(path(r.url))} → ${r.status ?? r.error ?? 'failed'}`),
  ];
}

/**
 * Errors the target shows and the reference does not: a console error, an uncaught exception, a
 * failed request, or the step itself erroring. Errors both share are the product's, not drift.
 * One per step: the subject is fixed so the fingerprint survives the error text changing.
 */
export function envErrorDivergence(a: StepCapture, b: StepCapture, pair: PairScope, scope: StepScope, n: Normaliser): Divergence | undefined {
  const seen = new Set(problemKeys(a.problems, n));
  const only = [...new Set(problemKeys(b.problems, n))].filter((k) => !seen.has(k));
  if (b.status === 'error' && a.status !== 'error') only.unshift(`step error: ${n(b.error ?? 'unknown')}`);
  if (!only.length) return undefined;
  return makeDivergence(pair, scope, {
    kind: 'env-error',
    subject: 'errors',
    message: `In ${pair.target}, step ${q(scope.step)} of ${q(pair.journey)} shows ${only.length === 1 ? 'an error' : `${only.length} errors`} that ${pair.reference} does not: ${listWords(only, 2)}.`,
    evidence: { before: [], after: only },
  });
}
