// Progress: on a terminal a live status line; in CI or a pipe one line per finished journey.
import type { Io } from '../cli/io.js';
import type { JourneyResult } from '../model/capture.js';

export class Progress {
  private readonly done = new Map<string, number>();
  private readonly current = new Map<string, string>();
  private readonly t0 = Date.now();
  private lastLen = 0;

  constructor(private readonly io: Io, private readonly totals: Map<string, number>, private readonly quiet = false) {}

  step(env: string, journey: string, step: string): void {
    this.current.set(env, `${journey} › ${step}`);
    this.redraw();
  }

  journeyDone(r: JourneyResult): void {
    this.done.set(r.env, (this.done.get(r.env) ?? 0) + 1);
    this.current.delete(r.env);
    if (this.quiet) return;
    if (this.io.isTTY) this.clearLine();
    const extra = r.error ? ` — ${r.error}` : '';
    this.io.out(`${pad(r.status, 11)} ${pad(r.env, 14)} ${r.journey} (${r.steps.length} steps)${extra}`);
    this.redraw();
  }

  envUnavailable(env: string, error: string): void {
    if (this.io.isTTY) this.clearLine();
    this.io.err(`environment ${env} is unavailable: ${error}`);
  }

  elapsed(): string {
    return `${((Date.now() - this.t0) / 1000).toFixed(1)}s`;
  }

  finish(): void {
    if (this.io.isTTY) this.clearLine();
  }

  private redraw(): void {
    if (!this.io.isTTY || this.quiet) return;
    const parts = [...this.totals].map(([env, n]) => `${env} ${this.done.get(env) ?? 0}/${n}`);
    const now = [...this.current.values()][0];
    const line = `${parts.join('  ')}  ${this.elapsed()}${now ? `  ${now}` : ''}`.slice(0, 150);
    process.stdout.write(`\r${line.padEnd(this.lastLen)}`);
    this.lastLen = line.length;
  }

  private clearLine(): void {
    if (this.lastLen) process.stdout.write(`\r${' '.repeat(this.lastLen)}\r`);
    this.lastLen = 0;
  }
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
