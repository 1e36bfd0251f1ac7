// What a recording becomes before it is written: steps of actions, each remembering the recorded
// step it came from (for messages and comments) and what the screens may still settle about it.
import type { Expectation, Locator } from '../model/journey.js';
import type { Problem } from '../util/errors.js';
import type { JsonPath } from './json-source.js';
import type { SelectorReading } from './selectors.js';

export type DraftKind = 'goto' | 'click' | 'fill' | 'select' | 'check' | 'uncheck' | 'press' | 'hover' | 'wait' | 'expect';

export interface DraftAction {
  kind: DraftKind;
  target?: Locator;
  /** What the journey says: the text to fill, the option, the path, the key. */
  value?: string;
  /** The value as recorded, for replaying the recording on a screen: a password's real value lives
   *  here only, in memory, and is never written. */
  recorded?: string;
  /** From a `change` step: a fill or a select, which the screen settles. */
  change?: boolean;
  /** ${secret.NAME} replaced the value (a password field). */
  secret?: string;
  expect?: Pick<Expectation, 'visible' | 'hidden' | 'count' | 'text'>;
  reading?: SelectorReading;
  /** The role was guessed from the step kind; the screen can say. */
  guessed?: boolean;
  /** The step of the recording it came from. */
  from: JsonPath;
  /** Said beside the action in the journey file (why a CSS selector, where the option came from). */
  notes: string[];
  /** What the person importing is told about this action (printed, not fatal). */
  warnings: Problem[];
}

export interface DraftStep {
  /** The screen the step arrives on, as the recording saw it. */
  arrival: { url?: string; title?: string };
  /** The screen's main heading, where the screen was read. */
  heading?: string;
  actions: DraftAction[];
  /** Data-changing requests were seen while the screen was read. */
  commits?: boolean;
}

export interface DraftJourney {
  /** The recording, as messages name it. */
  file: string;
  id: string;
  title: string;
  origin?: string;
  start?: string;
  steps: DraftStep[];
  warnings: Problem[];
}
