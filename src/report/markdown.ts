// summary.md: the matrix and the worst divergences, for $GITHUB_STEP_SUMMARY or a pull-request comment.
// GitHub renders HTML and Markdown in it, so every captured string is escaped: a label like
// "<img src=x onerror=…>" or "[click](javascript:…)" must show as text, not become markup or a link.
import type { Severity } from '../model/config.js';
import { isAccepted } from '../model/severity.js';
import { SEVERITIES } from '../model/config.js';
import type { MatrixCell } from '../model/divergence.js';
import { oneFileReporter } from './one-file.js';
import type { ReportDocument } from './document.js';
import { byImportance } from './document.js';
import { coverageLine, lossLine, referenceProblemLine } from '../compare/suite.js';

const ICON: Record<Severity, string> = { critical: '🔴', major: '🟠', minor: '🟡', cosmetic: '⚪' };
const TOP = 20;

/** Escapes text for a Markdown table cell or line: no markup, no links, no line breaks. */
export function mdText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1')
    .replace(/:\/\//g, ':&#47;&#47;'); // no autolinks either
}

export function markdownSummary(doc: ReportDocument, opts: { top?: number } = {}): string {
  const top = opts.top ?? TOP;
  const targets = doc.environments.filter((e) => e.role === 'target').map((e) => e.name);
  const t = doc.totals;
  const failing = t.failing > 0;
  const broken = doc.referenceProblems;
  const out: string[] = [];
  const headline = broken.length
    ? `❌ the suite did not go through in ${mdText(broken[0]!.env)} (the reference): ${broken.length} journey${broken.length === 1 ? '' : 's'}`
    : failing ? `❌ ${t.failing} divergence${t.failing === 1 ? '' : 's'} at or above ${doc.run.failOn}`
      : doc.verdict.coverageFails ? '❌ fewer steps went through than before' : `✅ nothing new at or above ${doc.run.failOn}`;
  out.push(`## Parity: ${headline}`);
  out.push('');
  // First, because nothing below can be trusted past it: what these journeys did not reach was compared nowhere.
  if (broken.length) {
    out.push('### Broken suite: journeys that did not go through in the reference');
    out.push('');
    for (const p of broken) out.push(`- ❌ ${mdText(referenceProblemLine(p))}`);
    out.push('');
    out.push('Fix the journey or the data it needs (a taken slot, a patient registered by an earlier run) before reading the divergences below.');
    out.push('');
  }
  const base = doc.run.baseline ? ` · baseline approved ${doc.run.baseline.approvedAt.slice(0, 10)} by ${mdText(doc.run.baseline.approvedBy)}` : '';
  out.push(`Run \`${mdText(doc.run.id)}\` · captured ${doc.run.createdAt.slice(0, 16).replace('T', ' ')} UTC · reference **${mdText(doc.run.reference)}**` +
    `${doc.run.against === 'baselines' ? ' (approved baseline)' : ''}${base} · parity ${doc.tool.version}`);
  out.push('');
  out.push(`| | ${SEVERITIES.map((s) => `${ICON[s]} ${s}`).join(' | ')} | accepted | expired |`);
  out.push(`|---|${SEVERITIES.map(() => '--:').join('|')}|--:|--:|`);
  out.push(`| **new / unaccepted** | ${SEVERITIES.map((s) => t.bySeverity[s]).join(' | ')} | ${t.accepted} | ${t.expired} |`);
  out.push('');
  out.push(`### Journeys × environments (against ${mdText(doc.run.reference)})`);
  out.push('');
  out.push(`| Journey | ${targets.map(mdText).join(' | ')} |`);
  out.push(`|---|${targets.map(() => '---').join('|')}|`);
  for (const j of doc.journeys) {
    const cells = targets.map((tg) => cellText(doc.matrix.find((c) => c.journey === j.id && c.target === tg)));
    out.push(`| ${mdText(j.title)} | ${cells.join(' | ')} |`);
  }
  out.push('');
  const open = byImportance(doc.divergences.filter((d) => !isAccepted(d)));
  if (open.length) {
    out.push(`### Top divergences${open.length > top ? ` (${top} of ${open.length})` : ''}`);
    out.push('');
    out.push('| | Journey › step | Environment | What is different | Kind |');
    out.push('|---|---|---|---|---|');
    for (const d of open.slice(0, top)) {
      const title = doc.journeys.find((j) => j.id === d.journey)?.title ?? d.journey;
      const exp = d.status === 'expired' ? ' *(acceptance expired)*' : '';
      out.push(`| ${ICON[d.severity]} ${d.severity} | ${mdText(title)} › ${mdText(d.step)} | ${mdText(d.target)} | ${mdText(d.message)}${exp} | \`${d.kind}\` |`);
    }
    out.push('');
  }
  if (doc.coverage) {
    out.push(`${doc.verdict.coverageFails ? '❌ ' : ''}${mdText(coverageLine(doc.coverage))}`);
    out.push('');
    for (const l of doc.coverage.losses) out.push(`- ${mdText(lossLine(l, doc.coverage))}`);
    if (doc.coverage.losses.length) out.push('');
  }
  if (doc.staleAcceptances.length) {
    out.push(`${doc.staleAcceptances.length} acceptance${doc.staleAcceptances.length === 1 ? '' : 's'} no longer match anything and can be removed.`);
    out.push('');
  }
  out.push('Open `report/index.html` from the run directory (or `parity show-report`) for screenshots and details.');
  return out.join('\n') + '\n';
}

function cellText(c: MatrixCell | undefined): string {
  if (!c || c.status === 'missing') return '— not captured';
  if (c.status === 'unavailable') return '⛔ unavailable';
  if (c.status === 'skipped') return '⏭ skipped';
  const parts = SEVERITIES.filter((s) => c.counts[s] > 0).map((s) => `${c.counts[s]} ${s}`);
  const head = c.worst ? `${ICON[c.worst]} ${parts.join(', ')}` : '✅ same';
  return c.accepted ? `${head} · ${c.accepted} accepted` : head;
}

export const markdownReporter = oneFileReporter('markdown', 'summary.md', markdownSummary);
