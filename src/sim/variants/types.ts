// The shape of one configuration of the simulated PAS. Every screen reads what it shows from here
// (labels, required flags, code lists, field order, defaults, buttons, menu placement, report
// columns, styles), so a variant is data: a few overrides on the shared base, and no screen has
// an `if (variant === ...)` in it. What a variant changes on purpose is listed beside its
// overrides as PlantedDifference records: the ground truth a comparer is judged against.
import type { DivergenceKind } from '../../model/divergence.js';

export type FieldKind = 'text' | 'password' | 'date' | 'nhs' | 'select' | 'radio' | 'checkbox' | 'textarea' | 'combobox';

export interface FieldDef {
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** Code list, as shown ("1 Routine"). The stored value is the entry itself. */
  options?: readonly string[];
  /** Start value: an option, a date (the word "today" means the sim's clock), "on" for a checkbox. */
  default?: string;
  hint?: string;
  /** Present in the base but not on this variant's screen. */
  absent?: boolean;
  /** Input width class: s, m or l. */
  width?: 's' | 'm' | 'l';
}

export interface Section { legend: string; fields: string[] }

export interface FormDef {
  heading: string;
  /** Fields by id; the id is the HTML name attribute, which does not change between variants. */
  fields: Record<string, FieldDef>;
  /** Fieldsets in display order; moving a field between or within them is how order differs. */
  sections: Section[];
  submit: string;
  /** Secondary button shown beside submit (cancel is a link). */
  secondary?: string[];
}

export interface MenuItem { label: string; href: string; group: string; absent?: boolean }

export interface PatientAction { label: string; kind: 'link' | 'button'; href?: string; absent?: boolean }

export interface RttColumn {
  label: string;
  /** Count of pathways waiting from..to weeks (to exclusive), or a computed figure. */
  show: { band: [number, number] } | 'total' | 'within18' | 'median' | 'over52';
}

export interface Trust { code: string; name: string }

export interface FormSet {
  search: FormDef;
  register: FormDef;
  trace: FormDef;
  referral: FormDef;
  booking: FormDef;
  outcome: FormDef;
  waitingList: FormDef;
  admit: FormDef;
  transfer: FormDef;
  discharge: FormDef;
  allergy: FormDef;
  rttReport: FormDef;
  cdsPreview: FormDef;
}

export interface VariantConfig {
  name: string;
  label: string; // "Training domain"
  description: string;
  /** Millennium-style domain mnemonic shown in the title bar (TRN1, P01). */
  domain: string;
  banner: { text: string; tone: 'training' | 'live' };
  trusts: Trust[];
  /** Ask which trust after sign-in (a shared installation). */
  trustPicker: boolean;
  /** Clinics of every trust in the installation show in the booking list (the shared-domain leak). */
  clinicsOfAllTrusts: boolean;
  /** Screens inserted into a route: the national demographics trace before a registration saves. */
  demographicsTrace: boolean;
  menuGroups: string[];
  menu: Record<string, MenuItem>;
  patientActions: Record<string, PatientAction>;
  /** Actions offered under patient search results (href absolute). */
  searchActions: Record<string, PatientAction>;
  forms: FormSet;
  /** The clinical record's panels, each shown in its own frame: observations, and results inside it. */
  clinicalRecord: { observations: Record<string, FieldDef>; results: Record<string, FieldDef> };
  messages: {
    registered: string;
    referralSaved: string;
    booked: string;
    outcomeSaved: string;
    waitingListSaved: string;
    admitted: string;
    transferred: string;
    discharged: string;
    allergySaved: string;
  };
  rttColumns: RttColumn[];
  /** The RTT report's last row, which sums every specialty. */
  rttTotalLabel: string;
  cdsColumns: string[];
  /** Buttons on the CDS preview beside Preview. */
  cdsActions: string[];
  /** Buttons on an appointment's details, the screen a booking ends on, beside 'Back to patient'. */
  appointmentActions: string[];
  /** Screen id → the client script it loads (a different package level ships a different script). */
  pageScripts: Record<string, string>;
  /** Extra CSS appended after the shared style sheet (visual-only differences). */
  css: string;
}

/** A difference planted on purpose in a variant, relative to train, and where a person meets it. */
export interface PlantedDifference {
  id: string;
  variant: string;
  kind: DivergenceKind;
  journey: string; // journey id in specs/
  step: string; // step name in that journey: the first where a person meets it
  sentence: string;
  /** Other steps of the same journey whose screen also shows it (the same form captured again, or the screen before a blocked click). */
  alsoAt?: string[];
  /** The planted block (its id) this lies behind: only a journey that goes on past that block, with
   *  the control standing in for the trained one, reaches it. */
  behind?: string;
}

export interface VariantInfo {
  name: string;
  label: string;
  description: string;
  differences: PlantedDifference[];
}

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** A variant file: overrides on the base (objects merge, arrays replace) plus its planted differences. */
export interface VariantFile {
  overrides: DeepPartial<VariantConfig> & { name: string; label: string; description: string };
  planted: Omit<PlantedDifference, 'variant'>[];
}
