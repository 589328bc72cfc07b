import { wordCount } from './helpers.js';
import type { LineRule } from './types.js';

/**
 * A one-line pointer to the site's own policy, left under a widget or an embed: "Learn more in our
 * privacy policy.", "Read our privacy notice", "See our cookie policy for details." The site speaks
 * ("our") and sends the reader away; a story about a policy names whose policy it is.
 */
const POINTER =
  /^(?:(?:please )?(?:learn more|find out more|read more|more information|for (?:more )?(?:details|information))(?: about [\w ]{1,30})? in our|(?:please )?(?:read|see|view|review|check|visit) our) (?:privacy|cookie|cookies|data protection) (?:policy|notice|statement|settings)(?: (?:for (?:more )?(?:details|information)|here))?\.?$/i;
const MAX_WORDS = 16;

export const rule: LineRule = {
  kind: 'line',
  id: 'privacy-pointer',
  category: 'legal',
  description: 'A one-line pointer to the site\'s own privacy or cookie policy ("Learn more in our privacy policy.", "Read our privacy notice").',
  englishOnly: true,
  match(text) {
    return wordCount(text) <= MAX_WORDS && POINTER.test(text) ? { reason: 'pointer to the site\'s privacy policy' } : null;
  },
  examples: {
    source: 'seed 000 line 1 ("Read our privacy notice", inside the widget); embed placeholders and sign-up boxes of UK news sites',
    remove: ['Learn more in our privacy policy.', 'Read our privacy notice', 'See our cookie policy for details.', 'For more information in our privacy policy.'],
    keep: [
      'Read our privacy policy carefully, the regulator told Facebook users, because it changed in May.',
      'The company updated its privacy policy last week.',
      'See our coverage of the election here.',
    ],
  },
};
