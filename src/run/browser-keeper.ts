// The run's one browser, kept alive. Chromium can crash or be killed (out of memory on a shared CI
// machine), and a remote browser server can go away. Then the next caller gets a new browser, and
// the journeys that were running on the old one are run again from the start, so a crash costs the
// journeys in flight, not the run. Bounded (`browser.restarts`): a browser that keeps dying ends
// the capture of what is left, which is recorded as an error (exit 3) and reported with the rest.
import type { Browser } from 'playwright';
import { firstLine } from '../browser/browser.js';

/** The browser is gone and no other can be had: the work is recorded as an error, the run goes on. */
export class BrowserLost extends Error {}

export interface KeeperEvents {
  /** A lost browser is being replaced (restart n of max). */
  restarting(n: number, max: number): void;
}

export class BrowserKeeper {
  private browser: Browser | undefined;
  private generation = 0;
  private restarts = 0;
  private opening: Promise<Browser> | undefined;
  private givenUp: string | undefined;

  constructor(
    private readonly open: () => Promise<Browser>,
    private readonly maxRestarts: number,
    private readonly events: KeeperEvents,
  ) {}

  /** The first browser. Failing here fails the run (exit 3): nothing has been captured with it yet. */
  async start(): Promise<void> {
    this.browser = await this.open();
    this.generation = 1;
  }

  /** A connected browser and its generation; after a loss, one relaunch shared by every caller. */
  async get(): Promise<{ browser: Browser; generation: number }> {
    if (this.givenUp) throw new BrowserLost(this.givenUp);
    if (this.browser?.isConnected()) return { browser: this.browser, generation: this.generation };
    if (!this.opening) {
      if (this.restarts >= this.maxRestarts) {
        this.givenUp = `the browser closed unexpectedly (crashed, killed, or its server went away)${this.maxRestarts ? ` ${this.maxRestarts + 1} times` : ''}; browser.restarts is ${this.maxRestarts}`;
        throw new BrowserLost(this.givenUp);
      }
      this.restarts++;
      this.events.restarting(this.restarts, this.maxRestarts);
      this.opening = this.open().then(
        (b) => { this.browser = b; this.generation++; return b; },
        (e: unknown) => { this.givenUp = `the browser closed unexpectedly and a new one did not start: ${firstLine(e)}`; throw new BrowserLost(this.givenUp); },
      ).finally(() => { this.opening = undefined; });
    }
    const browser = await this.opening;
    return { browser, generation: this.generation };
  }

  /** True when the browser of that generation is no longer the live one. */
  lostSince(generation: number): boolean {
    return generation !== this.generation || !this.browser?.isConnected();
  }

  async close(): Promise<void> {
    await this.opening?.catch(() => undefined);
    await this.browser?.close().catch(() => {});
  }
}

/**
 * Runs `work` on the current browser. If the browser goes while it runs (whatever `work` returned or
 * threw then is an artefact of the crash), runs it again from the start on a new one.
 */
export async function onKeptBrowser<T>(keeper: BrowserKeeper, work: (browser: Browser) => Promise<T>, graceMs = LOST_GRACE_MS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { browser, generation } = await keeper.get();
    try {
      const out = await untilLost(browser, work(browser), graceMs);
      if (!keeper.lostSince(generation)) return out;
    } catch (e) {
      if (!keeper.lostSince(generation)) throw e;
    }
    // A journey that kills the browser each time it runs would otherwise use up every restart.
    if (attempt >= 2) throw new BrowserLost('the browser closed unexpectedly twice while this ran');
  }
}

/** How long work may go on after its browser has gone before it is given up as hung. */
export const LOST_GRACE_MS = 10_000;

/** What untilLost needs of a browser. */
export interface Disconnects { isConnected(): boolean; once(event: 'disconnected', fn: () => void): unknown; off(event: 'disconnected', fn: () => void): unknown }

/**
 * The work's outcome, or a BrowserLost a little after its browser disconnects. Most calls into a
 * dead browser fail at once, but not every wait does (a full run hung once, 3 minutes after a kill,
 * on a journey that had been in flight); without this the run would never end.
 */
export function untilLost<T>(browser: Disconnects, work: Promise<T>, graceMs = LOST_GRACE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const gone = (): void => { timer = setTimeout(() => fail(new BrowserLost('the browser closed unexpectedly while this ran')), graceMs); };
  let fail: (e: Error) => void = () => {};
  const lost = new Promise<never>((_, reject) => { fail = reject; });
  if (browser.isConnected()) browser.once('disconnected', gone);
  else gone();
  work.catch(() => {}); // given up on, it may still fail later: that is no unhandled rejection
  return Promise.race([work, lost]).finally(() => {
    clearTimeout(timer);
    browser.off('disconnected', gone);
  });
}
