// parity validate [paths...]: checks the config and the journeys and reports every problem at
// once (file:line:col, code, what was expected, the line with a caret). Exit 2 on any problem.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { InputError } from '../../util/errors.js';
import { checkAll } from '../../load/index.js';

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description('check parity.config.yaml and the journey files, reporting every problem with its line and column')
    .argument('[paths...]', 'journey files, folders or globs (default: the config\'s specs)')
    .option('-c, --config <file>', 'config file (default: ./parity.config.yaml)')
    .addHelpText(
      'after',
      '\nExamples:\n  parity validate\n  parity validate specs/register-patient.yaml --config parity.config.yaml\n' +
        '\nA problem is printed as:\n  specs/book.yaml:7:9: SPEC_UNKNOWN_ACTION: unknown action \'clik\'; ... (did you mean \'click\'?)\n        - clik: { role: button, name: Book }\n          ^\n' +
        'Exit code 2 when any problem is found. Error codes: src/load/codes.ts.',
    )
    .action(async (paths: string[], flags: { config?: string }) => {
      const r = await checkAll({ cwd: ctx.io.cwd, file: flags.config, env: ctx.io.env, paths });
      if (r.problems.length) throw new InputError(r.problems);
      if (r.config) {
        const envs = Object.keys(r.config.environments);
        ctx.io.out(`config OK: ${envs.length} environment${envs.length === 1 ? '' : 's'} (${envs.join(', ')}), reference ${r.config.reference}`);
      }
      const n = r.journeys.length;
      const steps = r.journeys.reduce((s, j) => s + j.steps.length, 0);
      ctx.io.out(`${n} journey${n === 1 ? '' : 's'} OK (${steps} step${steps === 1 ? '' : 's'})`);
    });
}
