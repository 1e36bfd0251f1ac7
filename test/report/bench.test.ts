// The bench runs end to end on a small synthetic run (the full 1,000 × 3 is `npm run bench`).
import { describe, expect, it } from 'vitest';
import { benchReport } from '../../src/report/index.js';

describe('benchReport', () => {
  it('measures size, first render and filtering', async () => {
    const r = await benchReport({ journeys: 10, steps: 5, targets: 2 });
    expect(r.steps).toBe(150);
    expect(r.sizeBytes).toBeGreaterThan(10_000);
    expect(r.firstRenderMs).toBeGreaterThan(0);
    expect(r.filterMs).toBeGreaterThanOrEqual(0);
  });
});
