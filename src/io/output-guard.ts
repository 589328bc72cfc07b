import { fnv1a32 } from '../corpus/hash.js';
import { HashIndex } from './hash-index.js';
import type { InputList } from './input-list.js';
import type { InputFile } from './inputs.js';
import { PackedStringMap } from './packed-string-map.js';

/** An input as the run writes it: the file, and its position in the run's list (the records of one JSON Lines file share it). */
export interface PlacedInput {
  file: InputFile;
  position: number;
}

/**
 * Refuses a second input writing an output this run has written (`a.txt` and `a.md` both make
 * `a.json`; two JSON Lines records with one id): the second fails, naming the first. Kept for the
 * whole run, one entry per output written.
 */
export interface OutputGuard {
  /** The source of the input that wrote output `key` (its path under the output folder) earlier in this run, or null. */
  writerOf(key: string): string | null;
  /** Notes that `input` wrote output `key`, which no input wrote before. */
  add(key: string, input: PlacedInput): void;
}

/** The guard for any inputs: each output path and its writer's source kept as text (91 bytes per output for 145,011 files). */
export class KeptOutputGuard implements OutputGuard {
  private readonly written = new PackedStringMap();

  writerOf(key: string): string | null {
    return this.written.get(key) ?? null;
  }

  add(key: string, input: PlacedInput): void {
    this.written.add(key, input.file.source);
  }
}

/**
 * The guard for the files of a listing: a hash of each output path and the position of the input
 * that wrote it, 11 to 21 bytes per output where keeping the paths took 91 (145,011 files: 2.1 MB
 * instead of 13). The listing makes any input's output path again, so each candidate of one hash is
 * confirmed exactly, and the first writer is named as before.
 */
export class ListedOutputGuard implements OutputGuard {
  private readonly positions = new HashIndex();

  /** @param keyOf the output path of an input, as the caller passes it as `key` */
  constructor(
    private readonly inputs: InputList,
    private readonly keyOf: (file: InputFile) => string,
  ) {}

  writerOf(key: string): string | null {
    const position = this.positions.find(fnv1a32(key), (candidate) => this.keyOf(this.inputs.at(candidate)) === key);
    return position < 0 ? null : this.inputs.at(position).source;
  }

  add(key: string, input: PlacedInput): void {
    this.positions.add(fnv1a32(key), input.position);
  }
}
