// What happened on a step, as opposed to what the page looks like: the trained route could not be
// followed (journey-blocked), an expectation that holds in the reference fails in the target
// (outcome-differs), or the target shows errors the reference does not (env-error).
import type { PageProblems, StandIn, StepCapture } from '../model/capture.js';
import type { Divergence } from '../model/divergence.js';
import type { Normaliser } from './normalise.js';
import { describe, listWords, makeDivergence, q, type PairScope, type StepScope } from './make.js';
import { actionInWords, blockedReason, nearestInWords, trainedWords } from '../util/trained-words.js';

/** "Staff are trained to choose '20 Continues' in 'RTT status' (step …). In live-south this screen has no 'RTT status'; the nearest are …" */
function blockedMessage(info: NonNullable<StepCapture['blocked']>, where: string, other: string, step: string): string {
  const { reason, tryThis } = blockedReason(info.action, info.error);
  // The step by its name only: every place that shows the sentence (the handout's section, the
  // report's journey, the JUnit test case) already says which journey, by its title.
  const trained = `Staff are trained to ${actionInWords(info.action)} (step ${q(step)}).`;
  if (info.via) {
    // Gone past: the stand-in is named, so the reader knows what the screens after it were reached by.
    const now = `${describe(info.via.role, trainedWords(info.action) ?? '')} is now ${q(info.via.name)}${info.via.frame ? ` in the panel ${q(info.via.frame)}` : ''}`;
    return `${trained} In ${where} ${reason}: ${now} (${STAND_IN_WHY[info.via.why]}), and the journey went on with it, so the screens after it are still compared. It works as trained in ${other}. Tell staff, or update the journey.`;
  }
  const nearest = nearestInWords(info.candidates.map((c) => c.name));
  return `${trained} In ${where} ${reason}${nearest ? `; ${nearest}` : ''}. It works in ${other}. ${tryThis}`;
}

const STAND_IN_WHY: Record<StandIn['why'], string> = {
  'same place': 'in the same place',
  'same id': 'the same control by its id',
  'close name': 'a name a few letters off',
};

/** A step the journey reached past a block (StepCapture.continuedVia), said after a finding there. */
export function continuedNote(c: StepCapture | undefined): string {
  const via = c?.continuedVia;
  return via?.length ? `continued via ${via.map(q).join(', then ')}` : '';
}

/**
 * The most important finding there is: the trained route does not exist in one environment.
 * Blocked the same way on both sides is not a divergence (both systems agree; the journey is wrong).
 * A block the journey went past (a stand-in took the trained control's place) is told the same way,
 * naming the stand-in; the step's screen is then compared as any other.
 */
export function blockedDivergence(a: StepCapture, b: StepCapture, pair: PairScope, scope: StepScope): Divergence | undefined {
  const ab = a.status === 'blocked' || a.blocked?.via ? a.blocked : undefined;
  const bb = b.status === 'blocked' || b.blocked?.via ? b.blocked : undefined;
  if (!ab && !bb) return undefined;
  if (ab && bb && ab.actionIndex === bb.actionIndex && !ab.via === !bb.via) return undefined;
  const side = bb ? b : a; // where it is blocked; the target when both are
  const info = side.blocked!;
  const trained = trainedWords(info.action);
  const where = bb ? pair.target : `${pair.reference} (the reference)`;
  const other = bb ? pair.reference : pair.target;
  return makeDivergence(pair, scope, {
    kind: 'journey-blocked',
    // The action as the trainer wrote it names the route; the error wording and candidates vary.
    subject: `${bb ? 'target' : 'reference'}:${info.actionIndex}:${info.action}`,
    // In a trainer's words: the action as written and the candidates' scores are in the evidence.
    message: blockedMessage(info, where, other, scope.step),
    evidence: {
      before: bb ? null : info.action,
      after: bb ? info.action : null,
      detail: info.via ? `${info.error}; went on with ${info.via.role} '${info.via.name}' (${info.via.why})` : info.error,
      ...(info.candidates.length ? { added: info.candidates.map((c) => `${c.role} '${c.name}' (${c.score})`) } : {}),
      ...(info.via && trained !== undefined ? { renamed: [{ from: trained, to: info.via.name }] } : {}),
    },
  });
}

