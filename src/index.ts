/**
 * newsclean library API. The CLI is a thin shell over these functions.
 *
 * ```ts
 * import { processText } from 'newsclean';
 * const { records } = processText(raw, { explain: true });
 * ```
 */
export { processText, processDocument, type ProcessTextOptions, type CorpusKnowledge } from './pipeline/process.js';
export * from './corpus/index.js';
export { defaultOptions, resolveOptions } from './options.js';
export type { PipelineOptions, CleaningOptions, SegmentationOptions, RuleOverrides, DeepPartial } from './options.js';
export { normaliseText } from './stages/normalise.js';
export { cleanDocument } from './stages/clean.js';
export { splitStories } from './stages/split-stories.js';
export { assembleRecords } from './stages/assemble.js';
export type * from './types.js';
