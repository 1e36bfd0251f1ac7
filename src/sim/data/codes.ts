// NHS Data Dictionary code lists, as staff see them in a drop-down: "<code> <description>".
// The first word of each entry is the national code, which is what a CDS extract carries.
// Kept here once so every variant starts from the same national lists; a variant that differs
// (an extra local "Soon" priority, a renamed Two Week Wait) says so in its own file.

export const ETHNIC_CATEGORY = [
  'A White British', 'B White Irish', 'C Any other White background', 'D White and Black Caribbean',
  'E White and Black African', 'F White and Asian', 'G Any other mixed background', 'H Indian',
  'J Pakistani', 'K Bangladeshi', 'L Any other Asian background', 'M Caribbean', 'N African',
  'P Any other Black background', 'R Chinese', 'S Any other ethnic group', 'Z Not stated', '99 Not known',
] as const;

export const ADMINISTRATIVE_CATEGORY = ['01 NHS patient', '02 Private patient', '03 Amenity patient', '04 Category II patient'] as const;

export const OVERSEAS_VISITOR_STATUS = [
  '1 Exempt – reciprocal agreement', '2 Exempt – other', '3 To pay hotel fees only', '4 To pay all fees',
  '8 Not applicable', '9 Not known',
] as const;

export const NHS_NUMBER_STATUS = [
  '01 Present and verified', '02 Present not traced', '03 Trace required', '04 Trace attempted',
  '05 Needs resolution', '06 Trace in progress', '07 Not present, trace not required', '08 Trace postponed',
] as const;

export const SEX = ['1 Male', '2 Female', '9 Indeterminate', 'X Not known'] as const;
export const TITLE = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'] as const;

export const SOURCE_OF_REFERRAL = [
  '03 GP', '92 GP dentist', '12 GP with extended role', '04 Emergency department', '05 Consultant (not A&E)',
  '06 Self-referral', '13 Specialist nurse', '14 Allied health professional', '15 Optometrist',
  '17 National screening programme', '97 Other', '01 Consultant: after emergency admission',
  '02 Consultant: after domiciliary consultation', '10 Consultant: after A&E attendance', '11 Consultant: other',
] as const;

export const PRIORITY = ['1 Routine', '2 Urgent', '3 Two Week Wait'] as const;

export const ATTENDANCE = [
  '5 Attended on time', '6 Arrived late but seen', '7 Arrived late, not seen', '2 Cancelled by patient',
  '3 Did not attend', '4 Cancelled by hospital', '0 Future appointment',
] as const;

export const OUTCOME = ['1 Discharged', '2 Another appointment given', '3 Appointment to be made later'] as const;

export const RTT_STATUS = [
  '10 Clock start: first activity', '11 Clock start: active monitoring ended', '12 Clock start: decision to treat after monitoring',
  '20 Continues: subsequent activity', '21 Continues: tertiary referral',
  '30 Stop: first treatment', '31 Stop: active monitoring (patient)', '32 Stop: active monitoring (clinician)',
  '33 Stop: did not attend first appointment', '34 Stop: decision not to treat', '35 Stop: patient declined', '36 Stop: patient died',
  '90 Not RTT: after treatment', '91 Not RTT: active monitoring', '92 Not RTT: not yet referred', '98 Not applicable', '99 Not yet known',
] as const;

export const INTENDED_MANAGEMENT = ['1 Overnight', '2 Day case', '8 Not applicable', '9 Not known'] as const;
export const WAITING_LIST_STATUS = ['01 Available', '02 Suspended'] as const;

export const ADMISSION_METHOD = [
  '11 Waiting list', '12 Booked', '13 Planned', '21 Emergency department', '22 GP', '23 Bed bureau',
  '24 Consultant clinic', '25 Mental health crisis team', '2A Other emergency: A&E of another provider',
  '2B Other emergency: transfer from another provider', '2C Other emergency: baby born at home', '2D Other emergency',
  '81 Transfer of admitted patient', '82 Baby born in this provider', '83 Baby born outside this provider',
] as const;

export const DISCHARGE_METHOD = ['1 On clinical advice', '2 Self-discharge', '3 By court or tribunal', '4 Died', '5 Stillbirth'] as const;
export const DISCHARGE_DESTINATION = [
  '19 Usual place of residence', '29 Temporary place of residence', '51 Other NHS hospital: general ward',
  '54 Care home', '79 Not applicable: patient died', '98 Not applicable', '99 Not known',
] as const;

export const APPOINTMENT_TYPE = ['New', 'Follow-up', 'Telephone follow-up'] as const;

export const SPECIALTY = [
  '100 General Surgery', '101 Urology', '110 Trauma & Orthopaedics', '120 ENT', '130 Ophthalmology',
  '300 General Medicine', '320 Cardiology', '330 Dermatology', '502 Gynaecology',
] as const;

export const ALLERGY_TYPE = ['Drug', 'Food', 'Environmental', 'Contrast media', 'Latex', 'Other'] as const;
export const ALLERGY_SEVERITY = ['Mild', 'Moderate', 'Severe'] as const;
export const ALLERGY_SOURCE = ['Patient', 'Family member or carer', 'GP record', 'Clinician observed', 'Previous hospital record'] as const;
export const ALLERGY_STATUS = ['Active', 'Proposed'] as const;

/** "03 GP" → "03"; entries without a code ("Active") are their own code. */
export function codeOf(entry: string): string {
  const m = /^([0-9A-Z]{1,3})\s/.exec(entry);
  return m ? m[1]! : entry;
}

/** "03 GP" → "GP": the entry without its first word, as banners and result lists show it. */
export function withoutCode(entry: string): string {
  return entry.replace(/^\S+ /, '');
}
