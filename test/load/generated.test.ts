// Values a journey makes fresh each run: valid test NHS numbers, names and ids that are the same in
// every environment of a run and new in the next, and dates counted from the environment's today.
import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../src/util/nhs-number.js';
import { evalDate, generate, parseDateExpr, type DateExpr } from '../../src/load/generated.js';
import { resolveTemplate, scanTemplate } from '../../src/load/template.js';
import type { GeneratedValue } from '../../src/model/capture.js';

const scope = (runId: string, journey = 'register-patient') => ({ runId, journey, today: '2026-06-01' });

describe('generated values', () => {
  it('makes valid, never-issued test NHS numbers outside the seeded 999 0xx block, one per run and journey', () => {
    const runs = Array.from({ length: 300 }, (_, i) => generate('nhsNumber', '', scope(`20260601-0900${i}`)));
    for (const n of runs) {
      expect(n).toMatch(/^999 [1-9]\d\d \d{4}$/);
      expect(isValidNhsNumber(n), n).toBe(true);
    }
    expect(new Set(runs).size).toBeGreaterThan(295);
    expect(generate('nhsNumber', '', scope('r1'))).toBe(generate('nhsNumber', '', scope('r1'))); // every environment alike
    expect(generate('nhsNumber', '', scope('r1'))).not.toBe(generate('nhsNumber', '', scope('r1', 'other-journey')));
    expect(generate('nhsNumber', 'mother', scope('r1'))).not.toBe(generate('nhsNumber', '', scope('r1')));
  });

  it('makes names of letters only and ids of letters and digits', () => {
    expect(generate('name', '', scope('r1'))).toMatch(/^[A-Z][a-z]{6}$/);
    expect(generate('id', '', scope('r1'))).toMatch(/^[a-z0-9]{8}$/);
  });

  it('fills templates and records what it made', () => {
    const made = new Map<string, GeneratedValue>();
    const out = resolveTemplate('${gen.name}, run ${run.id}, seen ${date.today-1wd|ddd DD-MMM-YYYY}', { vars: {}, env: {}, gen: { ...scope('r7'), made } }, new Set());
    expect(out).toBe(`${generate('name', '', scope('r7'))}, run r7, seen Fri 29-May-2026`);
    expect([...made.keys()]).toEqual(['gen.name', 'run.id']);
  });
});

describe('dates from the environment clock', () => {
  const at = (expr: string, today = '2026-06-01') => evalDate(parseDateExpr(expr) as DateExpr, today);
  it('counts days, working days, weeks, months and years, and month ends', () => {
    expect(at('today')).toBe('01/06/2026');
    expect(at('today+44d')).toBe('15/07/2026');
    expect(at('today+1w|YYYY-MM-DD')).toBe('2026-06-08');
    expect(at('today-18y')).toBe('01/06/2008');
    expect(at('today+1m', '2026-01-31')).toBe('28/02/2026');
    expect(at('startOfMonth-1m')).toBe('01/05/2026');
    expect(at('endOfMonth-1m')).toBe('31/05/2026');
    expect(at('endOfMonth-1m', '2026-03-15')).toBe('28/02/2026');
    expect(at('today+1wd', '2026-06-05')).toBe('08/06/2026');
    expect(at('today-1m|MMMM YYYY')).toBe('May 2026');
  });

  it('says what is wrong with a bad expression', () => {
    for (const bad of ['${date.tomorrow}', '${date.today+3q}', '${date.today|hh:mm}', '${gen.nhs}', '${run.number}']) {
      expect(scanTemplate(bad).errors, bad).toHaveLength(1);
    }
  });
});
