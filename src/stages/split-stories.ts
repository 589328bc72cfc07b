import type { SegmentationOptions } from '../options.js';
import type { CleanedDocument, SegmentedDocument } from '../types.js';

/**
 * Segment stage: finds where one story ends and the next begins. Placeholder until the
 * segmentation engine lands: one article per document.
 */
export function splitStories(doc: CleanedDocument, _options: SegmentationOptions): SegmentedDocument {
  const articles = doc.paragraphs.length === 0 ? [] : [{ paragraphs: doc.paragraphs, title: null, boundary: null }];
  return { articles, metadata: doc.metadata, messages: doc.messages, lineCount: doc.lineCount };
}
