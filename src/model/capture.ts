// What one step left on disk for one environment: captures/<env>/<journey>/<NN-step>/capture.json.
// This file is part of the versioned run-directory format (see src/model/rundir.ts).

export interface Box { x: number; y: number; width: number; height: number }

/** One interactive control as a person meets it on the page. */
export interface FormControl {
  /** ARIA role: textbox, combobox, listbox, checkbox, radio, radiogroup, spinbutton, switch, button, link, menuitem, tab, searchbox, slider; progressbar and meter (read, not operated). */
  role: string;
  /** Accessible name (what a screen reader and getByRole see). */
  name: string;
  /** Words shown on screen for it where they differ from the accessible name (e.g. a button with an aria-label). */
  visibleText?: string;
  /** Label text shown next to it, when labelled by a <label>. */
  label?: string;
  /** What a sighted person reads as its name (visible label, button text, legend, placeholder), where it
   *  differs from `name`; '' when nothing visible names it. Text clipped to a pixel is heard, not seen. */
  seen?: string;
  /** An asterisk or "(required)" shown with its words: required to the eye, whatever the markup says. */
  requiredMark?: boolean;
  placeholder?: string;
  /** data-testid: an identity the page's authors gave it. */
  testId?: string;
  /** The nearest heading above it: how a person says where a nameless control is. */
  context?: string;
  /** In the site's header, navigation or footer: on every page alike. */
  chrome?: boolean;
  nameAttr?: string; // HTML name attribute
  id?: string;
  tag: string; // input, select, textarea, button, a, div, ...
  type?: string; // input type
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  /** Options of native selects, radio groups and ARIA listboxes/comboboxes present in the page. */
  options?: string[];
  /** The values behind `options` (option value attributes), where the page has them: what stays
   *  the same when an option's words are changed. */
  optionValues?: string[];
  /** What a screen reader hears for each of `options` (option buttons of a group), where that
   *  differs from the words shown beside them: 11 rating circles all announced as 'Pain score'. */
  optionNames?: string[];
  /** Start value: the selected option, checked state, or (only when capture.values is on) text. */
  value?: string;
  /** How the text it holds is written, never what it says: digits and words stand as `9` and `A`
   *  (`17 Mar 2025` is `9 A 9`, `17/03/2025` is `9/9/9`). Kept for text that holds a number when
   *  capture.values is off, so a changed date or time format is seen without keeping patient data. */
  valueShape?: string;
  /** What a screen reader calls the buttons folded into it as its parts (a drop-down's arrow, a
   *  file question's choose button), in page order. Absent when it has none, and in older captures. */
  parts?: string[];
  /** Where the text a one-line box holds is drawn across it (document x and width); absent when it
   *  holds nothing, and in older captures. The rest of its box is the control's own drawing. */
  valueSpan?: { x: number; width: number };
  checked?: boolean;
  /** Help text tied to it (aria-describedby) and a validation message next to it. */
  description?: string;
  error?: string;
  box: Box;
  /** Where the words it is called by stand, when they stand apart from it (a label or a question's
   *  title elsewhere on the page). Absent in older captures. */
  labelBox?: Box;
  /** Where its help text stands (what aria-describedby names), when shown. Absent in older captures. */
  descriptionBox?: Box;
  /** Where its list of options is drawn while it is open (a drop-down drawn over the page); absent
   *  while closed, for a native select (the browser draws its list), and in older captures. */
  listBox?: Box;
  /** Document order among the page's controls, 0-based. */
  order: number;
  /** Which region it sits in (nearest form, fieldset legend, dialog or landmark name). */
  region?: string;
  /** The panel (frame) it is shown in, by the frame's title, name or heading; absent in the page itself. */
  frame?: string;
  /** A link or button in a row of a table with column headers: one record's (a patient's name, its
   *  'Record outcome'), by the table's name and the column's header. */
  record?: { table: string; column: string };
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
  /** Messages shown for a field or a group of fields (what points at them as its description or
   *  error), one entry per field, by the field's words. Absent in older captures. */
  fieldMessages?: { field: string; text: string }[];
  /** Table column headers visible on the page (reports differ by columns). */
  tableHeaders: string[][];
  /** Row headers of the same tables (body <th> cells, role=rowheader): a report's bands and totals.
   *  Absent in captures taken before Parity recorded them; compared only when both sides have them. */
  tableRows?: string[][];
  /** For each of the same tables: whether a screen reader hears it as a table (not one a library
   *  marks role=presentation), and its caption, own name or the question it stands in. Absent in
   *  older captures. */
  tables?: { heard: boolean; title: string; box?: Box }[];
  /** Short help and static text blocks (paragraphs, legends, hints), normalised. */
  texts: string[];
  /** Every short line of words on the screen, whatever element holds it (capped): to tell words
   *  that moved into another role from words that are new. Absent in older captures. */
  words?: string[];
  /** An open dialog's name, if one is showing. */
  dialog?: string;
  /** Parts of the page a person would name ("the header", "the heading 'Allergies'") with their
   *  boxes: where a changed region with no control under it is. A heading's and a title's say how
   *  their words are set (`font`: '24px 700'); absent in older captures. */
  areas?: { name: string; box: Box; font?: string }[];
}

