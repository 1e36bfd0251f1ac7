// The data the HTML page embeds: a compact projection of report.json with image paths rewritten to
// the report folder. Short keys and arrays keep 1,000 steps × 3 environments in a few hundred KB,
// which the browser parses in milliseconds. The page treats every string in it as text.
import type { Box } from '../../model/capture.js';
import type { Evidence } from '../../model/divergence.js';
import type { ReportDocument } from '../document.js';
import type { AssetLinker } from './assets.js';
import { showBidiControlsIn } from '../../util/bidi.js';
import { actionInWords, blockedReason } from '../../util/trained-words.js';
import { coverageLine, lossLine, referenceProblemLine } from '../../compare/suite.js';

export interface ViewData {
  run: ReportDocument['run'];
  tool: ReportDocument['tool'];
  generatedAt: string;
  totals: ReportDocument['totals'];
  envs: { n: string; l?: string; role: 'reference' | 'target'; st: string; err?: string }[];
  /** Journeys in manifest order; al: per target, aligned [referenceIndex, targetIndex, name] rows. */
  js: { id: string; t: string; f: string; runs: Record<string, { s: string; err?: string; tr?: string }>; al: Record<string, [number | null, number | null, string][]> }[];
  /** Steps by id: [name, status, image or '', width, height, main heading, note]. */
  steps: Record<string, [string, string, string, number, number, string, string]>;
  ds: {
    i: number; k: string; sv: string; j: string; st: string; rs?: number; ts?: number; r: string; t: string;
    m: string; s: string; fp: string; f: 0 | 1; ev: Partial<Evidence>; acc?: { by: string; reason: string; until?: string; ticket?: string };
  }[];
  mx: { j: string; t: string; w: string | null; c: [number, number, number, number]; a: number; s: string }[];
  /** The suite's own health, in sentences: journeys that did not go through in the reference (ref),
   *  the coverage line and its losses; fails says whether the run fails for any reason. */
  suite: { env: string; broken: { j: string; line: string }[]; cov: string; losses: string[]; covFails: boolean; fails: boolean };
}

/** Page text in it has its bidi controls shown as tokens (see util/bidi.ts). */
export function viewData(doc: ReportDocument, assets: AssetLinker): ViewData {
  return showBidiControlsIn(rawViewData(doc, assets));
}

function rawViewData(doc: ReportDocument, assets: AssetLinker): ViewData {
  const steps: ViewData['steps'] = {};
  for (const s of doc.steps) {
    const img = s.screenshot ? assets.bring(s.screenshot.path, 'shots') ?? '' : '';
    const own = s.blocked
      ? blockedNote(s.blocked)
      : s.error ?? s.skippedReason ?? (s.failedExpects.length ? `Expectation failed: ${s.failedExpects.join('; ')}` : '');
    // A step reached past a block says so, whatever else it says.
    const past = s.continuedVia?.length && !s.blocked?.via ? `Continued via ${s.continuedVia.map((v) => `'${v}'`).join(', then ')} (past a block earlier in the journey).` : '';
    const note = [own, past].filter(Boolean).join(' ');
    steps[s.id] = [s.name, s.status, img, s.screenshot?.width ?? 0, s.screenshot?.height ?? 0, s.page && s.page.mainHeading !== s.name ? s.page.mainHeading : '', note];
  }
  return {
    run: doc.run,
    tool: doc.tool,
    generatedAt: doc.generatedAt,
    totals: doc.totals,
    envs: doc.environments.map((e) => ({ n: e.name, l: e.label, role: e.role, st: e.status, err: e.error })),
    js: doc.journeys.map((j) => {
      const runs: ViewData['js'][number]['runs'] = {};
      for (const [env, r] of Object.entries(j.runs)) {
        runs[env] = { s: r.status, err: r.error, tr: r.status !== 'passed' ? assets.bring(r.trace, 'traces') : undefined };
      }
      const al: ViewData['js'][number]['al'] = {};
      for (const [t, rows] of Object.entries(j.alignments)) al[t] = rows.map((a) => [a.reference, a.target, a.name]);
      return { id: j.id, t: j.title, f: j.file, runs, al };
    }),
    steps,
    ds: doc.divergences.map((d) => ({
      i: d.id, k: d.kind, sv: d.severity, j: d.journey, st: d.step, rs: d.referenceStep, ts: d.targetStep,
      r: d.reference, t: d.target, m: d.message, s: d.status, fp: d.fingerprint, f: d.failing ? 1 : 0,
      ev: evidence(d.evidence, assets),
      acc: d.acceptance ? { by: d.acceptance.by, reason: d.acceptance.reason, until: d.acceptance.until, ticket: d.acceptance.ticket } : undefined,
    })),
    suite: {
      env: doc.referenceProblems[0]?.env ?? doc.run.reference,
      broken: doc.referenceProblems.map((p) => ({ j: p.journey, line: referenceProblemLine(p) })),
      cov: doc.coverage ? coverageLine(doc.coverage) : '',
      losses: doc.coverage ? doc.coverage.losses.map((l) => lossLine(l, doc.coverage!)) : [],
      covFails: doc.verdict.coverageFails,
      fails: doc.verdict.fails,
    },
    mx: doc.matrix.map((c) => ({ j: c.journey, t: c.target, w: c.worst, c: [c.counts.critical, c.counts.major, c.counts.minor, c.counts.cosmetic], a: c.accepted, s: c.status })),
  };
}

function evidence(e: Evidence, assets: AssetLinker): Partial<Evidence> {
  const out: Partial<Evidence> = {};
  for (const k of ['before', 'after', 'added', 'removed', 'renamed', 'control', 'detail', 'diffRatio', 'heightChange'] as const) {
    if (e[k] !== undefined) (out as Record<string, unknown>)[k] = e[k];
  }
  if (e.referenceBox) out.referenceBox = box(e.referenceBox);
  if (e.targetBox) out.targetBox = box(e.targetBox);
  if (e.regions?.length) out.regions = e.regions.slice(0, 20).map((r) => ({ ...box(r), elements: r.elements.slice(0, 5) }));
  const diff = assets.bring(e.diffImage, 'diffs');
  if (diff) out.diffImage = diff;
  return out;
}

function box(b: Box): Box {
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

/**
 * JSON that is safe inside <script type="application/json">: no '<' at all (so no '</script' and no
 * '<!--' that would end or confuse the element), no '>' or '&', and the two line separators JSON allows
 * but older JavaScript parsers do not.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A blocked step in words: what staff are trained to do, why it could not be done, the nearest names, what to try. */
function blockedNote(b: NonNullable<ReportDocument['steps'][number]['blocked']>): string {
  const { reason, tryThis } = blockedReason(b.action, b.error);
  const near = b.candidates.length ? ` Nearest on screen: ${b.candidates.slice(0, 3).map((c) => `'${c.name}'${c.frame ? ` in the panel '${c.frame}'` : ''}`).join(', ')}.` : '';
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  if (b.via) return `Could not ${actionInWords(b.action)}: ${reason}. Went on with the ${b.via.role} '${b.via.name}' (${b.via.why}); the steps after it were still compared.`;
  return `Could not ${actionInWords(b.action)}: ${reason}.${near} ${cap(tryThis)}`;
}
