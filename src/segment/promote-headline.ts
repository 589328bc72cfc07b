import type { Paragraph } from '../types.js';
import { endsLikeSentence, isHeadlineLike } from './openings.js';

/**
 * An article whose first paragraph reads as a headline ("Arizona Senate advances Bitcoin reserve
 * bill") followed by a sentence paragraph: the headline becomes the article's title and leaves its
 * paragraphs. Returns null when the article does not start that way.
 */
export function headlineOf(paragraphs: readonly Paragraph[]): Paragraph | null {
  const [first, second] = paragraphs;
  if (first === undefined || second === undefined) return null;
  return isHeadlineLike(first.text) && endsLikeSentence(second.text) ? first : null;
}
