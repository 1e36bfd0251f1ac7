// Past a block, end to end in Chromium: a trained control that is gone but stands in its place is
// reported and the journey goes on with it, each later step marked; without a strong candidate, or
// where going on would send a write the environment refuses, or with the config key off, it stops.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { act, journey, run, useBrowserAndApp, why } from './harness.js';
import type { Journey } from '../../src/model/journey.js';

const shared = useBrowserAndApp();
const base = (side: 'train' | 'live') => new URL(`past-block/${side}/`, shared.app.url).href;
const folder = mkdtempSync(join(tmpdir(), 'parity-past-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const booking: Journey = journey('booking', [
  { name: 'Open booking', actions: [act.fill({ label: 'Surname', exact: true }, 'Testpatient')] },
  { name: 'Book', actions: [act.fill({ label: 'Clinic code', exact: true }, 'CARD1'), act.click({ role: 'button', name: 'Book', exact: true })] },
  { name: 'Booked', actions: [act.expect({ role: 'heading', name: 'Appointment booked' }, { visible: true })] },
], 'index.html');

/** The reference run, approved as the baseline the live run learns the trained control's place from. */
async function approvedTraining(): Promise<void> {
  const out = await run(shared.browser, base('train'), booking, { env: { name: 'train', writes: 'allowed' }, config: { capture: capture() } });
  expect(out.result.status, why(out.capture(0))).toBe('passed');
  cpSync(join(out.root, 'captures', 'train'), join(folder, 'baselines', 'train', 'captures', 'train'), { recursive: true });
}

// A missing control is looked for until the action time-out: short here, the pages answer at once,
// but not so short that a fill on a busy CI machine runs out of it (1 s did).
const capture = (continuePastBlocks = true) => ({ values: false, fullPage: true, actionTimeoutMs: 3000, navigationTimeoutMs: 10_000, retries: 2, continuePastBlocks });
const withBaseline = (over: Record<string, unknown> = {}) => ({ reference: 'train', dir: folder, baselines: 'baselines', capture: capture(), ...over });

describe('past a block', () => {
  it('goes on with the control in the trained one\'s place, names it, and marks every later step', async () => {
    await approvedTraining();
    const out = await run(shared.browser, base('live'), booking, { env: { writes: 'allowed' }, config: withBaseline() });
    expect(out.result.steps.map((s) => s.status)).toEqual(['captured', 'captured', 'captured']);
    expect(out.result.status).toBe('blocked'); // the trained route was blocked, whatever came after
    // The terminal names the first place the journey left the trained route, and what it went on with.
    expect(out.result.blockedAt).toMatchObject({ step: 'Open booking', via: 'Family name' });
    expect(out.result.blockedAt!.said).toMatch(/could not enter 'Testpatient' in 'Surname': this screen has no 'Surname'/);
    const first = out.capture(0);
    expect(first.blocked, why(first)).toMatchObject({ via: { role: 'textbox', name: 'Family name', why: 'same id' } });
    expect(first.continuedVia).toEqual(['Family name']);
    const book = out.capture(1);
    // Two blocks in one step, each gone past. With the baseline, 'Clinic-codes' (its own id and name)
    // is where 'Clinic code' was; 'Reserve' is where 'Book' was.
    expect(book.blocked).toMatchObject({ actionIndex: 0, via: { role: 'textbox', name: 'Clinic-codes', why: 'same place' } });
    expect(book.alsoBlocked).toMatchObject([{ actionIndex: 1, via: { role: 'button', name: 'Reserve', why: 'same place' } }]);
    expect(book.continuedVia).toEqual(['Family name', 'Clinic-codes', 'Reserve']);
    const behind = out.capture(2);
    expect(behind.status, why(behind)).toBe('captured');
    expect(behind.identity!.buttons).toContain('Print letter'); // what lay behind the block was captured
    expect(behind.continuedVia).toEqual(['Family name', 'Clinic-codes', 'Reserve']);
  });

  it('stops as before with no strong candidate, and with continuePastBlocks off', async () => {
    // No baseline: nothing says 'Reserve' stands where 'Book' stood.
    const alone = await run(shared.browser, base('live'), booking, { env: { writes: 'allowed' }, config: { capture: capture() } });
    expect(alone.result.steps.map((s) => s.status)).toEqual(['captured', 'blocked']);
    // Without it the id still says 'surname', and 'Clinic-codes' is a few letters off 'Clinic code'.
    expect(alone.capture(0).blocked!.via).toMatchObject({ name: 'Family name', why: 'same id' });
    expect(alone.capture(1).alsoBlocked).toMatchObject([{ via: { name: 'Clinic-codes', why: 'close name' } }]);
    expect(alone.capture(1).blocked!.via).toBeUndefined();
    expect(alone.capture(1).blocked!.candidates.map((c) => c.name)).toContain('Reserve');
    const off = await run(shared.browser, base('live'), booking, {
      env: { writes: 'allowed' },
      config: withBaseline({ capture: capture(false) }),
    });
    expect(off.result.steps.map((s) => s.status)).toEqual(['blocked']);
    expect(off.result.blockedAt!.via).toBeUndefined();
  });

  it('never goes on where the stand-in would send a write the environment refuses', async () => {
    const save = journey('save', [{ name: 'Save', actions: [act.click({ role: 'button', name: 'Save and close', exact: true })] }], 'index.html');
    const before = shared.app.requests.filter((r) => r.method === 'POST').length;
    const out = await run(shared.browser, base('live'), save, { env: { writes: 'blocked' }, config: { capture: capture() } });
    expect(out.result.steps.map((s) => s.status)).toEqual(['blocked']);
    expect(out.capture(0).blocked!.error).toMatch(/going on with 'Save & close' would send the form, and writes are refused in live/);
    expect(out.capture(0).problems.blockedWrites).toEqual([]); // not even tried
    expect(shared.app.requests.filter((r) => r.method === 'POST').length).toBe(before);
    // Where writes are allowed, the same close name is gone on with.
    const writable = await run(shared.browser, base('live'), save, { env: { writes: 'allowed' }, config: { capture: capture() } });
    expect(writable.capture(0).blocked).toMatchObject({ via: { name: 'Save & close', why: 'close name' } });
  });
});
