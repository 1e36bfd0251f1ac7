// The state one simulator server keeps in memory: the seeded patients and everything staff add.
// Ids come from counters, never from randomness, so the same requests in the same order give the
// same ids. Booking takes the slot; a second booking of a taken slot fails, as it must in a PAS.
import { CLINICS, GP_PRACTICES, SLOT_TIMES, WARDS, hash, seedPathways, seedPeople, type Clinic, type OpenPathway } from './seed.js';
import { dayOfWeek, type DayNumber } from './dates.js';

export interface Allergy { substance: string; type: string; reaction: string; severity: string; source: string; status: string }

export interface Patient {
  mrn: string;
  nhs: string; // digits, or '' when not known
  title: string; surname: string; forename: string; knownAs: string;
  dob: DayNumber; sex: string;
  address: string; postcode: string; phone: string;
  ethnic: string; adminCategory: string; overseas: string; gp: string;
  allergies: Allergy[];
  allergyState: 'recorded' | 'none' | 'unknown';
}

/** "SMITH, Jane": how every screen names a patient (unescaped). */
export function patientName(p: Patient): string {
  return `${p.surname}, ${p.forename}`;
}

export interface Appointment {
  id: string; mrn: string; clinic: string; day: DayNumber; time: string; type: string;
  attendance?: string; outcome?: string; rtt?: string; priority: string; source: string;
}

export interface Referral { id: string; mrn: string; source: string; priority: string; specialty: string; received: DayNumber; clockStart: DayNumber }
export interface WaitingListEntry { id: string; mrn: string; specialty: string; procedure: string; management: string; priority: string; status: string; tci: DayNumber | null; added: DayNumber }
export interface Encounter { fin: string; mrn: string; method: string; specialty: string; ward: string; bed: string; admitted: DayNumber; discharged?: DayNumber; dischargeMethod?: string; transfers: string[] }

export type BookResult = { ok: true; appointment: Appointment } | { ok: false; reason: 'taken' | 'no-slot' };

export class Store {
  readonly patients = new Map<string, Patient>();
  readonly appointments = new Map<string, Appointment>();
  readonly referrals: Referral[] = [];
  readonly waitingList: WaitingListEntry[] = [];
  readonly encounters = new Map<string, Encounter>();
  readonly pathways: OpenPathway[];
  private readonly weekdays: readonly DayNumber[];
  /** Registrations waiting on the demographics trace screen, by session. */
  readonly pendingRegistrations = new Map<string, Record<string, string>>();
  private readonly taken = new Map<string, string>(); // slot key → appointment id ('held' for seeded bookings)
  private seq = { mrn: 1_000_100, appt: 1, ref: 1, wl: 1, fin: 40_000_001 };

  constructor(readonly today: DayNumber) {
    for (const { person: p, nhs, mrn } of seedPeople()) {
      this.patients.set(mrn, {
        mrn, nhs, title: p.title, surname: p.surname, forename: p.forename, knownAs: '',
        dob: today + p.dobOffsetDays, sex: p.sex, address: `${(hash(mrn) % 90) + 1} Harbour Road`, postcode: p.postcode,
        phone: `023 80${String(hash(nhs) % 1_000_000).padStart(6, '0')}`, ethnic: p.ethnic, adminCategory: '01 NHS patient',
        overseas: '8 Not applicable', gp: `${GP_PRACTICES[p.gp]!.code} ${GP_PRACTICES[p.gp]!.name}`,
        allergies: Array.isArray(p.allergies) ? p.allergies.map((a) => ({ substance: a.substance, type: 'Drug', reaction: '', severity: a.severity, source: 'GP record', status: 'Active' })) : [],
        allergyState: Array.isArray(p.allergies) ? 'recorded' : p.allergies,
      });
    }
    this.pathways = seedPathways(today);
    const days: DayNumber[] = [];
    for (let d = today; days.length < 5; d++) if (dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6) days.push(d);
    this.weekdays = days;
    // Today's clinic: Amir Jones is booked into Cardiology at 09:00 and waits to be outcomed.
    this.addAppointment('M1000002', 'CARD1', today, '09:00', 'New', '1 Routine', '03 GP');
    this.addAppointment('M1000005', 'CARD1', today, '09:30', 'Follow-up', '1 Routine', '05 Consultant (not A&E)');
    this.addAppointment('M1000007', 'DERM2', today, '10:00', 'New', '2 Urgent', '03 GP');
    // The rest of today's clinics are full, as a hospital's are: every attendance waits on the clinic
    // list to be outcomed, so a suite that outcomes "the first attendance still to be outcomed" finds
    // one on each of many nights (60 a day; the sim's clock never moves on to tomorrow's clinics).
    // Booked for patients no example journey opens, so no journey's screens change with them.
    const walkers = ['M1000007', 'M1000008', 'M1000009', 'M1000010', 'M1000011', 'M1000012'];
    let k = 0;
    const weekday = dayOfWeek(today) !== 0 && dayOfWeek(today) !== 6;
    for (const c of weekday ? CLINICS.filter((x) => x.trust === 'RZW') : []) {
      for (const time of SLOT_TIMES) {
        if (this.taken.has(slotKey(c.code, today, time))) continue;
        this.addAppointment(walkers[k++ % walkers.length]!, c.code, today, time, k % 3 ? 'Follow-up' : 'New', '1 Routine', '03 GP');
      }
    }
    // Last month's attended clinics, for the CDS 020 preview.
    const lastMonth = [['M1000003', 'ENT1'], ['M1000004', 'ORTH1'], ['M1000006', 'CARD1'], ['M1000008', 'GYN1'], ['M1000009', 'DERM2'], ['M1000010', 'CARD1']] as const;
    lastMonth.forEach(([mrn, clinic], i) => {
      const a = this.addAppointment(mrn, clinic, today - 7 - i * 3, SLOT_TIMES[i * 2]!, i % 2 ? 'Follow-up' : 'New', '1 Routine', i % 3 ? '03 GP' : '05 Consultant (not A&E)');
      Object.assign(a, { attendance: i === 4 ? '3 Did not attend' : '5 Attended on time', outcome: i % 2 ? '1 Discharged' : '2 Another appointment given', rtt: '20 Continues: subsequent activity' });
    });
  }

