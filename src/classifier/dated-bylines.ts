import type { FurnitureShape } from './furniture-lines.js';

/**
 * A byline and its date on one line, in any order and with any furniture around them, that the
 * classifier kept next to the story: "By Joseph Tsidulko November 19, 2019, 07:47 PM EST",
 * "11/19/2019 by Lars Brandle", "February 1, 2019 Ilana Muhlstein, MS, RDN", "November 20, 2019 /
 * 1:07 AM / CBS News". Such a line is a date, perhaps a clock time, and otherwise only capitalised
 * words (names, a section, a paper, a time zone) joined by "by", "on", "at", "and" and separators.
 * A story's sentence with a date has lowercase words ("Revenues … have totaled about $63 billion
 * through June 30, 2019."), and an embedded post's attribution opens with a dash ("— Digital Foundry
 * (@digitalfoundry) November 18, 2019"). Checked after scoring (`furniture-lines.ts` says why).
 */
const MAX_WORDS = 16;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** "November 18th, 2019", "19 November 2019", "11/19/2019", "21/06/2014", "2019-11-18T22:05:36Z". */
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?Z?)?)(?![\\p{L}\\p{N}])`,
  'giu',
);
/** "07:47", "8:15 pm", "11:08 a.m.". */
const CLOCK = /(?<![\p{L}\p{N}])\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?![\p{L}\p{N}])/giu;
const JOINING_WORD = /(?<![\p{L}\p{N}])(?:by|on|at|and)(?![\p{L}\p{N}])/gu;
const SEPARATOR = /[|/•·,:;&()[\]–—-]/gu;
/** An attribution under an embedded post, a parenthesised note ("(Published Monday, Nov. 18, 2019)"), a quotation. */
const OPENS_AS_QUOTE = /^[-–—(["“‘']/u;
/** A sentence ends in a full stop; a clock's "a.m." does not end one. */
const SENTENCE_END = /[.!?]["”’]?$/u;
const CLOCK_SUFFIX = /\b[ap]\.m\.$/iu;
const CAPITALISED = /^\p{Lu}/u;

export const datedByline: FurnitureShape = { test: isDatedByline, why: 'removed: a byline with its date' };

/** A date and otherwise only capitalised words, at most {@link MAX_WORDS} words, not a sentence. */
export function isDatedByline(text: string): boolean {
  const words = wordsUpTo(text, MAX_WORDS + 1);
  if (words < 2 || words > MAX_WORDS || OPENS_AS_QUOTE.test(text)) return false;
  if (SENTENCE_END.test(text) && !CLOCK_SUFFIX.test(text)) return false;
  const dates = text.match(DATE)?.length ?? 0;
  if (dates === 0) return false;
  let rest = 0;
  for (const word of text.replace(DATE, ' ').replace(CLOCK, ' ').replace(JOINING_WORD, ' ').replace(SEPARATOR, ' ').split(' ')) {
    if (word === '') continue;
    if (!CAPITALISED.test(word)) return false;
    rest++;
  }
  // Two dates and nothing else is a period ("29 November 2018 | 20 January 2019", an exhibition's run).
  return rest > 0 || dates === 1;
}

/** `text.split(' ').length`, counted no further than `limit` and without making the pieces (a story paragraph has a hundred). */
function wordsUpTo(text: string, limit: number): number {
  let words = 1;
  for (let space = text.indexOf(' '); space !== -1 && words < limit; space = text.indexOf(' ', space + 1)) words++;
  return words;
}
