// Every subcommand, one file each, in the order of the pipeline. Adding a command: write
// commands/<name>.ts exporting register(program, ctx), and list it here.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { register as init } from './init.js';
import { register as validate } from './validate.js';
import { register as schema } from './schema.js';
import { register as importRecordings } from './import.js';
import { register as explore } from './explore.js';
import { register as record } from './record.js';
import { register as login } from './login.js';
import { register as run } from './run.js';
import { register as merge } from './merge.js';
import { register as compare } from './compare.js';
import { register as accept } from './accept.js';
import { register as approve } from './approve.js';
import { register as report } from './report.js';
import { register as handout } from './handout.js';
import { register as showReport } from './show-report.js';
import { register as sim } from './sim.js';

type Register = (program: Command, ctx: CommandContext) => void;
const commands: Register[] = [init, importRecordings, explore, record, validate, schema, login, run, merge, compare, accept, approve, report, handout, showReport, sim];

export function registerCommands(program: Command, ctx: CommandContext): void {
  for (const register of commands) register(program, ctx);
}
