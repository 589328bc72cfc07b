import type { LogisticModel } from './logistic.js';

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
  const x = rows.map((row) => [1, ...row.map((v, d) => (v - mean[d]!) / std[d]!)]);
  const beta = new Array<number>(dims + 1).fill(0);
  for (let iteration = 0; iteration < input.iterations; iteration++) {
    const gradient = new Array<number>(dims + 1).fill(0);
    const hessian = Array.from({ length: dims + 1 }, () => new Array<number>(dims + 1).fill(0));
    x.forEach((xi, r) => {
      const p = sigmoid(dot(beta, xi));
      const w = weights[r]!;
      const residual = w * (p - labels[r]!);
      const curvature = w * Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= dims; a++) {
        gradient[a]! += residual * xi[a]!;
        for (let b = a; b <= dims; b++) hessian[a]![b]! += curvature * xi[a]! * xi[b]!;
      }
    });
    for (let a = 0; a <= dims; a++) {
      for (let b = 0; b < a; b++) hessian[a]![b] = hessian[b]![a]!;
      if (a > 0) {
        gradient[a]! += input.l2 * beta[a]!;
        hessian[a]![a]! += input.l2;
      }
    }
    const step = solve(hessian, gradient);
    for (let a = 0; a <= dims; a++) beta[a]! -= step[a]!;
  }
  return {
    features: [...input.names],
    mean: mean.map(round),
    std: std.map(round),
    weights: beta.slice(1).map(round),
    bias: round(beta[0]!),
  };
}

/** Gaussian elimination with partial pivoting; the matrix is small (features + 1). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]! || 1e-12;
    for (let r = col + 1; r < n; r++) {
      const factor = a[r]![col]! / p;
      for (let c = col; c <= n; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  const result = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = a[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= a[r]![c]! * result[c]!;
    result[r] = sum / (a[r]![r]! || 1e-12);
  }
  return result;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Six significant decimals keep the JSON small and diffs readable. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
