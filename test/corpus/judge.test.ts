// The corpus judge: which known changes a run named, which findings are false, which repeat.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the corpus harness
import { judge, names, runToRun } from '../../corpus/lib/judge.mjs';

const d = (kind: string, step: string, message: string) => ({ kind, step, message, fingerprint: `${kind}:${message}` });

describe('corpus judge', () => {
  const truth = { changes: [
    { id: 'gp-removed', step: 'Personal details', kinds: ['field-missing'], match: ['Registered GP practice'] },
    { id: 'header', kinds: ['visual-only'], match: ['/the header/'] },
  ] };

  it('a finding names a change when step, kind and every match entry fit', () => {
    expect(names(truth.changes[0], d('field-missing', 'Personal details', "In new, the field 'Registered GP practice' is missing"))).toBe(true);
    expect(names(truth.changes[0], d('label-changed', 'Personal details', "'Registered GP practice' is called 'x'"))).toBe(false);
    expect(names(truth.changes[0], d('field-missing', 'Contact', "'Registered GP practice' is missing"))).toBe(false);
    expect(names(truth.changes[1], d('visual-only', 'Home', 'looks different around THE HEADER'))).toBe(true);
  });

  it('counts named, false and repeated findings, and the same sentence twice', () => {
    const v = judge(truth, [
      d('field-missing', 'Personal details', "the field 'Registered GP practice' is missing"),
      d('visual-only', 'Home', 'looks different around the header'),
      d('visual-only', 'Contact', 'looks different around the header'),
      d('label-changed', 'Home', "the link 'GOV.UK' is called ''"),
      d('label-changed', 'Home', "the link 'GOV.UK' is called ''"),
    ]);
    expect(v.named).toBe(2);
    expect(v.missed).toEqual([]);
    expect(v.false.map((x: { message: string }) => x.message)).toEqual(["the link 'GOV.UK' is called ''", "the link 'GOV.UK' is called ''"]);
    expect(v.repeated.map((x: { change: string }) => x.change)).toEqual(['header']);
    expect(v.sameSentence).toBe(1);
  });

  it('a finding that fits two changes names the one not yet named', () => {
    const both = { changes: [
      { id: 'crown', kinds: ['visual-only'], match: ['/crown|header/'] },
      { id: 'arms', kinds: ['visual-only'], match: ['/footer|crown copyright/'] },
    ] };
    const v = judge(both, [
      d('visual-only', 'Start', 'looks different around the header'),
      d('visual-only', 'Start', "looks different around the footer and the link '© Crown copyright'"),
    ]);
    expect(v.named).toBe(2);
    expect(v.repeated).toEqual([]);
  });

  it('run-to-run counts fingerprints in one run and not the other, both ways', () => {
    expect(runToRun(['a', 'b'], ['a', 'b'])).toBe(0);
    expect(runToRun(['a', 'b'], ['a', 'c'])).toBe(2);
  });
});
