import { lastAtMost } from './sorted-arrays.js';
import { Uint32Blocks } from './uint32-blocks.js';

/**
 * Characters per sealed chunk. Entries are joined into flat strings of about this size, so a long
 * run keeps a few hundred large strings instead of one small string (and its header) per entry;
 * one chunk per entry would cost as much as the strings themselves.
 */
const CHUNK_CHARACTERS = 1 << 16;

/**
 * An append-only list of strings stored compactly: a file path costs its characters (one byte each
 * for Latin-1 text) and 4 bytes of offset, where a JavaScript string of its own costs 16 to 24 bytes
 * of header and padding, and an array slot 8 more. Strings are kept exactly (UTF-16 code units,
 * lone surrogates included). Reading an entry makes a new string, so readers keep it only as long
 * as they need it.
 */
export class PackedStrings {
  /** Sealed chunks: flat strings of whole entries (an entry never spans two chunks). */
  private readonly chunks: string[] = [];
  /** Index of the first entry of each sealed chunk, ascending. */
  private readonly chunkFirsts: number[] = [];
  /** Entries not sealed yet, from entry {@link openFirst} on; joined into a chunk when full. */
  private open: string[] = [];
  private openFirst = 0;
  private openCharacters = 0;
  /** End of each entry, counted from the start of its chunk, in UTF-16 code units. */
  private readonly ends = new Uint32Blocks();
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Appends `text`; returns its index. */
  push(text: string): number {
    if (this.openCharacters > 0 && this.openCharacters + text.length > CHUNK_CHARACTERS) this.seal();
    this.ends.reserve(this.count + 1);
    this.open.push(text);
    this.openCharacters += text.length;
    this.ends.set(this.count, this.openCharacters);
    return this.count++;
  }

  /** The entry at `index` (0-based, `index < length`). */
  get(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) throw new RangeError(`no entry ${index} in ${this.count}`);
    if (index >= this.openFirst) return this.open[index - this.openFirst] as string;
    const chunk = lastAtMost(this.chunkFirsts, index);
    const start = index === this.chunkFirsts[chunk] ? 0 : this.ends.get(index - 1);
    return (this.chunks[chunk] as string).slice(start, this.ends.get(index));
  }

  private seal(): void {
    // join() makes one flat string; `+=` would make a tree of concatenations that still holds every piece.
    this.chunks.push(this.open.join(''));
    this.chunkFirsts.push(this.openFirst);
    this.open = [];
    this.openFirst = this.count;
    this.openCharacters = 0;
  }
}
