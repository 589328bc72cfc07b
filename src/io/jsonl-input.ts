import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { sanitiseName } from './guard-path.js';
import { describeFsError, idBaseOf, InputError, type InputFile } from './inputs.js';

/** Input formats of the CLI: one document per file, or one document per JSON Lines record. */
export const INPUT_FORMATS = ['text', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Which fields of a JSON Lines record hold the document text and its id. */
export interface JsonlFields {
  text: string;
  id: string;
}

/** One document read from a JSON Lines record. */
export interface JsonlDocument {
  kind: 'document';
  /**
   * A pseudo-input for the record: `source` is `file:line` (line 1-based), `relative` is the
   * sanitised id plus `.jsonl`, so records are named `<id>#<n>` and, under `-o DIR`, each record's
   * output is `DIR/<id>.<ext>`. `path` is null.
   */
  input: InputFile;
  text: string;
  /** The record's fields other than the text field, passed through to each article record. */
  extras: Record<string, unknown>;
}

/** A line that is not a usable record; the run reports it and goes on. */
export interface JsonlProblem {
  kind: 'problem';
  /** `file:line`, line 1-based. */
  source: string;
  reason: string;
}

/**
 * Reads `file` (or standard input) as JSON Lines, streamed line by line: memory holds one record at
 * a time, whatever the file's size. Blank lines are skipped. A record's id (string or number) is
 * made a safe relative path with {@link sanitiseName}; a record without one is named after its file
 * and line (`corpus/17`). Throws {@link InputError} when the file cannot be read at all.
 */
export async function* readJsonLines(
  file: InputFile,
  stdin: NodeJS.ReadableStream,
  fields: JsonlFields,
): AsyncGenerator<JsonlDocument | JsonlProblem> {
  // readline decodes UTF-8 itself (JSON Lines is UTF-8 by definition), across chunk boundaries.
  const stream: NodeJS.ReadableStream = file.path === null ? stdin : createReadStream(file.path);
  let failure: unknown = null;
  stream.on('error', (error: unknown) => (failure = error));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      yield parseRecord(line, file, lineNumber, fields);
    }
  } catch (error) {
    failure = error;
  }
  if (failure !== null) throw new InputError(file.source, describeFsError(failure));
}

function parseRecord(line: string, file: InputFile, lineNumber: number, fields: JsonlFields): JsonlDocument | JsonlProblem {
  const source = `${file.source}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'problem', source, reason: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'problem', source, reason: 'not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  const text = record[fields.text];
  if (typeof text !== 'string') return { kind: 'problem', source, reason: `no string field "${fields.text}"` };
  const id = record[fields.id];
  const fallback = `${idBaseOf(file)}/${lineNumber}`;
  const name = typeof id === 'string' || typeof id === 'number' ? sanitiseName(String(id), fallback) : fallback;
  const extras = { ...record };
  delete extras[fields.text];
  return { kind: 'document', input: { source, path: null, relative: `${name}.jsonl` }, text, extras };
}

/** Each article record with the input record's extra fields added; the article's own fields win. */
export function withExtras<T extends object>(records: readonly T[], extras: Record<string, unknown>): T[] {
  return records.map((record) => {
    const merged: Record<string, unknown> = { ...(record as Record<string, unknown>) };
    for (const [key, value] of Object.entries(extras)) if (!(key in merged)) merged[key] = value;
    return merged as T;
  });
}
