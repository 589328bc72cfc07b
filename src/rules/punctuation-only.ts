import type { LineRule } from './types.js';

/** A line with no letter and no digit: separators, bullets, stray commas, `|`, `»`. */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

export const rule: LineRule = {
  kind: 'line',
  id: 'punctuation-only',
  category: 'navigation',
  description: 'A line with no letter or digit (separators, bullets, stray punctuation).',
  englishOnly: false,
  match(text) {
    return HAS_WORD_CHARACTER.test(text) ? null : { reason: 'line without words' };
  },
  examples: {
    source: 'aeb container scan ("," lines, 14 occurrences; punctuation family in 47 page docs)',
    remove: [',', '|', '»', '* * *'],
    keep: ['2019', 'OK.'],
  },
};
