// LIVE London (LC1): the London configuration. London built its own 18-week fix, so its RTT report
// has other bands; its registration asks about interpreters; the booking button was renamed by a
// local change (and a booked appointment offers a letter to print), and Waiting list moved to the Inpatients menu when the admissions team took it on.
import { BASE_FORMS } from './base-forms.js';
import type { VariantFile } from './types.js';

const priorities = (BASE_FORMS.referral.fields.priority!.options ?? []).map((p) =>
  p === '3 Two Week Wait' ? '3 Urgent Suspected Cancer or Breast Symptomatic' : p);

export const LIVE_LONDON: VariantFile = {
  overrides: {
    name: 'live-london',
    label: 'LIVE London LC1',
    description: 'The London configuration (LC1): its own 18-week reporting, interpreter flag at registration, local renames.',
    domain: 'LC1',
    banner: { text: 'LIVE: London LC1 production domain', tone: 'live' },
    menu: { waitingList: { group: 'Inpatients' } },
    forms: {
      search: { fields: { forename: { label: 'First name' } } },
      register: { fields: { interpreter: { absent: false } } },
      referral: { fields: { priority: { options: priorities } } },
      booking: { submit: 'Reserve' },
    },
    messages: { allergySaved: 'Allergy saved: awaiting pharmacist verification' },
    rttColumns: [
      { label: 'Under 18 weeks', show: { band: [0, 18] } },
      { label: '18–52 weeks', show: { band: [18, 52] } },
      { label: 'Over 52 weeks', show: 'over52' },
      { label: 'Total waiting', show: 'total' },
      { label: 'Median wait (weeks)', show: 'median' },
    ],
    cdsActions: ['Download extract', 'Submit to SUS'],
    appointmentActions: ['Print appointment letter'],
  },
  planted: [
    { id: 'london-menu-waiting-list-moved', kind: 'order-changed', journey: 'sign-in-choose-trust', step: 'Sign in',
      sentence: "In live-london, the menu entry 'Waiting list' is under 'Inpatients', not under 'Scheduling'." },
    { id: 'london-forename-label', kind: 'label-changed', journey: 'find-patient', step: 'Open patient search',
      sentence: "In live-london, the search field 'Forename' is labelled 'First name'.",
      alsoAt: ['Search by NHS number'] },
    { id: 'london-interpreter-field', kind: 'field-added', journey: 'register-patient', step: 'Open registration',
      sentence: "In live-london, 'Register patient' has an extra field 'Interpreter required'.",
      alsoAt: ['Enter demographics'] },
    { id: 'london-two-week-wait-renamed', kind: 'options-changed', journey: 'record-referral', step: 'Open new referral',
      sentence: "In live-london, the priority '3 Two Week Wait' is called '3 Urgent Suspected Cancer or Breast Symptomatic'.",
      alsoAt: ['Enter referral details'] },
    { id: 'london-book-button-renamed', kind: 'journey-blocked', journey: 'book-appointment', step: 'Book the slot',
      sentence: "In live-london, the button 'Book' is called 'Reserve', so the trained click on 'Book' finds nothing; 'Reserve' stands where 'Book' was, and the journey goes on with it.",
      alsoAt: ['Open booking', 'Choose clinic', 'Choose a slot'] },
    // Behind the block: seen only by a journey that goes on past 'Reserve'.
    { id: 'london-print-letter', kind: 'control-added', journey: 'book-appointment', step: 'Confirm booking',
      sentence: "In live-london, the booked appointment's details have an extra button 'Print appointment letter'.",
      behind: 'london-book-button-renamed' },
    { id: 'london-allergy-message', kind: 'outcome-differs', journey: 'record-allergy', step: 'Save allergy',
      sentence: "In live-london, saving an allergy says 'Allergy saved: awaiting pharmacist verification' instead of 'Allergy recorded'." },
    { id: 'london-rtt-columns', kind: 'text-changed', journey: 'rtt-report', step: 'Run the report',
      sentence: 'In live-london, the RTT report has other columns: three wider bands and a median wait instead of six bands and % within 18 weeks.' },
    { id: 'london-submit-to-sus', kind: 'control-added', journey: 'cds-020-preview', step: 'Preview the extract',
      sentence: "In live-london, the CDS 020 preview has an extra button 'Submit to SUS'." },
  ],
};
