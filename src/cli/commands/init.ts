// parity init: a commented parity.config.yaml and a first journey for a new system.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { writeFileAtomic } from '../../util/files.js';
import { InputError, usageError } from '../../util/errors.js';
import { configTemplate, journeyTemplate, type InitAnswers } from '../../init/templates.js';
import type { CliCode } from '../codes.js';

interface InitFlags { referenceName: string; referenceUrl?: string; targetName: string; targetUrl?: string; force?: boolean }

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description('write a commented parity.config.yaml and a first journey (asks for base URLs on a terminal)')
    .option('--reference-name <name>', 'name of the environment staff trained on', 'training')
    .option('--reference-url <url>', 'its base URL')
    .option('--target-name <name>', 'name of the environment to check', 'live')
    .option('--target-url <url>', 'its base URL')
    .option('--force', 'overwrite existing files')
    .addHelpText('after', '\nExample:\n  parity init --reference-url https://train.pas.example.nhs.uk --target-url https://pas.example.nhs.uk')
    .action(async (f: InitFlags) => {
      const configFile = join(ctx.io.cwd, 'parity.config.yaml');
      const journeyFile = join(ctx.io.cwd, 'specs', 'find-patient.yaml');
      const existing = [configFile, journeyFile].filter((p) => existsSync(p));
      if (existing.length && !f.force) {
        throw new InputError(existing.map((p) => ({ code: 'INIT_EXISTS' satisfies CliCode, file: p, message: 'already exists; use --force to overwrite' })));
      }
      const ask = async (q: string, given: string | undefined, fallback: string) =>
        given ?? (ctx.io.prompt ? await ctx.io.prompt(q, fallback) : fallback);
      const a: InitAnswers = {
        referenceName: f.referenceName,
        referenceUrl: await ask(`Base URL of ${f.referenceName}`, f.referenceUrl, 'http://127.0.0.1:4101/'),
        targetName: f.targetName,
        targetUrl: await ask(`Base URL of ${f.targetName}`, f.targetUrl, 'http://127.0.0.1:4102/'),
      };
      for (const [k, v] of [['reference', a.referenceUrl], ['target', a.targetUrl]] as const) {
        if (!/^https?:\/\//.test(v)) throw usageError(`the ${k} base URL must start with http:// or https://; got '${v}'`, 'INIT_URL' satisfies CliCode);
      }
      writeFileAtomic(configFile, configTemplate(a));
      writeFileAtomic(journeyFile, journeyTemplate());
      ctx.io.out(`wrote parity.config.yaml and specs/find-patient.yaml\nnext: parity validate, then parity run\n` +
        `journeys without typing YAML, three ways:\n` +
        `  parity record --env ${a.referenceName} --out specs/<name>.yaml     go through the screens in a browser window\n` +
        `  parity import <recording.json> --out specs --env ${a.referenceName}  a Chrome/Edge DevTools Recorder export (Recorder › Export › JSON)\n` +
        `  parity explore --env ${a.referenceName} --out specs/explored       one journey per screen reachable from the menus`);
    });
}
