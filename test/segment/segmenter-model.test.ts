import fc from 'fast-check';
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

  const depthFar = FEATURE_NAMES.indexOf('depth-far');
  const languageShift = FEATURE_NAMES.indexOf('language-shift');
  const modelWith = (trees: unknown): ReturnType<typeof parseSegmenterModel> =>
    parseSegmenterModel({
      features: [...FEATURE_NAMES], mean: zeros, scale: ones, weights: FEATURE_NAMES.map((_, i) => (i === depthFar ? 4 : 0)), interactions: zeros, trees, bias: -1, lexicalWeight: 0, densityWeight: 0, articleCohesionLimit: 1, sentenceText: { threshold: 0.5, lexicalWeight: 0, densityWeight: 0, articleCohesionLimit: 1, minArticleWords: 40 }, minArticleWords: 40,
    });
  const languageTree = [
    { feature: languageShift, cut: 0.5, left: 1, right: 2, delta: 0 },
    { feature: -1, cut: 0, left: 0, right: 0, delta: -0.5 },
    { feature: -1, cut: 0, left: 0, right: 0, delta: 3 },
  ];

  it('averages the regression and the trees, and splits the log-odds into contributions strongest first', () => {
    const model = modelWith([languageTree]);
    const features = FEATURE_NAMES.map((_, i) => (i === depthFar || i === languageShift ? 1 : 0));
    const score = scoreGap(model, features);
    // −1 + ½ · 4 (regression) + ½ · 3 (trees)
    expect(score.logit).toBeCloseTo(2.5);
    expect(score.probability).toBeCloseTo(1 / (1 + Math.exp(-2.5)));
    expect(score.contributions.slice(0, 2)).toEqual([
      { name: 'depth-far', weight: 2 },
      { name: 'language-shift', weight: 1.5 },
    ]);
    const sum = score.contributions.reduce((total, c) => total + c.weight, 0);
    expect(sum).toBeCloseTo(score.logit - model.bias);
  });

  it('splits the shipped model\'s log-odds exactly into its signals\' shares, whatever the features', () => {
    const model = shippedSegmenterModel();
    const vectors = fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: FEATURE_NAMES.length, maxLength: FEATURE_NAMES.length });
    fc.assert(
      fc.property(vectors, (features) => {
        const score = scoreGap(model, features);
        const sum = score.contributions.reduce((total, c) => total + c.weight, 0);
        expect(sum).toBeCloseTo(score.logit - model.bias, 9);
        expect(score.contributions).toHaveLength(FEATURE_NAMES.length);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('sends a value equal to the cut to the right, as the fitter counts it', () => {
    const model = modelWith([languageTree]);
    const at = (value: number): number => scoreGap(model, FEATURE_NAMES.map((_, i) => (i === languageShift ? value : 0))).logit;
    expect(at(0.5)).toBeCloseTo(-1 + 1.5);
    expect(at(0.49)).toBeCloseTo(-1 - 0.25);
  });

  it.each([
    ['not a list', { feature: -1 }],
    ['an empty tree', [[]]],
    ['a child before its parent', [[{ feature: 0, cut: 0, left: 0, right: 1, delta: 0 }, { feature: -1, cut: 0, left: 0, right: 0, delta: 1 }]]],
    ['a feature out of range', [[{ feature: FEATURE_NAMES.length, cut: 0, left: 1, right: 2, delta: 0 }, { feature: -1, cut: 0, left: 0, right: 0, delta: 1 }, { feature: -1, cut: 0, left: 0, right: 0, delta: 1 }]]],
    ['a value that is not a number', [[{ feature: -1, cut: 0, left: 0, right: 0, delta: 'x' }]]],
  ])('rejects trees with %s', (_, trees) => {
    expect(() => modelWith(trees)).toThrow(TypeError);
  });
});
