// LIVE shared: one installation serving two trusts. Staff choose a trust after signing in; rows are
// meant to be kept apart by logical domain, but the clinic list shows the other trust's clinics too
// (the leak), and the RTT report totals both trusts. One trust's own build changes sit inside the
// shared domain, and a newer client script on the waiting list screen throws.
import { SOLENT, WESSEX } from './base.js';
import type { VariantFile } from './types.js';

export const LIVE_SHARED: VariantFile = {
  overrides: {
    name: 'live-shared',
    label: 'LIVE shared domain',
    description: 'One installation shared by two trusts (SH1): a trust picker at sign-in and a leak of the other trust\u2019s clinics.',
    domain: 'SH1',
    banner: { text: 'LIVE: shared domain production (two trusts)', tone: 'live' },
    trusts: [WESSEX, SOLENT],
    trustPicker: true,
    clinicsOfAllTrusts: true,
    // Registration in a shared domain belongs to the enterprise MPI team, so the shortcut is gone.
    searchActions: { register: { absent: true } },
    forms: {
      allergy: { fields: { status: { default: 'Proposed' } } },
      discharge: { fields: { destination: { required: true } } },
    },
    pageScripts: { waitingList: 'tci-helper-v2.js' },
    // The shared build's total row is labelled for both trusts: the figure a trust would submit is not its own.
    rttTotalLabel: 'All specialties (both trusts)',
  },
  planted: [
    { id: 'shared-trust-picker', kind: 'step-extra', journey: 'sign-in-choose-trust', step: 'Choose trust',
      sentence: "In live-shared, a 'Choose a trust' screen appears after signing in; training goes straight to the home page.",
      alsoAt: ['Sign in'] },
    { id: 'shared-clinic-leak', kind: 'options-changed', journey: 'book-appointment', step: 'Open booking',
      sentence: "In live-shared, the 'Clinic' list also shows Solent Vale NHS Foundation Trust's clinics: another trust's clinics leak into the shared domain.",
      alsoAt: ['Choose clinic', 'Choose a slot', 'Book the slot'] },
    { id: 'shared-no-register-from-search', kind: 'control-missing', journey: 'find-patient', step: 'Search by NHS number',
      sentence: "In live-shared, patient search results have no 'Register new patient' link; registration is left to the enterprise MPI team." },
    { id: 'shared-waiting-list-script-error', kind: 'env-error', journey: 'add-to-waiting-list', step: 'Open waiting list entry',
      sentence: "In live-shared, the 'Add to waiting list' screen throws a script error when it opens (a newer to-come-in date helper)." },
    { id: 'shared-allergy-status-default', kind: 'default-changed', journey: 'record-allergy', step: 'Open allergy form',
      sentence: "In live-shared, an allergy's 'Status' starts as 'Proposed'; in training it starts as 'Active'." },
    { id: 'shared-discharge-destination-required', kind: 'required-changed', journey: 'admit-discharge', step: 'Open discharge',
      sentence: "In live-shared, 'Discharge destination' is required when discharging; in training it is optional.",
      alsoAt: ['Enter discharge details'] },
    { id: 'shared-rtt-total-both-trusts', kind: 'text-changed', journey: 'rtt-report', step: 'Run the report',
      sentence: "In live-shared, the RTT report's total row is 'All specialties (both trusts)': the shared domain adds the other trust's waits into the figure a trust reports." },
  ],
};
