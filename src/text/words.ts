/**
 * Word tokenising shared by the classifier's features and the training labels: lowercase runs of
 * letters, marks, digits and underscores (the `\w+` of the aeb scoring, extended to every script).
 * One precompiled pattern, no allocation beyond the result.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** Lowercase word tokens of a text, in order. */
export function tokenise(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Original-case word tokens of a text, in order (for capitalisation features). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Words of running text: whitespace-separated words, where Chinese and Japanese text, written
 * without spaces, counts one word per {@link CJK_CHARS_PER_WORD} of its characters. Otherwise a
 * whole Japanese story would weigh a few "words" (it could never stand alone as an article) and each
 * of its paragraphs would look as short as a heading or a table row.
 */
export function runningWords(text: string): number {
  // A loop, not a callback made anew on every call: this runs for every paragraph (segment/gap-features.ts says why).
  let spaced = 0;
  for (const word of text.split(/\s+/u)) if (word.length > 0) spaced++;
  return Math.max(spaced, unspacedWords(text));
}

/** Words of the Chinese and Japanese text in `text`: one per {@link CJK_CHARS_PER_WORD} of its characters. */
export function unspacedWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return Math.round(cjk / CJK_CHARS_PER_WORD);
}

/** Characters per word in Japanese and Chinese running text, roughly. */
const CJK_CHARS_PER_WORD = 2;