/** The step's block, and each later block of it the journey also went past (alsoBlocked), one finding each. */
export function blockedDivergences(a: StepCapture, b: StepCapture, pair: PairScope, scope: StepScope): Divergence[] {
  const first = blockedDivergence(a, b, pair, scope);
  const more = (side: StepCapture, other: StepCapture, isTarget: boolean) => (side.alsoBlocked ?? []).map((x) => {
    const one = { ...side, status: 'captured' as const, blocked: x };
    const clear = { ...other, status: 'captured' as const, blocked: undefined };
    return isTarget ? blockedDivergence(clear, one, pair, scope) : blockedDivergence(one, clear, pair, scope);
  });
  return [first, ...more(b, a, true), ...more(a, b, false)].filter((d): d is Divergence => d !== undefined);
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

/** Requests for what a page is drawn with: one that fails is "an asset failed to load", not a broken page. */
const ASSETS = new Set(['stylesheet', 'script', 'image', 'font', 'media']);

/** Error keys that do not vary run to run: numbers, ids and query strings go. Asset failures are
 *  prefixed 'asset ' so they can be told apart. */
function problemKeys(p: PageProblems, n: Normaliser): string[] {
  const tidy = (s: string) => n(s).replace(/\?[^\s]*/g, '').replace(/\d+/g, '#');
  // What Parity's own write guard refused, and the page's echo of it (Chromium's "Failed to load
  // resource", a "Failed to fetch" the page did not catch), is Parity keeping LIVE read-only, not
  // an error of the environment: a read-only LIVE beside a writable TRAIN must not differ by it.
  const refused = new Set(p.blockedWrites.map((r) => `${r.method} ${r.url}`));
  // At most two echoes in the console (Chromium's and the page's catch) and one uncaught error per
  // refused request: more than that is the page's own.
  const ECHO = /Failed to load resource|ERR_BLOCKED_BY_CLIENT|Failed to fetch|NetworkError|status of 403/i;
  const echoes = { console: 2 * p.blockedWrites.length, page: p.blockedWrites.length };
  const echo = (where: 'console' | 'page') => (e: string) => (ECHO.test(e) && echoes[where]-- > 0 ? false : true);
  const path = (u: string) => {
    try {
      return new URL(u).pathname;
    } catch {
      return u;
    }
  };
  return [
    ...p.consoleErrors.filter(echo('console')).map((e) => `console: ${tidy(e)}`),
    ...p.pageErrors.filter(echo('page')).map((e) => `page error: ${tidy(e)}`),
    ...p.failedRequests.filter((r) => !refused.has(`${r.method} ${r.url}`)).map((r) => `${ASSETS.has(r.resource ?? '') ? `asset (${r.resource}) ` : ''}${r.method} ${tidy(path(r.url))} → ${r.status ?? r.error ?? 'failed'}`),
  ];
}

/**
 * Errors the target shows and the reference does not: a console error, an uncaught exception, a
 * failed request, or the step itself erroring. Errors both share are the product's, not drift.
 * One per step: the subject is fixed so the fingerprint survives the error text changing.
 */
export function envErrorDivergence(
  a: StepCapture, b: StepCapture, pair: PairScope, scope: StepScope, n: Normaliser, assetsSeen = new Set<string>(),
): Divergence | undefined {
  const seen = new Set(problemKeys(a.problems, n));
  const only = [...new Set(problemKeys(b.problems, n))].filter((k) => !seen.has(k));
  if (b.status === 'error' && a.status !== 'error') only.unshift(`step error: ${n(b.error ?? 'unknown')}`);
  if (!only.length) return undefined;
  // Only stylesheets, scripts, images or fonts failed (a flaky LIVE's 500 on site.css): the page
  // itself answered, so this is minor, and told once per journey, not on every step that loads it.
  // Anything the failure breaks shows in its own right (a control missing, an expect failing).
  // Chromium echoes each failed load as a console error ("Failed to load resource: ... 500"), and a
  // failed load can end twice (500, then aborted): neither is another error of the page.
  const assets = only.filter((k) => !/^console: Failed to load resource: /.test(k));
  if (assets.length && assets.every((k) => k.startsWith('asset '))) {
    const load = (k: string) => k.replace(/ → .*$/, ''); // "asset (stylesheet) GET /site.css"
    const first = new Map<string, string>();
    for (const k of assets) if (!first.has(load(k))) first.set(load(k), k);
    const fresh = [...first.entries()].filter(([l]) => !assetsSeen.has(l)).map(([l, k]) => (assetsSeen.add(l), k.replace(/^asset /, '')));
    if (!fresh.length) return undefined;
    const d = makeDivergence(pair, scope, {
      kind: 'env-error',
      subject: 'assets',
      message: `In ${pair.target}, ${fresh.length === 1 ? 'an asset' : `${fresh.length} assets`} failed to load on step ${q(scope.step)} of ${q(pair.journey)} that ${pair.reference} loads: ${listWords(fresh, 2)}.`,
      evidence: { before: [], after: fresh, detail: 'asset failed to load' },
    });
    return { ...d, severity: 'minor' };
  }
  return makeDivergence(pair, scope, {
    kind: 'env-error',
    subject: 'errors',
    message: `In ${pair.target}, step ${q(scope.step)} of ${q(pair.journey)} shows ${only.length === 1 ? 'an error' : `${only.length} errors`} that ${pair.reference} does not: ${listWords(only, 2)}.`,
    evidence: { before: [], after: only },
  });
}
