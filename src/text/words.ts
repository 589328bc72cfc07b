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
