// Every subcommand, one file each. Adding a command: write commands/<name>.ts exporting register(program, ctx), list it here.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { register as validate } from './validate.js';
import { register as schema } from './schema.js';
import { register as init } from './init.js';

type Register = (program: Command, ctx: CommandContext) => void;
const commands: Register[] = [init, validate, schema];

export function registerCommands(program: Command, ctx: CommandContext): void {
  for (const register of commands) register(program, ctx);
}
