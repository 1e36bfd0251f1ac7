// parity compare <run-dir>: offline, from captures taken at any time on any machine.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { bySeverity, compareRun, exitCodeFor } from '../../compare/index.js';
import { atOrAbove, isAccepted } from '../../model/severity.js';
import { loadCompareSettings } from '../compare-settings.js';
import { SEVERITIES } from '../../model/config.js';
import { usageError } from '../../util/errors.js';
import { failOnOption, MAX_WORKERS, numberOption } from '../options.js';
import { coverageLine, lossLine } from '../../compare/suite.js';
import { brokenSuiteLines } from './compare-and-report.js';

interface Flags { reference?: string; against: string; baseline?: string; failOn?: string; config?: string; baselines?: string; acceptances?: string; workers?: string; previous?: string }

const SHOWN = 30;

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('compare')
    .description('compare the captures in a run directory: the reference against each environment, or every environment against the approved baseline')
    .argument('<run-dir>', 'run directory written by parity run (or parity merge)')
    .option('--reference <env>', 'reference environment (default: the run\'s reference)')
    .option('--against <what>', 'env: against the reference environment; baselines: every environment against an approved baseline', 'env')
    .option('--baseline <env>', 'with --against baselines: whose approved baseline (default: the reference, e.g. the training captures)')
    .option('--fail-on <what>', `exit 1 on unaccepted divergences at or above this severity (${SEVERITIES.join(', ')}); add coverage (major,coverage) to fail when fewer steps went through than the approved baseline or the previous run`)
    .option('--previous <dir>', 'the run to count coverage against (default: the newest earlier run beside this one; none: no such count)')
    .option('-c, --config <file>', 'config file (default: ./parity.config.yaml if present, else built-in defaults)')
    .option('--baselines <dir>', 'approved baselines folder (default: the config\'s baselines)')
    .option('--acceptances <file>', 'acceptances file (default: the config\'s acceptances)')
    .option('--workers <n>', 'pixel comparison threads (default: one per core)')
    .addHelpText('after', '\nExamples:\n  parity compare parity-runs/2026-06-01T0900\n  parity compare runs/nightly --against baselines --fail-on critical')
    .action(async (dir: string, f: Flags) => {
      const against = f.against === 'baselines' ? 'baselines' : f.against === 'env' || f.against === 'environment' ? 'environment' : undefined;
      if (!against) throw usageError(`--against takes baselines or env; got '${f.against}'`);
      const failOnFlag = failOnOption(f.failOn);
      const workers = f.workers === undefined ? undefined : numberOption('workers', f.workers, 0, MAX_WORKERS);
      const s = await loadCompareSettings(ctx.io.cwd, ctx.io.env, f.config);
      const failOn = failOnFlag?.severity ?? s.failOn;
      const result = await compareRun(resolve(ctx.io.cwd, dir), {
        reference: f.reference,
        against,
        baselinesDir: f.baselines ? resolve(ctx.io.cwd, f.baselines) : s.baselinesDir,
        baseline: f.baseline,
        failOn,
        config: s.config,
        acceptancesFile: f.acceptances ? resolve(ctx.io.cwd, f.acceptances) : s.acceptancesFile,
        ...(workers !== undefined ? { workers } : {}),
        failOnCoverage: failOnFlag?.coverage ?? false,
        ...(f.previous ? { previous: f.previous === 'none' ? 'none' : resolve(ctx.io.cwd, f.previous) } : {}),
      });
      for (const line of brokenSuiteLines(result)) ctx.io.out(line);
      const open = bySeverity(result.divergences.filter((d) => !isAccepted(d)));
      for (const d of open.slice(0, SHOWN)) {
        const mark = atOrAbove(d.severity, failOn) ? '✗' : '·';
        ctx.io.out(`${mark} ${d.severity.padEnd(8)} ${d.kind.padEnd(16)} ${d.fingerprint}  ${d.message}${d.status === 'expired' ? ' (acceptance expired)' : ''}`);
      }
      if (open.length > SHOWN) ctx.io.out(`… and ${open.length - SHOWN} more in ${dir}/compare/result.json`);
      for (const a of result.staleAcceptances) ctx.io.err(`parity: acceptance ${a.fingerprint} (${a.reason}) matches nothing any more; remove it`);
      const down = result.matrix.filter((c) => c.status === 'unavailable').length;
      const t = result.totals;
      ctx.io.out(`${result.divergences.length} divergences (${SEVERITIES.map((x) => `${t.bySeverity[x]} ${x}`).join(', ')}; ${t.accepted} accepted); ${t.failing} at or above ${failOn}${down ? `; ${down} journey/environment cells unavailable` : ''}`);
      if (result.coverage) {
        ctx.io.out(coverageLine(result.coverage));
        for (const l of result.coverage.losses) ctx.io.out(`  ${lossLine(l, result.coverage)}`);
      }
      ctx.setExit(exitCodeFor(result));
    });
}

