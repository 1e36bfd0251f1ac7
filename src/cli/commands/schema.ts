// parity schema [kind] [--out dir]: the JSON Schemas editors use to complete and check journey
// and config files while they are typed (yaml-language-server modeline).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { usageError } from '../../util/errors.js';
import { schemaFileText, SCHEMA_FILES } from '../../load/index.js';

type Kind = keyof typeof SCHEMA_FILES;
const KINDS = Object.keys(SCHEMA_FILES) as Kind[];

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('schema')
    .description('print or write the JSON Schemas of journey files and parity.config.yaml, for editor completion')
    .argument('[kind]', `which schema: ${KINDS.join(' or ')} (default: both)`)
    .option('-o, --out <dir>', 'write config.schema.json and journey.schema.json into this folder instead of printing')
    .addHelpText(
      'after',
      '\nExamples:\n  parity schema journey > journey.schema.json\n  parity schema --out schema\n' +
        '\nThen start a journey file with:\n  # yaml-language-server: $schema=../schema/journey.schema.json',
    )
    .action(async (kind: string | undefined, flags: { out?: string }) => {
      if (kind !== undefined && !KINDS.includes(kind as Kind)) {
        throw usageError(`unknown schema '${kind}'; expected ${KINDS.join(' or ')}`);
      }
      const kinds = kind ? [kind as Kind] : KINDS;
      if (flags.out) {
        const dir = resolve(ctx.io.cwd, flags.out);
        await mkdir(dir, { recursive: true });
        for (const k of kinds) {
          const file = join(dir, SCHEMA_FILES[k]);
          await writeFile(file, schemaFileText(k));
          ctx.io.out(`wrote ${file}`);
        }
        return;
      }
      if (kinds.length === 1) ctx.io.out(schemaFileText(kinds[0]!).trimEnd());
      // Both on stdout: one JSON document keyed by file name, so the output still parses.
      else ctx.io.out(JSON.stringify(Object.fromEntries(kinds.map((k) => [SCHEMA_FILES[k], JSON.parse(schemaFileText(k))])), null, 2));
    });
}
