// The kept browser: work that was running when its browser went is run again on a new one, even
// when the old work never settles (a call into a dead browser that waits forever).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { BrowserKeeper, onKeptBrowser, untilLost } from '../../src/run/browser-keeper.js';

/** Enough of a Playwright Browser for the keeper: connected until killed, then 'disconnected'. */
class FakeBrowser extends EventEmitter {
  connected = true;
  constructor(readonly n: number) { super(); }
  isConnected(): boolean { return this.connected; }
  kill(): void { this.connected = false; this.emit('disconnected', this); }
  async close(): Promise<void> { this.connected = false; }
}

describe('the kept browser', () => {
  it('runs hung work again on a new browser once the old one has gone', async () => {
    const opened: FakeBrowser[] = [];
    const restarts: number[] = [];
    const keeper = new BrowserKeeper(async () => { const b = new FakeBrowser(opened.length + 1); opened.push(b); return b as unknown as Browser; }, 2, { restarting: (n) => restarts.push(n) });
    await keeper.start();
    const tried: number[] = [];
    const out = await onKeptBrowser(keeper, (browser) => {
      const b = browser as unknown as FakeBrowser;
      tried.push(b.n);
      if (b.n === 1) {
        setTimeout(() => b.kill(), 5);
        return new Promise<string>(() => {}); // waits on the dead browser forever
      }
      return Promise.resolve(`done on browser ${b.n}`);
    }, 20);
    expect(out).toBe('done on browser 2');
    expect(tried).toEqual([1, 2]);
    expect(restarts).toEqual([1]);
  });

  it('leaves work on a browser that stays up alone, however long it takes', async () => {
    const b = new FakeBrowser(1);
    const slow = new Promise<string>((r) => setTimeout(() => r('finished'), 60));
    await expect(untilLost(b, slow, 10)).resolves.toBe('finished');
    expect(b.listenerCount('disconnected')).toBe(0);
  });
});
