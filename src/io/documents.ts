import type { DecodedInput } from './encoding.js';
import { InputError, readDecodedInput, type InputFile } from './inputs.js';
import { readJsonLines, type InputFormat, type JsonlFields } from './jsonl-input.js';

/** One step of a run, in input order: a document to process, an input that failed, or one already done. */
export type WorkItem =
  | {
      kind: 'document';
      /** 0-based position of the input file in the run's list (progress). */
      position: number;
      input: InputFile;
      text: string;
      /** A JSON Lines record's other fields, for each article record; null for text input. */
      extras: Record<string, unknown> | null;
      /** What decoding did to a text input (for a note); null for JSON Lines. */
      decoded: DecodedInput | null;
    }
  | { kind: 'failed'; position: number; error: InputError }
  | { kind: 'skipped'; position: number; input: InputFile };

export interface ReadDocumentsOptions {
  format: InputFormat;
  fields: JsonlFields;
  stdin: NodeJS.ReadableStream;
  /** Whether an input's output is already complete (`--resume`); checked before its text is kept. */
  isDone: (input: InputFile) => Promise<boolean>;
}

/**
 * The run's documents, one at a time and lazily: a text input is read when its turn comes, a
 * JSON Lines input is streamed record by record, so memory holds only the documents the caller
 * keeps in flight, whatever the corpus size.
 */
export async function* readDocuments(files: Iterable<InputFile>, options: ReadDocumentsOptions): AsyncGenerator<WorkItem> {
  let position = 0;
  for (const file of files) {
    if (options.format === 'jsonl') yield* jsonlDocuments(file, position, options);
    else if (await options.isDone(file)) yield { kind: 'skipped', position, input: file };
    else yield await textDocument(file, position, options.stdin);
    position++;
  }
}

async function textDocument(file: InputFile, position: number, stdin: NodeJS.ReadableStream): Promise<WorkItem> {
  try {
    const decoded = await readDecodedInput(file, stdin);
    return { kind: 'document', position, input: file, text: decoded.text, extras: null, decoded };
  } catch (error) {
    if (error instanceof InputError) return { kind: 'failed', position, error };
    throw error;
  }
}

async function* jsonlDocuments(file: InputFile, position: number, options: ReadDocumentsOptions): AsyncGenerator<WorkItem> {
  try {
    for await (const item of readJsonLines(file, options.stdin, options.fields)) {
      if (item.kind === 'problem') yield { kind: 'failed', position, error: new InputError(item.source, item.reason) };
      else if (await options.isDone(item.input)) yield { kind: 'skipped', position, input: item.input };
      else yield { kind: 'document', position, input: item.input, text: item.text, extras: item.extras, decoded: null };
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield { kind: 'failed', position, error };
  }
}
