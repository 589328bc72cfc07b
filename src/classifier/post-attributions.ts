import type { LineJudgement } from './classify.js';

/**
 * The attribution line under an embedded post's text, as a flattened tweet embed prints it:
 *
 *   I can’t thank this man enough. He’s taught me so much … Good luck and
 *   — Dele (@dele_official) November 19, 2019
 *
 * A handle and a date make it read like furniture, yet it belongs to the quotation above it (the
 * aeb gold keeps it wherever it keeps the post). So it follows the post: kept when the paragraph
 * before it is kept.
 */
const ATTRIBUTION = /^[—–-] ?[^()]{1,80} \(@\w{1,30}\) (?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4})$/u;

/** Keeps every post attribution whose post (the paragraph before it) is kept. */
export function keepPostAttributions(judgements: readonly LineJudgement[], texts: readonly string[]): LineJudgement[] {
  const result = [...judgements];
  for (let i = 1; i < texts.length; i++) {
    if (result[i]!.boilerplate && !result[i - 1]!.boilerplate && ATTRIBUTION.test(texts[i]!)) {
      result[i] = { ...result[i]!, boilerplate: false, revision: "kept: an embedded post's attribution under its kept text" };
    }
  }
  return result;
}
