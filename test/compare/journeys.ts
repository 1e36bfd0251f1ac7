// The journeys compare tests start from: a registration in the words of an NHS PAS.
import { layout, field, select, button, type JourneySpec, type StepSpec } from './fixture.js';
import type { CompareOptions } from '../../src/compare/index.js';
import { compareRun } from '../../src/compare/index.js';
import { defaultCompareConfig } from '../../src/cli/compare-settings.js';

export const PRIORITY = ['1 Routine', '2 Urgent', '3 Two Week Wait'];

export function registerJourney(): JourneySpec {
  const steps: StepSpec[] = [
    { name: 'Open registration', heading: 'Register patient', controls: layout([field('Surname', { nameAttr: 'surname' }), field('Forename', { nameAttr: 'forename' }), field('NHS Number', { nameAttr: 'nhs' }), button('Next')]) },
    { name: 'Enter demographics', heading: 'Demographics', controls: layout([select('Ethnic category', ['A White British', 'B White Irish', 'Z Not stated']), select('Overseas visitor status', ['1 Exempt', '8 Not applicable', '9 Not known']), button('Save')]) },
    { name: 'Record referral', heading: 'Referral', controls: layout([select('Priority', PRIORITY), field('Referral date'), button('Book')]) },
    { name: 'Confirm', heading: 'Patient registered', controls: layout([button('Done')]) },
  ];
  return { id: 'register-patient', steps };
}

export function step(j: JourneySpec, name: string): StepSpec {
  const s = j.steps.find((x) => x.name === name);
  if (!s) throw new Error(`no step ${name}`);
  return s;
}

export function control(s: StepSpec, name: string) {
  const c = s.controls?.find((x) => x.name === name);
  if (!c) throw new Error(`no control ${name}`);
  return c;
}

/** Compare with every pixel counting (maxDiffPixelRatio 0) and in-process pixels, unless told. */
export function compare(dir: string, o: Partial<CompareOptions> = {}) {
  const config = defaultCompareConfig();
  config.visual.maxDiffPixelRatio = 0;
  return compareRun(dir, { failOn: 'major', config, workers: 0, ...o });
}

export function kinds(r: { divergences: { kind: string }[] }): string[] {
  return r.divergences.map((d) => d.kind);
}
