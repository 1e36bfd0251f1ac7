// parity run: capture every journey in every environment, then compare and report (unless --capture-only).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { loadConfig, loadJourneys } from '../../load/index.js';
import { makePlan, parseShard } from '../../plan/plan.js';
import { captureRun } from '../../run/run-capture.js';
import type { TraceMode } from '../../run/journey-runner.js';
import { EXIT, usageError } from '../../util/errors.js';
import { compareAndReport } from './compare-and-report.js';
import { failOnOption, MAX_WORKERS, numberOption, reporterList } from '../options.js';

interface RunFlags {
  config?: string; env?: string; journey?: string; tag?: string[]; workers: string; shard?: string;
  out?: string; resume?: string; headed?: boolean; trace: string; captureOnly?: boolean; failOn?: string; reporter?: string; previous?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('run')
    .description('drive each journey through each environment, capture every step, then compare and report')
    .option('-c, --config <file>', 'config file (default: ./parity.config.yaml)')
    .option('--env <names>', 'only these environments, comma-separated (the reference is always included)')
    .option('--journey <glob>', 'only journeys whose id matches, e.g. "book-*"')
    .option('--tag <tag...>', 'only journeys with one of these tags')
    .option('--workers <n>', 'browser contexts at once across all environments', '4')
    .option('--shard <i/n>', 'run shard i of n (journeys split by id); join shards with parity merge')
    .option('--out <dir>', 'run directory (default: parity-runs/<timestamp>)')
    .option('--resume <dir>', 'finish an interrupted run without redoing completed journeys')
    .option('--headed', 'show the browser')
    .option('--trace <mode>', 'Playwright trace: on, off or on-failure', 'on-failure')
    .option('--capture-only', 'stop after capture (compare later with parity compare)')
    .option('--fail-on <what>', 'exit 1 on unaccepted divergences at or above this severity; add coverage (major,coverage) to fail when fewer steps went through than the approved baseline or the previous run')
    .option('--previous <dir>', 'the run to count coverage against (default: the newest earlier run beside this one; none: no such count)')
    .option('--reporter <list>', 'reports to write: html,json,junit,markdown', 'html,json,junit,markdown')
    .addHelpText('after', '\nExamples:\n  parity run\n  parity run --env training,live --journey "register-*" --fail-on major\n  parity run --shard 1/3 --capture-only --out runs/shard-1')
    .action(async (f: RunFlags) => {
      const trace = f.trace as TraceMode;
      if (!['on', 'off', 'on-failure'].includes(trace)) throw usageError(`--trace takes on, off or on-failure; got '${f.trace}'`);
      const failOnFlag = failOnOption(f.failOn);
      const reporters = reporterList(f.reporter ?? 'html,json,junit,markdown'); // before any capture is spent
      const workers = numberOption('workers', f.workers, 1, MAX_WORKERS);
      const shard = f.shard ? parseShard(f.shard) : undefined; // a usage error before any file is read
      const config = await loadConfig({ cwd: ctx.io.cwd, file: f.config, env: ctx.io.env });
      const journeys = await loadJourneys(config);
      const envs = f.env ? [...new Set([config.reference, ...f.env.split(',').map((s) => s.trim()).filter(Boolean)])] : undefined;
      const plan = makePlan(config, journeys, { envs, journeyGlob: f.journey, tags: f.tag, shard });
      if (!plan.journeys.length) ctx.io.err('parity: no journey matches the filters');
      const outcome = await captureRun({
        config, journeys: plan.journeys, envs: plan.envs, outDir: f.out, resume: f.resume, workers,
        trace, headed: Boolean(f.headed), io: ctx.io, shard,
      });
      ctx.io.out(`run directory: ${outcome.runDir}`);
      if (f.captureOnly) {
        for (const line of outcome.brokenInReference) ctx.io.out(line);
        return ctx.setExit(outcome.exitCode);
      }
      const code = await compareAndReport(ctx, outcome.runDir, config, {
        failOn: failOnFlag?.severity ?? config.failOn, failOnCoverage: failOnFlag?.coverage ?? false, reporters,
        ...(f.previous ? { previous: f.previous === 'none' ? 'none' : resolve(ctx.io.cwd, f.previous) } : {}),
      });
      // An environment that failed outranks a broken suite, which outranks divergences: each makes the
      // comparison after it less complete.
      ctx.setExit(outcome.exitCode === EXIT.environment ? EXIT.environment : code);
    });
}

