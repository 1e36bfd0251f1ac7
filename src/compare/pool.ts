// A small pool of worker threads for pixel comparison (one per core, two jobs in flight each so a
// decode overlaps the previous job's pixelmatch). Jobs are plain data in, plain data out.
//
// The worker is the compiled pixel-worker.js next to this file. When Parity runs from TypeScript
// sources (vitest), there is no .js to start, so jobs run in-process instead: same code, same
// results, only on one core. Set PARITY_PIXEL_WORKERS=0 to force in-process anywhere.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { comparePixels, type PixelJob, type PixelOutcome } from './pixel-core.js';

interface Slot { worker: Worker; busy: number }
interface Pending { resolve(r: PixelOutcome): void; reject(e: Error): void; slot: Slot }

const PER_WORKER = 2;

export class PixelPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly queue: { job: PixelJob; resolve(r: PixelOutcome): void; reject(e: Error): void }[] = [];
  private nextId = 1;
  private closed = false;

  /** `size` workers (default: one per core, at most 4); 0 means in-process. */
  constructor(size = defaultSize()) {
    const url = new URL('./pixel-worker.js', import.meta.url);
    if (size <= 0 || !existsSync(fileURLToPath(url))) return;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url);
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (m: { id: number; ok: boolean; result?: PixelOutcome; error?: string }) => this.settle(m));
      worker.on('error', (e) => this.failAll(slot, e));
      worker.unref(); // an idle pool never keeps the process alive
      this.slots.push(slot);
    }
  }

  get threads(): number {
    return this.slots.length;
  }

  run(job: PixelJob): Promise<PixelOutcome> {
    if (this.closed) return Promise.reject(new Error('pixel pool is closed'));
    if (!this.slots.length) return comparePixels(job);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (!this.slots.length) {
      for (const q of this.queue.splice(0)) comparePixels(q.job).then(q.resolve, q.reject);
      return;
    }
    while (this.queue.length) {
      const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (slot.busy >= PER_WORKER) return;
      const q = this.queue.shift()!;
      const id = this.nextId++;
      if (slot.busy++ === 0) slot.worker.ref(); // keep the process alive while work is out
      this.pending.set(id, { resolve: q.resolve, reject: q.reject, slot });
      slot.worker.postMessage({ id, job: q.job });
    }
  }

  private settle(m: { id: number; ok: boolean; result?: PixelOutcome; error?: string }): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (--p.slot.busy === 0) p.slot.worker.unref();
    if (m.ok && m.result) {
      // A transferred diff arrives as a plain Uint8Array: fine for callers.
      p.resolve(m.result);
    } else p.reject(new Error(m.error ?? 'pixel worker failed'));
    this.pump();
  }

  private failAll(slot: Slot, e: Error): void {
    for (const [id, p] of this.pending) {
      if (p.slot !== slot) continue;
      this.pending.delete(id);
      p.reject(e);
    }
    // A dead worker takes no more jobs; with none left, the rest run in-process.
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}

function defaultSize(): number {
  const forced = process.env.PARITY_PIXEL_WORKERS;
  if (forced !== undefined && forced !== '') return Math.max(0, Number(forced) || 0);
  return Math.min(4, Math.max(1, availableParallelism()));
}
