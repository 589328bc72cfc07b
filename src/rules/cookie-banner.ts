import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/** Cookie banners speak of this site's cookies and of accepting, consenting or browsing. */
const COOKIES = /\bcookies\b/i;
const BANNER_TERMS =
  /\b(?:we use|this (?:site|website)|our (?:site|website)|uses cookies|accept|consent|browsing|browser|your experience|cookie (?:policy|settings|preferences|notice)|learn more|more information|manage)\b/i;
const JS_REQUIRED = /^(?:please )?(?:enable|turn on) javascript\b|\bjavascript (?:is )?(?:disabled|required|must be enabled)\b|\byour browser (?:does not support|is out of date)\b/i;
const MAX_WORDS = 160;

export const rule: LineRule = {
  kind: 'line',
  id: 'cookie-banner',
  category: 'cookie-banner',
  description: 'A cookie banner ("This site uses cookies … accept …") or a JavaScript-required notice.',
  englishOnly: true,
  match(text) {
    if (wordCount(text) > MAX_WORDS) return null;
    if (COOKIES.test(text) && BANNER_TERMS.test(text)) return { reason: 'cookie banner' };
    if (JS_REQUIRED.test(text)) return { reason: 'JavaScript-required notice' };
    return null;
  },
  examples: {
    source: 'aeb page scan (cookie family in 138 of 181 pages); aeb gold line with "the public cookie jar"',
    remove: [
      'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
      'Please enable JavaScript to view the comments powered by Disqus.',
    ],
    keep: ['Lawmakers were caught with their hands in the public cookie jar.', 'She baked cookies for the whole street.'],
  },
};
