import { removeLearnedBoilerplate, type LearnedLookup } from '../corpus/apply-profile.js';
import { resolveOptions, type DeepPartial, type PipelineOptions } from '../options.js';
import { assembleRecords } from '../stages/assemble.js';
import { cleanDocument } from '../stages/clean.js';
import { normaliseText } from '../stages/normalise.js';
import { splitStories } from '../stages/split-stories.js';
import type { Counters, DocumentResult, DocumentSource, Message } from '../types.js';

/** What a run learned from the whole corpus (docs/corpus.md), applied to each document. */
export interface CorpusKnowledge {
  /** Boilerplate lines learned in a first pass or loaded with `--profile`. */
  learned?: LearnedLookup;
}

/**
 * Runs read text through normalise → clean → (learned boilerplate) → segment → assemble. Pure: no
 * I/O, no global state, the same input, options and corpus knowledge always give the same result.
 */
export function processDocument(
  text: string,
  source: DocumentSource,
  options: PipelineOptions,
  corpus: CorpusKnowledge = {},
): DocumentResult {
  const normalised = normaliseText(text);
  const ruleCleaned = cleanDocument(normalised, options.cleaning);
  const cleaned = corpus.learned === undefined ? ruleCleaned : removeLearnedBoilerplate(ruleCleaned, corpus.learned);
  const segmented = splitStories(cleaned, options.segmentation);
  const records = assembleRecords(segmented, source, options.explain);
  return {
    source,
    records,
    messages: segmented.messages,
    counters: countMessages(segmented.messages, records.length),
    metadata: segmented.metadata,
    lineCount: segmented.lineCount,
  };
}

/** Options accepted by {@link processText}. */
export interface ProcessTextOptions extends DeepPartial<PipelineOptions> {
  /** Shown as `source` in records; default `-`. */
  source?: string;
  /** Id prefix; default `stdin`. */
  idBase?: string;
}

/** Library entry point: clean and split one text. */
export function processText(text: string, options: ProcessTextOptions = {}): DocumentResult {
  const { source = '-', idBase = 'stdin', ...pipeline } = options;
  return processDocument(text, { source, idBase }, resolveOptions(pipeline));
}

/** The runner keeps the books: counters come from messages, never from rules. */
function countMessages(messages: Message[], articles: number): Counters {
  const counters: Counters = { articles };
  for (const message of messages) {
    const key = `${message.action}:${message.ruleId}`;
    counters[key] = (counters[key] ?? 0) + 1;
    if (message.action === 'remove-line') {
      counters['lines-removed'] = (counters['lines-removed'] ?? 0) + (message.endLine - message.line + 1);
    }
  }
  return counters;
}
