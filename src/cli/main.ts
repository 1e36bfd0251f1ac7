// The CLI in-process: main(argv, io) returns the exit code. bin/parity.js is only a launcher.
import { Command, CommanderError } from 'commander';
import { scrubbedIo, type Io } from '../util/io.js';
import { maskUserinfo } from '../util/urls.js';
import type { CommandContext } from './context.js';
import { EXIT, InputError, ParityError, formatProblem } from '../util/errors.js';
import { registerCommands } from './commands/index.js';
import { toolVersion } from '../util/version.js';

export { processIo } from '../util/io.js';

export async function main(argv: string[], given: Io): Promise<number> {
  // Nothing Parity prints shows a URL's user:password: not an error's excerpt of a config line, not a page's address.
  const io = scrubbedIo(given, { text: maskUserinfo });
  let exitCode: number = EXIT.ok;
  // --debug is the program's option: Commander reads it before the command's name or after it
  // (`parity --debug run`, `parity run --debug`), and not where it is an argument (after --).
  const debug = () => program.opts<{ debug?: boolean }>().debug === true;
  const ctx: CommandContext = { io, debug, setExit: (c) => void (exitCode = c) };

  const program = new Command('parity')
    .description('Checks that the system staff were trained on is the system they will get.')
    .version(toolVersion(), '-V, --version')
    .option('--debug', 'show stack traces and browser logs')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) });
  registerCommands(program, ctx);
  for (const c of program.commands) c.exitOverride().configureOutput(program.configureOutput());

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    return reportError(e, io, debug());
  }
}

function reportError(e: unknown, io: Io, debug: boolean): number {
  if (e instanceof CommanderError) {
    // help and --version exit through here with code 0
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (e instanceof InputError) {
    for (const p of e.problems) io.err(formatProblem(p));
    if (e.problems.length > 1) io.err(`${e.problems.length} problems found.`);
    if (debug) io.err(e.stack ?? '');
    return e.exitCode;
  }
  if (e instanceof ParityError) {
    io.err(`parity: ${e.code}: ${e.message}`);
    if (debug) io.err(e.stack ?? '');
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.err(`parity: internal error: ${err.message}${debug ? '' : ' (run with --debug for details)'}`);
  if (debug) io.err(err.stack ?? '');
  return EXIT.environment;
}
