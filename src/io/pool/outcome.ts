import { processDocument, type CorpusKnowledge } from '../../pipeline/process.js';
import type { PipelineOptions } from '../../options.js';
import type { DocumentResult, DocumentSource } from '../../types.js';

/**
 * What a run keeps of a document's result: its records and counters. The messages stay on the thread
 * that processed the document (the records carry what `--explain` shows): they are most of the
 * result, and copying them between threads cost ten times what the records cost (structured clone
 * of the 181 aeb pages' results: 43.6 ms with the messages, 4.0 ms without). Dropped at once on the
 * main thread too, so the documents in flight do not hold them.
 */
export type DocumentOutcome = Pick<DocumentResult, 'records' | 'counters'>;

/** Runs the pipeline on one document, in whichever thread calls it, and keeps its {@link DocumentOutcome}. */
export function processForRun(text: string, source: DocumentSource, options: PipelineOptions, corpus: CorpusKnowledge): DocumentOutcome {
  const { records, counters } = processDocument(text, source, options, corpus);
  return { records, counters };
}
