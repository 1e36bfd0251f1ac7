// What one step left on disk for one environment: captures/<env>/<journey>/<NN-step>/capture.json.
// This file is part of the versioned run-directory format (see src/model/rundir.ts).

export interface Box { x: number; y: number; width: number; height: number }

/** One interactive control as a person meets it on the page. */
export interface FormControl {
  /** ARIA role: textbox, combobox, listbox, checkbox, radio, radiogroup, spinbutton, switch, button, link, menuitem, tab, searchbox, slider. */
  role: string;
  /** Accessible name (what a screen reader and getByRole see). */
  name: string;
  /** Words shown on screen for it where they differ from the accessible name (e.g. a button with an aria-label). */
  visibleText?: string;
  /** Label text shown next to it, when labelled by a <label>. */
  label?: string;
  nameAttr?: string; // HTML name attribute
  id?: string;
  tag: string; // input, select, textarea, button, a, div, ...
  type?: string; // input type
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  /** Options of native selects, radio groups and ARIA listboxes/comboboxes present in the page. */
  options?: string[];
  /** Start value: the selected option, checked state, or (only when capture.values is on) text. */
  value?: string;
  checked?: boolean;
  /** Help text tied to it (aria-describedby) and a validation message next to it. */
  description?: string;
  error?: string;
  box: Box;
  /** Document order among the page's controls, 0-based. */
  order: number;
  /** Which region it sits in (nearest form, fieldset legend, dialog or landmark name). */
  region?: string;
}

export interface PageIdentity {
  /** Normalised URL path (query values dropped, ids replaced by placeholders). */
  path: string;
  title: string;
  mainHeading: string;
  headings: string[]; // visible h1..h6 and role=heading, in order, with level prefix "2 "
  buttons: string[];
  links: string[];
  menuItems: string[];
  tabs: string[];
  /** Validation messages, alerts and status messages shown. */
  messages: string[];
  /** Table column headers visible on the page (reports differ by columns). */
  tableHeaders: string[][];
  /** Row headers of the same tables (body <th> cells, role=rowheader): a report's bands and totals.
   *  Absent in captures taken before Parity recorded them; compared only when both sides have them. */
  tableRows?: string[][];
  /** Short help and static text blocks (paragraphs, legends, hints), normalised. */
  texts: string[];
  /** An open dialog's name, if one is showing. */
  dialog?: string;
}

export interface RequestProblem { url: string; method: string; status?: number; error?: string }

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[]; // uncaught exceptions
  failedRequests: RequestProblem[]; // network failures and HTTP >= 400
  blockedWrites: RequestProblem[]; // aborted because the environment is read-only
}

export interface Candidate { role: string; name: string; score: number }

/** Why a step could not be performed as trained. */
export interface BlockedInfo {
  actionIndex: number;
  action: string; // the action as the trainer wrote it
  error: string; // short, one line
  /** Elements of the wanted role with the most similar names; what the person would see instead. */
  candidates: Candidate[];
}

export interface ExpectResult { actionIndex: number; action: string; passed: boolean; message?: string }

export type StepStatus =
  | 'captured' // actions ran, state captured
  | 'blocked' // an action could not be performed: the trained route does not exist here
  | 'failed' // an expect failed (state still captured)
  | 'skipped' // only/skip, or commits:true on a read-only environment
  | 'unavailable' // the environment did not answer
  | 'error'; // the tool or the browser failed

export interface StepCapture {
  format: 'parity-capture';
  version: 1;
  env: string;
  journey: string;
  step: string;
  index: number; // position in the journey, 0-based
  dir: string; // folder relative to the run dir, e.g. captures/live/register-patient/02-demographics
  status: StepStatus;
  skippedReason?: string;
  /** Why it was skipped: `filtered` (only/skip: the step is not part of this environment's route) or `read-only` (it saves data, or follows a step that does, where writes are blocked). */
  skipCause?: 'filtered' | 'read-only';
  blocked?: BlockedInfo;
  error?: string;
  expects: ExpectResult[];
  identity?: PageIdentity;
  controls: FormControl[];
  /** Files in `dir`, when present. */
  files: { screenshot?: string; aria?: string; trace?: string };
  screenshot?: { width: number; height: number; sha256: string; fullPage: boolean };
  problems: PageProblems;
  timings: { actionsMs: number; settleMs: number; captureMs: number; screenshotMs: number };
  capturedAt: string; // ISO
}

export type JourneyStatus = 'passed' | 'blocked' | 'failed' | 'unavailable' | 'error' | 'skipped';

/** captures/<env>/<journey>/journey.json: written when the journey ends in that environment. */
export interface JourneyResult {
  format: 'parity-journey';
  version: 1;
  env: string;
  journey: string;
  title: string;
  status: JourneyStatus;
  error?: string;
  steps: { index: number; name: string; status: StepStatus; dir: string }[];
  startedAt: string;
  finishedAt: string;
  trace?: string; // relative path of a Playwright trace zip
}
