import { Uint32Blocks } from './uint32-blocks.js';

/** Entries per slot at most before the table doubles; linear probing stays short below three quarters full. */
const MAX_LOAD = 0.75;

/**
 * An open-addressing table from 32-bit hashes to 32-bit numbers (entry or input positions), 8 bytes
 * per slot in {@link Uint32Blocks}: 11 to 21 bytes per entry. It holds no keys: a caller keeps them, or can make them again,
 * and confirms each candidate {@link find} offers, so two keys of one hash are told apart exactly.
 * Entries are only added.
 */
export class HashIndex {
  /** Per slot, two words: the hash, then the stored number + 1 (0 for a free slot). */
  private slots = new Uint32Blocks(128);
  /** Slots in the table, a power of two (the blocks may hold more words than it uses). */
  private slotCount = 64;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The first number stored under `hash` that `matches` accepts, or -1. */
  find(hash: number, matches: (value: number) => boolean): number {
    const mask = this.slotCount - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots.get(slot * 2 + 1);
      if (stored === 0) return -1;
      if (this.slots.get(slot * 2) === hash >>> 0 && matches(stored - 1)) return stored - 1;
    }
  }

  /** Stores `value` (0 ≤ value < 2³² − 1) under `hash`, beside any number stored there before. */
  add(hash: number, value: number): void {
    if (this.count + 1 > this.slotCount * MAX_LOAD) this.grow();
    place(this.slots, this.slotCount, hash >>> 0, value + 1);
    this.count++;
  }

  private grow(): void {
    const old = this.slots;
    const oldCount = this.slotCount;
    this.slotCount *= 2;
    this.slots = new Uint32Blocks(this.slotCount * 2);
    for (let slot = 0; slot < oldCount; slot++) {
      const stored = old.get(slot * 2 + 1);
      if (stored !== 0) place(this.slots, this.slotCount, old.get(slot * 2), stored);
    }
  }
}

/** Puts (`hash`, `stored`) in the first free slot from `hash` on (linear probing) of a table of `slotCount` slots. */
function place(slots: Uint32Blocks, slotCount: number, hash: number, stored: number): void {
  const mask = slotCount - 1;
  let slot = hash & mask;
  while (slots.get(slot * 2 + 1) !== 0) slot = (slot + 1) & mask;
  slots.set(slot * 2, hash);
  slots.set(slot * 2 + 1, stored);
}
