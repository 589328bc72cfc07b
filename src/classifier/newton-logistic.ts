/**
 * Maximum-likelihood logistic regression with an L2 penalty (never on the bias), by Newton's method
 * (iteratively reweighted least squares): exact, deterministic (zero start, a fixed number of steps,
 * no sampling) and converged in a few steps. The one fitter behind both learned parts of newsclean,
 * the line classifier and the segmenter; used by src/training/ only.
 */
export interface NewtonLogisticInput {
  /** Design rows of equal width; column 0 is the bias and holds 1. */
  design: readonly (readonly number[])[];
  /** 1 or 0 per row. */
  targets: readonly number[];
  /** Per-row weights; every row weighs 1 when absent. */
  weights?: readonly number[];
  /** L2 penalty added for every coefficient but the bias. */
  penalty: number;
  steps: number;
}

/** Coefficients in design-column order (bias first). */
export function fitNewtonLogistic(input: NewtonLogisticInput): number[] {
  const { design, targets, weights, penalty } = input;
  const width = design[0]?.length ?? 0;
  const beta = new Array<number>(width).fill(0);
  for (let step = 0; step < input.steps; step++) {
    const gradient = beta.map((b, j) => (j === 0 ? 0 : penalty * b));
    const hessian = beta.map((_, j) => beta.map((__, k) => (j === k && j > 0 ? penalty : 0)));
    design.forEach((row, i) => {
      let z = 0;
      for (let j = 0; j < width; j++) z += beta[j]! * row[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = weights?.[i] ?? 1;
      const error = weight * (p - targets[i]!);
      // The floor keeps the Hessian invertible where the data separate perfectly.
      const curvature = weight * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < width; j++) {
        gradient[j]! += error * row[j]!;
        const scaled = curvature * row[j]!;
        const line = hessian[j]!;
        for (let k = j; k < width; k++) line[k]! += scaled * row[k]!;
      }
    });
    for (let j = 0; j < width; j++) for (let k = 0; k < j; k++) hessian[j]![k] = hessian[k]![j]!;
    const delta = solve(hessian, gradient);
    for (let j = 0; j < width; j++) beta[j]! -= delta[j]!;
  }
  return beta;
}

/** Solves A x = b by Gaussian elimination with partial pivoting; A is small (features + 1). */
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
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = a[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= a[r]![c]! * x[c]!;
    x[r] = sum / (a[r]![r]! || 1e-12);
  }
  return x;
}
