import type { SpanRule } from './types.js';

/** `date 2023-10-27` at the very start of a file's first line: a scraper's header, read into metadata. */
const DATE_HEADER = /^date[:=]? ?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?(?: |$)/i;

export const rule: SpanRule = {
  kind: 'span',
  id: 'date-header',
  category: 'metadata',
  description: 'A `date YYYY-MM-DD` header at the start of a line becomes the record date and leaves the text.',
  englishOnly: false,
  match(text) {
    const found = DATE_HEADER.exec(text);
    if (found === null) return null;
    return {
      start: 0,
      end: found[0].length,
      reason: `header line gives the date ${found[1]!}`,
      metadata: { date: found[1]! },
    };
  },
  examples: {
    source: 'seed 000 line 1 (shortened); synthetic header with a story sentence after it',
    cases: [
      { input: 'date 2023-10-27 For free real time breaking news alerts', remains: 'For free real time breaking news alerts' },
      { input: 'date 2023-10-27', remains: '' },
    ],
    keep: ['The date 2023-10-27 was chosen for the vote.', 'Update 2023-10-27: the vote was delayed.'],
  },
};
