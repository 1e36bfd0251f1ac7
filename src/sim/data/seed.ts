// Seeded reference and activity data. Everything is derived from fixed tables and a fixed
// pseudo-random sequence, never from the real clock or Math.random, so two servers started with
// the same `now` hold the same patients, slots and waits, and render byte-identical pages.
import type { DayNumber } from './dates.js';
import { testNhsNumbers } from './nhs-number.js';
import { SPECIALTY } from './codes.js';

export interface Clinic { code: string; name: string; trust: string; specialty: string; clinician: string }
export interface Ward { code: string; name: string; trust: string }
export interface GpPractice { code: string; name: string }

export const GP_PRACTICES: readonly GpPractice[] = [
  { code: 'J82001', name: 'Parkside Surgery' },
  { code: 'J82014', name: 'Harbour View Medical Centre' },
  { code: 'J82027', name: 'Old Mill Health Centre' },
  { code: 'J82033', name: 'St Clement\u2019s Practice' },
  { code: 'J82048', name: 'Downsview Family Practice' },
];

export const CLINICS: readonly Clinic[] = [
  { code: 'CARD1', name: 'Cardiology new patient clinic', trust: 'RZW', specialty: '320 Cardiology', clinician: 'Dr A Patel' },
  { code: 'DERM2', name: 'Dermatology general clinic', trust: 'RZW', specialty: '330 Dermatology', clinician: 'Dr S Greene' },
  { code: 'ORTH1', name: 'Orthopaedic fracture clinic', trust: 'RZW', specialty: '110 Trauma & Orthopaedics', clinician: 'Mr J Obi' },
  { code: 'ENT1', name: 'ENT adult clinic', trust: 'RZW', specialty: '120 ENT', clinician: 'Ms L Farrow' },
  { code: 'GYN1', name: 'Gynaecology clinic', trust: 'RZW', specialty: '502 Gynaecology', clinician: 'Dr M Kaur' },
  { code: 'SVC01', name: 'Solent Vale cardiology clinic', trust: 'RZS', specialty: '320 Cardiology', clinician: 'Dr R Hughes' },
  { code: 'SVD01', name: 'Solent Vale dermatology clinic', trust: 'RZS', specialty: '330 Dermatology', clinician: 'Dr P Laine' },
];

/** A clinic by its code, whichever trust runs it. */
export function clinicByCode(code: string): Clinic | undefined {
  return CLINICS.find((c) => c.code === code);
}

/** "CARD1 Cardiology new patient clinic – Dr A Patel": a clinic as the booking combobox lists it. */
export const clinicLabel = (c: Clinic): string => `${c.code} ${c.name} \u2013 ${c.clinician}`;

/** A clinic code as screens show it: the clinic's label, or the bare code for a clinic not in the table. */
export function clinicText(code: string): string {
  const c = clinicByCode(code);
  return c ? clinicLabel(c) : code;
}

export const WARDS: readonly Ward[] = [
  { code: 'W101', name: 'Nightingale Ward (General Medicine)', trust: 'RZW' },
  { code: 'W102', name: 'Seacole Ward (Surgery)', trust: 'RZW' },
  { code: 'W201', name: 'Day Surgery Unit', trust: 'RZW' },
  { code: 'W305', name: 'Cavell Ward (Cardiology)', trust: 'RZW' },
  { code: 'S110', name: 'Solent Vale Beech Ward', trust: 'RZS' },
];

/** Clinic sessions run 09:00 to 11:45 in quarter hours, on weekdays. */
export const SLOT_TIMES: readonly string[] = Array.from({ length: 12 }, (_, i) => {
  const m = 9 * 60 + i * 15;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
});

export interface SeedPatient {
  surname: string; forename: string; title: string; sex: string; dobOffsetDays: number;
  ethnic: string; postcode: string; gp: number; allergies: { substance: string; severity: string }[] | 'none' | 'unknown';
}

