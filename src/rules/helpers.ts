/** Small shared checks for line rules: cheap, no backtracking. */

/** Number of space-separated words of a normalised line. */
export function wordCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  return text.length === 0 ? 0 : count;
}

const ITEM_SEPARATOR = /[\s|•·,/]+/u;

/**
 * Whether every item of a short line is in `vocabulary` (lowercase, compared after trimming
 * punctuation): "Share this: Facebook Twitter Email" is, "Twitter said on Monday" is not.
 */
export function isVocabularyLine(text: string, vocabulary: ReadonlySet<string>, maxWords: number): boolean {
  if (wordCount(text) > maxWords) return false;
  const items = text.toLowerCase().split(ITEM_SEPARATOR).map(trimPunctuation).filter((item) => item !== '');
  return items.length > 0 && items.every((item) => vocabulary.has(item));
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function trimPunctuation(item: string): string {
  return item.replace(EDGE_PUNCTUATION, '');
}
