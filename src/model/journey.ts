// The journey format trainers write (specs/*.yaml), after loading and validation.
// The load stage (src/load) turns YAML into these types; every later stage reads them.

/** How an action finds an element: in the words a person sees, CSS only as a last resort. */
export interface Locator {
  role?: string; // ARIA role: button, link, textbox, combobox, checkbox, radio, menuitem, tab, heading, row, ...
  name?: string; // accessible name (with role)
  label?: string; // form label text
  text?: string; // visible text
  testId?: string; // data-testid
  css?: string; // last resort
  placeholder?: string;
  exact?: boolean; // whole-name match instead of substring
  nth?: number; // 0-based, where several match
  within?: Locator; // look only inside this region
  frame?: string; // look only in the frame (panel) with this name, title or address part
}

export type ActionKind =
  | 'goto' | 'click' | 'fill' | 'type' | 'select' | 'check' | 'uncheck'
  | 'press' | 'hover' | 'wait' | 'expect';

/** What an `expect` asserts about a target (or the page when no target). */
export interface Expectation {
  visible?: boolean;
  hidden?: boolean;
  enabled?: boolean;
  disabled?: boolean;
  text?: string; // element contains text
  value?: string;
  url?: string; // path contains
  title?: string;
  count?: number;
}

/** Position of a node in its source file, for error messages that point at it. */
export interface SourcePos { file: string; line: number; col: number }

export interface Action {
  kind: ActionKind;
  target?: Locator; // click/fill/type/select/check/uncheck/hover/expect
  value?: string; // fill/type/select (option label); goto (path or URL); press (key)
  key?: string; // press
  ms?: number; // wait: fixed pause (discouraged)
  for?: Locator; // wait: until the element is visible
  expect?: Expectation; // expect
  /** The YAML as the trainer wrote it, one line, for messages ("click the button Book"). */
  text: string;
  pos?: SourcePos;
}

export interface StepCaptureOptions {
  fullPage?: boolean;
  masks?: Locator[]; // regions painted over in the screenshot (dynamic content)
  screenshot?: boolean; // default true
}

export interface Step {
  name: string;
  actions: Action[];
  only?: string[]; // environment names
  skip?: string[];
  commits?: boolean; // saves data: skipped where writes are blocked
  capture?: StepCaptureOptions;
  pos?: SourcePos;
}

export interface Journey {
  id: string; // journey: register-patient
  title: string;
  tags: string[];
  start?: string; // path on the base URL
  steps: Step[];
  file: string; // where it came from (relative to the config's folder)
}
