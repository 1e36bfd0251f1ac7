// Past a block, on the page: when a trained control is not on the screen, find the control that
// stands in for it (stand-in.ts), check that going on with it sends no write the environment
// refuses, and say how to reach it. Where the approved reference had the trained control comes from
// its baseline (baselines/<reference>): the screen a person was trained on, the same on every run,
// so whether a journey goes on does not depend on which environment happened to get there first.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright';
import type { Candidate, FormControl, StandIn, StepCapture } from '../model/capture.js';
import type { ParityConfig, EnvironmentConfig } from '../model/config.js';
import type { Action, Journey, Locator } from '../model/journey.js';
import { captureDir } from '../model/rundir.js';
import { readPageModel } from '../capture/page-model.js';
import { nearestCandidates } from '../browser/candidates.js';
import { onScreen, wantedName, wantedRole, type OnScreen } from '../browser/locators.js';
import { answersTo, chooseStandIn, type ReferencePlace, type Wanted } from './stand-in.js';

/** Actions that act on one control, so another control can take its place. */
const ON_A_CONTROL = new Set<Action['kind']>(['click', 'fill', 'type', 'select', 'check', 'uncheck', 'hover', 'press']);

/** Only a control that is not there is stood in for: a disabled or ambiguous one is a finding as it is. */
export function mayStandIn(a: Action, error: string): boolean {
  return ON_A_CONTROL.has(a.kind) && a.target !== undefined && /is not on the screen/.test(error);
}

/** The approved reference's screens around a step: the one it began on, then the one it left. */
function referenceScreens(config: ParityConfig, journey: Journey, index: number): FormControl[][] {
  const root = join(resolve(config.dir, config.baselines), config.reference);
  const read = (i: number): FormControl[] | undefined => {
    const step = journey.steps[i];
    if (!step) return undefined;
    const file = join(root, captureDir(config.reference, journey.id, i, step.name), 'capture.json');
    if (!existsSync(file)) return undefined;
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as StepCapture).controls;
    } catch {
      return undefined; // a damaged baseline is no place to learn from; the other signals still hold
    }
  };
  return [read(index - 1), read(index)].filter((x): x is FormControl[] => x !== undefined);
}

/** The trained control as the reference showed it: one control answering to the words, on the screen the step began on or left. */
export function referencePlace(config: ParityConfig, journey: Journey, index: number, wanted: Wanted): ReferencePlace | undefined {
  for (const controls of referenceScreens(config, journey, index)) {
    const hits = controls.filter((c) => answersTo(c, wanted));
    if (hits.length === 1) return { control: hits[0]!, controls };
  }
  return undefined;
}

export interface Found {
  standIn: StandIn;
  /** How the action reaches it: by its role and its whole name, in its panel. */
  target: Locator;
  /** What was on the screen when the trained control was not (for the report's detail view). */
  candidates: Candidate[];
}

export type PastBlock = { found: Found } | { refused: string; candidates: Candidate[] } | { none: true; candidates: Candidate[] };

/** The stand-in for the trained control of a blocked action, or why there is none. */
export async function findStandIn(page: Page, a: Action, env: EnvironmentConfig, ref: ReferencePlace | undefined): Promise<PastBlock> {
  const loc = a.target!;
  const wanted: Wanted = { role: wantedRole(loc), name: wantedName(loc) };
  const model = await readPageModel(page, { values: false });
  const candidates = nearestCandidates(model.elements, wanted);
  const s = chooseStandIn(model.controls, wanted, ref);
  if (!s) return { none: true, candidates };
  const target: Locator = { role: s.role, name: s.name, exact: true, ...(s.frame ? { frame: s.frame } : {}) };
  const shown = await onScreen(page, target);
  if (shown.count !== 1) return { none: true, candidates }; // its whole name is not one control after all
  if (env.writes !== 'allowed' && (a.kind === 'click' || a.kind === 'press') && (await submitsWrite(shown.at(0), a.kind))) {
    return { refused: `going on with '${s.name}' would send the form, and writes are refused in ${env.name}`, candidates };
  }
  return { found: { standIn: s, target, candidates } };
}

/** Sends a form that posts: a submit control clicked, or a key pressed in a field of such a form
 *  (Enter sends it). A read-only environment would refuse what it sends. */
async function submitsWrite(el: ReturnType<OnScreen['at']>, kind: Action['kind']): Promise<boolean> {
  return el.evaluate((n, pressed) => {
    const b = n as HTMLButtonElement | HTMLInputElement;
    const form = 'form' in b ? b.form : null;
    if (!form) return false;
    const submits = (b instanceof HTMLButtonElement && b.type === 'submit') || (b instanceof HTMLInputElement && (b.type === 'submit' || b.type === 'image'));
    if (!submits && !(pressed && b instanceof HTMLInputElement)) return false;
    const method = (b.getAttribute('formmethod') || form.getAttribute('method') || 'get').toLowerCase();
    return method !== 'get' && method !== 'dialog';
  }, kind === 'press').catch(() => true); // could not tell: do not risk it
}
