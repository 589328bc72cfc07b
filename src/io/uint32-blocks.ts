/** Values per block: 64 KB, half of glibc's default mmap threshold. */
const BLOCK_SHIFT = 14;
const BLOCK_MASK = (1 << BLOCK_SHIFT) - 1;

/**
 * A zero-filled array of unsigned 32-bit integers that grows by whole blocks of 64 KB, for the
 * tables a run keeps per input. One typed array of more than 128 KB is an mmap of its own in
 * glibc, and freeing it (when a table doubles) raises glibc's mmap threshold for the rest of the
 * process, up to 32 MB; from then on every thread's malloc arena keeps up to twice that much freed
 * memory resident. Listing 145,011 files (and readdir's arrays, see `glob-readdir.ts`) took the
 * threshold to 1 to 2 MB and a `--jobs 2` run's peak RSS from 201 to 214 MB (with the threshold
 * pinned by `MALLOC_MMAP_THRESHOLD_=131072`: 201). Blocks come from the arenas and are reused.
 */
export class Uint32Blocks {
  private readonly blocks: Uint32Array[] = [];

  constructor(length = 0) {
    this.reserve(length);
  }

  /** Values held, a whole number of blocks. */
  get capacity(): number {
    return this.blocks.length << BLOCK_SHIFT;
  }

  /** Grows to hold at least `length` values; added values are 0. */
  reserve(length: number): void {
    while (this.capacity < length) this.blocks.push(new Uint32Array(BLOCK_MASK + 1));
  }

  /** The value at `index` (`index < capacity`). */
  get(index: number): number {
    return (this.blocks[index >>> BLOCK_SHIFT] as Uint32Array)[index & BLOCK_MASK] as number;
  }

  set(index: number, value: number): void {
    (this.blocks[index >>> BLOCK_SHIFT] as Uint32Array)[index & BLOCK_MASK] = value;
  }
}
