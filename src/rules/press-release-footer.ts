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
/**
 * The release's safe-harbour notice, the issuer's legal formula (US securities law): its heading ("Forward-Looking
 * Statements", "Cautionary Note Regarding Forward-Looking Statements", "Safe Harbor Statement") and its paragraph,
 * opened by the release speaking of itself ("This press release contains forward-looking statements within the meaning
 * of…") or citing the statute's sections with the formula. A story that reports a company's warning says who warned;
 * the release's other end matter ("About X" and its profile) reads as prose and stays: aeb 57e2e988's and dfd43bc0's
 * gold keep "About my6sense" and its company profile.
 */
const SAFE_HARBOUR_HEADING =
  /^(?:(?:special |cautionary |important )?(?:note|statement|language|information)s? (?:regarding|concerning|about|on|relating to) )?(?:forward[- ]looking (?:statements?|information)|safe harbou?r statement)(?: (?:and|&) (?:risk factors|safe harbou?r))?:?$/i;
const SAFE_HARBOUR_PARAGRAPH =
  /^(?:this|the) (?:press |news )?(?:release|announcement)\b[^.!?]{0,40}\b(?:contains?|includes?|may contain)\b[^.!?]{0,40}\bforward[- ]looking (?:statements|information)\b|\bforward[- ]looking statements (?:with)?in the meaning of (?:the private securities litigation reform act|section 27a|section 21e)\b/i;
const MAX_SAFE_HARBOUR_WORDS = 500;
/** PR Newswire's label over the issuer's name at the head of every release: "News provided by" (the name is the line after it). */
const PROVIDED_BY = /^news provided by:?$/i;
const MEDIA_LINK =
  /^(?:(?:logo|photo|video|image|infographic|multimedia)s? - https?:\/\/\S+|(?:an? )?(?:photos?|images?|videos?|multimedia)(?: accompanying this (?:announcement|release))? (?:is|are) available at:? https?:\/\/\S+)$/i;

/**
 * A press office's contact line under its release, a label and only addresses (probe r32, a university news page: "Enquiries:
 * media@glasgow.ac.uk or elizabeth.mcmeekin@glasgow.ac.uk"; "Media contact: press@example.gov.uk, 020 7946 0000"). A story gives a
 * reader's address in a sentence.
 */
const ADDRESS = String.raw`(?:[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20}|\+?[\d() -]{7,20}\d)`;
const PRESS_CONTACT = new RegExp(
  String.raw`^(?:(?:media|press|news) )?(?:enquiries|inquiries|contacts?|office)(?: to)? ?: ?${ADDRESS}(?:(?:,| or| and) ${ADDRESS}){0,3}\.?$`,
  'i',
);

export const rule: LineRule = {
  kind: 'line',
  id: 'press-release-footer',
  category: 'byline',
  description:
    'A press-release wire\'s footer: the issuer\'s credit ("SOURCE X, Inc."), the link to the release ("View original content to download multimedia:https://…", "View source version on businesswire.com: https://…"), the links to its pictures ("Logo - https://…"), and the release\'s safe-harbour notice ("Forward-Looking Statements" and "This press release contains forward-looking statements within the meaning of…"), and a press office\'s contact line ("Enquiries: media@…").',
  englishOnly: true,
  match(text) {
    const words = wordCount(text);
    if (words <= MAX_ISSUER_WORDS && (ISSUER_CREDIT.test(text) || PROVIDED_BY.test(text))) return { reason: 'press-release issuer credit' };
    if (SAFE_HARBOUR_HEADING.test(text) || (words <= MAX_SAFE_HARBOUR_WORDS && SAFE_HARBOUR_PARAGRAPH.test(text))) return { reason: 'press-release safe-harbour notice' };
    if (PRESS_CONTACT.test(text)) return { reason: 'press office contact line' };
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
      // A biotech's release on Business Wire, its safe-harbour notice (probe r23, made-up issuer).
      'Forward-Looking Statements',
      // A university press office's contact under its release (probe r32, made-up page), and a department's.
      'Enquiries: media@glasgow.ac.uk or elizabeth.mcmeekin@glasgow.ac.uk', 'Media contact: press@example.gov.uk, 020 7946 0000',
      'Cautionary Note Regarding Forward-Looking Statements',
      'This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements regarding the therapeutic potential of NFT-301, the design and timing of future clinical trials and the company\'s cash runway. Actual results may differ materially from those indicated by such statements. Northfield Therapeutics undertakes no obligation to update any forward-looking statements.',
    ],
    keep: [
      'SOURCE: company filings',
      'SOURCES close to the board said the deal would be signed on Monday, and that the chief executive had agreed to stay on.',
      'Photos of the launch are available at the museum until March.',
      'The logo - a blue wave - was unveiled at https://example.com on Monday.',
      // aeb 57e2e988 (gold): a release's "About" heading and the issuer's profile under it.
      'About my6sense',
      'my6sense offers an open programmatic white-label native advertising platform for ad networks, media trading companies, group publishers, DSPs and SSPs.',
      'The company warned that its forward-looking statements, made in a release on Monday, might not hold if the merger failed.',
      'Forward-looking statements are not guarantees, the regulator reminded investors.',
      'Safe Harbor',
      'Enquiries: the council will answer questions at info@example.org until Friday.',
    ],
  },
};