  /** An appointment in a slot, which it takes. */
  private addAppointment(mrn: string, clinic: string, day: DayNumber, time: string, type: string, priority: string, source: string): Appointment {
    const a: Appointment = { id: this.nextAppt(), mrn, clinic, day, time, type, priority, source };
    this.appointments.set(a.id, a);
    this.taken.set(slotKey(clinic, day, time), a.id);
    return a;
  }

  private nextAppt(): string {
    return `A${String(this.seq.appt++).padStart(6, '0')}`;
  }

  clinics(trusts: string[]): Clinic[] {
    return CLINICS.filter((c) => trusts.includes(c.trust));
  }

  wards(trust: string): string[] {
    return WARDS.filter((w) => w.trust === trust).map((w) => `${w.code} ${w.name}`);
  }

  /** The weekdays a clinic can be booked on: the next five from today. */
  bookableDays(): readonly DayNumber[] {
    return this.weekdays;
  }

  /** Free, booked by us, or held: about one slot in four is already held by patients not in the sim. */
  slotState(clinic: string, day: DayNumber, time: string): 'free' | 'taken' {
    const key = slotKey(clinic, day, time);
    if (this.taken.has(key)) return 'taken';
    return hash(key) % 4 === 0 ? 'taken' : 'free';
  }

  book(mrn: string, clinic: string, day: DayNumber, time: string, type: string): BookResult {
    if (!SLOT_TIMES.includes(time) || !this.bookableDays().includes(day) || !CLINICS.some((c) => c.code === clinic)) return { ok: false, reason: 'no-slot' };
    if (this.slotState(clinic, day, time) === 'taken') return { ok: false, reason: 'taken' };
    const ref = [...this.referrals].reverse().find((r) => r.mrn === mrn);
    return { ok: true, appointment: this.addAppointment(mrn, clinic, day, time, type, ref?.priority ?? '1 Routine', ref?.source ?? '03 GP') };
  }

  addPatient(p: Omit<Patient, 'mrn'>): Patient {
    const patient = { ...p, mrn: `M${this.seq.mrn++}` };
    this.patients.set(patient.mrn, patient);
    return patient;
  }

  findByNhs(digits: string): Patient | undefined {
    return [...this.patients.values()].find((p) => p.nhs === digits);
  }

  addReferral(r: Omit<Referral, 'id'>): Referral {
    const ref = { ...r, id: `R${String(this.seq.ref++).padStart(6, '0')}` };
    this.referrals.push(ref);
    return ref;
  }

  addToWaitingList(e: Omit<WaitingListEntry, 'id'>): WaitingListEntry {
    const entry = { ...e, id: `WL${String(this.seq.wl++).padStart(5, '0')}` };
    this.waitingList.push(entry);
    return entry;
  }

  admit(e: Omit<Encounter, 'fin' | 'transfers'>): Encounter {
    const enc = { ...e, fin: `F${this.seq.fin++}`, transfers: [] };
    this.encounters.set(enc.fin, enc);
    return enc;
  }

  patientAppointments(mrn: string): Appointment[] {
    return [...this.appointments.values()].filter((a) => a.mrn === mrn).sort((a, b) => a.day - b.day || a.time.localeCompare(b.time));
  }

  patientEncounters(mrn: string): Encounter[] {
    return [...this.encounters.values()].filter((e) => e.mrn === mrn);
  }
}

export function slotKey(clinic: string, day: DayNumber, time: string): string {
  return `${clinic}|${day}|${time}`;
}
