import { describe, expect, it } from 'vitest';
import { makeNormaliser } from '../../src/compare/normalise.js';

const n = makeNormaliser({ defaults: true, rules: [{ name: 'ward', pattern: 'W\\d{3}', replace: '<WARD>' }], testPatients: ['Jane Smith', 'Smith', 'Amir Jones'] });

describe('normalise: patient data is not configuration', () => {
  it.each([
    ['999 000 0018', '<NHS>'], ['9990000026', '<NHS>'], ['999-000-0034', '<NHS>'], ['999 0000 042', '<NHS>'],
    ['Tel 01234 567890', 'Tel 01234 567890'], // eleven digits: a phone number, left alone
  ])('NHS number %s', (s, want) => expect(n(s)).toBe(want));

  it.each([
    ['01/06/2026', '<DATE #/#/####>'], ['1/6/26', '<DATE #/#/#>'], ['2026-06-01', '<DATE ####-#-#>'], ['01-Jun-2026', '<DATE #-Mon-####>'],
    ['1 June 2026', '<DATE # Mon ####>'], ['Mon 1 Jun 2026', '<DATE Day # Mon ####>'], ['1st June 2026', '<DATE #th Mon ####>'], ['June 1, 2026', '<DATE Mon #, ####>'],
    ['2026-06-01T09:00:00Z', '<DATETIME>'],
  ])('date %s', (s, want) => expect(n(s)).toBe(want));

  it.each([['09:00', '<TIME>'], ['9:30 am', '<TIME>'], ['14:30:15', '<TIME>'], ['9pm', '<TIME>']])('time %s', (s, want) => expect(n(s)).toBe(want));
  it.each([['42y', '<AGE>'], ['42 yrs', '<AGE>'], ['3m', '<AGE>'], ['6w 2d', '<AGE>'], ['42Y 3M', '<AGE>'], ['Age: 42', 'Age: <AGE>']])('age %s', (s, want) => expect(n(s)).toBe(want));
  it.each([['MRN: 12345678', 'MRN: <ID>'], ['FIN 4567890', 'FIN <ID>'], ['RX1234567', '<ID>']])('record number %s', (s, want) => expect(n(s)).toBe(want));

  it('banners with different patients compare equal; a renamed label does not', () => {
    expect(n('Smith, Jane (999 000 0018) 42y DOB 01/02/1984')).toBe(n('Jones, Amir (999 000 0026) 37y DOB 12/11/1988'));
    expect(n('Jane Smith, 999 000 0018')).toBe(n('Amir Jones, 9990000026'));
    expect(n('NHS Number')).not.toBe(n('CHI Number'));
  });

  it('which day is patient data, how dates are written is configuration', () => {
    expect(n('Due 01/06/2026')).toBe(n('Due 12/11/1988'));
    expect(n('Due 1 Jun 2026')).toBe(n('Due 22 December 1988'));
    expect(n('Due 17/03/2025')).not.toBe(n('Due 17 Mar 2025'));
    expect(n('Due 17/03/2025')).not.toBe(n('Due 2025-03-17'));
  });

  it('invisible characters, odd spaces and runs of whitespace never count', () => {
    expect(n('NHS\u200B Num\u00ADber\u00A0\n  status')).toBe('NHS Number status');
    expect(n('\uFEFFSurname ')).toBe('Surname');
  });

  it('config rules run, and defaults can be switched off (whitespace is still tidied)', () => {
    expect(n('Ward W123')).toBe('Ward <WARD>');
    const bare = makeNormaliser({ defaults: false, rules: [], testPatients: [] });
    expect(bare('  999 000 0018 ')).toBe('999 000 0018');
  });

  it('configuration words that look like data are left alone', () => {
    for (const s of ['1 Routine', '3 Two Week Wait', '01 NHS patient', 'A White British', 'Source of referral', '18 weeks']) expect(n(s)).toBe(s);
  });

  it('a bad config pattern is a clear error', () => {
    expect(() => makeNormaliser({ defaults: true, rules: [{ name: 'broken', pattern: '(', replace: 'x' }], testPatients: [] })).toThrow(/broken/);
  });
});
