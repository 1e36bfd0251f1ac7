// parity record --env <name> --out <file>: a person goes through the screens in a browser window
// and the journey is written in the words of those screens (see src/record/).
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { CommandContext } from '../context.js';
import { environmentOption } from '../options.js';
import { usageError } from '../../util/errors.js';
import { loadConfig } from '../../load/index.js';
import { JOURNEY_ID } from '../../load/schema/journey.js';
import { slug } from '../../import/names.js';
import { recordSession } from '../../record/session.js';
import { refuseExisting, writeRecordedJourney } from '../../record/journey-file.js';
import type { RecordCode } from '../../record/codes.js';

interface RecordFlags { env: string; out: string; config?: string; start: string; journey?: string; title?: string; force?: boolean; headless?: boolean }

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('record')
    .description('go through the screens in a browser window; the journey is written as you click, type and choose')
    .requiredOption('--env <name>', 'environment to record on (signed in, write guard on, as for a run)')
    .requiredOption('--out <file>', 'journey file to write (specs/<name>.yaml)')
    .option('-c, --config <file>', 'config file (default: ./parity.config.yaml)')
    .option('--start <path>', 'page to open after sign-in', '/')
    .option('--journey <id>', 'the journey\'s id (default: from the file name)')
    .option('--title <words>', 'the journey\'s title (default: from the file name)')
    .option('--force', 'overwrite the journey file if it exists')
    // Tests drive the page through the browser's debugging port instead of a window; nobody else needs it.
    .addOption(new Option('--headless', 'no window').hideHelp())
    .addHelpText('after', '\nExample:\n  parity record --env training --start /home --out specs/book-appointment.yaml\n\n' +
      'Each screen you reach starts a step, named by its heading. The overlay adds "New step here" (a step named by you)\n' +
      'and "Check this" (the next thing you click is expected on the screen); "Finish recording", closing the window or\n' +
      'Ctrl-C writes the file. Passwords become ${secret.NAME} and are never written. Writes are refused as in any run\n' +
      'unless the environment has writes: allowed.')
    .action(async (f: RecordFlags) => {
      if (!/\.ya?ml$/i.test(f.out)) throw usageError(`--out names the journey file to write, ending .yaml; got '${f.out}'`, 'RECORD_OUT' satisfies RecordCode);
      const base = basename(f.out, extname(f.out));
      const id = f.journey ?? slug(base);
      if (!JOURNEY_ID.test(id)) throw usageError(`--journey takes lowercase letters, digits and dashes (book-appointment); got '${id}'`, 'RECORD_JOURNEY_ID' satisfies RecordCode);
      if (!/^(\/|https?:\/\/)/.test(f.start)) throw usageError(`--start takes a path on the environment (/home); got '${f.start}'`, 'RECORD_START_PATH' satisfies RecordCode);
      const config = await loadConfig({ cwd: ctx.io.cwd, file: f.config, env: ctx.io.env });
      const env = environmentOption(config, f.env, 'RECORD_UNKNOWN_ENV' satisfies RecordCode);
      refuseExisting(ctx.io.cwd, f.out, Boolean(f.force));
      // Ctrl-C ends the recording and writes what was recorded, as "Finish recording" does.
      let interrupted!: () => void;
      const stop = new Promise<void>((r) => { interrupted = r; });
      process.once('SIGINT', interrupted);
      try {
        const r = await recordSession({ config, env, processEnv: ctx.io.env, start: f.start, headless: Boolean(f.headless), say: (l) => ctx.io.err(l), stop });
        const { journey, names } = r.steps.draft({ id, title: f.title ?? humanise(base), start: r.start, file: f.out });
        const w = writeRecordedJourney({ cwd: ctx.io.cwd, out: f.out, force: Boolean(f.force), journey, names, env });
        const css = w.css ? `, ${w.css} found by CSS (see the comments)` : '';
        ctx.io.out(`wrote ${w.file} (${r.ended}): ${names.length} step${names.length === 1 ? '' : 's'}, ${w.actions} action${w.actions === 1 ? '' : 's'}${css}`);
        ctx.io.out(`  steps: ${names.join(' › ')}`);
        if (r.refused.length) ctx.io.out(`  ${r.refused.length} request${r.refused.length === 1 ? '' : 's'} refused by the write guard: ${[...new Set(r.refused)].join(', ')}`);
        ctx.io.out('next: parity validate, then parity run');
      } finally {
        process.removeListener('SIGINT', interrupted);
      }
    });
}

/** `book-appointment` → "Book appointment". */
function humanise(base: string): string {
  const s = base.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) : 'Recorded journey';
}
