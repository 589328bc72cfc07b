import { createRequire } from 'node:module';
import type { LogisticModel } from './logistic.js';

/** The shipped classifier: two stacked logistic models and the decision threshold, fitted by `npm run train`. */
export interface ClassifierModel {
  version: 1;
  /** Stage 1: a paragraph's own features and its neighbours' raw features. */
  local: LogisticModel;
  /** Stage 2: stage-1 probabilities of the neighbourhood and the main content block. */
  context: LogisticModel;
  /** Boilerplate probability at or above which a paragraph is removed, in [0, 1]; fitted on train documents. */
  threshold: number;
  /** What the model was fitted on, for docs/cleaning.md and `--explain` readers. */
  training: Record<string, number | string>;
}

/**
 * Loads models/classifier.json, which ships next to dist/ in the package (`files` in package.json).
 * Read through `require` as a module resource, like a JSON import, because the file sits outside the
 * TypeScript root; nothing else here touches the file system.
 */
export function shippedModel(): ClassifierModel {
  const require = createRequire(import.meta.url);
  return require('../../models/classifier.json') as ClassifierModel;
}
