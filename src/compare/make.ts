// Building a divergence: severity from its kind, the fingerprint from its subject, and the
// sentence a trainer reads. Every comparer goes through here, so all divergences look alike.
import { DEFAULT_SEVERITY, type Divergence, type DivergenceKind, type Evidence } from '../model/divergence.js';
import { fingerprint } from './fingerprint.js';

/** One journey compared between a reference and a target. */
export interface PairScope {
  journey: string;
  reference: string; // environment name, or "baseline:<env>"
  target: string;
}

/** One aligned step in that journey. */
export interface StepScope {
  step: string; // step name (reference side, or target side where only the target has it)
  referenceStep?: number;
  targetStep?: number;
}

export interface Found {
  kind: DivergenceKind;
  /** What it is about, normalised; part of the fingerprint (see fingerprint.ts). */
  subject: string;
  message: string;
  evidence: Evidence;
}

export function makeDivergence(pair: PairScope, step: StepScope, f: Found): Divergence {
  const d: Divergence = {
    fingerprint: fingerprint({ kind: f.kind, journey: pair.journey, step: step.step, reference: pair.reference, target: pair.target, subject: f.subject }),
    kind: f.kind,
    severity: DEFAULT_SEVERITY[f.kind],
    journey: pair.journey,
    step: step.step,
    reference: pair.reference,
    target: pair.target,
    message: f.message,
    evidence: f.evidence,
    status: 'new',
  };
  if (step.referenceStep !== undefined) d.referenceStep = step.referenceStep;
  if (step.targetStep !== undefined) d.targetStep = step.targetStep;
  return d;
}

/** Quoted for a sentence: 'Overseas visitor status'. */
export function q(s: string): string {
  return `'${s}'`;
}

const ROLE_WORDS: Record<string, string> = {
  textbox: 'field', searchbox: 'search field', combobox: 'drop-down', listbox: 'list', checkbox: 'tick box',
  radio: 'option button', radiogroup: 'choice', spinbutton: 'number field', switch: 'switch', slider: 'slider',
  button: 'button', link: 'link', menuitem: 'menu entry', menuitemcheckbox: 'menu entry', menuitemradio: 'menu entry',
  tab: 'tab', heading: 'heading', progressbar: 'progress bar', meter: 'gauge',
};

/** "the button 'Book'", in the words a trainer uses. */
export function describe(role: string, name: string): string {
  return name ? `the ${ROLE_WORDS[role] ?? role} ${q(name)}` : `a ${ROLE_WORDS[role] ?? role} with no label`;
}

export function roleWord(role: string): string {
  return ROLE_WORDS[role] ?? role;
}

/** Short list for a sentence: 'A', 'B' and 2 more. `mark` quotes each item (none for phrases
 *  that carry their own quotes, such as "the field 'Surname'"). */
export function listWords(items: string[], max = 3, mark: (s: string) => string = q): string {
  const shown = items.slice(0, max).map(mark);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
