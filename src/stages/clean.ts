import type { CleaningOptions } from '../options.js';
import type { CleanedDocument, NormalisedDocument } from '../types.js';

/**
 * Clean stage: decides for every paragraph whether it is story or boilerplate, and trims inline
 * boilerplate spans. Placeholder until the cleaning engine lands: keeps everything.
 */
export function cleanDocument(doc: NormalisedDocument, _options: CleaningOptions): CleanedDocument {
  return { ...doc, metadata: {}, removalGaps: [] };
}
