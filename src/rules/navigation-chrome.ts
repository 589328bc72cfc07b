import { trimTrailing, wordCount } from './helpers.js';
import type { LineRule } from './types.js';

/** Arrows and dots after a control ("More ›", "Search…"). */
const TRAILING_MARKS = ' .:›»>…';
/** A count the control shows ("View all (23)", "Comments (4)"). */
const ITEM_COUNT = / ?\(\d{1,6}\)$/;
/**
 * A skip link to the page's content, its first line: "Skip to main content", "Skip to Article", "Skip Navigation", "Jump
 * directly to the content" (The Sun's; every wording on the aeb pages, each within a page's first five lines). In a file a
 * scraper wrote from several pages it is where the next page begins (stages/clean.ts). DW's "Skip to main menu" over its
 * boxes is chrome but no page's first line.
 */
const SKIP_TO_CONTENT = /^(?:(?:skip|jump)(?: directly)? to (?:the )?(?:main )?(?:content|article|navigation|section links)|skip navigation)$/i;

export function isSkipLinkToContent(text: string): boolean {
  return SKIP_TO_CONTENT.test(trimTrailing(text, TRAILING_MARKS));
}

/**
 * Site chrome: "Menu", "Search", "Sign In", "Subscribe", "Log out", "Back to top"; a press-release site's label over the story,
 * ScienceDaily's "FULL STORY", and a match page's tab links inside the report, ESPNcricinfo's "Scorecard" / "Ball-by-ball"
 * (probe r34).
 */
