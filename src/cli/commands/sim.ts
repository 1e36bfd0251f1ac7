// `parity sim`: serve one variant of the simulated PAS until interrupted, or list the variants and
// the differences planted in each (the ground truth a comparison is judged against), or put a
// running one's data back to its seed (--reset). A served sim keeps what every run did, as a real
// training domain does, so a nightly suite meets the data earlier nights left behind.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import type { SimFaults } from '../../model/config.js';
import { EnvironmentError, usageError } from '../../util/errors.js';
import { listVariants, RESET_PATH, startSim, variantConfig } from '../../sim/index.js';
import { numberOption } from '../options.js';
import type { SimCode } from '../../sim/codes.js';

interface SimOptions {
  variant?: string; port?: string; host?: string; now?: string; list?: boolean; json?: boolean; reset?: boolean;
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

function num(name: string, raw: string | undefined, min: number, max: number, whole: boolean): number | undefined {
  return raw === undefined ? undefined : numberOption(name, raw, min, max, { whole, code: 'SIM_BAD_OPTION' satisfies SimCode });
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

/** POSTs the reset to the sim listening at host:port; a sim that is not there is an environment error (exit 3). */
async function resetRunning(ctx: CommandContext, host: string, port: number): Promise<void> {
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}${RESET_PATH}`;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e instanceof Error ? e.message : String(e));
    throw new EnvironmentError('SIM_NOT_RUNNING' satisfies SimCode, `no simulator answered at http://${shownHost}:${port} (${cause}); start one with parity sim --variant <name> --port ${port}`);
  }
  const body = await res.text();
  if (res.status !== 200) throw new EnvironmentError('SIM_NOT_RUNNING' satisfies SimCode, `http://${shownHost}:${port} answered ${res.status} to a reset: is it a Parity simulator?`);
  const info = JSON.parse(body) as { variant: string; now: string };
  ctx.io.out(`Simulated PAS '${info.variant}' at http://${shownHost}:${port} is back to its seeded data (clock ${info.now}).`);
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
    .option('--reset', 'put the data of the simulator running at --host/--port back to its seed, then exit')
    .option('--json', 'with --list: machine-readable output')
    .option('--latency <ms>', 'delay every page response by about this many ms (seeded jitter)')
    .option('--error-rate <r>', 'answer this share (0..1) of page requests with HTTP 500 (seeded)')
    .option('--down-after <n>', 'stop answering after n page requests')
    .option('--slow-element <ms>', 'render late panels this many ms after load')
    .option('--flaky', 'on some loads (seeded), show the primary button a little later')
    .option('--seed <n>', 'seed for latency jitter, error rate and flaky loads', '1')
    .addHelpText('after', `\nA served simulator keeps its data (registrations, bookings, outcomes) for as long as it runs,\nacross any number of parity runs. Reset it from another shell, or POST ${RESET_PATH}:\n\nExamples:\n  parity sim --variant train --port 4101\n  parity sim --reset --port 4101\n  parity sim --list`)
    .action(async (o: SimOptions) => {
      if (o.list) return list(ctx, o.json ?? false);
      if (o.reset) return resetRunning(ctx, o.host ?? '127.0.0.1', num('port', o.port, 1, 65_535, true) ?? 4300);
      if (!o.variant) throw usageError('--variant is required (or --list to see the variants)', 'SIM_NO_VARIANT' satisfies SimCode);
      variantConfig(o.variant); // unknown name: InputError with a did-you-mean, before anything listens
      const port = num('port', o.port, 0, 65_535, true) ?? 4300;
      const sim = await startSim({ variant: o.variant, port, host: o.host, now: o.now, faults: faultsFrom(o) }).catch((e: unknown) => {
        // A simulator left running from last night is the usual reason: say how to reuse or reset it.
        if ((e as { code?: string }).code !== 'EADDRINUSE') throw e;
        throw new EnvironmentError('SIM_PORT_IN_USE' satisfies SimCode, `port ${port} on ${o.host} is already in use (a simulator still running?); choose another with --port, or put the one there back to its seed with parity sim --reset --port ${port}`);
      });
      ctx.io.out(`Simulated PAS '${sim.variant}' listening on ${sim.url} (Ctrl+C to stop); it keeps its data until stopped or reset (parity sim --reset --port ${port || new URL(sim.url).port})`);
      const sig = await simLifecycle.waitForStop();
      await sim.close();
      ctx.io.err(`Stopped (${sig}).`);
    });
}
