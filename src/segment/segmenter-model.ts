import { addTreeScores, checkTrees, type Tree } from './boosted-trees.js';
import { FEATURE_NAMES } from './gap-features.js';

/**
 * The boundary model, fitted offline by `src/training/train-segmenter.ts` and shipped as
 * `models/segmenter.json`: the mean of two log-odds over the same gap features.
 * - A logistic regression over standardised features. Each feature's weight varies linearly with
 *   the document's granularity (the standardised `unit-length` feature), so one model serves
 *   sentence-per-line text and paragraph-per-line news: Σ (weight + interaction · z(unit-length)) · z(feature).
 * - Boosted trees over the raw features (boosted-trees.ts), which learn how signals combine.
 * log-odds = bias + ½ · regression + ½ · trees. The bias holds both halves' intercepts and the
 * decision offset chosen in training, so a probability of 0.5 is the default threshold (see
 * `SegmentationOptions.threshold`).
 */
export interface SegmenterModel {
  /** Feature names in vector order; must equal {@link FEATURE_NAMES}. */
  features: string[];
  /** Per feature: mean and standard deviation on the training gaps, for standardising. */
  mean: number[];
  scale: number[];
  /** Per feature: weight on the standardised value (log-odds per standard deviation). */
  weights: number[];
  /** Per feature: change of its weight per standard deviation of `unit-length`. */
  interactions: number[];
  /** The trees' half; their roots' values are in the bias. */
  trees: Tree[];
  bias: number;
  /** Decoder default: weight of each article's lexical cost (see decode.ts), chosen with the threshold. */
  lexicalWeight: number;
  /** Decoder default: weight of each article's density reward (see decode.ts), chosen with the threshold. */
  densityWeight: number;
  /** Cohesion of two whole neighbouring articles at which their split is undone (merge-cohesive.ts); chosen with the threshold. */
  articleCohesionLimit: number;
  /**
   * Decoder settings for sentence-per-line text without news cues, chosen in training on Brown
   * excerpts alone: a threshold relative to the folded bias (0.5 = the news decision), lexical and
   * density weights and a cohesion limit.
   */
  sentenceText: Decision;
  /** Decoder default: the fewest words an article may hold, chosen with the threshold. */
  minArticleWords: number;
  /** How the weights were obtained: data, split, sizes, figures (free-form, for people). */
  training: Record<string, unknown>;
}

/** Checks that parsed JSON is a model for the current feature set; throws a TypeError naming what is wrong. */
export function parseSegmenterModel(json: unknown): SegmenterModel {
  const model = json as Partial<SegmenterModel>;
  const sameFeatures =
    Array.isArray(model.features) &&
    model.features.length === FEATURE_NAMES.length &&
    model.features.every((name, index) => name === FEATURE_NAMES[index]);
  if (!sameFeatures) throw new TypeError('segmenter model: feature list differs from the code; run `npm run train`');
  for (const key of ['mean', 'scale', 'weights', 'interactions'] as const) {
    const values = model[key];
    if (!Array.isArray(values) || values.length !== FEATURE_NAMES.length || !values.every(Number.isFinite)) {
      throw new TypeError(`segmenter model: "${key}" must hold ${FEATURE_NAMES.length} numbers`);
    }
  }
  checkTrees(model.trees, FEATURE_NAMES.length);
  for (const key of ['bias', 'lexicalWeight', 'densityWeight', 'articleCohesionLimit', 'minArticleWords'] as const) {
    if (typeof model[key] !== 'number' || !Number.isFinite(model[key])) throw new TypeError(`segmenter model: "${key}" must be a number`);
  }
  const sentence = model.sentenceText as Partial<SegmenterModel['sentenceText']> | undefined;
  const sentenceValid =
    sentence !== undefined &&
    [sentence.threshold, sentence.lexicalWeight, sentence.densityWeight, sentence.articleCohesionLimit, sentence.minArticleWords].every(
      (v) => typeof v === 'number' && Number.isFinite(v),
    );
  if (!sentenceValid) {
    throw new TypeError('segmenter model: "sentenceText" must hold threshold, lexicalWeight, densityWeight, articleCohesionLimit and minArticleWords');
  }
  return { ...(model as SegmenterModel), training: model.training ?? {} };
}

/** The decoder settings trained for a unit of text (threshold relative to the folded bias). */
export interface Decision {
  threshold: number;
  lexicalWeight: number;
  densityWeight: number;
  articleCohesionLimit: number;
  minArticleWords: number;
}

export function decisionFor(model: SegmenterModel, unit: 'paragraph' | 'sentence'): Decision {
  return unit === 'sentence'
    ? model.sentenceText
    : {
        threshold: 0.5,
        lexicalWeight: model.lexicalWeight,
        densityWeight: model.densityWeight,
        articleCohesionLimit: model.articleCohesionLimit,
        minArticleWords: model.minArticleWords,
      };
}

/** One signal's share of a boundary's log-odds. */
export interface Contribution {
  name: string;
  /** Log-odds added by this signal relative to an average gap. */
  weight: number;
}

export interface GapScore {
  /** Boundary probability in (0, 1). */
  probability: number;
  /** Log-odds of `probability`. */
  logit: number;
  /** Every signal's contribution, strongest in favour of a split first. */
  contributions: Contribution[];
}

/** Index of the feature that modulates every weight. */
const GRANULARITY = FEATURE_NAMES.indexOf('unit-length');

/** A feature vector standardised with the model's training means and deviations. */
export function standardise(model: SegmenterModel, features: readonly number[]): number[] {
  const z: number[] = [];
  for (let index = 0; index < features.length; index++) {
    z.push((features[index]! - model.mean[index]!) / (model.scale[index]! > 0 ? model.scale[index]! : 1));
  }
  return z;
}

/** Each half's share of the log-odds. */
export const HALF = 0.5;

/** Scores one feature vector (in {@link FEATURE_NAMES} order). */
export function scoreGap(model: SegmenterModel, features: readonly number[]): GapScore {
  const z = standardise(model, features);
  const granularity = z[GRANULARITY]!;
  const weights: number[] = [];
  let logit = model.bias;
  // Every gap of every document is scored: loops and a comparator made once, not callbacks made anew
  // on every call (gap-features.ts says why).
  for (let index = 0; index < z.length; index++) {
    const weight = HALF * (model.weights[index]! + model.interactions[index]! * granularity) * z[index]!;
    logit += weight;
    weights.push(weight);
  }
  logit += addTreeScores(model.trees, features, weights, HALF);
  const contributions: Contribution[] = [];
  for (let index = 0; index < weights.length; index++) contributions.push({ name: model.features[index]!, weight: weights[index]! });
  contributions.sort(byWeightDescending);
  return { probability: 1 / (1 + Math.exp(-logit)), logit, contributions };
}

function byWeightDescending(a: Contribution, b: Contribution): number {
  return b.weight - a.weight;
}
