import { tokenise } from '../text/words.js';
import { fnv1a32, mix32 } from './hash.js';

/** What a signature depends on; two signatures compare only when these are equal. */
export interface MinHashParameters {
  /** Signature length (hash functions). */
  permutations: number;
  /** Words per shingle. */
  shingleWords: number;
}

/**
 * The distinct word shingles of an article as 32-bit hashes. Words are the lowercase tokens of
 * src/text/words.ts; shingles are runs of `size` consecutive words *within one paragraph*, so
 * reordering paragraphs leaves the set unchanged; a paragraph shorter than `size` words is one
 * shingle. Scripts written without spaces give one "word" per run of letters, which makes such
 * articles match only when nearly identical.
 */
export function shingleHashes(paragraphs: readonly string[], size: number): Set<number> {
  const shingles = new Set<number>();
  for (const paragraph of paragraphs) {
    const words = tokenise(paragraph).map(fnv1a32);
    if (words.length === 0) continue;
    const windows = Math.max(1, words.length - size + 1);
    for (let start = 0; start < windows; start++) {
      const end = Math.min(start + size, words.length);
      let hash = 0;
      for (let i = start; i < end; i++) hash = mix32(Math.imul(hash, 0x9e3779b1) ^ words[i]!);
      shingles.add(hash);
    }
  }
  return shingles;
}

/**
 * The seeds of the MinHash permutations: permutation i maps a shingle hash x to mix32(x ^ seed_i),
 * a bijection of 32-bit integers. Fixed, so signatures from different runs and shards compare.
 */
export function permutationSeeds(permutations: number): Uint32Array {
  const seeds = new Uint32Array(permutations);
  for (let i = 0; i < permutations; i++) seeds[i] = mix32(0x5bd1e995 ^ Math.imul(i + 1, 0x27d4eb2f));
  return seeds;
}

/**
 * MinHash signature (Broder 1997): for each permutation, the smallest permuted shingle hash. The share
 * of equal positions in two signatures estimates the Jaccard similarity of the shingle sets, with
 * standard error √(J(1−J)/permutations) (0.035 at J = 0.8 with 128). Null when there are no shingles.
 */
export function minHashSignature(shingles: ReadonlySet<number>, seeds: Uint32Array): Uint32Array | null {
  if (shingles.size === 0) return null;
  const signature = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < seeds.length; i++) {
      // mix32(shingle ^ seed) written out: this loop is most of dedupe's time, and V8 does not inline
      // the call here (measured 5× slower).
      let h = shingle ^ seeds[i]!;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Share of equal positions of two signatures of the same length: the Jaccard estimate, in [0, 1]. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * Probability that LSH with `bands` bands of `rows` rows makes a pair of Jaccard similarity `jaccard`
 * a candidate: 1 − (1 − J^rows)^bands.
 */
export function candidateProbability(jaccard: number, bands: number, rows: number): number {
  return 1 - (1 - jaccard ** rows) ** bands;
}
