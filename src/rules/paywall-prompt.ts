import type { LineRule } from './types.js';
import { opensWithAny, wordCount } from './helpers.js';

/**
 * A paywall's or registration wall's prompt, left in the text when the page was scraped past it or
 * printed the prompt beside the story: "Already a subscriber? Log in", "You have 2 free articles
 * remaining this month.", "Create a free account to keep reading." Each opens with the wall's own
 * wording; a story quoting such a policy reads "The paper said readers had reached…".
 */
/** "This story is available exclusively to…": the wall's wording before its readers. */
const RESERVED_FOR = String.raw`(?:for|only available to|exclusive to|reserved for|(?:available )?(?:exclusively|only) (?:to|for))`;
const PROMPT = opensWithAny(
  [
    String.raw`already (?:a subscriber|have an account|registered)\?`,
    // Business Insider's wall (probe r26): "Have an account? Log in." under its exclusive-story notice.
    String.raw`have an account\? (?:log|sign) in[.!]?$`,
    String.raw`you have (?:\d{1,2}|one|two|three|four|five|no) (?:more )?free (?:articles?|stories|reads) (?:left|remaining)\b`,
    String.raw`you(?:['’]ve| have) (?:reached|hit|used(?: up)?) (?:your|all (?:of )?your|the) .{0,30}\bfree (?:articles?|stories|reads)\b`,
    String.raw`(?:create a free account|register|subscribe|sign in|log in)(?: now)? to (?:continue|keep) reading\b`,
    String.raw`subscribe (?:now )?to (?:read|unlock) (?:the|this) (?:full |whole )?(?:story|article)\b`,
    String.raw`this (?:article|story|content) is ${RESERVED_FOR} (?:paid |our )?subscribers\b`,
    String.raw`to continue reading,? (?:please )?(?:subscribe|sign in|log in|register)\b`,
    // The Irish Independent's wall under the first paragraphs (probe r33): "Continue reading with an Independent.ie subscription."
    String.raw`continue reading with (?:an? |your )?(?:[^.!?,]|\.(?=\S)){1,40} (?:subscription|membership|account)\.?$`,
    // The Seattle Times' offer inside the story (probe r31): "Unlock unlimited access to all of The Seattle Times for $1 a week."
    String.raw`(?:get|unlock) unlimited (?:digital )?access\b`,
    String.raw`unlock (?:this|the full) (?:article|story)\b`,
    // The USA TODAY network's ask under its local papers' stories: "Support local journalism. Subscribe to IndyStar.com today."
    String.raw`support (?:local|quality|independent|our) journalism[.!] (?:subscribe|become a (?:subscriber|member))\b`,
    // National World's ask under the Scotsman's stories (probe r32): "Support The Scotsman and subscribe today. Get unlimited
    // access to award-winning journalism."; the clause closes at "today": "…and subscribe now to the union's bulletin" goes on.
    String.raw`support [^.!?,]{1,40} and subscribe (?:today|now)[.!](?: |$)`,
    // The Japan Times' ask under every story (probe r25): "In a time of both misinformation and too much information,
    // quality journalism is more crucial than ever." and "By subscribing, you can help us get the story right."; a story
    // quoting an editor names them ("…, the editor said"), and "By subscribing, you agree to…" is the terms.
    String.raw`(?:in a time of [^.!?,]{1,80}, )?(?:quality|independent|trusted|reliable|local) journalism is (?:now )?more (?:crucial|important|vital|essential|needed) than ever\.?$`,
    String.raw`by subscribing,? you (?:can |will )?(?:help|support)\b`,
    // The offer card's small print: a print reader's pointer to the digital access, the terms.
    String.raw`(?:print|home[- ]delivery|newspaper) subscriber\? (?:activate|claim|unlock|get)\b`,
    String.raw`offers? (?:is |are )?(?:only )?(?:available|valid|open) (?:only )?(?:to|for) new (?:digital )?(?:subscribers|members)\b`,
  ],
  'iu',
);
/**
 * The outlet may name itself before "subscribers": "This story is available exclusively to Business Insider subscribers." (probe
 * r26). The name is read by its capitals, so without the i flag (under it `\p{Lu}` is any letter: a column's "This story is for
 * the longtime subscribers who wrote in…" went).
 */
