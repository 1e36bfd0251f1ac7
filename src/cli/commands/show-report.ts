// parity show-report: serves a report on 127.0.0.1 and prints its URL; Ctrl-C (SIGINT) or SIGTERM
// stops the server and the command returns normally (exit 0).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { serveReport } from '../../report/index.js';
import { numberOption } from '../options.js';

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('show-report')
    .description('serve a report on http://127.0.0.1 and print the address (Ctrl-C stops it)')
    .argument('[dir]', 'a report folder or a run directory (default: the current folder)', '.')
    .option('--port <n>', 'port to listen on (default: any free port)', '0')
    .action(async (dir: string, f: { port: string }) => {
      const port = numberOption('port', f.port, 0, 65535);
      const served = await serveReport(resolve(ctx.io.cwd, dir), port);
      ctx.io.out(`Serving the report at ${served.url} (Ctrl-C to stop)`);
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void served.close().then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      ctx.io.out('Stopped.');
    });
}
