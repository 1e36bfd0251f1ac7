// LIVE South: the Southern configuration. An older package level that cannot record RTT status at
// outcome, a local "Soon" priority, a Spine trace that interrupts registration, and a few build
// choices made directly in production that the training domain never got.
import { BASE_FORMS } from './base-forms.js';
import type { VariantFile } from './types.js';

export const LIVE_SOUTH: VariantFile = {
  overrides: {
    name: 'live-south',
    label: 'LIVE South',
    description: 'The Southern configuration (SP1): older package level, local code-list additions, a demographics trace at registration.',
    domain: 'SP1',
    banner: { text: 'LIVE: Southern configuration production domain', tone: 'live' },
    demographicsTrace: true,
    forms: {
      register: { fields: { overseas: { required: true } } },
      referral: { fields: { priority: { options: [...(BASE_FORMS.referral.fields.priority!.options ?? []), 'S Soon'] } } },
      booking: { fields: { type: { default: 'Follow-up' } } },
      outcome: { fields: { rtt: { absent: true } } },
      allergy: {
        sections: [{ legend: 'Allergy or adverse reaction', fields: ['substance', 'type', 'severity', 'reaction', 'source', 'onset', 'status'] }],
      },
    },
    // Renamed in the results panel of the clinical record, a frame inside a frame.
    clinicalRecord: { results: { specimen: { label: 'Sample type' } } },
    // Colour only: the RTT report's header row is a different shade; sizes and structure are unchanged.
    // Scoped to that report (the numeric table), so the difference is only where it is declared.
    css: 'table.grid.report-table.numeric thead th { background: #e9dcc0; border-color: #c9b58e; }',
  },
  planted: [
    { id: 'south-overseas-required', kind: 'required-changed', journey: 'register-patient', step: 'Open registration',
      sentence: "In live-south, 'Overseas visitor status' is a required field on 'Register patient'; in training it is optional.",
      alsoAt: ['Enter demographics'] },
    { id: 'south-demographics-trace', kind: 'step-extra', journey: 'register-patient', step: 'Confirm the demographics trace',
      sentence: "In live-south, a 'National demographics trace' screen appears before a registration saves; training goes straight to the new record.",
      alsoAt: ['Save registration'] },
    { id: 'south-priority-soon', kind: 'options-changed', journey: 'record-referral', step: 'Open new referral',
      sentence: "In live-south, 'Priority' has an extra entry 'S Soon' that training does not have.",
      alsoAt: ['Enter referral details'] },
    { id: 'south-appointment-type-default', kind: 'default-changed', journey: 'book-appointment', step: 'Open booking',
      sentence: "In live-south, 'Appointment type' starts as 'Follow-up'; in training it starts as 'New'.",
      alsoAt: ['Choose clinic'] },
    { id: 'south-rtt-status-missing', kind: 'field-missing', journey: 'outcome-attendance', step: 'Open the attendance',
      sentence: "In live-south, the outcome screen has no 'RTT status' field, so the 18-week clock cannot be stopped or continued there.",
      alsoAt: ['Enter the outcome'] },
    { id: 'south-allergy-order', kind: 'order-changed', journey: 'record-allergy', step: 'Open allergy form',
      sentence: "In live-south, 'Severity' comes before 'Reaction' on 'Record allergy'.",
      alsoAt: ['Enter allergy details'] },
    { id: 'south-specimen-label', kind: 'label-changed', journey: 'clinical-record', step: 'Open the clinical record',
      sentence: "In live-south, the field 'Specimen type' in the clinical record's Results panel (a frame inside the record's frame) is labelled 'Sample type'.",
      alsoAt: ['Enter observations'] },
    { id: 'south-report-header-colour', kind: 'visual-only', journey: 'rtt-report', step: 'Run the report',
      sentence: 'In live-south, the RTT report header row is a different colour; the columns and figures are the same.' },
  ],
};
