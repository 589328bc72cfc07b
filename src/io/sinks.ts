import path from 'node:path';
import { describeFsError, type InputFile } from './inputs.js';
import type { OutputStream } from './output-stream.js';
import { UnsafePathError } from './guard-path.js';
import { outputPathFor } from './output-path.js';
import { PackedStringMap } from './packed-string-map.js';
import { serialiseDocument, StreamSerialiser, type OutputFormat } from './serialise.js';
import { endsTheRun, writeFileAtomic, type AtomicWriteOptions } from './write-atomic.js';
import type { ArticleRecord, DocumentResult } from '../types.js';

/** Where a run's records go: standard output ({@link StdoutSink}) or one file per input ({@link DirectorySink}). */
export interface Sink {
  /** True when no more output can be written (the reader went away or writing failed). */
  readonly closed: boolean;
  readonly readerGone: boolean;
  readonly error: Error | null;
  /** The records of the last document written, for explanation listings. */
  readonly lastRecords: readonly ArticleRecord[];
  begin(): Promise<void>;
  /** Writes one document's records; returns a failure reason or null. */
  write(file: InputFile, result: DocumentResult): Promise<string | null>;
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

  async write(_file: InputFile, result: DocumentResult): Promise<string | null> {
    this.lastRecords = result.records;
    await this.stream.write(this.serialiser.document(result.records));
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
  /**
   * Output path (relative to the output directory) → the input that wrote it, to refuse a second
   * input overwriting it. Packed: one entry per input, kept for the whole run.
   */
  private readonly written = new PackedStringMap();
  /** Folders under the output directory this run has made or found (see {@link AtomicWriteOptions.folders}). */
  private readonly folders = new Set<string>();

  constructor(
    private readonly directory: string,
    private readonly format: OutputFormat,
  ) {}

  async begin(): Promise<void> {}

  async write(file: InputFile, result: DocumentResult): Promise<string | null> {
    let target: string;
    try {
      target = outputPathFor(file, this.directory, this.format);
    } catch (error) {
      if (error instanceof UnsafePathError) return error.message;
      throw error;
    }
    const key = path.relative(this.directory, target);
    const previous = this.written.get(key);
    if (previous !== undefined) return `would overwrite ${target}, already written for ${previous}`;
    try {
      await writeFileAtomic(target, serialiseDocument(result.records, this.format), { root: this.directory, folders: this.folders });
    } catch (error) {
      const reason = `cannot write ${target}: ${describeFsError(error)}`;
      if (!endsTheRun(error)) return reason;
      this.closed = true;
      return `${reason}; stopping: no later input can be written there`;
    }
    this.written.add(key, file.source);
    this.lastRecords = result.records;
    return null;
  }

  async end(): Promise<void> {}
}
