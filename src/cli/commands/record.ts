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
import { fileTitle, slug } from '../../import/names.js';
import { printable, recordSecrets, recordSession } from '../../record/session.js';
import { scrubbedIo } from '../../util/io.js';
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
      // What is printed passes the redactor a run uses (a page can show a secret), without a page's control characters.
      const secrets = recordSecrets(config, env, ctx.io.env);
      const io = scrubbedIo(ctx.io, { text: (t) => printable(secrets.print, t) });
      // Ctrl-C ends the recording and writes what was recorded, as "Finish recording" does; a
      // second Ctrl-C closes the browser and exits at once (130), writing nothing. SIGTERM and
      // SIGHUP (the terminal closed) are taken the same way: Playwright's own handlers, which
      // would close the browser and exit 130 losing the recording, are off for record.
      let interrupted!: () => void;
      let aborted!: () => void;
      const stop = new Promise<void>((r) => { interrupted = r; });
      const abort = new Promise<void>((r) => { aborted = r; });
      let sigints = 0;
      let quitting = false;
      const onSignal = () => {
        if (++sigints === 1) {
          io.err('parity: stopping: writing what was recorded (Ctrl-C again to quit without writing)');
          interrupted();
          return;
        }
        quitting = true;
        aborted();
        // recordSession closes the browser on `abort`; a moment for it, then out, whatever it is doing.
        setTimeout(() => process.exit(130), 500);
      };
      const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
      for (const sig of signals) process.on(sig, onSignal);
      try {
        const r = await recordSession({ config, env, processEnv: ctx.io.env, start: f.start, headless: Boolean(f.headless), say: (l) => io.err(l), stop, abort, secrets, debug: ctx.debug() });
        if (quitting) return; // exiting (130): nothing is written
        const { journey, names } = r.steps.draft({ id, title: f.title ?? fileTitle(base, 'Recorded journey'), start: r.start, file: f.out });
        const w = writeRecordedJourney({ cwd: ctx.io.cwd, out: f.out, force: Boolean(f.force), journey, names, env });
        const css = w.css ? `, ${w.css} found by CSS (see the comments)` : '';
        io.out(`wrote ${w.file} (${r.ended}): ${names.length} step${names.length === 1 ? '' : 's'}, ${w.actions} action${w.actions === 1 ? '' : 's'}${css}`);
        io.out(`  steps: ${names.join(' › ')}`);
        if (r.refused.length) io.out(`  ${r.refused.length} request${r.refused.length === 1 ? '' : 's'} refused by the write guard: ${[...new Set(r.refused)].join(', ')}`);
        io.out('next: parity validate, then parity run');
      } finally {
        for (const sig of signals) process.removeListener(sig, onSignal);
      }
    });
}
