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
const OPENERS = /^(?:already (?:contributed|donated|a (?:supporter|contributor|member))\?|can['’]t afford to (?:donate|contribute|pay)\?)/i;
/**
 * Openers naming the site, whose name must be capitalised: under the `i` flag `\p{Lu}` matches any letter, and "Here at the
 * plant, we're committed to safety…" would pass. Vox's box opens with the site speaking of itself (probe r27): "Here at
 * Vox, we're unwavering in our commitment to…"; HuffPost's asks "Consider supporting HuffPost starting at $2…".
 */
const SITE_NAMED_OPENERS =
  /^(?:[Hh]ere at \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}, we(?:['’]re| are) (?:unwavering|committed|dedicated) (?:in|to)\b|[Cc]onsider supporting \p{Lu}[^.!?]{0,60}\b(?:starting at|from|for as little as) [$£€]\d)/u;
/** The thanks are the site's only when they go on about its journalism or its readers. */
const THANKS = /^thank you for your (?:past |recent |generous )?(?:contribution|donation|support)\b/i;
/**
 * A membership ask, the site's only when it speaks of itself as above: Vox's box under every story (probe r27), "By becoming a
 * Vox Member, you directly strengthen our ability to deliver in-depth, independent reporting…" and "We rely on readers like
 * you — join us."; "By becoming a Labour member, he gained a vote" is a story's. TheJournal.ie's box between its stories says its
 * readers keep the stories free (probe r33): "Readers like you are keeping these stories free for everyone...", "A mix of advertising
 * and supporting contributions helps keep paywalls away from valuable information like this article. …".
 */
const MEMBER_ASK = /^we (?:rely|depend|count) on readers like you\b|\bby becoming an? [^.!?,]{1,30}? (?:member|supporter|contributor),? you\b/i;
const KEPT_FREE = /^readers like you (?:are )?(?:keeping|keep|help(?:ing)? (?:to )?keep) [^.!?]{1,40}\bfree\b|\bhelps? (?:to )?keep paywalls? away\b/i;
/**
 * The site's reason to pay (probe r34, ThePrint's box under every story: "…Sustaining journalism of this quality needs smart and
 * thinking people like you to pay for it."): journalism needs the reader, "people like you", to pay.
 */
const PAY_FOR_IT = /\bjournalism\b[^.!?]{0,80}\bneeds? [^.!?]{0,40}\b(?:people|readers) like you to (?:pay for|support|fund) (?:it|us|this)\b/i;
const SITE_SPEAKS = /\breaders like you\b|\bour journalism\b|\bhelp us\b|\bkeep (?:our|this) journalism\b|\bour ability to (?:deliver|provide|keep|report)\b/i;
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
    if (OPENERS.test(text) || SITE_NAMED_OPENERS.test(text) || PAY_FOR_IT.test(text) || ((THANKS.test(text) || MEMBER_ASK.test(text) || KEPT_FREE.test(text)) && SITE_SPEAKS.test(text))) return { reason: 'contribution ask' };
    return null;
  },
  examples: {
    source: 'probe r26, made-up HuffPost page (its contribution box between two story paragraphs); probe r27, made-up Vox page',
    remove: [
      'Support Free Journalism',
      'Consider supporting HuffPost starting at $2 to help us provide free, quality journalism that puts people first.',
      "Can't afford to donate? Support HuffPost by creating a free account and log in while you read.",
      'Thank you for your past contribution to HuffPost. We are sincerely grateful for readers like you who help us ensure that we can keep our journalism free for everyone.',
      'Contribute $2',
      'Already contributed? Log in to hide these messages.',
      // Probe r27, made-up Vox page: its membership box under the story.
      "Here at Vox, we're unwavering in our commitment to covering the issues that matter most to you — threats to democracy, immigration, reproductive rights, the environment, and the rising polarization across this country.",
      'Our mission is to provide clear, accessible journalism that empowers you to stay informed and engaged in shaping our world. By becoming a Vox Member, you directly strengthen our ability to deliver in-depth, independent reporting that drives meaningful change.',
      'We rely on readers like you — join us.',
      // Probe r33, a made-up TheJournal.ie page: its reader-funding box between two stories.
      'Readers like you are keeping these stories free for everyone...',
      'A mix of advertising and supporting contributions helps keep paywalls away from valuable information like this article. Over 5,000 readers like you have already stepped up and support us with a monthly payment or a once-off donation.',
      // Probe r34, a made-up ThePrint page: its box's last paragraph.
      'ThePrint has the finest young reporters, columnists and editors working for it. Sustaining journalism of this quality needs smart and thinking people like you to pay for it.',
    ],
    keep: [
      'Support for independent journalism has grown, the survey found.',
      'Local journalism needs people like you to pay for it, the report found, but few do.',
      'Contribute $2 million to the fund? The council refused.',
      'Thank you for your contribution to this city, the mayor told the retiring firefighters.',
      'Thank you for your support over the years. The shop closes on Friday.',
      "Can't afford to pay rent? Thousands of tenants in the city face the same question this winter.",
      'Consider supporting the measure, the governor told lawmakers, starting at $2 a household.',
      'Give',
      'By becoming a Labour member, he gained a vote in the leadership race.',
      'By becoming a union member, you gain a vote, the organiser said.',
      "Here at the plant, we're committed to safety, the manager told visitors.",
      // No reported speech to stop it: only the capital of a site's name tells it.
      "Here at the plant, we're committed to safety above everything else.",
      'We rely on volunteers like you, the food bank wrote in its appeal.',
      'Readers like you are keeping the letters page alive.',
      'Grants help keep paywalls away from the archive, which the library opened in 2019.',
    ],
  },
};