// Training patients: invented, with NHS numbers from the never-issued 999 range.
const PEOPLE: readonly SeedPatient[] = [
  { surname: 'SMITH', forename: 'Jane', title: 'Mrs', sex: '2 Female', dobOffsetDays: -17_480, ethnic: 'A White British', postcode: 'SO14 2AA', gp: 0, allergies: [{ substance: 'Penicillin', severity: 'Severe' }] },
  { surname: 'JONES', forename: 'Amir', title: 'Mr', sex: '1 Male', dobOffsetDays: -22_310, ethnic: 'L Any other Asian background', postcode: 'SO15 3BB', gp: 1, allergies: 'none' },
  { surname: 'PATEL', forename: 'Priya', title: 'Ms', sex: '2 Female', dobOffsetDays: -12_005, ethnic: 'H Indian', postcode: 'PO1 4CC', gp: 2, allergies: 'unknown' },
  { surname: 'WILLIAMS', forename: 'Thomas', title: 'Mr', sex: '1 Male', dobOffsetDays: -29_950, ethnic: 'A White British', postcode: 'BH1 5DD', gp: 3, allergies: [{ substance: 'Latex', severity: 'Moderate' }] },
  { surname: 'OKAFOR', forename: 'Chidi', title: 'Mr', sex: '1 Male', dobOffsetDays: -15_640, ethnic: 'N African', postcode: 'SO16 6EE', gp: 4, allergies: 'none' },
  { surname: 'BROWN', forename: 'Margaret', title: 'Mrs', sex: '2 Female', dobOffsetDays: -31_220, ethnic: 'B White Irish', postcode: 'PO2 7FF', gp: 0, allergies: 'none' },
  { surname: 'KHAN', forename: 'Imran', title: 'Dr', sex: '1 Male', dobOffsetDays: -18_870, ethnic: 'J Pakistani', postcode: 'SO17 8GG', gp: 1, allergies: [{ substance: 'Ibuprofen', severity: 'Mild' }] },
  { surname: 'TAYLOR', forename: 'Sophie', title: 'Miss', sex: '2 Female', dobOffsetDays: -9_130, ethnic: 'Z Not stated', postcode: 'BH2 9HH', gp: 2, allergies: 'none' },
  { surname: 'NOWAK', forename: 'Piotr', title: 'Mr', sex: '1 Male', dobOffsetDays: -14_210, ethnic: 'C Any other White background', postcode: 'SO18 1JJ', gp: 3, allergies: 'unknown' },
  { surname: 'EVANS', forename: 'Gareth', title: 'Mr', sex: '1 Male', dobOffsetDays: -26_600, ethnic: 'A White British', postcode: 'PO3 2KK', gp: 4, allergies: 'none' },
  { surname: 'MURPHY', forename: 'Siobhan', title: 'Ms', sex: '2 Female', dobOffsetDays: -20_455, ethnic: 'B White Irish', postcode: 'SO19 3LL', gp: 0, allergies: 'none' },
  { surname: 'CHEN', forename: 'Wei', title: 'Mx', sex: 'X Not known', dobOffsetDays: -11_370, ethnic: 'R Chinese', postcode: 'BH3 4MM', gp: 1, allergies: [{ substance: 'Shellfish', severity: 'Severe' }] },
];

export function seedPeople(): { person: SeedPatient; nhs: string; mrn: string }[] {
  const nhs = testNhsNumbers(PEOPLE.length);
  return PEOPLE.map((person, i) => ({ person, nhs: nhs[i]!, mrn: `M${1_000_001 + i}` }));
}

/** A small deterministic generator (mulberry32): the same seed gives the same sequence everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a), for "is this slot already taken" style decisions. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface OpenPathway { specialty: string; clockStart: DayNumber; priority: string }

/** Open RTT pathways for the monthly report: waits spread over 0–70 weeks, more of them short. */
export function seedPathways(today: DayNumber): OpenPathway[] {
  const next = rng(20260601);
  const out: OpenPathway[] = [];
  for (let i = 0; i < 420; i++) {
    const specialty = SPECIALTY[Math.floor(next() * SPECIALTY.length)]!;
    const weeks = Math.floor(Math.pow(next(), 1.8) * 70);
    const clockStart = today - weeks * 7 - Math.floor(next() * 7) - 10;
    out.push({ specialty, clockStart, priority: next() < 0.8 ? '1 Routine' : '2 Urgent' });
  }
  return out;
}
