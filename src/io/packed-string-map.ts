import { fnv1a32 } from '../corpus/hash.js';
import { PackedStrings } from './packed-strings.js';

/** Slots per entry at most before the table doubles: at most half full, so a probe run stays short. */
const MAX_LOAD = 0.5;

/**
 * A string → string map for one entry per input file kept for a whole run (the output guard, the
 * listing's check for a file named twice): keys and values in {@link PackedStrings}, found through
 * an open-addressing table of 32-bit hashes, 24 to 40 bytes per entry besides the characters. For
 * the output guard of 145,011 files that is 91 bytes per file, where a `Map` of the same strings
 * held 357. Entries are only added, never changed or removed.
 */
export class PackedStringMap {
  private readonly keys = new PackedStrings();
  private readonly values = new PackedStrings();
  /** Per slot: entry index + 1, or 0 when the slot is free. */
  private slots = new Uint32Array(64);
  /** Per slot: the hash of its key, compared before the key itself is read back. */
  private hashes = new Uint32Array(64);

  get size(): number {
    return this.keys.length;
  }

  /** The value stored for `key`, or undefined. */
  get(key: string): string | undefined {
    const slot = this.slotOf(key, fnv1a32(key));
    const entry = this.slots[slot] as number;
    return entry === 0 ? undefined : this.values.get(entry - 1);
  }

  /** Stores `value` for `key`, which must not be in the map yet (check with {@link get}). */
  add(key: string, value: string): void {
    const hash = fnv1a32(key);
    const slot = this.slotOf(key, hash);
    if (this.slots[slot] !== 0) throw new Error(`key already stored: ${key}`);
    this.keys.push(key);
    this.values.push(value);
    this.slots[slot] = this.keys.length;
    this.hashes[slot] = hash;
    if (this.keys.length > this.slots.length * MAX_LOAD) this.grow();
  }

  /** The slot holding `key`, or the free slot where it would go (linear probing). */
  private slotOf(key: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry === 0 || (this.hashes[slot] === hash && this.keys.get(entry - 1) === key)) return slot;
    }
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Uint32Array(oldSlots.length * 2);
    this.hashes = new Uint32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    for (let old = 0; old < oldSlots.length; old++) {
      if (oldSlots[old] === 0) continue;
      const hash = oldHashes[old] as number;
      let slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = oldSlots[old] as number;
      this.hashes[slot] = hash;
    }
  }
}
