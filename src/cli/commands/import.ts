// parity import <recording.json>... --out <dir>: Chrome/Edge DevTools Recorder exports become
// ordinary journey files. With --env, the recording is played on that environment first to read
// what a recording cannot say (roles, option words, headings, which steps save data).
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { environmentOption } from '../options.js';
import { formatProblem, usageError } from '../../util/errors.js';
import { importRecordings } from '../../import/index.js';
import { loadConfig } from '../../load/index.js';
import { readScreens } from '../../run/read-screens.js';

interface ImportFlags { out: string; env?: string; config?: string; force?: boolean }

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('import')
    .description('turn Chrome/Edge DevTools Recorder exports (JSON) into journey files')
    .argument('<recordings...>', 'Recorder exports (DevTools › Recorder › Export › JSON)')
    .option('--out <dir>', 'folder to write the journeys to', 'specs')
    .option('--env <name>', 'play the recordings on this environment of the config to read roles, option words, headings and saving steps')
    .option('-c, --config <file>', 'config file, with --env (default: ./parity.config.yaml)')
    .option('--force', 'overwrite journey files that exist')
    .addHelpText(
      'after',
      '\nExamples:\n  parity import recordings/book-appointment.json --out specs\n  parity import recordings/*.json --out specs --env train\n' +
        '\nEach navigation starts a step, named after the screen. Locators come from the aria/ and text/ selectors;\n' +
        'CSS and XPath only where nothing else is recorded (each one is warned about). Passwords become ${secret.NAME}.\n' +
        'A step that cannot be imported is printed with its file, line, column and JSON path (exit 2), and nothing is written.',
    )
    .action(async (files: string[], f: ImportFlags) => {
      let readOn: Parameters<typeof importRecordings>[0]['readScreens'];
      if (f.config && !f.env) throw usageError('--config goes with --env (the environment whose screens are read)');
      if (f.env) {
        const config = await loadConfig({ cwd: ctx.io.cwd, file: f.config, env: ctx.io.env });
        const name = environmentOption(config, f.env);
        readOn = { env: name, read: (journeys) => readScreens({ config, env: name, journeys, processEnv: ctx.io.env }) };
      }
      const r = await importRecordings({ cwd: ctx.io.cwd, files, outDir: f.out, force: f.force, readScreens: readOn });
      for (const w of r.warnings) ctx.io.err(`warning: ${formatProblem(w)}`);
      for (const j of r.imported) {
        const css = j.css ? `, ${j.css} found by CSS or XPath` : '';
        ctx.io.out(`wrote ${j.file} (from ${j.recording}): ${j.steps.length} step${j.steps.length === 1 ? '' : 's'}, ${j.actions} action${j.actions === 1 ? '' : 's'}${css}`);
        ctx.io.out(`  steps: ${j.steps.join(' › ')}`);
      }
      const n = r.imported.length;
      ctx.io.out(`${n} recording${n === 1 ? '' : 's'} imported; next: parity validate, then parity run`);
    });
}
