import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTerms, spanCohesion } from '../../src/cohesion/tfidf-windows.js';
import { nearbySimilarities } from '../../src/cohesion/unit-similarity.js';

const OIL = ['oil', 'price', 'barrel', 'opec'];
const VOTE = ['senat', 'bill', 'vote', 'reserv'];

describe('nearbySimilarities', () => {
  it('is 1 for units with the same terms, 0 for units sharing none, and 0 for an empty unit', () => {
    const similarities = nearbySimilarities(indexTerms([OIL, OIL, VOTE, []]), 4);
    expect(similarities.between(0, 1)).toBeCloseTo(1);
    expect(similarities.between(1, 2)).toBe(0);
    expect(similarities.between(2, 3)).toBe(0);
  });

  it('knows only pairs fewer than `span` units apart, and no pair of a unit with itself or out of range', () => {
    const similarities = nearbySimilarities(indexTerms([OIL, VOTE, OIL, OIL]), 3);
    expect(similarities.between(0, 2)).toBeCloseTo(1);
    expect(similarities.between(0, 3)).toBe(0);
    expect(similarities.between(2, 2)).toBe(0);
    expect(similarities.between(3, 2)).toBe(0);
    expect(similarities.between(2, 9)).toBe(0);
  });

  it('rejects a span that holds no pair', () => {
    expect(() => nearbySimilarities(indexTerms([OIL]), 1)).toThrow(RangeError);
  });

  it('equals the TF-IDF cosine of the two units computed by maps, and spanCohesion for neighbours', () => {
    const vocabulary = fc.constantFrom('oil', 'price', 'vote', 'bill', 'court', 'judg', 'rain');
    fc.assert(
      fc.property(fc.array(fc.array(vocabulary, { maxLength: 6 }), { minLength: 2, maxLength: 12 }), fc.integer({ min: 2, max: 6 }), (units, span) => {
        const index = indexTerms(units);
        const similarities = nearbySimilarities(index, span);
        for (let i = 0; i < units.length; i++) {
          for (let j = i + 1; j < Math.min(units.length, i + span); j++) {
            expect(similarities.between(i, j)).toBeCloseTo(cosineOf(index, i, j), 12);
            if (j === i + 1) expect(similarities.between(i, j)).toBeCloseTo(spanCohesion(index, i, j, j + 1), 12);
          }
        }
      }),
    );
  });
});

/** The reference: TF-IDF vectors as maps from term id to weight. */
function cosineOf(index: ReturnType<typeof indexTerms>, i: number, j: number): number {
  const vector = (u: number): Map<number, number> => {
    const weights = new Map<number, number>();
    for (let k = index.offsets[u]!; k < index.offsets[u + 1]!; k++) {
      const id = index.ids[k]!;
      weights.set(id, (weights.get(id) ?? 0) + index.weights[id]!);
    }
    return weights;
  };
  const a = vector(i);
  const b = vector(j);
  let dot = 0;
  for (const [id, weight] of a) dot += weight * (b.get(id) ?? 0);
  const norm = (v: Map<number, number>): number => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  return norm(a) === 0 || norm(b) === 0 ? 0 : dot / (norm(a) * norm(b));
}
