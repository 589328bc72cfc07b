import { hash64, hash64Hex, hex32 } from './hash.js';
import { minHashSignature, shingleHashes, type MinHashParameters } from './minhash.js';

/** What the duplicate index needs of one article; computed once, serialisable for shards. */
export interface ArticleSignature {
  /** The article's record id (`<idBase>#<index>`). */
  id: string;
  /** 16-hex hash of the normalised text: equal for exact duplicates. */
  exact: string;
  /** MinHash signature, or null for an article with no words. */
  minhash: Uint32Array | null;
}

const WHITESPACE_RUN = /\s+/gu;

/**
 * Signs one article. "Exact" means equal after lowercasing and collapsing whitespace, with paragraph
 * breaks counted as whitespace, so re-wrapped copies of a text are exact duplicates too.
 *
 * @param seeds from {@link permutationSeeds}, of length `parameters.permutations`
 */
export function signArticle(
  id: string,
  paragraphs: readonly string[],
  parameters: MinHashParameters,
  seeds: Uint32Array,
): ArticleSignature {
  const normalised = paragraphs.join(' ').toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
  return {
    id,
    exact: hash64Hex(hash64(normalised)),
    minhash: minHashSignature(shingleHashes(paragraphs, parameters.shingleWords), seeds),
  };
}

/** JSON form of an {@link ArticleSignature}: the signature as 8 hex digits per permutation. */
export interface SerialisedSignature {
  id: string;
  exact: string;
  minhash: string | null;
}

export function serialiseSignature(signature: ArticleSignature): SerialisedSignature {
  const minhash = signature.minhash === null ? null : Array.from(signature.minhash, hex32).join('');
  return { id: signature.id, exact: signature.exact, minhash };
}

/** Reads a serialised signature back; throws on a malformed one (wrong length, non-hex digits). */
export function parseSignature(value: SerialisedSignature, permutations: number): ArticleSignature {
  if (typeof value.id !== 'string' || typeof value.exact !== 'string' || !/^[0-9a-f]{16}$/.test(value.exact)) {
    throw new Error(`malformed signature record: ${JSON.stringify(value).slice(0, 120)}`);
  }
  if (value.minhash === null) return { id: value.id, exact: value.exact, minhash: null };
  if (typeof value.minhash !== 'string' || !new RegExp(`^[0-9a-f]{${permutations * 8}}$`).test(value.minhash)) {
    throw new Error(`signature of ${value.id} is not ${permutations} hex words`);
  }
  const minhash = new Uint32Array(permutations);
  for (let i = 0; i < permutations; i++) minhash[i] = Number.parseInt(value.minhash.slice(i * 8, i * 8 + 8), 16);
  return { id: value.id, exact: value.exact, minhash };
}
