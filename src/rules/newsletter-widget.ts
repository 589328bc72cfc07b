import type { SpanRule } from './types.js';

/**
 * The clauses of a sign-up widget. A flattened widget is a chain of these (seed 000 line 1:
 * "For free real time breaking news alerts sent straight to your inbox sign up to our breaking news
 * emails Sign up to our free breaking news emails Please enter a valid email address … SIGN UP I would
 * like to be emailed about offers … Read our privacy notice Thanks for signing up to the").
 */
export const WIDGET_CLAUSE =
  /\b(?:sign(?:ing)? up (?:to|for) (?:our|the)\b|sign up\b|subscribe to (?:our|the)\b|newsletters?\b|(?:enter|valid) (?:a |your )?(?:valid )?e-?mail(?: address)?|straight to your inbox|to your inbox|e-?mailed about offers|read our privacy (?:notice|policy)|thanks for (?:signing up|subscribing)|breaking news (?:alerts|emails))/gi;

/** A widget needs several clauses; one mention of a newsletter inside a story sentence is content. */
const MIN_CLAUSES = 3;
/** Widget text is dense with its clauses: at most this many characters per clause on average. */
const MAX_CHARS_PER_CLAUSE = 90;

export const rule: SpanRule = {
  kind: 'span',
  id: 'newsletter-widget',
  category: 'newsletter',
  description:
    'A newsletter sign-up widget (several sign-up, inbox, e-mail address and privacy-notice clauses), also when flattened into a line with other text; it runs to the end of the line.',
  englishOnly: true,
  match(text) {
    const clauses = [...text.matchAll(WIDGET_CLAUSE)];
    if (clauses.length < MIN_CLAUSES) return null;
    const start = widgetStart(text, clauses[0]!.index);
    const span = text.length - start;
    if (span / clauses.length > MAX_CHARS_PER_CLAUSE) return null;
    return { start, end: text.length, reason: `newsletter sign-up widget (${clauses.length} sign-up clauses)` };
  },
  examples: {
    source: 'seed 000 line 1 (after its date header); a lone sign-up line (left to the classifier); a story sentence',
    cases: [
      {
        input:
          'For free real time breaking news alerts sent straight to your inbox sign up to our breaking news emails Sign up to our free breaking news emails Please enter a valid email address Please enter a valid email address SIGN UP I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice Thanks for signing up to the',
        remains: '',
      },
      {
        input: 'Sign up for our newsletter. Enter your email address to get the newsletter straight to your inbox.',
        remains: '',
      },
    ],
    keep: [
      'Sign up to our free breaking news emails',
      'The newsletter, which she started in 2019, now has 40,000 readers who sign up for its weekly analysis of the markets.',
    ],
  },
};

/** The widget starts at the sentence holding its first clause (so "For free real time …" goes too). */
function widgetStart(text: string, firstClause: number): number {
  for (let i = firstClause - 1; i > 0; i--) {
    const code = text.charCodeAt(i);
    // '.', '!', '?' followed by a space end the sentence before the widget.
    if ((code === 46 || code === 33 || code === 63) && text.charCodeAt(i + 1) === 32) return i + 2;
  }
  return 0;
}