const RESERVED_FOR_NAMED_SUBSCRIBERS = new RegExp(String.raw`^[Tt]his (?:article|story|content) is ${RESERVED_FOR} (?:\p{Lu}[\p{L}\p{N}.&’'-]* ){1,4}subscribers\b`, 'u');
const MAX_WORDS = 30;
/**
 * A subscription plan's offer, the plan named by its capitals and what it gives (probe r28, Inquirer.net's box under every story:
 * "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to 5 gadgets, listen to
 * the news, download as early as 4am & share articles on social media. Call 896 6000."): "Subscribe to", the plan, "to get
 * access to", then a list of titles, articles, gadgets or devices. A story's "Subscribe to Netflix to get access to the series,
 * the company said." names no such list.
 */
const PLAN_OFFER =
  /^[Ss]ubscribe to (?:\p{Lu}[\p{L}\p{N}.&’'-]* ){1,4}to (?:get|gain|enjoy) (?:full |unlimited )?access to\b(?=[^!?]{0,200}\b(?:titles|publications|gadgets|devices|e-?paper)\b)[^!?]{1,300}$/u;
const MAX_PLAN_OFFER_WORDS = 60;
/**
 * The offer card's labels, whole lines only: "Subscriber exclusive", "Subscribers only", and its trial price, "$1 for 6
 * months" (a price for a count of weeks or months, nothing else on the line: a deals post writes "Get 4 Months of
 * Amazon Music Unlimited for $1", aeb 287e4d9f's gold); the price after the trial, written as the card prints it, with
 * only the card's small print after it ("Then $9.99/month. Cancel anytime.": a sentence writes "$9.99 a month"); the
 * card's selling points as lines of their own, "Unlimited access to all our award-winning journalism" (the outlet
 * speaks: "our", no full stop) and "Cancel anytime" (the Telegraph's card between two paragraphs of the story).
 */
const WALL_LABEL =
  /^(?:subscriber(?:s|['’]s)?[- ]exclusive|exclusive (?:to|for) subscribers|subscribers? only|for subscribers only|[$£€]\d{1,3}(?:\.\d{2})? for (?:the first )?\d{1,2} (?:weeks|months)|then [$£€]\d{1,4}(?:\.\d{2})?(?: ?\/ ?| per )(?:month|mo|week|wk|year|yr)\.?(?: (?:cancel (?:anytime|at any time)|billed (?:monthly|annually|yearly)|plus (?:sales )?tax)\.?)*|cancel (?:anytime|any time|at any time)\.?|unlimited (?:digital )?access to (?:all (?:of )?)?our [^.!?]{1,60})$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'paywall-prompt',
  category: 'paywall',
  description: 'A paywall or registration prompt ("Already a subscriber? Log in", "You have 2 free articles remaining", "Create a free account to keep reading") and its offer card ("Subscriber exclusive", "$1 for 6 months", "Then $9.99/month. Cancel anytime.", "Offer available to new subscribers only…").',
  englishOnly: true,
  match(text) {
    if (WALL_LABEL.test(text)) return { reason: 'paywall offer label' };
    if (wordCount(text) <= MAX_PLAN_OFFER_WORDS && PLAN_OFFER.test(text)) return { reason: 'subscription plan offer' };
    return wordCount(text) <= MAX_WORDS && (PROMPT.test(text) || RESERVED_FOR_NAMED_SUBSCRIBERS.test(text)) ? { reason: 'paywall or registration prompt' } : null;
  },
  examples: {
    // No page in ../shared/datasets prints one: these are written from how metered news sites print their walls.
    source: 'written from how metered news sites print their walls (none in ../shared/datasets)',
    remove: [
      'Unlock unlimited access to all of The Seattle Times for $1 a week.',
      'Support The Scotsman and subscribe today. Get unlimited access to award-winning journalism.',
      // Probe r24b, a made-up page in the shape of a USA TODAY network local page (IndyStar).
      'Support local journalism. Subscribe to IndyStar.com today.',
      // Probe r25, a made-up page in the shape of the Japan Times: its ask under the story.
      'In a time of both misinformation and too much information, quality journalism is more crucial than ever.',
      'By subscribing, you can help us get the story right.',
      'Already a subscriber? Log in',
      // Probe r28, a made-up page in the shape of Inquirer.net: the plan's offer under every story.
      'Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 896 6000.',
      // Probe r26, a made-up page in the shape of Business Insider: its wall over an exclusive story.
      'This story is available exclusively to Business Insider subscribers. Become an Insider and start reading now.',
      'Have an account? Log in.',
      'You have 2 free articles remaining this month.',
      'You have reached your limit of free articles.',
      "You've used all of your free articles this month.",
      'Create a free account to keep reading.',
      'Subscribe to continue reading',
      'Subscribe now to read the full story',
      'This article is for subscribers only.',
      'To continue reading, please subscribe.',
      'Get unlimited digital access',
      // A US local paper's offer card under a truncated story (probe r23, made-up page).
      'Subscriber exclusive',
      'This article is available exclusively to subscribers.',
      '$1 for 6 months',
      'Then $9.99/month. Cancel anytime.',
      'Print subscriber? Activate your digital access',
      'Offer available to new subscribers only. Sales tax may apply. Subscriptions renew automatically unless cancelled.',
      // The Telegraph's offer card between two paragraphs of the story (probe r24, a made-up page in the shape of the Telegraph).
      'Unlimited access to all our award-winning journalism',
      'Cancel anytime',
      // Probe r33, a made-up page in the shape of the Irish Independent: its wall under the first two paragraphs.
      'Continue reading with an Independent.ie subscription.',
    ],
    keep: [
      'Continue reading with an open mind, the author urges, and the book rewards you.',
      'Continue reading with a torch under the covers was his childhood habit.',
      'Unlimited access to the archive was unlocked for researchers in May, the library said.',
      'Subscribe to Netflix to get access to the series, the company said in a statement on Monday.',
      'Independent journalism is more important than ever, the editor told staff on Monday.',
      'By subscribing, you agree to our Terms of Service.',
      'Support local journalism, the mayor urged, by buying the Sunday paper.',
      "Support the strike and subscribe now to the union's bulletin, the leaflet said.",
      'The paper said readers had reached their limit of free articles after the change.',
      'Already a subscriber of the service, she said, she had never been asked to pay twice.',
      'There were wins too.',
      // aeb 287e4d9f (gold): a deals post's own offers.
      'Get 4 Months of Amazon Music Unlimited for $1',
      'This deal only works for new Amazon Music Unlimited subscribers, but you don\'t have to be a Prime member.',
      'Subscriber numbers fell to 4 million, the company said.',
      'Have an account? Log in and check it, the bank told customers worried about the outage.',
      'This story is available to Netflix subscribers in Britain from Friday.',
      // A column's opening line, which the i flag took: its \p{Lu} read "the longtime" as the outlet's name (2026-12-07).
      'This story is for the longtime subscribers who wrote in to ask what happened to the Sunday crossword.',
      '$1 for 6 months of service was the offer, regulators found.',
      'Then $9.99 a month seemed like a lot, she said, so she cancelled.',
      'The offer is available to new subscribers only until Friday, the company said, and existing customers are angry.',
      'Cancel anytime, the gym promised, but members say it took months.',
      'Unlimited access to our parks was promised by the mayor.',
      'Unlimited access to all the archives costs extra',
    ],
  },
};
