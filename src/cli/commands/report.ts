// parity report: (re)builds the reports of a compared run directory. Exit code follows the run's
// verdict at --fail-on, so CI can build reports in one step and fail in the same one.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { SEVERITIES } from '../../model/config.js';
import { EXIT } from '../../util/errors.js';
import { buildReports, DEFAULT_REPORTERS, REPORTERS } from '../../report/index.js';
import { failOnOption, reporterList } from '../options.js';

interface ReportFlags { reporter: string; out?: string; failOn?: string }

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description('write the HTML, JSON, JUnit and Markdown reports of a compared run directory')
    .argument('<run-dir>', 'a run directory with compare/result.json')
    .option('--reporter <list>', `reports to write, comma-separated: ${Object.keys(REPORTERS).join(',')}`, DEFAULT_REPORTERS.join(','))
    .option('--out <dir>', 'where to write them (default: <run-dir>/report)')
    .option('--fail-on <severity>', `exit 1 on unaccepted divergences at or above this severity: ${SEVERITIES.join(', ')} (default: as compared)`)
    .addHelpText('after', '\nExamples:\n  parity report parity-runs/2025-03-03T0800\n  parity report runs/nightly --reporter junit,markdown --fail-on major')
    .action(async (dir: string, f: ReportFlags) => {
      const failOn = failOnOption(f.failOn)?.severity;
      const names = reporterList(f.reporter);
      const runDir = resolve(ctx.io.cwd, dir);
      const { files, errors, ctx: rc } = await buildReports(runDir, {
        reporters: names, outDir: f.out ? resolve(ctx.io.cwd, f.out) : undefined, failOn,
      });
      for (const w of rc.warnings) ctx.io.err(`parity: warning: ${w}`);
      for (const e of errors) {
        ctx.io.err(`parity: the ${e.reporter} report failed: ${e.message}`);
        if (ctx.debug() && e.error instanceof Error) ctx.io.err(e.error.stack ?? '');
      }
      for (const file of files) ctx.io.out(file);
      const t = rc.doc.totals;
      ctx.io.out(`${t.failing} unaccepted divergence(s) at ${rc.failOn} or above; ${t.accepted} accepted`);
      // A report that could not be written is a tool failure (3); otherwise the run's verdict: a
      // broken suite (4) before divergences or lost coverage (1).
      const v = rc.doc.verdict;
      ctx.setExit(errors.length ? EXIT.environment : v.brokenSuite ? EXIT.suite : v.fails ? EXIT.divergences : EXIT.ok);
    });
}

