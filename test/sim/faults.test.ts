// Each fault flag does what it says, and does it the same way for the same seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { startSim } from '../../src/sim/index.js';
import { FaultPlan } from '../../src/sim/faults.js';
import { launch, signInOn } from './helpers.js';

const statuses = async (url: string, n: number): Promise<number[]> => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await fetch(`${url}/login`)).status);
  return out;
};

describe('fault plan (pure)', () => {
  it('is the same sequence for the same seed and another for another seed', () => {
    const run = (seed: number) => { const p = new FaultPlan({ errorRate: 0.5, latencyMs: 100, flaky: true, seed }); return Array.from({ length: 40 }, () => p.next()); };
    expect(run(7)).toEqual(run(7));
    expect(run(7).map((d) => d.fail)).not.toEqual(run(8).map((d) => d.fail));
    const delays = run(7).map((d) => d.delayMs);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(75);
    expect(Math.max(...delays)).toBeLessThanOrEqual(125);
    expect(new Set(delays).size).toBeGreaterThan(5); // jitter
  });
});

describe('fault flags on a running server', () => {
  it('--error-rate answers a seeded share of page requests with 500 (assets never fail)', async () => {
    const [a, b, all] = await Promise.all([startSim({ variant: 'train', faults: { errorRate: 0.3, seed: 11 } }), startSim({ variant: 'train', faults: { errorRate: 0.3, seed: 11 } }), startSim({ variant: 'train', faults: { errorRate: 1 } })]);
    try {
      const sa = await statuses(a.url, 40);
      expect(sa).toEqual(await statuses(b.url, 40));
      const fails = sa.filter((s) => s === 500).length;
      expect(fails).toBeGreaterThan(4);
      expect(fails).toBeLessThan(24);
      expect(sa.every((s) => s === 200 || s === 500)).toBe(true);
      expect(await statuses(all.url, 5)).toEqual([500, 500, 500, 500, 500]);
      expect((await fetch(`${all.url}/assets/app.css`)).status).toBe(200);
    } finally {
      await Promise.all([a.close(), b.close(), all.close()]);
    }
  });

  it('--latency delays page responses by about the given time', async () => {
    const sim = await startSim({ variant: 'train', faults: { latencyMs: 150, seed: 2 } });
    try {
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await (await fetch(`${sim.url}/login`)).text();
        const ms = performance.now() - t;
        expect(ms).toBeGreaterThanOrEqual(110); // a busy machine only adds to it, so no upper bound here
      }
    } finally {
      await sim.close();
    }
  });

  it('--down-after n answers n page requests, then drops every connection', async () => {
    const sim = await startSim({ variant: 'train', faults: { downAfter: 3 } });
    try {
      expect(await statuses(sim.url, 3)).toEqual([200, 200, 200]);
      await expect(fetch(`${sim.url}/login`)).rejects.toThrow();
      await expect(fetch(`${sim.url}/home`)).rejects.toThrow();
      expect(sim.requests.map((r) => r.path)).toEqual(['/login', '/login', '/login', '/login', '/home']);
    } finally {
      await sim.close();
    }
  });

  it('--flaky marks about half the loads, the same loads for the same seed', async () => {
    const pattern = async () => {
      const sim = await startSim({ variant: 'train', faults: { flaky: true, seed: 5 } });
      const out: boolean[] = [];
      for (let i = 0; i < 20; i++) out.push((await (await fetch(`${sim.url}/login`)).text()).includes('data-flaky-ms'));
      await sim.close();
      return out;
    };
    const p = await pattern();
    expect(p).toEqual(await pattern());
    expect(p.filter(Boolean).length).toBeGreaterThan(4);
    expect(p.filter((x) => !x).length).toBeGreaterThan(4);
  });
});

describe('faults in the browser', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  it('--slow-element renders the message centre late, after the page has loaded', async () => {
    const sim = await startSim({ variant: 'train', faults: { slowElementMs: 1200 } });
    const page = await browser.newPage();
    try {
      await signInOn(page, sim.url, false);
      const t = performance.now();
      await page.goto(`${sim.url}/home`);
      const panel = page.getByRole('region', { name: 'Message centre' });
      await panel.getByText('Loading...').waitFor({ state: 'visible' });
      await panel.getByText('3 results to review').waitFor({ state: 'visible', timeout: 5000 });
      expect(performance.now() - t).toBeGreaterThanOrEqual(1100);
      await expect.poll(() => panel.getByText('Loading...').count()).toBe(0);
    } finally {
      await page.close();
      await sim.close();
    }
  });

  it('--flaky shows the primary button late on a flaky load, and at once on the others', async () => {
    const sim = await startSim({ variant: 'train', faults: { flaky: true, seed: 5 } });
    const page = await browser.newPage();
    try {
      await signInOn(page, sim.url, false);
      const seen = { late: 0, atOnce: 0 };
      for (let i = 0; i < 8 && (seen.late === 0 || seen.atOnce === 0); i++) {
        await page.goto(`${sim.url}/patients/search`);
        const button = page.getByRole('button', { name: 'Search', exact: true });
        const flaky = await page.evaluate(() => document.body.hasAttribute('data-flaky-ms'));
        if (flaky) {
          expect(await button.isVisible()).toBe(false);
          await button.waitFor({ state: 'visible', timeout: 3000 });
          seen.late++;
        } else {
          expect(await button.isVisible()).toBe(true);
          seen.atOnce++;
        }
      }
      expect(seen.late).toBeGreaterThan(0);
      expect(seen.atOnce).toBeGreaterThan(0);
    } finally {
      await page.close();
      await sim.close();
    }
  });
});
