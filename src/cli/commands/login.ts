// parity login --env <name>: a person signs in once in a browser window; runs reuse the session.
import type { Command } from 'commander';
import { Option } from 'commander';
import type { CommandContext } from '../context.js';
import { environmentOption, numberOption } from '../options.js';
import { loadConfig } from '../../load/index.js';
import { login } from '../../run/login.js';
import { usageError } from '../../util/errors.js';
import type { RunCode } from '../../run/codes.js';

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('login')
    .description('sign in to an environment in a browser window (smartcard, single sign-on, MFA) and save the session for runs to reuse')
    .requiredOption('--env <name>', 'the environment to sign in to; its signIn.storageState names the file')
    .option('-c, --config <file>', 'config file (default: ./parity.config.yaml)')
    .option('--timeout <minutes>', 'how long to wait for the sign-in', '5')
    // Tests sign in through the browser's debugging port instead of a window; nobody else needs it.
    .addOption(new Option('--headless', 'no window').hideHelp())
    .addHelpText('after', '\nExample:\n  parity login --env live        # then: parity run (reuses the session until it expires)')
    .action(async (f: { env: string; config?: string; timeout: string; headless?: boolean }) => {
      const minutes = numberOption('timeout', f.timeout, 0.1, 24 * 60, { whole: false }); // minutes
      const config = await loadConfig({ cwd: ctx.io.cwd, file: f.config, env: ctx.io.env });
      const env = config.environments[environmentOption(config, f.env, 'LOGIN_UNKNOWN_ENV' satisfies RunCode)]!;
      if (!env.signIn?.storageState) {
        throw usageError(`environment '${f.env}' has no signIn.storageState: add signIn: { path: /login, storageState: ~/.parity/${f.env}-session.json } to sign in by hand`, 'LOGIN_NO_STORAGE_STATE' satisfies RunCode);
      }
      const { file } = await login({ config, env, processEnv: ctx.io.env, headless: Boolean(f.headless), timeoutMs: minutes * 60_000, say: (l) => ctx.io.err(l) });
      ctx.io.out(`saved the sign-in for ${f.env} to ${file} (readable by you only); parity run reuses it until it expires`);
    });
}
