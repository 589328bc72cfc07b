import { describe, expect, it } from 'vitest';
import { addTreeScores } from '../../src/segment/boosted-trees.js';
import { fitBoostedTrees, type BoostingSettings } from '../../src/training/fit-boosted-trees.js';

const settings: BoostingSettings = { rounds: 40, depth: 2, learningRate: 0.3, minLeafHessian: 1, l2: 1, bins: 8 };

/**
 * Two binary signals that mark a boundary only apart (exclusive or): no sum of them separates the
 * classes. The four combinations come in unequal numbers, as in real data; with equal ones no single
 * split would gain, and a greedy tree could not start.
 */
function exclusiveOrRows(): { rows: number[][]; targets: number[] } {
  const rows: number[][] = [];
  const targets: number[] = [];
  for (const [a, b, count] of [[0, 0, 30], [0, 1, 20], [1, 0, 20], [1, 1, 10]] as const) {
    for (let copy = 0; copy < count; copy++) {
      rows.push([a, b, copy / count]);
      targets.push(a === b ? 0 : 1);
    }
  }
  return { rows, targets };
}

function scoreOf(fit: ReturnType<typeof fitBoostedTrees>, row: readonly number[]): { logit: number; contributions: number[] } {
  const contributions = row.map(() => 0);
  return { logit: fit.base + addTreeScores(fit.trees, row, contributions, 1), contributions };
}

describe('fitBoostedTrees', () => {
  it('learns an interaction a logistic regression cannot', () => {
    const { rows, targets } = exclusiveOrRows();
    const fit = fitBoostedTrees(rows, targets, settings);
    for (const [a, b] of [[0, 0], [0, 1], [1, 0], [1, 1]]) {
      const { logit } = scoreOf(fit, [a!, b!, 0.5]);
      if (a === b) expect(logit).toBeLessThan(-2);
      else expect(logit).toBeGreaterThan(2);
    }
  });

  it('folds every root value into the base and gives each step to the feature split on', () => {
    const { rows, targets } = exclusiveOrRows();
    const fit = fitBoostedTrees(rows, targets, settings);
    expect(fit.trees.every((tree) => tree[0]!.delta === 0)).toBe(true);
    const { logit, contributions } = scoreOf(fit, [1, 0, 0.5]);
    expect(contributions.reduce((sum, c) => sum + c, 0)).toBeCloseTo(logit - fit.base);
    expect(contributions[0]! + contributions[1]!).toBeGreaterThan(2);
  });

  it('is deterministic', () => {
    const { rows, targets } = exclusiveOrRows();
    expect(fitBoostedTrees(rows, targets, settings)).toEqual(fitBoostedTrees(rows, targets, settings));
  });

  it('grows no leaf lighter than the Hessian floor', () => {
    const rows = [[0], [0], [0], [1]];
    const targets = [0, 0, 0, 1];
    // The lone positive row weighs 0.25 · (1 − 0.25) in the first round: too light for a leaf of its own.
    const fit = fitBoostedTrees(rows, targets, { ...settings, rounds: 1, minLeafHessian: 0.5 });
    expect(fit.trees[0]).toHaveLength(1);
    const split = fitBoostedTrees(rows, targets, { ...settings, rounds: 1, minLeafHessian: 0.1 });
    expect(split.trees[0]).toHaveLength(3);
    expect(split.trees[0]![0]).toMatchObject({ feature: 0, cut: 1 });
  });

  it('can split on a rare binary cue, which no quantile would separate', () => {
    // One gap in a hundred has the cue, and those are the boundaries.
    const rows = Array.from({ length: 2000 }, (_, i) => [i % 100 === 0 ? 1 : 0]);
    const targets = rows.map(([cue]) => cue!);
    const fit = fitBoostedTrees(rows, targets, { ...settings, bins: 32, minLeafHessian: 0.1 });
    expect(fit.trees[0]![0]).toMatchObject({ feature: 0, cut: 1 });
    expect(scoreOf(fit, [1]).logit).toBeGreaterThan(scoreOf(fit, [0]).logit + 4);
  });

  it('starts from the log-odds of the base rate when no split gains', () => {
    const rows = [[0], [0], [0], [0]];
    const fit = fitBoostedTrees(rows, [1, 0, 0, 0], { ...settings, rounds: 1 });
    expect(fit.trees[0]).toHaveLength(1);
    expect(fit.base).toBeCloseTo(Math.log(1 / 3));
  });
});
