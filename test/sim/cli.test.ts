// `parity sim`: listing the variants (text and JSON), refusing an unknown variant with a
// did-you-mean, rejecting bad fault options, and serving until told to stop.
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { register, simLifecycle } from '../../src/cli/commands/sim.js';
import { memoryIo } from '../../src/util/io.js';
import type { CommandContext } from '../../src/cli/context.js';
import { EnvironmentError, InputError } from '../../src/util/errors.js';
import { plantedDifferences, startSim } from '../../src/sim/index.js';

function cli() {
  const io = memoryIo(process.cwd());
  const ctx: CommandContext = { io, debug: () => false, setExit: () => {} };
  const program = new Command('parity').exitOverride();
  register(program, ctx);
  return { io, run: (args: string[]) => program.parseAsync(args, { from: 'user' }) };
}

describe('parity sim', () => {
  it('--list prints every variant and every planted difference', async () => {
    const { io, run } = cli();
    await run(['sim', '--list']);
    const text = io.stdout.join('\n');
    for (const v of ['train', 'live-south', 'live-london', 'live-shared']) expect(text).toContain(v);
    for (const d of plantedDifferences()) expect(text).toContain(d.sentence);
    expect(text).toMatch(/4 variants, \d+ planted differences\./);
  });

  it('--list --json is machine-readable and carries the ground truth', async () => {
    const { io, run } = cli();
    await run(['sim', '--list', '--json']);
    const out = JSON.parse(io.stdout.join('\n')) as { variants: { name: string; differences: { id: string; kind: string; journey: string; step: string }[] }[] };
    expect(out.variants.map((v) => v.name)).toEqual(['train', 'live-south', 'live-london', 'live-shared']);
    expect(out.variants.flatMap((v) => v.differences).length).toBe(plantedDifferences().length);
  });

  it('refuses an unknown variant with a stable code and a did-you-mean', async () => {
    const { run } = cli();
    const err = await run(['sim', '--variant', 'live-londn']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('SIM_UNKNOWN_VARIANT');
    expect((err as InputError).problems[0]!.hint).toBe("did you mean 'live-london'?");
  });

  it('rejects a bad fault option', async () => {
    const { run } = cli();
    const err = await run(['sim', '--variant', 'train', '--error-rate', '2']).catch((e: unknown) => e);
    expect((err as InputError).code).toBe('SIM_BAD_OPTION');
  });

  it('a port already taken (last night\'s simulator still running) is an environment error saying how to reset it', async () => {
    const running = await startSim({ variant: 'train', port: 0 });
    try {
      const port = new URL(running.url).port;
      const err = await cli().run(['sim', '--variant', 'train', '--port', port]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EnvironmentError);
      expect((err as EnvironmentError).message).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect((err as EnvironmentError).message).toContain(`parity sim --reset --port ${port}`);
    } finally {
      await running.close();
    }
  });

  it('serves on the given port, prints the URL, and stops when told', async () => {
    const { io, run } = cli();
    let stop!: (s: string) => void;
    const original = simLifecycle.waitForStop;
    simLifecycle.waitForStop = () => new Promise((r) => { stop = r; });
    try {
      const done = run(['sim', '--variant', 'live-south', '--port', '0', '--now', '2026-06-01T09:00', '--latency', '5', '--seed', '3']);
      await expect.poll(() => io.stdout.join('')).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(io.stdout.join(''))![0];
      expect((await fetch(`${url}/login`)).status).toBe(200);
      stop('SIGTERM');
      await done;
      await expect(fetch(`${url}/login`)).rejects.toThrow();
      expect(io.stderr.join('')).toContain('Stopped (SIGTERM)');
    } finally {
      simLifecycle.waitForStop = original;
    }
  });
});
