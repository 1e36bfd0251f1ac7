// The forms of the shared base build: what TRAIN shows unless its own file says otherwise, and what
// every live variant starts from. Labels follow the words of the NHS Data Dictionary and of the
// training material, because those are the words trainers put in journeys.
import * as C from '../data/codes.js';
import type { FormSet } from './types.js';

export const BASE_FORMS: FormSet = {
  search: {
    heading: 'Find patient',
    fields: {
      nhs: { label: 'NHS number', kind: 'nhs', hint: '10 digits, for example 999 000 0018', width: 'm' },
      surname: { label: 'Surname', kind: 'text', width: 'm' },
      forename: { label: 'Forename', kind: 'text', width: 'm' },
      dob: { label: 'Date of birth', kind: 'date', hint: 'DD/MM/YYYY', width: 's' },
    },
    sections: [{ legend: 'Search criteria', fields: ['nhs', 'surname', 'forename', 'dob'] }],
    submit: 'Search',
    secondary: ['Clear'],
  },
  register: {
    heading: 'Register patient',
    fields: {
      nhs: { label: 'NHS number', kind: 'nhs', hint: 'Leave blank if not known: a trace will be requested', width: 'm' },
      title: { label: 'Title', kind: 'select', options: C.TITLE, width: 's' },
      surname: { label: 'Surname', kind: 'text', required: true, width: 'm' },
      forename: { label: 'Forename', kind: 'text', required: true, width: 'm' },
      knownAs: { label: 'Known as', kind: 'text', width: 'm' },
      dob: { label: 'Date of birth', kind: 'date', required: true, hint: 'DD/MM/YYYY', width: 's' },
      sex: { label: 'Sex', kind: 'select', required: true, options: C.SEX, width: 'm' },
      interpreter: { label: 'Interpreter required', kind: 'checkbox', absent: true },
      address: { label: 'Address line 1', kind: 'text', width: 'l' },
      postcode: { label: 'Postcode', kind: 'text', width: 's' },
      phone: { label: 'Telephone', kind: 'text', width: 'm' },
      ethnic: { label: 'Ethnic category', kind: 'select', required: true, options: C.ETHNIC_CATEGORY, width: 'l' },
      adminCategory: { label: 'Administrative category', kind: 'select', required: true, options: C.ADMINISTRATIVE_CATEGORY, default: '01 NHS patient', width: 'l' },
      overseas: { label: 'Overseas visitor status', kind: 'select', options: C.OVERSEAS_VISITOR_STATUS, width: 'l' },
      gp: { label: 'Registered GP practice', kind: 'select', width: 'l' },
    },
    sections: [
      { legend: 'Patient details', fields: ['nhs', 'title', 'surname', 'forename', 'knownAs', 'dob', 'sex', 'interpreter'] },
      { legend: 'Contact', fields: ['address', 'postcode', 'phone'] },
      { legend: 'Registration', fields: ['ethnic', 'adminCategory', 'overseas', 'gp'] },
    ],
    submit: 'Save registration',
  },
  trace: {
    heading: 'National demographics trace',
    fields: {
      traceResult: { label: 'Trace result', kind: 'radio', required: true, options: ['Accept the traced details', 'Keep the details as entered'] },
    },
    sections: [{ legend: 'Spine demographics', fields: ['traceResult'] }],
    submit: 'Continue registration',
  },
  referral: {
    heading: 'Record referral',
    fields: {
      source: { label: 'Source of referral', kind: 'select', required: true, options: C.SOURCE_OF_REFERRAL, width: 'l' },
      priority: { label: 'Priority', kind: 'select', required: true, options: C.PRIORITY, width: 'm' },
      specialty: { label: 'Specialty', kind: 'select', required: true, options: C.SPECIALTY, width: 'l' },
      referrer: { label: 'Referring clinician', kind: 'text', width: 'l' },
      received: { label: 'Date referral received', kind: 'date', required: true, default: 'today', hint: 'DD/MM/YYYY', width: 's' },
      clockStart: { label: 'RTT clock start', kind: 'date', required: true, default: 'today', hint: 'DD/MM/YYYY: usually the date the referral was received', width: 's' },
      reason: { label: 'Reason for referral', kind: 'textarea', width: 'l' },
    },
    sections: [
      { legend: 'Referral', fields: ['source', 'priority', 'specialty', 'referrer'] },
      { legend: 'Referral to treatment', fields: ['received', 'clockStart', 'reason'] },
    ],
    submit: 'Save referral',
  },
  booking: {
    heading: 'Book outpatient appointment',
    fields: {
      clinic: { label: 'Clinic', kind: 'combobox', required: true, width: 'l' },
      type: { label: 'Appointment type', kind: 'select', required: true, options: C.APPOINTMENT_TYPE, default: 'New', width: 'm' },
    },
    sections: [{ legend: 'Appointment', fields: ['clinic', 'type'] }],
    submit: 'Book',
  },
  outcome: {
    heading: 'Outcome attendance',
    fields: {
      attendance: { label: 'Attendance', kind: 'select', required: true, options: C.ATTENDANCE, width: 'l' },
      outcome: { label: 'Outcome', kind: 'select', required: true, options: C.OUTCOME, width: 'l' },
      rtt: { label: 'RTT status', kind: 'select', required: true, options: C.RTT_STATUS, width: 'l' },
      comments: { label: 'Comments', kind: 'textarea', width: 'l' },
    },
    sections: [{ legend: 'Attendance outcome', fields: ['attendance', 'outcome', 'rtt', 'comments'] }],
    submit: 'Save outcome',
  },
  waitingList: {
    heading: 'Add to waiting list',
    fields: {
      specialty: { label: 'Specialty', kind: 'select', required: true, options: C.SPECIALTY, width: 'l' },
      procedure: { label: 'Planned procedure', kind: 'text', required: true, width: 'l' },
      management: { label: 'Intended management', kind: 'radio', required: true, options: C.INTENDED_MANAGEMENT },
      priority: { label: 'Priority', kind: 'select', required: true, options: C.PRIORITY, width: 'm' },
      status: { label: 'Waiting list status', kind: 'select', required: true, options: C.WAITING_LIST_STATUS, default: '01 Available', width: 'm' },
      tci: { label: 'To come in date', kind: 'date', hint: 'DD/MM/YYYY: leave blank if not yet agreed', width: 's' },
    },
    sections: [
      { legend: 'Waiting list entry', fields: ['specialty', 'procedure', 'management', 'priority'] },
      { legend: 'Admission offer', fields: ['status', 'tci'] },
    ],
    submit: 'Add to waiting list',
  },
  admit: {
    heading: 'Admit patient',
    fields: {
      method: { label: 'Admission method', kind: 'select', required: true, options: C.ADMISSION_METHOD, width: 'l' },
      specialty: { label: 'Specialty', kind: 'select', required: true, options: C.SPECIALTY, width: 'l' },
      ward: { label: 'Ward', kind: 'select', required: true, width: 'l' },
      bed: { label: 'Bed', kind: 'text', width: 's' },
      date: { label: 'Admission date', kind: 'date', required: true, default: 'today', hint: 'DD/MM/YYYY', width: 's' },
    },
    sections: [{ legend: 'Admission', fields: ['method', 'specialty', 'ward', 'bed', 'date'] }],
    submit: 'Admit',
  },
  transfer: {
    heading: 'Transfer patient',
    fields: {
      ward: { label: 'New ward', kind: 'select', required: true, width: 'l' },
      bed: { label: 'Bed', kind: 'text', width: 's' },
    },
    sections: [{ legend: 'Transfer', fields: ['ward', 'bed'] }],
    submit: 'Transfer',
  },
  discharge: {
    heading: 'Discharge patient',
    fields: {
      method: { label: 'Discharge method', kind: 'select', required: true, options: C.DISCHARGE_METHOD, width: 'l' },
      destination: { label: 'Discharge destination', kind: 'select', options: C.DISCHARGE_DESTINATION, width: 'l' },
      date: { label: 'Discharge date', kind: 'date', required: true, default: 'today', hint: 'DD/MM/YYYY', width: 's' },
    },
    sections: [{ legend: 'Discharge', fields: ['method', 'destination', 'date'] }],
    submit: 'Discharge',
  },
  allergy: {
    heading: 'Record allergy',
    fields: {
      substance: { label: 'Substance', kind: 'text', required: true, hint: 'Drug, food or other substance', width: 'l' },
      type: { label: 'Allergy type', kind: 'select', required: true, options: C.ALLERGY_TYPE, width: 'm' },
      reaction: { label: 'Reaction', kind: 'text', width: 'l' },
      severity: { label: 'Severity', kind: 'radio', required: true, options: C.ALLERGY_SEVERITY },
      source: { label: 'Source of information', kind: 'select', options: C.ALLERGY_SOURCE, width: 'm' },
      onset: { label: 'Onset date', kind: 'date', hint: 'DD/MM/YYYY, if known', width: 's' },
      status: { label: 'Status', kind: 'select', required: true, options: C.ALLERGY_STATUS, default: 'Active', width: 's' },
    },
    sections: [{ legend: 'Allergy or adverse reaction', fields: ['substance', 'type', 'reaction', 'severity', 'source', 'onset', 'status'] }],
    submit: 'Save allergy',
  },
  rttReport: {
    heading: 'RTT incomplete pathways',
    fields: { month: { label: 'Reporting month', kind: 'select', required: true, width: 'm' } },
    sections: [{ legend: 'Report parameters', fields: ['month'] }],
    submit: 'Run report',
  },
  cdsPreview: {
    heading: 'CDS 020 outpatient extract preview',
    fields: {
      from: { label: 'Activity from', kind: 'date', required: true, hint: 'DD/MM/YYYY', width: 's' },
      to: { label: 'Activity to', kind: 'date', required: true, hint: 'DD/MM/YYYY', width: 's' },
    },
    sections: [{ legend: 'Extract period', fields: ['from', 'to'] }],
    submit: 'Preview',
  },
};
