import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/cohesion/tfidf-windows.js';
import { nearbyOverlaps } from '../../src/cohesion/unit-overlaps.js';

const OIL = ['oil', 'price', 'barrel', 'opec'];
const VOTE = ['senat', 'bill', 'vote', 'reserv'];

describe('nearbyOverlaps', () => {
  it('is 1 for units sharing a term, 0 for units sharing none and for an empty unit', () => {
    const overlaps = nearbyOverlaps(indexTerms([OIL, ['crude', 'oil'], VOTE, []]), 4);
    expect(overlaps.between(0, 1)).toBe(1);
    expect(overlaps.between(1, 2)).toBe(0);
    expect(overlaps.between(2, 3)).toBe(0);
  });

  it('knows only pairs fewer than `span` units apart, and no pair of a unit with itself or out of range', () => {
    const overlaps = nearbyOverlaps(indexTerms([OIL, VOTE, OIL, OIL]), 3);
    expect(overlaps.between(0, 2)).toBe(1);
    expect(overlaps.between(0, 3)).toBe(0);
    expect(overlaps.between(2, 2)).toBe(0);
    expect(overlaps.between(3, 2)).toBe(0);
    expect(overlaps.between(2, 9)).toBe(0);
  });

  it('rejects a span that holds no pair', () => {
    expect(() => nearbyOverlaps(indexTerms([OIL]), 1)).toThrow(RangeError);
  });

  it('equals a check of the two units as sets of terms', () => {
    const vocabulary = fc.constantFrom('oil', 'price', 'vote', 'bill', 'court', 'judg', 'rain');
    fc.assert(
      fc.property(fc.array(fc.array(vocabulary, { maxLength: 4 }), { minLength: 2, maxLength: 12 }), fc.integer({ min: 2, max: 6 }), (units, span) => {
        const overlaps = nearbyOverlaps(indexTerms(units), span);
        for (let i = 0; i < units.length; i++) {
          for (let j = i + 1; j < units.length; j++) {
            const shares = j - i < span && units[i]!.some((term) => units[j]!.includes(term));
            expect(overlaps.between(i, j)).toBe(shares ? 1 : 0);
          }
        }
      }),
    );
  });
});
