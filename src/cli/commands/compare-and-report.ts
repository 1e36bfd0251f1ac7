// What `parity run` does after capture, and what the demo prints: compare, write the reports,
// print a short summary and where the report is. Not a command of its own.
import type { CommandContext } from '../context.js';
import type { ParityConfig, Severity } from '../../model/config.js';
import { isAccepted } from '../../model/severity.js';
import { SEVERITIES } from '../../model/config.js';
import type { CompareResult } from '../../model/divergence.js';
import { compareRun, exitCodeFor } from '../../compare/index.js';
import { coverageLine, lossLine, referenceProblemLine } from '../../compare/suite.js';
import { buildReports } from '../../report/index.js';
import { acceptancesFileOf } from '../compare-settings.js';
import { resolve } from 'node:path';

export interface CompareRunOptions { failOn: Severity; failOnCoverage: boolean; previous?: string; reporters: string[] }

export async function compareAndReport(ctx: CommandContext, runDir: string, config: ParityConfig, o: CompareRunOptions): Promise<number> {
  const result = await compareRun(runDir, {
    failOn: o.failOn, config, acceptancesFile: acceptancesFileOf(config), baselinesDir: resolve(config.dir, config.baselines),
    failOnCoverage: o.failOnCoverage, ...(o.previous ? { previous: o.previous } : {}),
  });
  const written = await buildReports(runDir, { reporters: o.reporters, failOn: o.failOn });
  for (const e of written.errors) ctx.io.err(`parity: the ${e.reporter} report failed: ${e.message}`);
  ctx.io.out(summaryLines(result).join('\n'));
  const html = written.files.find((f) => f.endsWith('index.html'));
  if (html) ctx.io.out(`report: ${html}`);
  return exitCodeFor(result);
}

/** "parity: the suite did not go through in train (the reference): …", one line per journey; [] when it did. */
export function brokenSuiteLines(r: CompareResult): string[] {
  const ps = r.referenceProblems ?? [];
  if (!ps.length) return [];
  const env = ps[0]!.env;
  return [
    `parity: the suite did not go through in ${env} (the reference): ${ps.length} journey${ps.length === 1 ? '' : 's'}. What they did not reach was compared nowhere, so this run cannot pass (exit 4):`,
    ...ps.map((p) => `  ✗ ${referenceProblemLine(p)}`),
  ];
}

/** One line per target environment: counts by severity, accepted apart; then coverage. */
export function summaryLines(r: CompareResult): string[] {
  // A broken suite goes first: it is what a nightly job's log must show on top.
  const lines = [...brokenSuiteLines(r).map((l) => l.replace(/^parity: /, '')), `divergences from ${r.reference}${r.against === 'baselines' ? ' (approved baseline)' : ''}:`];
  for (const target of r.targets) {
    const mine = r.divergences.filter((d) => d.target === target);
    const open = mine.filter((d) => !isAccepted(d));
    const counts = SEVERITIES.map((s) => `${open.filter((d) => d.severity === s).length} ${s}`).join(', ');
    const down = r.matrix.some((c) => c.target === target && c.status === 'unavailable') ? ' (unavailable for some journeys)' : '';
    lines.push(`  ${target.padEnd(14)} ${counts}; ${mine.length - open.length} accepted${down}`);
  }
  lines.push(`failing at ${r.failOn} or above: ${r.totals.failing}`);
  if (r.coverage) {
    lines.push(coverageLine(r.coverage) + (r.coverage.failOn && r.coverage.losses.length ? ' (fails the run: --fail-on coverage)' : ''));
    for (const l of r.coverage.losses) lines.push(`  ${lossLine(l, r.coverage)}`);
  }
  return lines;
}
