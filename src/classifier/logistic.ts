/**
 * A standardised logistic model: p = σ(b + Σ wᵢ (xᵢ − meanᵢ) / stdᵢ). Fitting lives in
 * src/training/; this file only scores.
 */
export interface LogisticModel {
  /** Feature names in vector order; a mismatch with the code's vectors is an error, not a guess. */
  features: string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

/** Probability in [0, 1] that the vector is boilerplate. */
export function scoreVector(model: LogisticModel, vector: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) {
    z += (model.weights[i]! * (vector[i]! - model.mean[i]!)) / model.std[i]!;
  }
  return 1 / (1 + Math.exp(-z));
}

/** {@link scoreVector} of each vector, in order. */
export function scoreVectors(model: LogisticModel, vectors: readonly (readonly number[])[]): number[] {
  // A loop, not a callback made anew on every call: this runs for every document (DEVELOPERS.md, "Workers").
  const probabilities: number[] = [];
  for (const vector of vectors) probabilities.push(scoreVector(model, vector));
  return probabilities;
}

/** Log-odds of a probability, clamped away from 0 and 1 so that it stays finite. */
export function logit(p: number): number {
  const clamped = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(clamped / (1 - clamped));
}

/** Throws when a model was trained on other features than the code computes. */
export function checkFeatures(model: LogisticModel, expected: readonly string[], stage: string): void {
  const same = model.features.length === expected.length && model.features.every((name, i) => name === expected[i]);
  if (!same) throw new Error(`classifier ${stage}: model features do not match the code; run npm run train`);
}
