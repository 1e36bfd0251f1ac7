// parity merge <dirs...> --out d
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { resolve } from 'node:path';
import { mergeRunsWithWarnings } from '../../run/merge.js';

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('merge')
    .description('join run directories captured as shards (--shard i/n) into one run directory')
    .argument('<dirs...>', 'shard run directories')
    .requiredOption('-o, --out <dir>', 'the merged run directory (must not exist yet)')
    .addHelpText('after', '\nExample:\n  parity merge runs/shard-1 runs/shard-2 runs/shard-3 --out runs/nightly && parity compare runs/nightly')
    .action((dirs: string[], f: { out: string }) => {
      const { manifest: m, warnings } = mergeRunsWithWarnings(dirs.map((d) => resolve(ctx.io.cwd, d)), resolve(ctx.io.cwd, f.out));
      for (const w of warnings) ctx.io.err(`parity: warning: ${w}`);
      ctx.io.out(`merged ${m.mergedFrom?.length ?? 0} runs, ${m.journeys.length} journeys, into ${f.out}`);
    });
}
