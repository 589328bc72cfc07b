import { isStoryProse, PAGE_HEADER_REACH } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * A bare age in a page's header, where the site prints how old the story is instead of its date: under the headline or the
 * byline ("3 hours ago", "15 min ago", "2h ago", "Yesterday"), before the story's first paragraph. Further down the same line
 * stamps a teaser list's rows or a live blog's entries, and `byline-timestamp` leaves it to the classifier there: booked as a
 * byline between two rows it made the headline under it a new story's. In the header it can do no such harm, since no story
 * has begun above it (on its page, in a file glued from several pages). Every bare age on the aeb train pages (107 lines) is
 * junk; the ones in a header were left to the classifier, which kept "3 hours ago" over a lead on a made-up analysis page
 * (probe r35, 09).
 */
const AGE = /^(?:\d{1,3} ?(?:[smhd]|mins?|minutes?|hours?|hrs?|days?|weeks?|months?)\.? ago|an? (?:minute|hour|day|week|month) ago|yesterday|today)$/iu;

export const rule: BlockRule = {
  kind: 'block',
  id: 'header-age',
  category: 'byline',
  description: 'A bare age in a page\'s header ("3 hours ago", "2h ago", "Yesterday"): within the first 60 paragraphs of its page and before any story prose.',
  englishOnly: true,
  match(texts, start, context) {
    const pageTop = Math.min(context?.pageTop ?? 0, start);
    if (start - pageTop >= PAGE_HEADER_REACH || !AGE.test(texts[start]!)) return null;
    for (let i = pageTop; i < start; i++) if (isStoryProse(texts[i]!)) return null;
    return { length: 1, reason: 'how old the story is, in the page header' };
  },
  examples: {
    source: 'probe r35 (a made-up analysis page in the shape of a BBC one, 09-single-analysis line 5); aeb train pages print the same ages in teaser lists (0d461229…, 2c46804d…)',
    remove: [['3 hours ago'], ['2h ago'], ['15 min ago'], ['Yesterday']],
    inContext: [
      {
        texts: ['Analysis: Why the coalition talks in The Hague keep collapsing', 'By Pieter van Loon, Europe correspondent', '3 hours ago', 'For the third time in four months, negotiators walked out of talks on Monday.'],
        start: 2,
        length: 1,
      },
    ],
    keep: [
      // Under the story's first paragraph: a teaser row's or a live entry's age, left to the classifier.
      ['For the third time in four months, negotiators trying to form a government walked out of talks on Monday.', '3 hours ago'],
      ['3 hours ago, the police said, the road was reopened.'],
      ['Today’s agenda'],
    ],
  },
};
