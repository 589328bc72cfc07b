import type { GapInput } from './gap-features.js';

/**
 * Gaps (before paragraph `g`) between two posts of one live blog: the cleaner removed a post's stamp
 * there ("14:31" one of a series of post times, "1h ago" / "17.41 GMT"; rule `live-post-stamp`). A
 * live blog is one article however unrelated its posts read: each post opens under its own heading
 * ("Transport for Wales cancels all services west of Cardiff") with a lead restating it, the shape
 * of a new story's header, and with the stamp and the author's line removed above it the model
 * split there (probe r28, The Independent's live page, at 0.94). Nothing splits at these gaps.
 */
export function livePostGaps(input: GapInput): Set<number> {
  const gaps = new Set<number>();
  for (const [gap, removed] of input.bylineGaps ?? []) if (gap > 0 && removed.some((line) => line.livePostStamp)) gaps.add(gap);
  return gaps;
}
