// A blocked step, as the runner tells it: what is in the way in words (never Playwright's call log),
// and the terminal line of the journey naming the step and the reason.
import { describe, expect, it } from 'vitest';
import { useBrowserAndApp, act, journey, run } from './harness.js';
import { Progress } from '../../src/run/progress.js';

const shared = useBrowserAndApp();

describe('a blocked step in words', () => {
  it('says what is drawn over the control, and the journey records where and why it stopped', async () => {
    const out = await run(shared.browser, shared.app.url, journey('covered', [
      { name: 'Open the ward list', actions: [act.click({ css: '#qi-input' })] },
    ], '/nested-combobox.html?overlay'), { config: { capture: { actionTimeoutMs: 1000, navigationTimeoutMs: 10_000, retries: 0 } } as never });
    const c = out.capture(0);
    expect(c.status).toBe('blocked');
    expect(c.blocked!.error).toBe("the element matching '#qi-input' is on the screen but would not take the click: something is drawn over it and takes the click (a div showing 'Select a ward…')");
    const j = out.journeyJson();
    expect(j.blockedAt).toEqual({ step: 'Open the ward list', said: 'could not click the element: the element is covered by something drawn over it' });

    const lines: string[] = [];
    const p = new Progress({ out: (t) => lines.push(t), err: () => {}, cwd: '/', env: {}, isTTY: false }, new Map([['live', 1]]));
    p.journeyDone(j);
    expect(lines).toEqual([`blocked     live           covered (1 steps) — at 'Open the ward list': ${j.blockedAt!.said}`]);
  });
});
