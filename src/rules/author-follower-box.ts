import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * The author box under a blog platform's post (Medium prints it under every story), flattened to lines: the credit,
 * the follower counts, then the author's one-line bio:
 *
 *   Written by Marcus Lee
 *   4.3K Followers
 *   ·
 *   212 Following
 *   Writer, dad, recovering doomscroller. Words in The Atlantic and Slate.
 *
 * The credit and the counts are furniture on their own; the bio reads like any short sentence, so it goes only right
 * after the counts, which no story prints.
 */
const CREDIT = /^Written by \p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,4}$/u;
/** "4.3K Followers", "212 Following", "1 follower", the separator dot between them. */
const COUNT = /^(?:[\d.,]{1,7}[KkMm]? (?:[Ff]ollowers?|[Ff]ollowing|[Ss]ubscribers?)|[·•])$/u;
const MAX_COUNT_LINES = 4;
const MAX_BIO_WORDS = 40;

export const rule: BlockRule = {
  kind: 'block',
  id: 'author-follower-box',
  category: 'byline',
  description:
    'A blog platform\'s author box (Medium): "Written by X", the follower counts ("4.3K Followers", "·", "212 Following") and the one-line bio right after the counts (≤ 40 words).',
  englishOnly: true,
  match(texts, start) {
    if (!CREDIT.test(texts[start]!)) return null;
    let end = start + 1;
    let counts = 0;
    while (end < texts.length && end - start <= MAX_COUNT_LINES && COUNT.test(texts[end]!)) {
      end++;
      counts++;
    }
    if (counts === 0) return null;
    const bio = texts[end];
    if (bio !== undefined && wordCount(bio) <= MAX_BIO_WORDS && !COUNT.test(bio)) end++;
    return { length: end - start, reason: 'author box with follower counts and bio' };
  },
  examples: {
    source: 'probe r24b, a made-up page in the shape of a Medium post (medium lines 36–40)',
    remove: [
      ['Written by Marcus Lee', '4.3K Followers', '·', '212 Following', 'Writer, dad, recovering doomscroller. Words in The Atlantic and Slate.'],
    ],
    inContext: [],
    keep: [
      // A credit with no counts under it: the line rules judge it.
      ['Written by Marcus Lee', 'Writer, dad, recovering doomscroller.'],
      ['The song was written by Marcus Lee in 1994.', '4.3K Followers'],
    ],
  },
};
