import { wordCount } from './helpers.js';
import { WIDGET_CLAUSE } from './newsletter-widget.js';
import { SIGN_UP_MESSAGE } from './sign-up-message.js';
import type { BlockRule } from './types.js';

/**
 * A sign-up widget a page dump flattened one element per line, in the middle of the story:
 *   Sign up to Business Today
 *   Free daily newsletter
 *   Get set for the working day – we'll point you to all the business news …
 *   Privacy Notice: Newsletters may contain info about charities, online ads, …
 *   after newsletter promotion
 * Each line alone is weak evidence (a heading, a tagline, a sentence that addresses the reader), so
 * the block is recognised as a whole: it opens with a heading-like sign-up line, its lines are
 * headings or address the reader, and together they name the newsletter or inbox more than once.
 * A story about a newsletter reports in the third person and in full sentences.
 */
const ADDRESS = /\b(?:you|your|we|we'll|we’ll|our|us)\b/i;
/** What the widget is about: an e-mail newsletter or alerts, not any "sign up for an account". */
const NEWSLETTER_ANCHOR = /\bnewsletters?\b|\binbox\b/i;
const SENTENCE_END = /[.!?]["”’)]?$/u;
/** The opening line is a heading or a button: a few words, no sentence end. */
const MAX_HEADING_WORDS = 10;
/** A line in the block that neither addresses the reader nor is this short ends the block. */
const MAX_LABEL_WORDS = 8;
const MAX_LINE_WORDS = 60;
const MAX_BLOCK_LINES = 7;
const MIN_CLAUSES = 3;
const MIN_CLAUSE_LINES = 2;

export const rule: BlockRule = {
  kind: 'block',
  id: 'newsletter-block',
  category: 'newsletter',
  description:
    'A newsletter sign-up widget flattened one element per line: a short sign-up heading, then lines that are labels or address the reader (a tagline, a privacy notice, a button), with three or more sign-up clauses over two or more lines and a newsletter or inbox named; it ends at its last sign-up line.',
  englishOnly: true,
  match(texts, start) {
    const opening = texts[start]!;
    if (wordCount(opening) > MAX_HEADING_WORDS || SENTENCE_END.test(opening)) return null;
    let clauses = clausesIn(opening);
    if (clauses === 0) return null;
    let clauseLines = 1;
    let anchored = NEWSLETTER_ANCHOR.test(opening);
    let end = start + 1;
    for (let index = start + 1; index < texts.length && index - start < MAX_BLOCK_LINES; index++) {
      const line = texts[index]!;
      const words = wordCount(line);
      if (words > MAX_LINE_WORDS) break;
      const found = clausesIn(line);
      if (found === 0) {
        // One line without a clause may sit inside the widget (its tagline), not two in a row. A tagline
        // need not address the reader (The Guardian's "The planet's most important stories. Get all the
        // week's environment news…", probe r29): the block still has to end at a sign-up line below it.
        if (index > end) break;
        continue;
      }
      if (words > MAX_LABEL_WORDS && !ADDRESS.test(line)) break;
      clauses += found;
      clauseLines++;
      anchored ||= NEWSLETTER_ANCHOR.test(line);
      end = index + 1;
    }
    if (clauses < MIN_CLAUSES || clauseLines < MIN_CLAUSE_LINES || !anchored) return null;
    return { length: end - start, reason: `newsletter sign-up widget over ${end - start} lines (${clauses} sign-up clauses)` };
  },
  examples: {
    source:
      "a Guardian widget between story paragraphs, as its pages print it; aeb page 374ac9… (CNBC, train); the keep cases are a how-to's steps and story prose about a newsletter",
    remove: [
      [
        'Sign up to Business Today',
        'Free daily newsletter',
        "Get set for the working day – we'll point you to all the business news and analysis you need every morning",
        'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.',
        'after newsletter promotion',
      ],
      [
        'CNBC Newsletters',
        'Sign up for free newsletters and get more CNBC delivered to your inbox',
        'Sign Up Now',
        'Get this delivered to your inbox, and more info about our products and services. Privacy Policy.',
      ],
    ],
    inContext: [
      // Al Jazeera's widget under its stories, the newsletter's name and the form's replies one a line (probe r24, a
      // made-up page in the shape of Al Jazeera; "By signing up…", without a sign-up clause, ends it and is `legal-notice`'s).
      {
        texts: [
          'Source: Al Jazeera and news agencies',
          'Sign up for Al Jazeera',
          'Africa Weekly',
          'Get the latest news from across the continent in your inbox.',
          'Subscribe',
          'Your subscription failed. Please try again.',
          'Please check your email to confirm your subscription',
          'By signing up, you agree to our Privacy Policy',
          'protected by reCAPTCHA',
          'Read more',
        ],
        start: 1,
        length: 6,
      },
      {
        texts: [
          'Sign up to First Edition',
          'Free daily newsletter',
          'Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters',
          'after newsletter promotion',
          'Analysts said the decision reflected growing unease among producers about the outlook for next year.',
        ],
        start: 0,
        length: 4,
      },
      // Probe r29 (a made-up page in the shape of the Guardian's): a tagline that does not address the reader.
      {
        texts: [
          'Sign up to Down to Earth',
          'Free weekly newsletter',
          "The planet's most important stories. Get all the week's environment news - the good, the bad and the essential",
          'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.',
          'after newsletter promotion',
          'The figures come as the government prepares to publish its water reform bill.',
        ],
        start: 0,
        length: 5,
      },
    ],
    keep: [
      // A story's prose between two lines that name newsletters: the second line is prose, not a label, so it ends the run.
      [
        'Newsletter sign-ups',
        'The paper lost 12,000 print subscribers in a year as readers moved to free sites.',
        'Its newsletters now reach 300,000 people a week, the company said in its report.',
      ],
      [
        'Sign up for a streaming account',
        'If you already have an account, open your account page and choose a plan',
        'Sign up for the bundle using the same email as your first account',
      ],
      [
        'Newsletters boom',
        'More than 40,000 readers have signed up for the newsletter since it launched in March.',
        'The newsletter, which she started in 2019, is free, and subscribers can sign up on the website.',
      ],
    ],
  },
};

/**
 * The tagline's promise, "Get the latest news from across the continent in your inbox." (Al Jazeera): a clause here,
 * not in `newsletter-widget`'s chain, where it would count in a story sentence too.
 */
const IN_YOUR_INBOX = /\bin your inbox\b/i;

function clausesIn(line: string): number {
  return (line.match(WIDGET_CLAUSE)?.length ?? 0) + (SIGN_UP_MESSAGE.test(line) ? 1 : 0) + (IN_YOUR_INBOX.test(line) ? 1 : 0);
}
