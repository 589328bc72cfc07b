import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * The footer a press-release wire prints under every release, in PR Newswire's, Business Wire's and
 * GlobeNewswire's shapes: the issuer's credit in capitals ("SOURCE Halvorsen Biotherapeutics, Inc."),
 * the link to the release with its pictures ("View original content to download
 * multimedia:https://…", "View source version on businesswire.com: https://…") and the links to its
 * pictures ("Logo - https://mma.prnewswire.com/…", "Photos accompanying this announcement are
 * available at https://…"). A story quoting a release never prints its wire's links.
 */
const ISSUER_CREDIT = /^SOURCE \p{Lu}[^!?]{0,80}$/u;
/** The issuer's name, with its "Inc." or "Ltd.": no sentence fits. */
const MAX_ISSUER_WORDS = 10;
const RELEASE_LINK = /^(?:view original content(?: to download multimedia)?|view source version on [\w.-]{3,40}) ?: ?https?:\/\/\S+$/i;
const MEDIA_LINK =
  /^(?:(?:logo|photo|video|image|infographic|multimedia)s? - https?:\/\/\S+|(?:an? )?(?:photos?|images?|videos?|multimedia)(?: accompanying this (?:announcement|release))? (?:is|are) available at:? https?:\/\/\S+)$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'press-release-footer',
  category: 'byline',
  description:
    'A press-release wire\'s footer: the issuer\'s credit ("SOURCE X, Inc."), the link to the release ("View original content to download multimedia:https://…", "View source version on businesswire.com: https://…") and the links to its pictures ("Logo - https://…").',
  englishOnly: true,
  match(text) {
    if (wordCount(text) <= MAX_ISSUER_WORDS && ISSUER_CREDIT.test(text)) return { reason: 'press-release issuer credit' };
    return RELEASE_LINK.test(text) || MEDIA_LINK.test(text) ? { reason: 'press-release wire link' } : null;
  },
  examples: {
    source: 'PR Newswire\'s, Business Wire\'s and GlobeNewswire\'s footers, as their release pages print them (probe of 2026-12-07, made-up issuer)',
    remove: [
      'SOURCE Halvorsen Biotherapeutics, Inc.',
      'SOURCE Trailcrest Outdoor Co.',
      'View original content to download multimedia:https://www.prnewswire.com/news-releases/halvorsen-biotherapeutics-announces-positive-topline-results-from-phase-2-halo-2-trial-302391847.html',
      'View original content:https://www.prnewswire.com/news-releases/trailcrest-outdoor-co-302391999.html',
      'Logo - https://mma.prnewswire.com/media/2614470/Halvorsen_Biotherapeutics_Logo.jpg',
      'View source version on businesswire.com: https://www.businesswire.com/news/home/20250304005123/en/',
      'Photos accompanying this announcement are available at https://www.globenewswire.com/NewsRoom/AttachmentNg/1a2b3c4d',
    ],
    keep: [
      'SOURCE: company filings',
      'SOURCES close to the board said the deal would be signed on Monday, and that the chief executive had agreed to stay on.',
      'Photos of the launch are available at the museum until March.',
      'The logo - a blue wave - was unveiled at https://example.com on Monday.',
    ],
  },
};
