import type { Hash64 } from './hash.js';

/**
 * Count-min sketch (Cormode & Muthukrishnan 2005) over 64-bit hashed keys: `depth` rows of `width`
 * 32-bit counters, so memory is exactly width × depth × 4 bytes whatever the number of keys. An
 * estimate never undercounts; it overcounts by at most 2N/width with probability ≥ 1 − 2^−depth
 * (N = total increments). Row indexes come from the two hash lanes by double hashing
 * (Kirsch & Mitzenmacher 2006).
 */
export class CountMinSketch {
  private readonly counters: Uint32Array;

  constructor(
    private readonly width: number,
    private readonly depth: number,
  ) {
    if (!Number.isInteger(width) || width < 1 || !Number.isInteger(depth) || depth < 1) {
      throw new RangeError(`count-min sketch needs integer width and depth ≥ 1, got ${width} × ${depth}`);
    }
    this.counters = new Uint32Array(width * depth);
  }

  /** Adds one to the key's counters and returns the key's new estimate. */
  increment(key: Hash64): number {
    let estimate = Number.POSITIVE_INFINITY;
    for (let row = 0; row < this.depth; row++) {
      const cell = this.cell(key, row);
      const value = this.counters[cell]! + 1;
      this.counters[cell] = value;
      if (value < estimate) estimate = value;
    }
    return estimate;
  }

  /** The key's estimated count: never below the true count. */
  estimate(key: Hash64): number {
    let estimate = Number.POSITIVE_INFINITY;
    for (let row = 0; row < this.depth; row++) estimate = Math.min(estimate, this.counters[this.cell(key, row)]!);
    return estimate;
  }

  private cell(key: Hash64, row: number): number {
    const column = ((key.low + Math.imul(row, key.high | 1)) >>> 0) % this.width;
    return row * this.width + column;
  }
}
