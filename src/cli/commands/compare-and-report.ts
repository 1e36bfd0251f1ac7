// What `parity run` does after capture, and what the demo prints: compare, write the reports,
// print a short summary and where the report is. Not a command of its own.
import type { CommandContext } from '../context.js';
import type { ParityConfig, Severity } from '../../model/config.js';
import { isAccepted } from '../../model/severity.js';
import { SEVERITIES } from '../../model/config.js';
import type { CompareResult } from '../../model/divergence.js';
import { compareRun, exitCodeFor } from '../../compare/index.js';
import { buildReports } from '../../report/index.js';
import { acceptancesFileOf } from '../../compare/settings.js';

export async function compareAndReport(ctx: CommandContext, runDir: string, config: ParityConfig, failOn: Severity, reporters: string[]): Promise<number> {
  const result = await compareRun(runDir, { failOn, config, acceptancesFile: acceptancesFileOf(config) });
  const written = await buildReports(runDir, { reporters, failOn });
  for (const e of written.errors) ctx.io.err(`parity: the ${e.reporter} report failed: ${e.message}`);
  ctx.io.out(summaryLines(result).join('\n'));
  const html = written.files.find((f) => f.endsWith('index.html'));
  if (html) ctx.io.out(`report: ${html}`);
  return exitCodeFor(result);
}

/** One line per target environment: counts by severity, accepted apart. */
export function summaryLines(r: CompareResult): string[] {
  const lines = [`divergences from ${r.reference}${r.against === 'baselines' ? ' (approved baseline)' : ''}:`];
  for (const target of r.targets) {
    const mine = r.divergences.filter((d) => d.target === target);
    const open = mine.filter((d) => !isAccepted(d));
    const counts = SEVERITIES.map((s) => `${open.filter((d) => d.severity === s).length} ${s}`).join(', ');
    const down = r.matrix.some((c) => c.target === target && c.status === 'unavailable') ? ' (unavailable for some journeys)' : '';
    lines.push(`  ${target.padEnd(14)} ${counts}; ${mine.length - open.length} accepted${down}`);
  }
  lines.push(`failing at ${r.failOn} or above: ${r.totals.failing}`);
  return lines;
}
