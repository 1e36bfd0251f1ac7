// parity approve <run-dir>: sign off one environment's captures as the baseline to compare against.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { approve } from '../../compare/baselines.js';
import { loadCompareSettings } from '../compare-settings.js';

interface Flags { env?: string; by?: string; baselines?: string; config?: string }

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('approve')
    .description('copy an environment\'s captures from a run into the approved baselines (compare later with --against baselines)')
    .argument('<run-dir>', 'run directory with the captures to approve')
    .option('--env <name>', 'environment to approve (default: the run\'s reference)')
    .option('--by <name>', 'who approves (default: $USER)')
    .option('--baselines <dir>', 'baselines folder (default: the config\'s baselines, else ./baselines)')
    .option('-c, --config <file>', 'config file (default: ./parity.config.yaml if present)')
    .addHelpText('after', '\nExample:\n  parity approve parity-runs/2026-06-01T0900 --env training --by "J. Patel"')
    .action(async (dir: string, f: Flags) => {
      const runDir = resolve(ctx.io.cwd, dir);
      const baselinesDir = f.baselines ? resolve(ctx.io.cwd, f.baselines) : (await loadCompareSettings(ctx.io.cwd, ctx.io.env, f.config)).baselinesDir;
      const by = f.by ?? ctx.io.env.USER ?? ctx.io.env.USERNAME ?? 'unknown';
      const o = approve(runDir, { env: f.env, by, baselinesDir });
      ctx.io.out(`approved ${o.manifest.reference} from run ${o.manifest.runId} (${o.journeys} journeys) by ${by} into ${o.dir}`);
    });
}
