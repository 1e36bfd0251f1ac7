// Progress: on a terminal a live status line; in CI or a pipe one line per finished journey.
import type { Io } from '../util/io.js';
import type { JourneyResult } from '../model/capture.js';

export class Progress {
  private readonly done = new Map<string, number>();
  private readonly current = new Map<string, string>();
  private readonly t0 = Date.now();
  private drawn = false;

  constructor(private readonly io: Io, private readonly totals: Map<string, number>, private readonly quiet = false) {}

  step(env: string, journey: string, step: string): void {
    // Re-inserted, so the map's last entry is the step that started most recently.
    this.current.delete(env);
    this.current.set(env, `${env}: ${journey} › ${step}`);
    this.redraw();
  }

  journeyDone(r: JourneyResult): void {
    this.done.set(r.env, (this.done.get(r.env) ?? 0) + 1);
    this.current.delete(r.env);
    if (this.quiet) return;
    if (this.io.isTTY) this.clearLine();
    // A blocked journey says where and why, so the terminal alone tells a trainer what to look at.
    // One that went on past it names what it went on with: the steps after were still captured.
    const went = r.blockedAt?.via !== undefined ? `; went on via '${r.blockedAt.via}'` : '';
    const extra = r.blockedAt ? ` — at '${r.blockedAt.step}': ${r.blockedAt.said}${went}` : r.error ? ` — ${r.error}` : '';
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
    const now = [...this.current.values()].at(-1);
    this.io.status?.(`${parts.join('  ')}  ${this.elapsed()}${now ? `  ${now}` : ''}`.slice(0, 150));
    this.drawn = true;
  }

  private clearLine(): void {
    if (this.drawn) this.io.status?.('');
    this.drawn = false;
  }
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
