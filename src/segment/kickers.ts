import { FEATURE_NAMES } from './gap-features.js';

const AFTER_HEADLINE_LIKE = FEATURE_NAMES.indexOf('after-headline-like');
const BEFORE_SIGNS_OFF = FEATURE_NAMES.indexOf('before-signs-off');
const BEFORE_ENDS_OPEN = FEATURE_NAMES.indexOf('before-ends-open');
const REMOVAL_GAP = FEATURE_NAMES.indexOf('removal-gap');

/**
 * Moves a split from after a kicker to before it. A story that opens with a short kicker or dateline
 * line ("BAAR, SWITZERLAND", "LOOK WHAT YOU MADE ME DO", "Fox News Flash top entertainment headlines
 * for Nov. 19") is often split after that line: it shares no words with either side, and the lead
 * after it reads as the new subject, so the gap after it scores higher than the gap before it, and
 * the kicker was left at the end of the story before. A split right after a headline-shaped line moves
 * before it when that gap is a boundary in its own right (margin ≥ 0, not vetoed) and the story before
 * keeps the minimum length; not when the line is a closing line ("With Post wires"), ends open (a
 * lead-in, "Twitter seemed a bit confused by the campaign:"), or the cleaner removed something between
 * it and the split (then it is more often the story's own last line, above a removed share bar).
 * @param starts 0-based paragraph indexes where the 2nd, 3rd, … article starts, in order
 * @param margins per gap `g` (before paragraph `g`), at index `g - 1`
 * @param features per gap, as `margins`
 * @returns the starts after the moves, in order
 */
export function moveSplitsBeforeKickers(
  starts: readonly number[],
  margins: readonly number[],
  features: readonly (readonly number[])[],
  words: readonly number[],
  minArticleWords: number,
): number[] {
  const moved = [...starts];
  for (let k = 0; k < moved.length; k++) {
    const gap = features[moved[k]! - 1]!;
    const kicker = moved[k]! - 1;
    const previous = k === 0 ? 0 : moved[k - 1]!;
    const isKicker = gap[AFTER_HEADLINE_LIKE] === 1 && gap[BEFORE_SIGNS_OFF] !== 1 && gap[BEFORE_ENDS_OPEN] !== 1 && gap[REMOVAL_GAP] !== 1;
    if (isKicker && kicker > previous && margins[kicker - 1]! >= 0 && wordsBetween(words, previous, kicker) >= minArticleWords) moved[k] = kicker;
  }
  return moved;
}

/** Words of paragraphs `from` to `to` (exclusive): counted only for the rare split after a kicker. */
function wordsBetween(words: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += words[i]!;
  return total;
}
