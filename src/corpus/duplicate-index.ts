import type { CorpusOptions } from '../options.js';
import { mix32 } from './hash.js';
import { estimatedJaccard, permutationSeeds, type MinHashParameters } from './minhash.js';
import { signArticle, type ArticleSignature } from './article-signature.js';

/** The parameters of duplicate detection, taken from {@link CorpusOptions}. */
export type DedupeParameters = Pick<CorpusOptions, 'dedupeThreshold' | 'minhashPermutations' | 'minhashBands' | 'shingleWords'>;

/** What the index decided about one article. */
export interface DuplicateVerdict {
  id: string;
  /** Id of the first article (in input order) this one copies; null for a first copy. */
  duplicateOf: string | null;
  /** `exact`: same normalised text; `near`: estimated Jaccard ≥ threshold. */
  kind: 'exact' | 'near' | null;
  /** Estimated Jaccard similarity with `duplicateOf` (1 for exact), in [0, 1]; null for a first copy. */
  similarity: number | null;
}

/**
 * Streaming duplicate detection: articles are added one at a time, in input order, and each is
 * compared with the first copies added before it: exact duplicates by text hash, near-duplicates by
 * MinHash with LSH banding (a candidate must agree with a first copy on all rows of at least one band)
 * verified by estimated Jaccard ≥ threshold. `duplicateOf` is always a first copy (never a copy of a
 * copy), the earliest one that qualifies, so the result depends only on the input order and
 * `--dedupe` keeps exactly the first copies. Memory: per first copy, its signature
 * (4 × permutations bytes), its id and exact hash, and one map entry per band (≈ 2 KB in all with
 * the defaults); copies cost nothing.
 */
export class DuplicateIndex {
  readonly parameters: MinHashParameters;
  private readonly seeds: Uint32Array;
  private readonly rows: number;
  private readonly firstCopies: ArticleSignature[] = [];
  private readonly byExact = new Map<string, number>();
  /** Band key → first copies (an index, or a list once two share the key); all bands in one map. */
  private readonly buckets = new Map<number, number | number[]>();
  private readonly bands: number;

  /**
   * @param capacity most first copies remembered (default: all); an article arriving after that is
   *   still compared with the remembered ones, but a later copy of it will not be recognised
   */
  constructor(
    private readonly options: DedupeParameters,
    private readonly capacity = Number.POSITIVE_INFINITY,
  ) {
    const { minhashPermutations: permutations, minhashBands: bands, dedupeThreshold, shingleWords } = options;
    if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(permutations) || permutations < bands || permutations % bands !== 0) {
      throw new RangeError(`minhash permutations (${permutations}) must be a positive multiple of bands (${bands})`);
    }
    if (!(dedupeThreshold > 0 && dedupeThreshold <= 1)) throw new RangeError(`dedupe threshold must be in (0, 1], got ${dedupeThreshold}`);
    if (!Number.isInteger(shingleWords) || shingleWords < 1) throw new RangeError(`shingle size must be ≥ 1, got ${shingleWords}`);
    this.parameters = { permutations, shingleWords };
    this.seeds = permutationSeeds(permutations);
    this.rows = permutations / bands;
    this.bands = bands;
  }

  /** Signs an article with this index's parameters (for {@link add}, or for a shard's signature file). */
  sign(id: string, paragraphs: readonly string[]): ArticleSignature {
    return signArticle(id, paragraphs, this.parameters, this.seeds);
  }

  /** Adds the next article in input order and says whether it copies an earlier one. */
  add(signature: ArticleSignature): DuplicateVerdict {
    const exactIndex = this.byExact.get(signature.exact);
    if (exactIndex !== undefined) {
      return { id: signature.id, duplicateOf: this.firstCopies[exactIndex]!.id, kind: 'exact', similarity: 1 };
    }
    const near = signature.minhash === null ? null : this.nearestEarliest(signature.minhash);
    if (near !== null) {
      return { id: signature.id, duplicateOf: this.firstCopies[near.index]!.id, kind: 'near', similarity: near.similarity };
    }
    this.remember(signature);
    return { id: signature.id, duplicateOf: null, kind: null, similarity: null };
  }

  /** Number of first copies held. */
  get size(): number {
    return this.firstCopies.length;
  }

  private nearestEarliest(minhash: Uint32Array): { index: number; similarity: number } | null {
    const candidates = new Set<number>();
    for (let band = 0; band < this.bands; band++) {
      const bucket = this.buckets.get(this.bandKey(minhash, band));
      if (typeof bucket === 'number') candidates.add(bucket);
      else if (bucket !== undefined) for (const index of bucket) candidates.add(index);
    }
    let best: { index: number; similarity: number } | null = null;
    for (const index of candidates) {
      if (best !== null && index > best.index) continue;
      const similarity = estimatedJaccard(minhash, this.firstCopies[index]!.minhash!);
      if (similarity >= this.options.dedupeThreshold) best = { index, similarity };
    }
    return best;
  }

  private remember(signature: ArticleSignature): void {
    if (this.firstCopies.length >= this.capacity) return;
    const index = this.firstCopies.length;
    this.firstCopies.push(signature);
    this.byExact.set(signature.exact, index);
    if (signature.minhash === null) return;
    for (let band = 0; band < this.bands; band++) {
      const key = this.bandKey(signature.minhash, band);
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, index);
      else if (typeof bucket === 'number') this.buckets.set(key, [bucket, index]);
      else bucket.push(index);
    }
  }

  /**
   * A band's rows hashed to one 32-bit key, seeded with the band number so bands share one map; a
   * key collision only adds a candidate that verification rejects.
   */
  private bandKey(minhash: Uint32Array, band: number): number {
    let key = mix32(band + 1);
    for (let row = band * this.rows; row < (band + 1) * this.rows; row++) key = mix32(Math.imul(key, 0x9e3779b1) ^ minhash[row]!);
    return key;
  }
}
