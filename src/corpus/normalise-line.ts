const DIGIT = /\p{Nd}/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * The form in which lines are counted across a corpus: lowercase, every decimal digit replaced by
 * `#`, whitespace runs collapsed to one space, ends trimmed. So "Published 12:04 PM, Nov 19" and
 * "published 09:30 pm, nov 20" share one entry ("published ##:## pm, nov ##"), as CCNet's paragraph
 * hashing does.
 */
export function normaliseLineForCounting(text: string): string {
  return text.toLowerCase().replace(DIGIT, '#').replace(WHITESPACE_RUN, ' ').trim();
}
