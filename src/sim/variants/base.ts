// The shared base build every variant starts from. Train is this plus a banner; the live variants
// are this plus their own drift. Nothing here is variant-specific.
import { BASE_FORMS } from './base-forms.js';
import type { VariantConfig } from './types.js';

export const WESSEX = { code: 'RZW', name: 'Wessex Coast NHS Trust' };
export const SOLENT = { code: 'RZS', name: 'Solent Vale NHS Foundation Trust' };

export const BASE: VariantConfig = {
  name: 'base',
  label: 'Base build',
  description: 'The shared build every domain is copied from.',
  domain: 'P01',
  banner: { text: 'LIVE: Wessex Coast NHS Trust production domain', tone: 'live' },
  trusts: [WESSEX],
  trustPicker: false,
  clinicsOfAllTrusts: false,
  demographicsTrace: false,
  menuGroups: ['Patient', 'Scheduling', 'Inpatients', 'Reports'],
  // Key order is display order within a group; a variant moves an entry by changing its group.
  menu: {
    findPatient: { label: 'Find patient', href: '/patients/search', group: 'Patient' },
    registerPatient: { label: 'Register patient', href: '/patients/new', group: 'Patient' },
    waitingList: { label: 'Waiting list', href: '/waiting-list', group: 'Scheduling' },
    clinicList: { label: 'Clinic list', href: '/clinics', group: 'Scheduling' },
    wardList: { label: 'Ward list', href: '/wards', group: 'Inpatients' },
    rttReport: { label: 'RTT report', href: '/reports/rtt', group: 'Reports' },
    cdsPreview: { label: 'CDS 020 preview', href: '/reports/cds-020', group: 'Reports' },
  },
  patientActions: {
    referral: { label: 'Record referral', kind: 'link', href: 'referrals/new' },
    book: { label: 'Book appointment', kind: 'link', href: 'appointments/new' },
    waitingList: { label: 'Add to waiting list', kind: 'link', href: 'waiting-list/new' },
    admit: { label: 'Admit', kind: 'link', href: 'admit' },
    allergy: { label: 'Record allergy', kind: 'link', href: 'allergies/new' },
    clinicalRecord: { label: 'Clinical record', kind: 'link', href: 'record' },
    wristband: { label: 'Print wristband', kind: 'button' },
  },
  searchActions: {
    register: { label: 'Register new patient', kind: 'link', href: '/patients/new' },
    print: { label: 'Print list', kind: 'button' },
  },
  forms: BASE_FORMS,
  clinicalRecord: {
    observations: {
      pulse: { label: 'Pulse (beats per minute)', kind: 'text', width: 's' },
      temperature: { label: 'Temperature (°C)', kind: 'text', width: 's' },
      position: { label: 'Position', kind: 'select', options: ['Sitting', 'Standing', 'Lying'] },
    },
    results: {
      test: { label: 'Test', kind: 'select', options: ['Full blood count', 'Urea and electrolytes', 'Liver function tests'] },
      specimen: { label: 'Specimen type', kind: 'select', options: ['Blood', 'Urine', 'Swab'] },
      details: { label: 'Clinical details', kind: 'textarea' },
    },
  },
  messages: {
    registered: 'Patient registered',
    referralSaved: 'Referral recorded',
    booked: 'Appointment booked',
    outcomeSaved: 'Outcome recorded',
    waitingListSaved: 'Added to waiting list',
    admitted: 'Patient admitted',
    transferred: 'Patient transferred',
    discharged: 'Patient discharged',
    allergySaved: 'Allergy recorded',
  },
  rttColumns: [
    { label: '0–6 weeks', show: { band: [0, 6] } },
    { label: '6–12 weeks', show: { band: [6, 12] } },
    { label: '12–18 weeks', show: { band: [12, 18] } },
    { label: '18–26 weeks', show: { band: [18, 26] } },
    { label: '26–52 weeks', show: { band: [26, 52] } },
    { label: '52+ weeks', show: { band: [52, 1000] } },
    { label: 'Total waiting', show: 'total' },
    { label: '% within 18 weeks', show: 'within18' },
  ],
  rttTotalLabel: 'All specialties',
  cdsColumns: ['CDS ID', 'NHS number', 'Date of birth', 'Sex', 'Appointment date', 'Clinic code', 'Treatment function', 'First attendance', 'Attendance', 'Outcome', 'Priority', 'Source of referral'],
  cdsActions: ['Download extract'],
  appointmentActions: [],
  pageScripts: { waitingList: 'tci-helper.js' },
  css: '',
};
