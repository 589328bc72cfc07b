import type { ArticleRecord } from '../types.js';

/** Output formats of the CLI. */
export const FORMATS = ['jsonl', 'json', 'text'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/**
 * Ends every article in the text format: a line holding only a form feed (U+000C). Normalisation
 * turns form feeds inside the input into spaces, so this line never occurs in article text, and
 * shell tools split on it: `awk 'BEGIN { RS = "\f\n" } …'`, `csplit - $'/^\f$/+1' '{*}'`.
 */
export const TEXT_ARTICLE_END = '\f\n';

/** File extension (with dot) of one document's output under `-o DIR`. */
export function outputExtension(format: OutputFormat): string {
  return format === 'text' ? '.txt' : `.${format}`;
}

/** One document's records as a whole file (`-o DIR`): a JSON array, JSON Lines, or text articles. */
export function serialiseDocument(records: readonly ArticleRecord[], format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`;
  return records.map((record) => serialiseRecord(record, format)).join('');
}

/**
 * Serialises a batch for one stream (standard output), document by document, so output starts
 * before the batch ends. For `json` the whole stream is one array, byte-identical to
 * `JSON.stringify(allRecords, null, 2)`.
 */
export class StreamSerialiser {
  private recordsWritten = 0;

  constructor(private readonly format: OutputFormat) {}

  /** Text to write before the first document. */
  begin(): string {
    return this.format === 'json' ? '[' : '';
  }

  /** Text for one document's records. */
  document(records: readonly ArticleRecord[]): string {
    let chunk = '';
    for (const record of records) {
      if (this.format === 'json') {
        chunk += `${this.recordsWritten === 0 ? '\n' : ',\n'}${indent(JSON.stringify(record, null, 2))}`;
      } else chunk += serialiseRecord(record, this.format);
      this.recordsWritten++;
    }
    return chunk;
  }

  /** Text to write after the last document. */
  end(): string {
    if (this.format !== 'json') return '';
    return this.recordsWritten === 0 ? ']\n' : '\n]\n';
  }
}

function serialiseRecord(record: ArticleRecord, format: 'jsonl' | 'text'): string {
  if (format === 'jsonl') return `${JSON.stringify(record)}\n`;
  const head = record.title === null ? '' : `${record.title}\n\n`;
  return `${head}${record.text}\n${TEXT_ARTICLE_END}`;
}

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}
