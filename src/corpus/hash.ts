/**
 * Fast non-cryptographic hashes for corpus statistics. All results are unsigned 32-bit integers or
 * hex strings built from them, so they are identical on every platform and can be stored in profiles
 * and signature files.
 */

/** FNV-1a, 32 bits, over UTF-16 code units (offset basis 2166136261, prime 16777619). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers with full avalanche, so
 * `mix32(x ^ seed)` is a different pseudo-random permutation for every seed (used by MinHash).
 */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 64-bit hash as two independent 32-bit lanes. */
export interface Hash64 {
  high: number;
  low: number;
}

/**
 * A 64-bit hash of a string: FNV-1a in the low lane and a second multiply-rotate lane with a different
 * seed and multiplier (cyrb53-style) in the high lane, both finalised with {@link mix32}. With n
 * distinct lines the chance of any collision is about n² / 2⁶⁵ (10⁶ lines: 3·10⁻⁸).
 */
export function hash64(text: string): Hash64 {
  let low = 0x811c9dc5;
  let high = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193);
    high = Math.imul(high ^ code, 0x9e3779b1);
    high = (high << 13) | (high >>> 19);
  }
  return { high: mix32(high ^ text.length), low: mix32(low) };
}

/** The 16-character lowercase hex form of a {@link Hash64}: the key stored in profiles. */
export function hash64Hex(hash: Hash64): string {
  return hex32(hash.high) + hex32(hash.low);
}

/** An unsigned 32-bit integer as 8 lowercase hex digits. */
export function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
