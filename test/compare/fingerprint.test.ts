import { describe, expect, it } from 'vitest';
import { twoEnvs, writeRun } from './fixture.js';
import { compare, control, registerJourney, step } from './journeys.js';
import { fingerprint, FINGERPRINT_RE } from '../../src/compare/fingerprint.js';
import type { JourneySpec } from './fixture.js';

/** The journey with a patient banner: name, NHS number, date of birth, age, today's date. */
function withPatient(j: JourneySpec, p: { name: string; nhs: string; dob: string; age: string; today: string; mrn: string }): JourneySpec {
  for (const s of j.steps) {
    s.identity = {
      ...s.identity,
      title: `PAS - ${s.heading} - ${p.name}`,
      texts: [`${p.name} (${p.nhs}) ${p.age} DOB ${p.dob} MRN: ${p.mrn}`, `Seen on ${p.today}`],
      messages: [`Patient ${p.name} loaded at 09:1${p.age.length}`],
    };
  }
  return j;
}

async function runWith(patients: [Parameters<typeof withPatient>[1], Parameters<typeof withPatient>[1]]) {
  const dir = await writeRun(twoEnvs(withPatient(registerJourney(), patients[0]), (j) => {
    withPatient(j, patients[1]);
    const c = control(step(j, 'Open registration'), 'Forename');
    c.name = 'First name';
    return j;
  }));
  return compare(dir, { config: { visual: { threshold: 0.1, maxDiffPixelRatio: 0, includeAA: false }, normalise: { defaults: true, rules: [], testPatients: ['Jane Smith', 'Amir Jones', 'Olu Adebayo', 'Mei Chen'] }, acceptances: 'a.yaml' } });
}

describe('fingerprints', () => {
  it('are the same across runs whose patient data differs, and patient data is never a divergence', async () => {
    const r1 = await runWith([
      { name: 'Smith, Jane', nhs: '999 000 0018', dob: '01/02/1984', age: '42y', today: '1 June 2026', mrn: 'H1234567' },
      { name: 'Jones, Amir', nhs: '9990000026', dob: '12/11/1988', age: '37y', today: '3 June 2026', mrn: 'H7654321' },
    ]);
    const r2 = await runWith([
      { name: 'Adebayo, Olu', nhs: '999 000 0034', dob: '05/05/1950', age: '76y', today: '2 June 2026', mrn: 'H0000001' },
      { name: 'Chen, Mei', nhs: '999-000-0042', dob: '30/07/2001', age: '24y', today: '14 December 2026', mrn: 'H9999999' },
    ]);
    expect(r1.divergences.map((d) => d.kind)).toEqual(['label-changed']);
    expect(r2.divergences.map((d) => d.kind)).toEqual(['label-changed']);
    expect(r1.divergences[0]!.fingerprint).toBe(r2.divergences[0]!.fingerprint);
    expect(r1.divergences[0]!.fingerprint).toMatch(FINGERPRINT_RE);
  });

  it('dates written another way are a change: the format is configuration, the day is not', async () => {
    const r = await runWith([
      { name: 'Smith, Jane', nhs: '999 000 0018', dob: '01/02/1984', age: '42y', today: '1 June 2026', mrn: 'H1234567' },
      { name: 'Jones, Amir', nhs: '9990000026', dob: '1988-11-12', age: '37y', today: '3 June 2026', mrn: 'H7654321' },
    ]);
    expect(r.divergences.map((d) => d.kind).sort()).toEqual(['label-changed', 'text-changed']);
    expect(r.divergences.find((d) => d.kind === 'text-changed')!.message).toContain('####-#-#');
  });

  it('change with what the divergence is about, and with the environments', () => {
    const base = { kind: 'label-changed' as const, journey: 'register-patient', step: 'Open registration', reference: 'training', target: 'live', subject: 'field:textbox:Forename' };
    const fp = fingerprint(base);
    expect(fingerprint({ ...base })).toBe(fp);
    expect(fingerprint({ ...base, subject: 'field:textbox:Surname' })).not.toBe(fp);
    expect(fingerprint({ ...base, target: 'live-south' })).not.toBe(fp);
    expect(fingerprint({ ...base, reference: 'baseline:live' })).not.toBe(fp);
    expect(fingerprint({ ...base, kind: 'required-changed' })).not.toBe(fp);
  });
});
