// The shape of a rename decides which renames are one change (group.ts): the words that were
// taken off or put in, cut between words.
import { describe, expect, it } from 'vitest';
import { renameShape } from '../../src/compare/group.js';

describe('renameShape', () => {
  it('a word taken off the front is the same shape whatever the rest begins with', () => {
    // 'GET Get a patient' shares a 'G' with 'Get a patient' at the start as well as its end.
    const shapes = ['GET Search patients→Search patients', 'POST Register a patient→Register a patient', 'GET Get a patient→Get a patient']
      .map((x) => renameShape(...(x.split('→') as [string, string])));
    expect(new Set(shapes).size).toBe(1);
  });

  it('a word replaced by another keeps its words', () => {
    expect(renameShape('Home address', 'Home phone')).not.toBe(renameShape('Ward code', 'Ward type'));
  });
});
