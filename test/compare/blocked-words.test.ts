// The journey-blocked finding speaks to a trainer: the action in words, the reason, the nearest
// names; the action as written and the scores stay in the evidence for the detail view.
import { describe, expect, it } from 'vitest';
import { layout, field, twoEnvs, writeRun } from './fixture.js';
import { compare, registerJourney, step } from './journeys.js';

describe('a blocked step in words', () => {
  it('says what staff are trained to do and what this screen has instead, with no YAML or scores', async () => {
    const action = 'select { label: RTT status, option: 20 Continues }';
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      const s = step(j, 'Enter demographics');
      s.status = 'blocked';
      s.controls = layout([field('Outcome'), field('Attendance')]);
      s.blocked = { actionIndex: 1, action, error: "the field 'RTT status' is not on the screen", candidates: [{ role: 'combobox', name: 'Outcome', score: 0.3 }, { role: 'combobox', name: 'Attendance', score: 0.2 }] };
      j.steps = j.steps.slice(0, 2);
      return j;
    }));
    const r = await compare(dir);
    const d = r.divergences.find((x) => x.kind === 'journey-blocked')!;
    expect(d.message).toMatch(/^Staff are trained to choose '20 Continues' in 'RTT status' \(step 'Enter demographics'\)\. In live this screen has no 'RTT status'; the nearest are 'Outcome' and 'Attendance'\. It works in training\./);
    expect(d.message).not.toMatch(/\{|\(0\.\d\)/);
    expect(d.evidence.after).toBe(action);
    expect(d.evidence.added).toEqual(["combobox 'Outcome' (0.3)", "combobox 'Attendance' (0.2)"]);
  });
});
