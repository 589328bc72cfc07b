import type { Span } from './main-block.js';

/**
 * How much of a paragraph's vocabulary the main content block shares: the story's own subheadings,
 * lists and captions reuse its words ("Stadia", "Red Dead Redemption"), a related teaser or a menu
 * talks of something else ("Dell has released its list of Black Friday deals"). Language-agnostic:
 * content words are the tokens that are not the document language's stopwords.
 */

/** Tokens shorter than this carry little topic (numbers, "s", "de"). */
const MIN_TOKEN_LENGTH = 3;

/** The content words of each paragraph (lowercase, stopwords and short tokens dropped). */
export function contentWordsOf(tokens: readonly (readonly string[])[], stopwords: ReadonlySet<string>): string[][] {
  return tokens.map((words) => words.filter((word) => word.length >= MIN_TOKEN_LENGTH && !stopwords.has(word)));
}

/**
 * For every paragraph, the share of its content words that occur in the block's other paragraphs,
 * in [0, 1] (0 for a paragraph without content words). A paragraph inside the block is compared with
 * the rest of the block, so its own words do not count. O(total words).
 */
export function overlapWithBlock(contentWords: readonly (readonly string[])[], block: Span): number[] {
  const counts = new Map<string, number>();
  for (let i = block.start; i < block.end; i++) {
    for (const word of new Set(contentWords[i])) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return contentWords.map((words, index) => {
    if (words.length === 0) return 0;
    const inside = index >= block.start && index < block.end;
    let shared = 0;
    // Paragraphs are counted once per word, so inside the block a count above 1 means another paragraph holds it.
    for (const word of words) if ((counts.get(word) ?? 0) > (inside ? 1 : 0)) shared++;
    return shared / words.length;
  });
}
