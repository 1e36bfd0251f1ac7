// `parity sim`: serve one variant of the simulated PAS until interrupted, or list the variants and
// the differences planted in each (the ground truth a comparison is judged against).
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import type { SimFaults } from '../../model/config.js';
import { usageError } from '../../util/errors.js';
import { listVariants, startSim, variantConfig } from '../../sim/index.js';

interface SimOptions {
  variant?: string; port?: string; host?: string; now?: string; list?: boolean; json?: boolean;
  latency?: string; errorRate?: string; downAfter?: string; slowElement?: string; flaky?: boolean; seed?: string;
}

/** How the command waits to be stopped; tests replace it to stop the server without a signal. */
export const simLifecycle = {
  waitForStop(): Promise<string> {
    return new Promise((resolve) => {
      const stop = (sig: string) => {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
        resolve(sig);
      };
      const onInt = () => stop('SIGINT');
      const onTerm = () => stop('SIGTERM');
      process.once('SIGINT', onInt);
      process.once('SIGTERM', onTerm);
    });
  },
};

function num(name: string, raw: string | undefined, min: number, max: number, integer: boolean): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw usageError(`--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not '${raw}'`, 'SIM_BAD_OPTION');
  }
  return n;
}

export function faultsFrom(o: SimOptions): SimFaults {
  const f: SimFaults = {};
  const latency = num('latency', o.latency, 0, 60_000, true);
  const errorRate = num('error-rate', o.errorRate, 0, 1, false);
  const downAfter = num('down-after', o.downAfter, 0, 1_000_000, true);
  const slow = num('slow-element', o.slowElement, 0, 60_000, true);
  const seed = num('seed', o.seed, 0, 2 ** 31 - 1, true);
  if (latency !== undefined) f.latencyMs = latency;
  if (errorRate !== undefined) f.errorRate = errorRate;
  if (downAfter !== undefined) f.downAfter = downAfter;
  if (slow !== undefined) f.slowElementMs = slow;
  if (o.flaky) f.flaky = true;
  if (seed !== undefined) f.seed = seed;
  return f;
}

function list(ctx: CommandContext, json: boolean): void {
  const variants = listVariants();
  if (json) {
    ctx.io.out(JSON.stringify({ variants }, null, 2));
    return;
  }
  for (const v of variants) {
    ctx.io.out(`${v.name}  ${v.label}: ${v.description}`);
    if (!v.differences.length) ctx.io.out('    (reference: no planted differences)');
    for (const d of v.differences) ctx.io.out(`    ${d.kind.padEnd(17)} ${d.journey} / ${d.step}: ${d.sentence}`);
  }
  const total = variants.reduce((n, v) => n + v.differences.length, 0);
  ctx.io.out(`${variants.length} variants, ${total} planted differences.`);
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('sim')
    .description('serve the simulated PAS (one variant), or list the variants and their planted differences')
    .option('--variant <name>', 'variant to serve (see --list)')
    .option('--port <n>', 'port to listen on (0 = any free port)', '4300')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--now <iso>', "the sim's clock, e.g. 2026-06-01T09:00 (UTC)")
    .option('--list', 'list variants and their planted differences')
    .option('--json', 'with --list: machine-readable output')
    .option('--latency <ms>', 'delay every page response by about this many ms (seeded jitter)')
    .option('--error-rate <r>', 'answer this share (0..1) of page requests with HTTP 500 (seeded)')
    .option('--down-after <n>', 'stop answering after n page requests')
    .option('--slow-element <ms>', 'render late panels this many ms after load')
    .option('--flaky', 'on some loads (seeded), show the primary button a little later')
    .option('--seed <n>', 'seed for latency jitter, error rate and flaky loads', '1')
    .action(async (o: SimOptions) => {
      if (o.list) return list(ctx, o.json ?? false);
      if (!o.variant) throw usageError('--variant is required (or --list to see the variants)', 'SIM_NO_VARIANT');
      variantConfig(o.variant); // unknown name: InputError with a did-you-mean, before anything listens
      const port = num('port', o.port, 0, 65_535, true) ?? 4300;
      const sim = await startSim({ variant: o.variant, port, host: o.host, now: o.now, faults: faultsFrom(o) });
      ctx.io.out(`Simulated PAS '${sim.variant}' listening on ${sim.url} (Ctrl+C to stop)`);
      const sig = await simLifecycle.waitForStop();
      await sim.close();
      ctx.io.err(`Stopped (${sig}).`);
    });
}
