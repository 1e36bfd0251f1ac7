// How recorded actions become steps, without a browser: the screen a click led to begins with that
// click, a field typed into again keeps its last value, a screen nothing led to is a goto, and
// the person's "New step here" names the step.
import { describe, expect, it } from 'vitest';
import type { DraftAction } from '../../src/import/draft.js';
import { RecordedSteps, RecordingQueue } from '../../src/record/steps.js';

const act = (kind: DraftAction['kind'], target?: DraftAction['target'], value?: string): DraftAction => ({ kind, target, value, from: [], notes: [], warnings: [] });
const U = 'http://pas.test';
const summary = (s: RecordedSteps) => s.draft({ id: 'j', title: 'J', start: '/home', file: 'j.yaml' });

describe('recorded steps', () => {
  it('a click that leads to a screen begins its step; one fill per field, with the last value', () => {
    const s = new RecordedSteps(`${U}/home`);
    s.screen(0, 'Home', 'Home - PAS');
    s.add(act('click', { role: 'menuitem', name: 'Find patient' }), 0);
    expect(s.navigated(`${U}/patients/search`, '/patients/search', 100)).toBe(1);
    s.screen(1, 'Find patient', 'Find patient - PAS');
    s.add(act('fill', { label: 'NHS number' }, '999'), 200);
    s.add(act('fill', { label: 'NHS number' }, '999 000 0042'), 300);
    s.add(act('click', { role: 'button', name: 'Search' }), 400);
    s.navigated(`${U}/patients/search?nhs=9990000042`, '/patients/search?nhs=9990000042', 500);
    s.screen(2, 'Find patient', 'Find patient - PAS');
    const { journey, names } = summary(s);
    expect(names).toEqual(['Home', 'Find patient', 'Find patient, after Search']);
    expect(journey.steps.map((st) => st.actions.map((a) => [a.kind, a.value]))).toEqual([
      [], [['click', undefined], ['fill', '999 000 0042']], [['click', undefined]],
    ]);
  });

  it('a screen no action led to (an address typed) is a goto; a #fragment is the same screen', () => {
    const s = new RecordedSteps(`${U}/home`);
    s.add(act('fill', { label: 'Surname' }, 'Smith'), 0);
    expect(s.navigated(`${U}/home#menu`, '/home#menu', 10)).toBeUndefined();
    expect(s.navigated(`${U}/wards`, '/wards', 20)).toBe(1);
    expect(s.steps[1]!.actions).toEqual([act('goto', undefined, '/wards')]);
  });

  it('"New step here" names the step; its first click keeps the name when it leads on, and a write marks the step that sent it', () => {
    const s = new RecordedSteps(`${U}/form`);
    s.add(act('fill', { label: 'Procedure' }, 'Knee'), 0);
    s.newStep('Save the entry');
    s.add(act('click', { role: 'button', name: 'Save' }), 10);
    s.wrote();
    s.navigated(`${U}/done`, '/done', 20);
    s.screen(2, 'Done', undefined);
    const { journey, names } = summary(s);
    expect(names).toEqual(['Form', 'Save the entry']);
    expect(journey.steps.map((st) => st.commits ?? false)).toEqual([false, true]);
  });

  it('a navigation right after a slow click (its locator still being looked up) is that click\'s screen, not a goto', async () => {
    const s = new RecordedSteps(`${U}/home`);
    const errors: string[] = [];
    const q = new RecordingQueue(s, (what) => void errors.push(what));
    // The click came first; looking at its element takes a while, and the page went on meanwhile.
    const click = q.push('click', async () => {
      await new Promise((r) => setTimeout(r, 50));
      s.add(act('click', { role: 'link', name: 'Wards' }), 0);
    });
    const step = q.navigated(`${U}/wards`, '/wards', 10);
    await Promise.all([click, step]);
    expect(await step).toBe(1);
    expect(s.steps.map((st) => st.actions.map((a) => a.kind))).toEqual([[], ['click']]);
    // A task that throws is reported by its kind, and the queue goes on.
    await q.push('fill', () => { throw new Error('value: hunter2'); });
    expect(await q.navigated(`${U}/beds`, '/beds', 20)).toBe(2);
    expect(errors).toEqual(['fill']);
  });
});
