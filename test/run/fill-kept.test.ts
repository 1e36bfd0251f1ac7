// fill where a component takes only what is typed (SurveyJS 2.5's date question): the value is
// still there after the next fill, driven by runJourney in real Chromium.
import { describe, expect, it } from 'vitest';
import { useBrowserAndApp, act, journey, run, why } from './harness.js';

const shared = useBrowserAndApp();

describe('fill on inputs that take only what is typed', () => {
  it('keeps each value through consecutive fills: date, time and text, typed as a person when a plain fill is put back', async () => {
    const out = await run(shared.browser, shared.app.url, journey('keyup-only', [
      { name: 'Details', actions: [
        act.fill({ label: 'Date of admission' }, '2025-03-14'),
        act.fill({ label: 'Time seen' }, '14:30'),
        act.fill({ label: 'Hospital number' }, 'RX1234567'),
        act.expect({ label: 'Date of admission' }, { value: '2025-03-14' }),
        act.expect({ label: 'Time seen' }, { value: '14:30' }),
        act.expect({ role: 'status' }, { text: '{"admitted":"2025-03-14","seen":"14:30","hosp":"RX1234567"}' }),
      ] },
    ], '/keyup-only.html'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
  });

  it('ends a fill with a key let go, so what counts the keys (characters left) has counted before the capture', async () => {
    const out = await run(shared.browser, shared.app.url, journey('keyup-count', [
      { name: 'Summary', actions: [act.fill({ label: 'Clinical summary' }, 'Knee pain')] },
    ], '/keyup-only.html'));
    expect(out.capture(0).status, why(out.capture(0))).toBe('captured');
    // No expect in the journey: an expect would poll, and hide a count that came late.
    expect(JSON.stringify(out.capture(0).identity)).toContain('You have 41 characters remaining');
  });
});
