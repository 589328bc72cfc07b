/**
 * The main content block: the run of paragraphs with the largest total "story evidence", where a
 * paragraph's evidence is (pivot − p) × log(1 + words) for boilerplate probability p (pivot 0.5 unless given). This is the
 * maximum-sum subarray (Kadane), O(n). On a whole-page dump it is the article between the menus and
 * the footer; related-story teasers after a footer stay outside it.
 */
export interface Span {
  /** 0-based index of the first paragraph in the block. */
  start: number;
  /** 0-based index after the last paragraph in the block. */
  end: number;
}

export function mainBlock(probabilities: readonly number[], logWords: readonly number[], pivot = 0.5): Span {
  let best: Span = { start: 0, end: 0 };
  let bestSum = 0;
  let runStart = 0;
  let runSum = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const evidence = (pivot - probabilities[i]!) * logWords[i]!;
    if (runSum <= 0) {
      runStart = i;
      runSum = 0;
    }
    runSum += evidence;
    if (runSum > bestSum) {
      bestSum = runSum;
      best = { start: runStart, end: i + 1 };
    }
  }
  return best;
}

/** Distance in paragraphs from index to the block (0 inside it). */
export function distanceToBlock(block: Span, index: number): number {
  if (index < block.start) return block.start - index;
  if (index >= block.end) return index - block.end + 1;
  return 0;
}
