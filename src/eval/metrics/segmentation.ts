/**
 * Segmentation metrics over a sequence of units (gold paragraphs), each labelled with the id of the
 * segment (article) it belongs to. A boundary at position j (0-based) means units j and j + 1 are in
 * different segments.
 */

/** Boundary flags: entry j is true when units j and j + 1 differ in segment. Length n − 1. */
export function boundaryFlags(segments: readonly number[]): boolean[] {
  const flags: boolean[] = [];
  for (let j = 0; j + 1 < segments.length; j++) flags.push(segments[j] !== segments[j + 1]);
  return flags;
}

/**
 * Window size for Pk and WindowDiff: half the mean gold segment length in units, rounded, at least 1
 * (Beeferman et al. 1999; the convention of NLTK's `pk`).
 */
export function windowSize(reference: readonly number[]): number {
  const segments = boundaryFlags(reference).filter(Boolean).length + 1;
  return Math.max(1, Math.round(reference.length / segments / 2));
}

/**
 * Pk (Beeferman, Berger & Lafferty 1999): the share of unit pairs k apart on which reference and
 * hypothesis disagree about being in the same segment. 0 is perfect. Null when the document has no
 * window (n ≤ k).
 */
export function pk(reference: readonly number[], hypothesis: readonly number[], k = windowSize(reference)): number | null {
  return windowErrorRate(reference, hypothesis, k, (ref, hyp, i) => anyBetween(ref, i, k) !== anyBetween(hyp, i, k));
}

/**
 * WindowDiff (Pevzner & Hearst 2002): the share of windows of k units in which reference and
 * hypothesis hold a different number of boundaries. 0 is perfect. Null when n ≤ k.
 */
export function windowDiff(reference: readonly number[], hypothesis: readonly number[], k = windowSize(reference)): number | null {
  return windowErrorRate(reference, hypothesis, k, (ref, hyp, i) => countBetween(ref, i, k) !== countBetween(hyp, i, k));
}

/** Share of the n − k windows (unit i to unit i + k) on which `disagree` holds; null when n ≤ k. */
function windowErrorRate(
  reference: readonly number[],
  hypothesis: readonly number[],
  k: number,
  disagree: (ref: readonly boolean[], hyp: readonly boolean[], i: number) => boolean,
): number | null {
  assertSameLength(reference, hypothesis);
  const windows = reference.length - k;
  if (windows <= 0) return null;
  const ref = boundaryFlags(reference);
  const hyp = boundaryFlags(hypothesis);
  let errors = 0;
  for (let i = 0; i < windows; i++) if (disagree(ref, hyp, i)) errors++;
  return errors / windows;
}

/** Boundaries in flags[i .. i + k − 1], i.e. between unit i and unit i + k. */
function countBetween(flags: readonly boolean[], i: number, k: number): number {
  let count = 0;
  for (let j = i; j < i + k; j++) if (flags[j]) count++;
  return count;
}

function anyBetween(flags: readonly boolean[], i: number, k: number): boolean {
  return countBetween(flags, i, k) > 0;
}

function assertSameLength(a: readonly number[], b: readonly number[]): void {
  if (a.length !== b.length) throw new RangeError(`segmentations differ in length: ${a.length} vs ${b.length}`);
}

/** Matched and unmatched boundaries between gold and system. */
export interface BoundaryCounts {
  matched: number;
  /** System boundaries with no gold boundary within tolerance (false splits). */
  spurious: number;
  /** Gold boundaries with no system boundary within tolerance (missed splits). */
  missed: number;
}

/**
 * One-to-one matching of boundary positions (0-based unit index where a new segment starts) within
 * `tolerance` units: 0 for exact, 1 for ±1 paragraph. Greedy over sorted positions, which is optimal
 * for matching points on a line within a fixed distance.
 */
export function matchBoundaries(gold: readonly number[], system: readonly number[], tolerance: number): BoundaryCounts {
  const g = [...gold].sort((a, b) => a - b);
  const s = [...system].sort((a, b) => a - b);
  let i = 0;
  let j = 0;
  let matched = 0;
  while (i < g.length && j < s.length) {
    if (Math.abs(g[i]! - s[j]!) <= tolerance) {
      matched++;
      i++;
      j++;
    } else if (g[i]! < s[j]!) i++;
    else j++;
  }
  return { matched, spurious: s.length - matched, missed: g.length - matched };
}

/** Positions (0-based unit index) where a new segment starts. */
export function boundaryPositions(segments: readonly number[]): number[] {
  const positions: number[] = [];
  boundaryFlags(segments).forEach((flag, j) => {
    if (flag) positions.push(j + 1);
  });
  return positions;
}
