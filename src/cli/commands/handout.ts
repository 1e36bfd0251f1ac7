// parity handout: the trainer's printable page of what differs in one environment (and a PDF).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { writeHandout } from '../../report/index.js';

interface HandoutFlags { env: string; out?: string; pdf?: boolean; skipAccepted?: boolean }

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('handout')
    .description("write the trainer's handout: what is different in one environment from what staff were trained on")
    .argument('<run-dir>', 'a compared run directory')
    .requiredOption('--env <name>', 'the environment staff will use (a compared target, e.g. live-london)')
    .option('--out <file>', 'HTML file to write (default: <run-dir>/report/handout-<env>.html)')
    .option('--pdf', 'also print it to PDF with Chromium, next to the HTML')
    .option('--skip-accepted', 'leave out accepted divergences')
    .addHelpText('after', '\nExample:\n  parity handout parity-runs/go-live --env live-london --pdf')
    .action(async (dir: string, f: HandoutFlags) => {
      const out = await writeHandout(resolve(ctx.io.cwd, dir), {
        env: f.env, out: f.out ? resolve(ctx.io.cwd, f.out) : undefined, pdf: Boolean(f.pdf), skipAccepted: Boolean(f.skipAccepted),
      });
      ctx.io.out(out.html);
      if (out.pdf) ctx.io.out(out.pdf);
    });
}
