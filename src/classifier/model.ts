import { createRequire } from 'node:module';
import { CONTEXT_FEATURE_NAMES } from './classify.js';
import { LOCAL_FEATURE_NAMES } from './features.js';
import { checkFeatures, type LogisticModel } from './logistic.js';

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
 * TypeScript root; nothing else here touches the file system. Loaded and checked against the code's
 * feature names once per thread, not per document (a new `require`, a path resolution and a check
 * of both name lists each time): a memo of static data, so results never depend on call order.
 */
let shipped: ClassifierModel | null = null;

export function shippedModel(): ClassifierModel {
  if (shipped === null) {
    const model = createRequire(import.meta.url)('../../models/classifier.json') as ClassifierModel;
    checkFeatures(model.local, LOCAL_FEATURE_NAMES, 'local');
    checkFeatures(model.context, CONTEXT_FEATURE_NAMES, 'context');
    shipped = model;
  }
  return shipped;
}
