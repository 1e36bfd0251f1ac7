// The parts of the simulator that need no browser: NHS numbers, dates, variants as data, and the
// planted-difference list as ground truth (every entry names a real journey step in specs/).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkDigit, formatNhsNumber, isValidNhsNumber, testNhsNumbers } from '../../src/sim/data/nhs-number.js';
import { parseDay, showDay, typedDay, dayOf, ageOn } from '../../src/sim/data/dates.js';
import { closest, listVariants, mergeDeep, plantedDifferences, variantConfig, variantNames } from '../../src/sim/variants/registry.js';
import { DEFAULT_SEVERITY } from '../../src/model/divergence.js';
import { InputError } from '../../src/util/errors.js';
import { normaliseNow } from '../../src/sim/server.js';

describe('NHS number (modulus 11)', () => {
  it('accepts the documented test numbers, with or without spaces', () => {
    for (const n of ['9990000018', '9990000026', '9990000034', '9990000042', '9990000050', '9990000069', '9990000077', '9990000085']) {
      expect(isValidNhsNumber(n)).toBe(true);
      expect(isValidNhsNumber(formatNhsNumber(n))).toBe(true);
    }
  });
  it('rejects a wrong check digit, the format example, and wrong lengths', () => {
    expect(isValidNhsNumber('9990000019')).toBe(false);
    expect(isValidNhsNumber('987 654 4321')).toBe(false);
    expect(isValidNhsNumber('999000001')).toBe(false);
    expect(isValidNhsNumber('99900000180')).toBe(false);
    expect(isValidNhsNumber('999 000 001X')).toBe(false);
  });
  it('treats remainder 10 as impossible and 11 as check digit 0', () => {
    // 999000003: sum 9*10+9*9+9*8+3*2 = 249, 249 % 11 = 7 -> 4 (a normal case)
    expect(checkDigit('999000003')).toBe(4);
    const nines = Array.from({ length: 200 }, (_, i) => String(100000000 + i));
    expect(nines.some((n) => checkDigit(n) === null)).toBe(true);
    expect(nines.some((n) => checkDigit(n) === 0)).toBe(true);
  });
  it('generates valid test numbers in order', () => {
    const ns = testNhsNumbers(8);
    expect(ns).toEqual(['9990000018', '9990000026', '9990000034', '9990000042', '9990000050', '9990000069', '9990000077', '9990000085']);
  });
});

describe('dates from the fixed clock', () => {
  it('parses the ways staff type dates and rejects impossible ones', () => {
    const d = dayOf('2026-06-01T09:00:00Z');
    expect(showDay(d)).toBe('01-Jun-2026');
    expect(typedDay(d)).toBe('01/06/2026');
    expect(parseDay('1/6/2026')).toBe(d);
    expect(parseDay('2026-06-01')).toBe(d);
    expect(parseDay('01-jun-2026')).toBe(d);
    expect(parseDay('31/02/2026')).toBeNull();
    expect(parseDay('tomorrow')).toBeNull();
    expect(ageOn(parseDay('02/06/1990')!, d)).toBe(35);
  });
  it('reads --now without a zone as UTC and rejects nonsense', () => {
    expect(normaliseNow('2026-06-01T09:00')).toBe('2026-06-01T09:00:00.000Z');
    expect(normaliseNow('2026-06-01')).toBe('2026-06-01T09:00:00.000Z');
    expect(normaliseNow(undefined)).toBe('2026-06-01T09:00:00.000Z');
    expect(() => normaliseNow('soon')).toThrow(InputError);
  });
});

describe('variants are data', () => {
  it('has the four variants, each merged from the base', () => {
    expect(variantNames()).toEqual(['train', 'live-south', 'live-london', 'live-shared']);
    expect(variantConfig('live-south').forms.register.fields.overseas!.required).toBe(true);
    expect(variantConfig('train').forms.register.fields.overseas!.required).toBeUndefined();
    // merging never edits the base: train still has the national priority list
    expect(variantConfig('train').forms.referral.fields.priority!.options).toEqual(['1 Routine', '2 Urgent', '3 Two Week Wait']);
  });
  it('merges objects and replaces arrays', () => {
    expect(mergeDeep({ a: { b: 1, c: [1, 2] } }, { a: { c: [3] } })).toEqual({ a: { b: 1, c: [3] } });
  });
  it('rejects an unknown variant with a stable code and a did-you-mean', () => {
    try {
      variantConfig('live-sout');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).code).toBe('SIM_UNKNOWN_VARIANT');
      expect((e as InputError).problems[0]!.hint).toContain('live-south');
    }
    expect(closest('londn', variantNames())).toBeUndefined();
    expect(closest('live-londn', variantNames())).toBe('live-london');
  });
});

describe('planted differences: the ground truth', () => {
  const specsDir = join(import.meta.dirname, '../../specs');
  const journeys = new Map<string, string[]>();
  for (const f of readdirSync(specsDir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(specsDir, f), 'utf8')) as { journey: string; steps: { name: string }[] };
    journeys.set(doc.journey, doc.steps.map((s) => s.name));
  }
  const all = plantedDifferences();

  it('has at least 15 across the live variants and none in train', () => {
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(listVariants().find((v) => v.name === 'train')!.differences).toEqual([]);
  });
  it('gives every difference a unique id, a known kind, a sentence, and a real journey step', () => {
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    for (const d of all) {
      expect(Object.keys(DEFAULT_SEVERITY)).toContain(d.kind);
      // One sentence that says where: it opens with its own variant ("In live-south, ...") and ends there.
      expect(d.sentence.startsWith(`In ${d.variant}, `), `${d.id}: '${d.sentence}' opens with 'In ${d.variant}, '`).toBe(true);
      expect(d.sentence, d.id).toMatch(/^[^\n]+[.]$/);
      expect(journeys.get(d.journey), `${d.id}: journey ${d.journey}`).toBeDefined();
      expect(journeys.get(d.journey), `${d.id}: step '${d.step}'`).toContain(d.step);
      for (const s of d.alsoAt ?? []) expect(journeys.get(d.journey), `${d.id}: also at '${s}'`).toContain(s);
    }
  });
  it('covers every kind the issue asks for', () => {
    const kinds = new Set(all.map((d) => d.kind));
    for (const k of ['required-changed', 'label-changed', 'options-changed', 'field-missing', 'field-added', 'step-extra', 'order-changed', 'default-changed', 'text-changed', 'visual-only', 'env-error', 'journey-blocked', 'control-added', 'control-missing', 'outcome-differs']) {
      expect(kinds, k).toContain(k);
    }
  });
  it('has at least ten journeys, each starting with the schema comment', () => {
    expect(journeys.size).toBeGreaterThanOrEqual(10);
    for (const f of readdirSync(specsDir).filter((f) => f.endsWith('.yaml'))) {
      expect(readFileSync(join(specsDir, f), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/journey.schema.json');
    }
  });
});
