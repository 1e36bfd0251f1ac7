// Fault injection for reliability tests. Every decision is a pure function of the seed and the
// number of the page request, so a run with --seed 7 fails the same requests every time.
// Only page and form requests count (not /assets/*): how many asset requests a browser makes
// depends on its cache, and the faults must not.
import type { SimFaults } from '../model/config.js';
import type { PageFaults } from './context.js';
import { rng } from './data/seed.js';

export interface FaultDecision {
  index: number; // 1-based number of this page request
  /** Stop answering: destroy the socket without a response. */
  drop: boolean;
  /** Answer 500 instead of the page. */
  fail: boolean;
  delayMs: number;
  page: PageFaults;
}

/** A number in [0, 1) for (seed, request, purpose): independent streams for each kind of fault. */
function draw(seed: number, index: number, salt: number): number {
  return rng((seed * 0x9e3779b1 + index * 0x85ebca6b + salt * 0xc2b2ae35) >>> 0)();
}

export class FaultPlan {
  private count = 0;
  private readonly seed: number;

  constructor(private readonly f: SimFaults = {}) {
    this.seed = f.seed ?? 1;
  }

  next(): FaultDecision {
    const index = ++this.count;
    const f = this.f;
    const drop = f.downAfter !== undefined && index > f.downAfter;
    const fail = !drop && (f.errorRate ?? 0) > 0 && draw(this.seed, index, 1) < (f.errorRate ?? 0);
    // Latency with jitter: the given mean, plus or minus a quarter, seeded.
    const delayMs = f.latencyMs ? Math.max(0, Math.round(f.latencyMs * (0.75 + 0.5 * draw(this.seed, index, 2)))) : 0;
    const page: PageFaults = {};
    if (f.slowElementMs) page.slowElementMs = f.slowElementMs;
    // About half the loads show the primary button 600–1200 ms late.
    if (f.flaky && draw(this.seed, index, 3) < 0.5) page.flakyMs = 600 + Math.floor(draw(this.seed, index, 4) * 600);
    return { index, drop, fail, delayMs, page };
  }
}
