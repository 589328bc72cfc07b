/** Precision, recall and F1 from counts; a ratio with a zero denominator is null ("not defined"). */
export interface PrecisionRecall {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** tp, fp, fn → P = tp/(tp+fp), R = tp/(tp+fn), F1 their harmonic mean (0 when P + R = 0). */
export function precisionRecall(tp: number, fp: number, fn: number): PrecisionRecall {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: harmonicMean(precision, recall) };
}

/** `part / whole`, or null when `whole` is 0. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** 2PR/(P+R); null when either is undefined, 0 when both are 0. */
export function harmonicMean(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Mean of the defined values, null when there are none. */
export function meanOf(values: ReadonlyArray<number | null>): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    count++;
  }
  return count === 0 ? null : sum / count;
}
