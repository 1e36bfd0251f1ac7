import { describe, expect, test } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/load/suggest.js';

describe('edit distance', () => {
  test('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('click', 'click')).toBe(0);
    expect(editDistance('clik', 'click')).toBe(1);
    expect(editDistance('clicks', 'click')).toBe(1);
    expect(editDistance('clack', 'click')).toBe(1);
    expect(editDistance('lable', 'label')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closest', () => {
  const actions = ['goto', 'click', 'fill', 'type', 'select', 'check', 'uncheck', 'press', 'hover', 'wait', 'expect'];
  test('finds the word a typo was meant to be', () => {
    expect(closest('clik', actions)).toBe('click');
    expect(closest('selct', actions)).toBe('select');
    expect(closest('expcet', actions)).toBe('expect');
    expect(closest('TestID', ['testId', 'text'])).toBe('testId');
    expect(closest('live-sout', ['train', 'live-south', 'live-north'])).toBe('live-south');
  });
  test('does not guess from a word that is not close to any', () => {
    expect(closest('choose', actions)).toBeUndefined();
    expect(closest('x', ['nth', 'css'])).toBeUndefined();
    expect(closest('', actions)).toBeUndefined();
  });
  test('didYouMean phrases the hint', () => {
    expect(didYouMean('buton', ['button', 'link'])).toBe("did you mean 'button'?");
    expect(didYouMean('zzzz', ['button', 'link'])).toBeUndefined();
  });
});
