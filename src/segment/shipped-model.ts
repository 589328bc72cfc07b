import { createRequire } from 'node:module';
import { parseSegmenterModel, type SegmenterModel } from './segmenter-model.js';

/**
 * The model shipped in `models/segmenter.json`, loaded through the module system (as a JSON
 * import) so that it works from `src/` under vitest and from `dist/` alike: both sit two levels
 * below the package root. Loaded and checked once per thread, not per document (a new `require`,
 * a path resolution and a check of every array each time): a memo of static data, so results never
 * depend on call order.
 */
let shipped: SegmenterModel | null = null;

export function shippedSegmenterModel(): SegmenterModel {
  shipped ??= parseSegmenterModel(createRequire(import.meta.url)('../../models/segmenter.json'));
  return shipped;
}
