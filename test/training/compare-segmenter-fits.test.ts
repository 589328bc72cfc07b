import { describe, expect, it } from 'vitest';
import { parseComparisonArgs } from '../../src/training/compare-segmenter-fits.js';
import { SYNTH_COUNTS } from '../../src/training/segmenter-data.js';
import { BOOSTING } from '../../src/training/segmenter-fit.js';
import { requireAebDataset } from '../../src/training/shared-data.js';

describe('compare-segmenter-fits arguments', () => {
  it('scores the shipped fit on the shipped training set when given nothing', () => {
    expect(parseComparisonArgs([])).toEqual({ variants: [BOOSTING], aebJoins: SYNTH_COUNTS.aeb });
  });

  it('reads each variant as a change to the shipped tree settings', () => {
    const { variants, aebJoins } = parseComparisonArgs(['--trees', '[{}, {"rounds": 300}, {"minLeafHessian": 80, "l2": 20}]', '--aeb-joins', '2200']);
    expect(variants).toEqual([BOOSTING, { ...BOOSTING, rounds: 300 }, { ...BOOSTING, minLeafHessian: 80, l2: 20 }]);
    expect(aebJoins).toBe(2200);
  });

  it.each([
    [['--trees', '{"rounds": 300}'], /JSON array of objects/],
    [['--trees', '[{rounds: 300}]'], /not valid JSON/],
    [['--trees', '[{"round": 300}]'], /unknown tree setting round/],
    [['--trees', '[{"rounds": -1}]'], /rounds must be a positive number/],
    [['--trees', '[{"depth": 2.5}]'], /depth must be a whole number/],
    [['--aeb-joins', '701'], /positive even number/],
    [['--folds', '3'], /Unknown option/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseComparisonArgs(argv)).toThrow(message);
  });
});

describe('training data check', () => {
  it('names the folder it looked in when the development set is absent', () => {
    expect(() => requireAebDataset('/nonexistent/shared/datasets/aeb')).toThrow(/not found at \/nonexistent\/shared\/datasets\/aeb .*\.\.\/shared\/datasets\/aeb/);
  });
});