export interface RequestProblem {
  url: string;
  method: string;
  status?: number;
  error?: string;
  /** What the request was for, as the browser says (document, stylesheet, script, image, font, fetch,
   *  xhr, ...): a stylesheet that failed is not the same finding as a page that failed. */
  resource?: string;
}

/** An alert, confirm, prompt or beforeunload box the page showed (Parity dismissed it). */
export interface PageDialog { type: string; message: string }

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[]; // uncaught exceptions
  failedRequests: RequestProblem[]; // network failures and HTTP >= 400
  blockedWrites: RequestProblem[]; // aborted because the environment is read-only
  /** Boxes the page put up; absent in captures taken before Parity recorded them. */
  dialogs?: PageDialog[];
}

export interface Candidate { role: string; name: string; score: number; /** the panel it is in, when in a frame */ frame?: string }

/** Why a step could not be performed as trained. */
export interface BlockedInfo {
  actionIndex: number;
  action: string; // the action as the trainer wrote it
  error: string; // short, one line
  /** Elements of the wanted role with the most similar names; what the person would see instead. */
  candidates: Candidate[];
  /** The strong candidate the journey went on with (the step itself was then performed and captured):
   *  why it stands for the trained element. Absent: the journey stopped here. */
  via?: StandIn;
}

/** A control that stands in for a trained one that is gone: the same role where the approved
 *  reference had it (`same place`), the same id, name attribute or test id (`same id`), or a name
 *  a few letters off (`close name`). */
export interface StandIn { role: string; name: string; why: 'same place' | 'same id' | 'close name'; frame?: string }

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
  /** Which page model recorded the controls: 2 adds the words on screen apart from the accessible
   *  name (FormControl.seen), option values and required markers; 3 reads an option button's words
   *  on screen as its option (what it is announced as goes to optionNames); 4 measures where a
   *  box's text stands (FormControl.valueSpan). Absent: 1. */
  model?: number;
  skippedReason?: string;
  /** Why it was skipped: `filtered` (only/skip: the step is not part of this environment's route) or `read-only` (it saves data, or follows a step that does, where writes are blocked). */
  skipCause?: 'filtered' | 'read-only';
  blocked?: BlockedInfo;
  /** Later blocks of the same step that the journey also went past (each with `via`). */
  alsoBlocked?: BlockedInfo[];
  /** Names of the stand-ins the journey has gone on with since a block, earlier steps' and this
   *  one's ("continued via 'Reserve'"): what this step shows lies behind a block. */
  continuedVia?: string[];
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

/** A value the run made up for a journey (${gen.nhsNumber}, ${gen.name}, ${gen.id}, ${run.id}): the same
 *  in every environment of the run, new in the next run. Shown on screens as a placeholder. */
export interface GeneratedValue { ref: string; kind: 'nhsNumber' | 'name' | 'id' | 'runId'; value: string }

/** captures/<env>/<journey>/journey.json: written when the journey ends in that environment. */
export interface JourneyResult {
  format: 'parity-journey';
  version: 1;
  env: string;
  journey: string;
  title: string;
  status: JourneyStatus;
  error?: string;
  /** Where a blocked journey stopped, and why, in a trainer's words (for the terminal and summaries). */
  blockedAt?: { step: string; said: string; /** the stand-in it went on with, if it did */ via?: string };
  steps: { index: number; name: string; status: StepStatus; dir: string }[];
  startedAt: string;
  finishedAt: string;
  trace?: string; // relative path of a Playwright trace zip
  /** The values generated for this journey, by reference ("gen.nhsNumber": "999 412 3456"). */
  generated?: Record<string, string>;
}
