import type { LogisticModel } from './logistic.js';
import { fitNewtonLogistic } from './newton-logistic.js';

/**
 * Fits a weighted, L2-regularised logistic regression by Newton's method (IRLS). Deterministic:
 * zero start, fixed iteration count, no sampling. Used by src/training/ only.
 */
export interface FitInput {
  names: readonly string[];
  rows: readonly (readonly number[])[];
  /** 1 = boilerplate, 0 = content. */
  labels: readonly number[];
  /** Per-row weights (e.g. by tokens, so errors cost what they cost the word-level F1). */
  weights: readonly number[];
  /** L2 penalty on standardised weights (not on the bias). */
  l2: number;
  iterations: number;
}

export function fitLogistic(input: FitInput): LogisticModel {
  const { rows, labels, weights } = input;
  const dims = input.names.length;
  const mean = new Array<number>(dims).fill(0);
  const std = new Array<number>(dims).fill(0);
  const total = weights.reduce((a, b) => a + b, 0);
  rows.forEach((row, r) => row.forEach((v, d) => (mean[d]! += (weights[r]! * v) / total)));
  rows.forEach((row, r) => row.forEach((v, d) => (std[d]! += (weights[r]! * (v - mean[d]!) ** 2) / total)));
  for (let d = 0; d < dims; d++) std[d] = Math.sqrt(std[d]!) || 1;
  const design = rows.map((row) => [1, ...row.map((v, d) => (v - mean[d]!) / std[d]!)]);
  const beta = fitNewtonLogistic({ design, targets: labels, weights, penalty: input.l2, steps: input.iterations });
  return {
    features: [...input.names],
    mean: mean.map(round),
    std: std.map(round),
    weights: beta.slice(1).map(round),
    bias: round(beta[0]!),
  };
}

/** Six significant decimals keep the JSON small and diffs readable. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
