// parity explore --env <reference> --out <dir>: a read-only crawl that writes one journey per screen.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { environmentOption, numberOption } from '../options.js';
import { loadConfig } from '../../load/index.js';
import { explore } from '../../run/explore-crawl.js';
import { screenJourneys, writeScreenJourneys } from '../../explore/screen-journeys.js';

interface ExploreFlags { env?: string; out: string; start: string; maxPages: string; maxDepth: string; rows: string; config?: string; force?: boolean }

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('explore')
    .description('crawl an environment read-only (links and menus, GET only) and write one journey per screen found')
    .option('--env <name>', 'environment to explore (default: the reference)')
    .option('--out <dir>', 'folder to write the journeys to', 'specs/explored')
    .option('--start <path>', 'page to start from, after sign-in', '/')
    .option('--max-pages <n>', 'stop after this many pages', '100')
    .option('--max-depth <n>', 'follow links this many clicks deep from the start', '3')
    .option('--rows <n>', 'record links followed in each table (the first patient of a list)', '1')
    .option('-c, --config <file>', 'config file (default: ./parity.config.yaml)')
    .option('--force', 'overwrite journey files that exist')
    .addHelpText('after', '\nExample:\n  parity explore --env training --start /home --out specs/explored\n\nNothing is clicked, typed or submitted: only links read from the page are opened, with GET, on the\nenvironment\'s own site; sign-out links and downloads are not followed, and of each table\'s\nrecords only the first --rows. Name\nGET addresses with side effects in the environment\'s blockUrls.')
    .action(async (f: ExploreFlags) => {
      const maxPages = numberOption('max-pages', f.maxPages, 1, 10_000);
      const maxDepth = numberOption('max-depth', f.maxDepth, 0, 50);
      const rows = numberOption('rows', f.rows, 0, 100);
      const config = await loadConfig({ cwd: ctx.io.cwd, file: f.config, env: ctx.io.env });
      const name = environmentOption(config, f.env ?? config.reference);
      const r = await explore({
        config, env: name, start: f.start, maxPages, maxDepth, rows, processEnv: ctx.io.env,
        onPage: (p, n) => { if (ctx.io.isTTY) ctx.io.status?.(`exploring ${name}: page ${n}, ${p}`); },
      });
      if (ctx.io.isTTY) ctx.io.status?.('');
      const js = screenJourneys(r.screens, name, f.out);
      writeScreenJourneys(js, ctx.io.cwd, Boolean(f.force));
      for (const j of js) ctx.io.out(`  ${j.path.padEnd(36)} ${j.name}  → ${j.file}`);
      for (const s of r.skipped) ctx.io.err(`  skipped ${s.path}: ${s.why}`);
      ctx.io.out(`${r.screens.length} screen${r.screens.length === 1 ? '' : 's'} found on ${name} in ${(r.ms / 1000).toFixed(1)} s` +
        `${r.skipped.length ? `, ${r.skipped.length} skipped` : ''}${r.limited ? ` (stopped at --max-pages ${maxPages})` : ''}` +
        `${r.refused ? `; ${r.refused} data-changing request${r.refused === 1 ? '' : 's'} from the pages refused` : ''}; journeys in ${f.out}`);
    });
}
