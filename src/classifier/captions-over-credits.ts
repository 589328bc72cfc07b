import type { LineJudgement } from './classify.js';

/**
 * A picture's caption over the picture's credit on a line of its own, which the rules removed, most often between the
 * header's furniture and the story (Gulf News, probe r30):
 *
 *   3 MIN READ                                                  (removed: byline-timestamp)
 *   The new bridge connects Al Khail Road with Meydan Street.   (kept, 0.61: a sentence)
 *   Image Credit: Supplied                                      (removed: image-caption)
 *   Dubai: The Roads and Transport Authority (RTA) on Sunday opened a new 2.5-kilometre bridge…
 *
 * A caption reads as a short sentence, and the classifier keeps it, unsure (0.61 here); its credit line under it is what
 * gives it away. Only with junk right above it (a rule's removal, a paragraph the classifier removed, the page's top): a
 * credit under a kept line is a picture without a caption (ZDNet's disclosure line over "Jason Cipriani/ZDNet", kept by
 * aeb train page 5fbc7ccb's gold). And never a paragraph the classifier is sure is story ("good"): the BBC prints the
 * credit above its picture ("Image source, Reuters" over "Image caption,"), so the line over it is the story's, as in the
 * golden case removes-widgets-flattened-line-by-line, where a paragraph under a newsletter widget sits over one (0.05).
 */
export interface CaptionLine {
  /** Word tokens. */
  words: number;
  /** Paragraphs the rules removed right before this one. */
  removedBefore: number;
  /** Whether the first paragraph the rules removed right after this one was a credit line (`RuleNeighbourhood.creditAfter`). */
  creditAfter: boolean;
}

/** A caption is a sentence or a phrase; a longer paragraph over a credit is the story's. */
const MAX_CAPTION_WORDS = 30;
export const CAPTION_OVER_CREDIT = 'removed: a caption over its picture credit, with junk above it';

/** Marks as boilerplate each kept paragraph, not sure story, that sits right over a credit line the rules removed, with junk right above it. */
export function dropCaptionsOverCredits(judgements: readonly LineJudgement[], lines: readonly CaptionLine[]): LineJudgement[] {
  const result = [...judgements];
  for (let i = 0; i < result.length; i++) {
    const line = lines[i]!;
    if (result[i]!.boilerplate || result[i]!.initial === 'good' || !line.creditAfter || line.words > MAX_CAPTION_WORDS) continue;
    const junkAbove = line.removedBefore > 0 || i === 0 || result[i - 1]!.boilerplate;
    if (junkAbove) result[i] = { ...result[i]!, boilerplate: true, revision: CAPTION_OVER_CREDIT };
  }
  return result;
}
