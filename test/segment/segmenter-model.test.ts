import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/segment/gap-features.js';
import { parseSegmenterModel, scoreGap } from '../../src/segment/segmenter-model.js';
import { shippedSegmenterModel } from '../../src/segment/shipped-model.js';

const zeros = FEATURE_NAMES.map(() => 0);
const ones = FEATURE_NAMES.map(() => 1);

describe('segmenter model', () => {
  it('ships a model for the current feature list', () => {
    const model = shippedSegmenterModel();
    expect(model.features).toEqual([...FEATURE_NAMES]);
    expect(model.lexicalWeight).toBeGreaterThanOrEqual(0);
    expect(model.densityWeight).toBeGreaterThanOrEqual(0);
  });

  it('rejects a model whose features differ from the code', () => {
    expect(() => parseSegmenterModel({ features: ['x'], mean: [0], scale: [1], weights: [0], interactions: [0], bias: 0, lexicalWeight: 0 })).toThrow(
      /feature list differs/,
    );
  });

  it('scores as a logistic regression and lists contributions strongest first', () => {
    const weights = FEATURE_NAMES.map((name) => (name === 'depth-far' ? 2 : 0));
    const model = parseSegmenterModel({
      features: [...FEATURE_NAMES], mean: zeros, scale: ones, weights, interactions: zeros, bias: -1, lexicalWeight: 0, densityWeight: 0, articleCohesionLimit: 1, sentenceText: { threshold: 0.5, lexicalWeight: 0, densityWeight: 0, articleCohesionLimit: 1, minArticleWords: 40 }, minArticleWords: 40,
    });
    const features = FEATURE_NAMES.map((name) => (name === 'depth-far' ? 1 : 0));
    const score = scoreGap(model, features);
    expect(score.logit).toBeCloseTo(1);
    expect(score.probability).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(score.contributions[0]).toEqual({ name: 'depth-far', weight: 2 });
  });
});
