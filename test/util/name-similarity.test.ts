// One measure of how alike two names are, for renames between releases and for a missing control's
// nearest candidates; what one name inside the other is worth is each caller's.
import { describe, expect, it } from 'vitest';
import { nameSimilarity } from '../../src/util/name-similarity.js';
import { similarity } from '../../src/compare/similarity.js';
import { nearestCandidates } from '../../src/browser/candidates.js';

describe('name similarity', () => {
  it('is 1 for the same words, whatever the case, spacing or invisible characters', () => {
    expect(nameSimilarity('NHS  number', 'nhs\u200B number', 0.5)).toBe(1);
  });

  it('counts shared words and one name inside the other, at the worth the caller gives it', () => {
    expect(nameSimilarity('NHS Number', 'CHI Number', 0)).toBeCloseTo(0.8, 5); // 2 of 10 letters differ; 1 of 2 words shared
    expect(nameSimilarity('Book', 'Book appointment', 0.8)).toBe(0.8);
    expect(nameSimilarity('Book', 'Book appointment', 0.3)).toBeCloseTo(0.5, 5); // then the shared word decides
  });

  it('a name inside another is a strong candidate for a missing control, and just short of a far rename between releases', () => {
    expect(nearestCandidates([{ role: 'button', name: 'Book appointment' }], { role: 'button', name: 'Book' })[0]!.score).toBe(0.8);
    expect(similarity('Two Week Wait', 'Two Week Wait (Cancer)')).toBe(0.75);
  });
});
