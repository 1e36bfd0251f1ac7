import { describe, expect, it } from 'vitest';
import { layout, field, button, twoEnvs, writeRun, type StepSpec } from './fixture.js';
import { compare, kinds, registerJourney, step } from './journeys.js';

const trace: StepSpec = { name: 'Confirm national trace', heading: 'Demographics trace', path: '/trace', controls: layout([button('Accept trace result')]) };

describe('route: journeys aligned step by step on page identity', () => {
  it('one extra screen in live is one step-extra, and every later step still matches', async () => {
    const base = registerJourney();
    // The trainer wrote the trace step `only: [live]`: in training it is filtered out.
    const train = JSON.parse(JSON.stringify(base)) as typeof base;
    train.steps.splice(2, 0, { ...trace, status: 'skipped', skippedReason: 'only runs in live', skipCause: 'filtered' });
    const live = JSON.parse(JSON.stringify(base)) as typeof base;
    live.steps.splice(2, 0, trace);
    const dir = await writeRun([{ name: 'training', journeys: [train] }, { name: 'live', journeys: [live] }]);
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['step-extra']);
    expect(r.divergences[0]).toMatchObject({ step: 'Confirm national trace', targetStep: 2, severity: 'major' });
    const al = r.alignments[0]!.steps;
    expect(al).toContainEqual({ reference: null, target: 2, name: 'Confirm national trace' });
    expect(al).toContainEqual({ reference: 3, target: 3, name: 'Record referral' });
    expect(al).toContainEqual({ reference: 4, target: 4, name: 'Confirm' });
  });

  it('an extra screen with no step of its own in training is found by the sequence diff', async () => {
    const base = registerJourney();
    const live = JSON.parse(JSON.stringify(base)) as typeof base;
    live.steps.splice(2, 0, trace);
    const dir = await writeRun([{ name: 'training', journeys: [base] }, { name: 'live', journeys: [live] }]);
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['step-extra']);
    expect(r.alignments[0]!.steps.filter((s) => s.reference !== null && s.target !== null)).toHaveLength(4);
  });

  it('a step in training only is step-missing', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      j.steps.splice(2, 1);
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['step-missing']);
    expect(r.divergences[0]!.step).toBe('Record referral');
  });

  it('the same step landing on another screen is one divergence, not a cascade', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      const s = step(j, 'Enter demographics');
      Object.assign(s, { heading: 'Demographics trace', path: '/trace', controls: layout([button('Accept trace result')]) });
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['step-extra']);
    expect(r.divergences[0]!.message).toContain("'Demographics trace'");
  });

  it('a blocked step is journey-blocked with what was there instead, and later steps are not missing', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      const s = step(j, 'Enter demographics');
      s.status = 'blocked';
      s.controls = layout([field('Ethnicity'), button('Save record')]);
      s.blocked = { actionIndex: 1, action: 'click the button Save', error: 'no button named Save', candidates: [{ role: 'button', name: 'Save record', score: 0.8 }] };
      j.steps = j.steps.slice(0, 2); // the runner stops at a block
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['journey-blocked']);
    const d = r.divergences[0]!;
    expect(d.severity).toBe('critical');
    expect(d.message).toContain("'Save record'");
    expect(d.evidence.added).toEqual(["button 'Save record' (0.8)"]);
    expect(r.alignments[0]!.steps).toContainEqual({ reference: 2, target: null, name: 'Record referral' });
    expect(r.matrix[0]).toMatchObject({ worst: 'critical', status: 'compared' });
  });

  it('a step skipped because it saves data on read-only live is not a divergence', async () => {
    const dir = await writeRun(twoEnvs(registerJourney(), (j) => {
      for (const name of ['Record referral', 'Confirm']) {
        const s = step(j, name);
        s.status = 'skipped';
        s.skippedReason = name === 'Confirm' ? "follows 'Record referral', which saves data and was skipped" : 'saves data, and writes are blocked in live';
      }
      return j;
    }));
    const r = await compare(dir);
    expect(r.divergences).toEqual([]);
    expect(r.alignments[0]!.steps.every((s) => s.reference !== null && s.target !== null)).toBe(true);
  });

  it('an environment that did not answer is unavailable in the matrix, with no divergences', async () => {
    const envs = twoEnvs(registerJourney(), (j) => ({ ...j, status: 'unavailable', steps: [{ name: 'Open registration', status: 'unavailable' }] }));
    envs[1]!.status = 'unavailable';
    const r = await compare(await writeRun(envs));
    expect(r.divergences).toEqual([]);
    expect(r.matrix[0]!.status).toBe('unavailable');
  });

  it('an expect that holds in training and fails in live is outcome-differs', async () => {
    const base = registerJourney();
    step(base, 'Confirm').expects = [{ actionIndex: 0, action: 'expect the heading Patient registered to be visible', passed: true }];
    const dir = await writeRun(twoEnvs(base, (j) => {
      const s = step(j, 'Confirm');
      s.status = 'failed';
      s.expects = [{ actionIndex: 0, action: 'expect the heading Patient registered to be visible', passed: false, message: 'not visible' }];
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['outcome-differs']);
    expect(r.divergences[0]!.severity).toBe('critical');
  });

  it('errors in live only are env-error; errors both share are not', async () => {
    const base = registerJourney();
    step(base, 'Record referral').problems = { consoleErrors: ['Warning: deprecated API at line 12'] };
    const dir = await writeRun(twoEnvs(base, (j) => {
      step(j, 'Record referral').problems = {
        consoleErrors: ['Warning: deprecated API at line 97'],
        failedRequests: [{ url: 'http://live.test/api/referrals/123?x=1', method: 'POST', status: 500 }],
      };
      return j;
    }));
    const r = await compare(dir);
    expect(kinds(r)).toEqual(['env-error']);
    expect(r.divergences[0]!.evidence.after).toEqual(['POST /api/referrals/# → 500']);
  });
});
