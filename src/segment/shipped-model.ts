import { createRequire } from 'node:module';
import { parseSegmenterModel, type SegmenterModel } from './segmenter-model.js';

/**
 * The model shipped in `models/segmenter.json`, loaded through the module system (as a JSON
 * import) so that it works from `src/` under vitest and from `dist/` alike: both sit two levels
 * below the package root. Node caches the parsed module, and parsing is pure, so there is no
 * mutable state here.
 */
export function shippedSegmenterModel(): SegmenterModel {
  const require = createRequire(import.meta.url);
  return parseSegmenterModel(require('../../models/segmenter.json'));
}
