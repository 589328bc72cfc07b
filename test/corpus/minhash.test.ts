import { describe, expect, it } from 'vitest';
import { candidateProbability, estimatedJaccard, minHashSignature, permutationSeeds, shingleHashes } from '../../src/corpus/minhash.js';

const seeds = permutationSeeds(128);

/** A set of `size` distinct 32-bit values starting at `from` (hashed shingles stand-in). */
function range(from: number, size: number): Set<number> {
  return new Set(Array.from({ length: size }, (_, i) => (from + i) * 2654435761 >>> 0));
}

describe('shingleHashes', () => {
  it('makes one shingle per 5-word window within each paragraph', () => {
    // 7 words → 3 windows; 2 words → one short shingle.
    expect(shingleHashes(['one two three four five six seven', 'short one'], 5).size).toBe(4);
  });

  it('ignores paragraph order, case and punctuation', () => {
    const a = shingleHashes(['The cat sat on the mat today.', 'A dog barked at the moon all night.'], 5);
    const b = shingleHashes(['a dog barked at the moon, all night', 'the CAT sat on the mat today'], 5);
    expect(b).toEqual(a);
  });
});

describe('minHashSignature', () => {
  it('is null without shingles and equal for equal sets', () => {
    expect(minHashSignature(new Set(), seeds)).toBeNull();
    expect(estimatedJaccard(minHashSignature(range(0, 300), seeds)!, minHashSignature(range(0, 300), seeds)!)).toBe(1);
  });

  it.each([
    // |A ∩ B| / |A ∪ B| for A = [0, 1000), B = [offset, offset + 1000).
    [0, 1],
    [111, 889 / 1111],
    [333, 667 / 1333],
    [1000, 0],
  ])('estimates the Jaccard similarity of overlapping sets (offset %i) within 0.1', (offset, truth) => {
    const a = minHashSignature(range(0, 1000), seeds)!;
    const b = minHashSignature(range(offset, 1000), seeds)!;
    expect(Math.abs(estimatedJaccard(a, b) - truth)).toBeLessThan(0.1);
  });
});

describe('candidateProbability', () => {
  it('matches 1 − (1 − J^r)^b', () => {
    expect(candidateProbability(0.8, 32, 4)).toBeCloseTo(1 - (1 - 0.4096) ** 32, 12);
    expect(candidateProbability(0.8, 32, 4)).toBeGreaterThan(0.9999999);
    // 0.5⁴ = 0.0625; 0.9375³² = e^(32 · ln 0.9375) ≈ 0.1268.
    expect(candidateProbability(0.5, 32, 4)).toBeCloseTo(0.8732, 4);
  });
});
