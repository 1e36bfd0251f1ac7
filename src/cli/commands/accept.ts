// parity accept <fingerprint>: record that a divergence was reviewed, by whom, why, until when.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { addAcceptance, dayOf } from '../../compare/acceptances.js';
import { loadCompareSettings } from '../compare-settings.js';
import type { Acceptance } from '../../model/divergence.js';
import { usageError } from '../../util/errors.js';

interface Flags { reason: string; by: string; until?: string; ticket?: string; file?: string; config?: string }

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('accept')
    .description('accept a divergence by its fingerprint: it is still reported, but no longer fails a run')
    .argument('<fingerprint>', '16 hex digits, as parity compare and the report show it')
    .requiredOption('--reason <text>', 'why it is acceptable (a reviewer reads this)')
    .requiredOption('--by <name>', 'who accepted it')
    .option('--until <YYYY-MM-DD>', 'accepted through this day; after it the divergence counts again')
    .option('--ticket <id>', 'change or incident ticket')
    .option('--file <path>', 'acceptances file (default: the config\'s acceptances, else ./acceptances.yaml)')
    .option('-c, --config <file>', 'config file (default: ./parity.config.yaml if present)')
    .addHelpText('after', '\nExample:\n  parity accept 3f2a9c0d1b7e4a55 --reason "national trace screen is covered in training" --by "J. Patel" --until 2026-09-30 --ticket CHG-1234')
    .action(async (fp: string, f: Flags) => {
      if (!f.reason.trim()) throw usageError('--reason must say why');
      if (!f.by.trim()) throw usageError('--by must name who accepted it');
      const file = f.file ? resolve(ctx.io.cwd, f.file) : (await loadCompareSettings(ctx.io.cwd, ctx.io.env, f.config)).acceptancesFile;
      const a: Acceptance = { fingerprint: fp.trim().toLowerCase(), reason: f.reason.trim(), by: f.by.trim(), addedAt: dayOf(new Date()) };
      if (f.until) a.until = f.until;
      if (f.ticket) a.ticket = f.ticket;
      const { replaced } = addAcceptance(file, a);
      ctx.io.out(`${replaced ? 'updated' : 'accepted'} ${a.fingerprint}${a.until ? ` until ${a.until}` : ''} in ${file}`);
    });
}

