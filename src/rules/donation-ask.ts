import type { LineRule } from './types.js';
import { REPORTED_SPEECH, wordCount } from './helpers.js';

/**
 * A reader-revenue box asking for a contribution instead of a subscription, flattened one element a line between the
 * story's paragraphs (HuffPost prints it inside every story, probe r26): its heading "Support Free Journalism", the ask
 * "Consider supporting HuffPost starting at $2 to help us provide free, quality journalism…", the alternative "Can't
 * afford to donate? Support HuffPost by creating a free account…", the thanks to past donors "Thank you for your past
 * contribution to HuffPost. We are sincerely grateful for readers like you…", the button "Contribute $2" and "Already
 * contributed? Log in to hide these messages.". The site speaks ("us", "our journalism", "readers like you"); a story
 * reporting a charity's appeal names who asked.
 */
const HEADING = /^support (?:free|independent|quality|fearless|local|our|reader-funded) journalism[.!]?$/i;
/** "Give" alone is no button: a subheading may be one verb. */
const BUTTON = /^(?:(?:contribute|donate)(?: now| today| once| monthly| [$£€]\d{1,4})?|give (?:now|today|[$£€]\d{1,4}))[.!]?$/i;
const OPENERS =
  /^(?:already (?:contributed|donated|a (?:supporter|contributor|member))\?|can['’]t afford to (?:donate|contribute|pay)\?|consider supporting \p{Lu}[^.!?]{0,60}\b(?:starting at|from|for as little as) [$£€]\d)/iu;
/** The thanks are the site's only when they go on about its journalism or its readers. */
const THANKS = /^thank you for your (?:past |recent |generous )?(?:contribution|donation|support)\b/i;
const SITE_SPEAKS = /\breaders like you\b|\bour journalism\b|\bhelp us\b|\bkeep (?:our|this) journalism\b/i;
const MAX_WORDS = 60;

export const rule: LineRule = {
  kind: 'line',
  id: 'donation-ask',
  category: 'paywall',
  description:
    'A reader-revenue box asking for a contribution, line by line: "Support Free Journalism", "Consider supporting X starting at $2…", "Can\'t afford to donate? …", the thanks to past donors, "Contribute $2", "Already contributed? Log in…".',
  englishOnly: true,
  match(text) {
    if (HEADING.test(text) || BUTTON.test(text)) return { reason: 'contribution box heading or button' };
    if (wordCount(text) > MAX_WORDS || REPORTED_SPEECH.test(text)) return null;
    if (OPENERS.test(text) || (THANKS.test(text) && SITE_SPEAKS.test(text))) return { reason: 'contribution ask' };
    return null;
  },
  examples: {
    source: 'probe r26, made-up HuffPost page (its contribution box between two story paragraphs)',
    remove: [
      'Support Free Journalism',
      'Consider supporting HuffPost starting at $2 to help us provide free, quality journalism that puts people first.',
      "Can't afford to donate? Support HuffPost by creating a free account and log in while you read.",
      'Thank you for your past contribution to HuffPost. We are sincerely grateful for readers like you who help us ensure that we can keep our journalism free for everyone.',
      'Contribute $2',
      'Already contributed? Log in to hide these messages.',
    ],
    keep: [
      'Support for independent journalism has grown, the survey found.',
      'Contribute $2 million to the fund? The council refused.',
      'Thank you for your contribution to this city, the mayor told the retiring firefighters.',
      'Thank you for your support over the years. The shop closes on Friday.',
      "Can't afford to pay rent? Thousands of tenants in the city face the same question this winter.",
      'Consider supporting the measure, the governor told lawmakers, starting at $2 a household.',
      'Give',
    ],
  },
};
