import type { TermIndex } from './tfidf-windows.js';

/**
 * TF-IDF cosine of every pair of units that lie fewer than `span` units apart, computed once per
 * document for the decoder's article density (decode.ts). Pairs further apart are never needed:
 * the density of a long article is a sum over its nearby pairs, so the cost stays linear in the
 * document's length (units × span).
 */
export interface NearbySimilarities {
  /** Pairs with `j - i < span` are known. */
  readonly span: number;
  /** Cosine of units `i < j` (0 when they lie `span` or more apart), in [0, 1]. */
  between(i: number, j: number): number;
}

/** Units either side whose similarity is kept: longer than any run of sentences one article needs to cohere. */
export const DEFAULT_SIMILARITY_SPAN = 32;

export function nearbySimilarities(index: TermIndex, span: number = DEFAULT_SIMILARITY_SPAN): NearbySimilarities {
  if (!Number.isInteger(span) || span < 2) throw new RangeError(`span must be an integer ≥ 2, not ${span}`);
  const { unitCount, ids, offsets, weights } = index;
  const width = span - 1;
  const cosines = new Float64Array(unitCount * width);
  // Unit i's TF-IDF vector, dense by term id, while its row of cosines is filled.
  const scratch = new Float64Array(index.terms.length);
  const norms = Float64Array.from({ length: unitCount }, (_, u) => Math.sqrt(squaredNorm(index, u, scratch)));
  for (let i = 0; i < unitCount; i++) {
    if (norms[i] === 0) continue;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) scratch[ids[k]!]! += weights[ids[k]!]!;
    for (let j = i + 1; j < Math.min(unitCount, i + span); j++) {
      if (norms[j] === 0) continue;
      let dot = 0;
      for (let k = offsets[j]!; k < offsets[j + 1]!; k++) dot += scratch[ids[k]!]! * weights[ids[k]!]!;
      cosines[i * width + (j - i - 1)] = dot / (norms[i]! * norms[j]!);
    }
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) scratch[ids[k]!] = 0;
  }
  return {
    span,
    between(i, j) {
      const distance = j - i;
      if (distance <= 0 || distance >= span || i < 0 || j >= unitCount) return 0;
      return cosines[i * width + (distance - 1)]!;
    },
  };
}

/** Σ (count × idf)² over unit `u`'s distinct terms; leaves `scratch` zeroed. */
function squaredNorm(index: TermIndex, u: number, scratch: Float64Array): number {
  const { ids, offsets, weights } = index;
  for (let k = offsets[u]!; k < offsets[u + 1]!; k++) scratch[ids[k]!]! += weights[ids[k]!]!;
  let sum = 0;
  for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
    const id = ids[k]!;
    sum += scratch[id]! * scratch[id]!;
    scratch[id] = 0;
  }
  return sum;
}