const CHROME =
  /^(?:full story|(?:full )?scorecard|ball[- ]by[- ]ball(?: commentary)?|skip to (?:main )?(?:search|menu)|skip to more [\w.]{1,20} sites|skip next section [^\s.!?]+(?: [^\s.!?]+){0,3}|main menu|menu|open menu|close menu|toggle navigation|search|search for:?|sign in|sign up|log ?in|log ?out|sign out|register|subscribe(?: now)?|subscribe ?sign ?in|my account|account|back to top|go to top|scroll to top|home|homepage|newsletters?|rss|rss feed|more|show more|load more|see more|see all|view all|view more|open|toggle|text size|text settings|font size|get short url|edition|english edition|print edition|quick links|order reprints|sign up here|today['’]s paper|continue reading)$/i;

/**
 * A page-feedback survey under the content and its page-history heading, as GOV.UK prints them under every page (probe r32):
 * "Is this page useful?", its answers "Yes this page is useful" / "No this page is not useful", "Report a problem with this page",
 * "Updates to this page"; and the same survey on news sites ("Was this article helpful?"). Whole lines: a story asks of a page
 * in a sentence that goes on.
 */
const PAGE_FEEDBACK =
  /^(?:is this page useful\?|was this (?:page|article|story|information) (?:useful|helpful)\?|(?:yes|no),? this page is (?:not )?useful|report a problem with this page|updates to this page)$/i;

/**
 * A breadcrumb trail from the home page: "Home / India News / Heatwave alert for 9 states…" (Hindustan Times, the story's
 * headline as its last crumb), "Home | India | …" (NDTV), "Home » Column »" (aeb page; probe r25). Two separators at
 * least, or one closing the line: "Home / away" is a sports line's.
 */
const BREADCRUMB_START = /^(?:home|homepage) ?[/›»>|](?: |$)/i;
const BREADCRUMB_SEPARATOR = / ?[/›»>|](?: |$)/g;
const MAX_BREADCRUMB_WORDS = 30;

/**
 * The same trail with its separators lost in the flattening, the crumbs glued to each other and to the headline (probe r28, Mint:
 * "Business NewsCompaniesNewsTata Motors to invest ₹9,000 crore in new EV plant in Tamil Nadu"): the line's leading capitalised
 * words hold three or more joins of a lowercase letter to a capital, and the line has no sentence mark. Story text never glues
 * three words to each other; a brand's inner capital ("PlayStation", "JPMorgan") is one join. Counted by scanning words, not by
 * one pattern of repeated glued crumbs (which backtracks on a long run of letters).
 */
const GLUE = /\p{Ll}\p{Lu}/gu;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_MARK = /[.!?]/u;
const MIN_GLUED_JOINS = 3;

function isGluedBreadcrumb(text: string): boolean {
  if (!CAPITALISED.test(text) || SENTENCE_MARK.test(text)) return false;
  let joins = 0;
  for (const word of text.split(' ')) {
    if (!CAPITALISED.test(word)) break;
    joins += word.match(GLUE)?.length ?? 0;
  }
  return joins >= MIN_GLUED_JOINS;
}

function isBreadcrumb(text: string): boolean {
  if (wordCount(text) <= MAX_BREADCRUMB_WORDS && isGluedBreadcrumb(text)) return true;
  if (!BREADCRUMB_START.test(text) || wordCount(text) > MAX_BREADCRUMB_WORDS) return false;
  const separators = text.match(BREADCRUMB_SEPARATOR)?.length ?? 0;
  return separators >= 2 || /[/›»>|]$/.test(text);
}

export const rule: LineRule = {
  kind: 'line',
  id: 'navigation-chrome',
  category: 'navigation',
  description: 'A site-chrome control line: skip links, menu, search, sign-in, subscribe, back-to-top, "see more", a page-feedback survey ("Is this page useful?").',
  englishOnly: true,
  match(text) {
    if (isBreadcrumb(text)) return { reason: 'breadcrumb trail' };
    if (PAGE_FEEDBACK.test(text)) return { reason: 'page-feedback survey' };
    return isSkipLinkToContent(text) || CHROME.test(trimTrailing(text, TRAILING_MARKS).replace(ITEM_COUNT, '')) ? { reason: 'site navigation control' } : null;
  },
  examples: {
    source: 'aeb page scan ("home", "search", "subscribe", "sign in", "menu" in 23–66 pages each); aeb page 042bb7… ("SubscribeSign In")',
    remove: [
      // Probe r28, a made-up page in the shape of Mint: its breadcrumb trail glued to the headline.
      'Business NewsCompaniesNewsTata Motors to invest ₹9,000 crore in new EV plant in Tamil Nadu',
      'View all (23)', 'Text size', 'Text settings', 'Get short URL', 'Home', 'Search', 'Subscribe', 'SubscribeSign In', 'Sign In', 'Menu', 'Skip to main content', 'English Edition',
      // aeb page c69e53…, f8ff62….
      'Quick Links', 'Order Reprints',
      // Reuters' sign-up link and the New York Times' footer links, as their pages print them.
      'Sign up here.', 'Today’s Paper',
      // A teaser's button left when the page was flattened.
      'Continue reading',
      // Probe r34: ScienceDaily's label over the story, ESPNcricinfo's tab links inside a match report.
      'FULL STORY', 'Scorecard', 'Ball-by-ball',
      // GOV.UK's feedback survey and page-history heading under every page (probe r32, a made-up press release page).
      'Is this page useful?', 'Yes this page is useful', 'No this page is not useful', 'Report a problem with this page', 'Updates to this page', 'Was this article helpful?',
      // The Atlantic's button under its magazine box inside every story (probe r27, made-up page in its shape).
      'View More',
      // DW's skip links, at the page's top and over every box under the story (probe r25, made-up page in the shape of DW).
      'Skip to main menu', 'Skip to more DW sites', 'Skip next section Explore more', 'Skip next section Related topics',
      // The other skip links on the aeb pages' first lines (The Sun's "Jump directly to the content").
      'Skip to Article', 'Skip to the content', 'Skip to Section Links', 'Jump directly to the content',
      // Breadcrumb trails from the home page: Hindustan Times' (its last crumb the headline) and NDTV's (probe r25, made-up pages); aeb page's "Home » Column »".
      'Home / India News / Heatwave alert for 9 states as mercury crosses 44°C in Rajasthan', 'Home | India | Monsoon Session: Rajya Sabha Clears Dam Safety Amendment Bill', 'Home » Column »'],
    keep: ['PlayStation sales rose 12% as JPMorgan analysts raised their forecast', 'McDonald’s and YouTube Shorts Partner on a New Campaign', 'View all the photos (23) from the day.', 'Home / away split: 12-3 at Anfield, 7-8 on the road.', 'Home > work, the survey found, for 60% of those asked.', 'Skip the next section if you have read the report.', 'Jump to the content of the report, and the numbers tell a different story.', 'Home is where the heart is, she said.', 'Is this page useful? Only if the data are right, the auditor said.', 'Updates to this page were made without the minister’s approval.', 'View more of the gallery online, the museum said.', 'There were wins too.'],
  },
};
