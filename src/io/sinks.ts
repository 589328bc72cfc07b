import path from 'node:path';
import { describeFsError, type InputFile } from './inputs.js';
import type { OutputStream } from './output-stream.js';
import { UnsafePathError } from './guard-path.js';
import { outputPathFor } from './output-path.js';
import type { InputList } from './input-list.js';
import { KeptOutputGuard, ListedOutputGuard, type OutputGuard, type PlacedInput } from './output-guard.js';
import { serialiseDocument, StreamSerialiser, type OutputFormat } from './serialise.js';
import { endsTheRun, writeFileAtomic, type AtomicWriteOptions } from './write-atomic.js';
import type { ArticleRecord } from '../types.js';

/** Where a run's records go: standard output ({@link StdoutSink}) or one file per input ({@link DirectorySink}). */
export interface Sink {
  /** True when no more output can be written (the reader went away or writing failed). */
  readonly closed: boolean;
  readonly readerGone: boolean;
  readonly error: Error | null;
  /** The records of the last document written, for explanation listings. */
  readonly lastRecords: readonly ArticleRecord[];
  begin(): Promise<void>;
  /** Writes one input's records; returns a failure reason or null. */
  write(input: PlacedInput, records: readonly ArticleRecord[]): Promise<string | null>;
  end(): Promise<void>;
}

/** Streams every document's records to standard output in one format (one JSON array for `json`). */
export class StdoutSink implements Sink {
  private readonly serialiser: StreamSerialiser;
  lastRecords: readonly ArticleRecord[] = [];

  constructor(
    private readonly stream: OutputStream,
    format: OutputFormat,
  ) {
    this.serialiser = new StreamSerialiser(format);
  }

  get closed(): boolean {
    return this.stream.closed;
  }

  get readerGone(): boolean {
    return this.stream.closed && this.stream.error === null;
  }

  get error(): Error | null {
    return this.stream.error;
  }

  async begin(): Promise<void> {
    await this.stream.write(this.serialiser.begin());
  }

  async write(_input: PlacedInput, records: readonly ArticleRecord[]): Promise<string | null> {
    this.lastRecords = records;
    await this.stream.write(this.serialiser.document(records));
    return null;
  }

  async end(): Promise<void> {
    await this.stream.write(this.serialiser.end());
  }
}

/** Writes each document's records atomically to its mirrored path under the output directory. */
export class DirectorySink implements Sink {
  /** True after a write failure that every later write would repeat (disk full, read-only): the run stops. */
  closed = false;
  readonly readerGone = false;
  readonly error = null;
  lastRecords: readonly ArticleRecord[] = [];
  private readonly guard: OutputGuard;
  /** Folders under the output directory this run has made or found (see {@link AtomicWriteOptions.folders}). */
  private readonly folders = new Set<string>();

  /**
   * @param listed the run's listing when every input written is one of its files at its position
   *   (text input): the guard against overwriting then keeps a hash per output, not its path
   */
  constructor(
    private readonly directory: string,
    private readonly format: OutputFormat,
    listed: InputList | null = null,
  ) {
    this.guard = listed === null ? new KeptOutputGuard() : new ListedOutputGuard(listed, (file) => this.keyOf(outputPathFor(file, directory, format)));
  }

  async begin(): Promise<void> {}

  async write(input: PlacedInput, records: readonly ArticleRecord[]): Promise<string | null> {
    let target: string;
    try {
      target = outputPathFor(input.file, this.directory, this.format);
    } catch (error) {
      if (error instanceof UnsafePathError) return error.message;
      throw error;
    }
    const key = this.keyOf(target);
    const previous = this.guard.writerOf(key);
    if (previous !== null) return `would overwrite ${target}, already written for ${previous}`;
    try {
      await writeFileAtomic(target, serialiseDocument(records, this.format), { root: this.directory, folders: this.folders });
    } catch (error) {
      const reason = `cannot write ${target}: ${describeFsError(error)}`;
      if (!endsTheRun(error)) return reason;
      this.closed = true;
      return `${reason}; stopping: no later input can be written there`;
    }
    this.guard.add(key, input);
    this.lastRecords = records;
    return null;
  }

  async end(): Promise<void> {}

  /** The guard's key of an output: its path under the output directory. */
  private keyOf(target: string): string {
    return path.relative(this.directory, target);
  }
}
