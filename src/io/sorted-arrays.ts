/** Position of the last value ≤ `target` in ascending `values` (whose first value is ≤ `target`). */
export function lastAtMost(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((values[middle] as number) <= target) low = middle;
    else high = middle - 1;
  }
  return low;
}
