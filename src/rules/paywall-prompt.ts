import type { LineRule } from './types.js';
import { opensWithAny, wordCount } from './helpers.js';

/**
 * A paywall's or registration wall's prompt, left in the text when the page was scraped past it or
 * printed the prompt beside the story: "Already a subscriber? Log in", "You have 2 free articles
 * remaining this month.", "Create a free account to keep reading." Each opens with the wall's own
 * wording; a story quoting such a policy reads "The paper said readers had reached…".
 */
const PROMPT = opensWithAny(
  [
    String.raw`already (?:a subscriber|have an account|registered)\?`,
    String.raw`you have (?:\d{1,2}|one|two|three|four|five|no) (?:more )?free (?:articles?|stories|reads) (?:left|remaining)\b`,
    String.raw`you(?:['’]ve| have) (?:reached|hit|used(?: up)?) (?:your|all (?:of )?your|the) .{0,30}\bfree (?:articles?|stories|reads)\b`,
    String.raw`(?:create a free account|register|subscribe|sign in|log in)(?: now)? to (?:continue|keep) reading\b`,
    String.raw`subscribe (?:now )?to (?:read|unlock) (?:the|this) (?:full |whole )?(?:story|article)\b`,
    String.raw`this (?:article|story|content) is (?:for|only available to|exclusive to|reserved for) (?:paid |our )?subscribers\b`,
    String.raw`to continue reading,? (?:please )?(?:subscribe|sign in|log in|register)\b`,
    String.raw`get unlimited (?:digital )?access\b`,
    String.raw`unlock (?:this|the full) (?:article|story)\b`,
  ],
  'i',
);
const MAX_WORDS = 30;

export const rule: LineRule = {
  kind: 'line',
  id: 'paywall-prompt',
  category: 'paywall',
  description: 'A paywall or registration prompt ("Already a subscriber? Log in", "You have 2 free articles remaining", "Create a free account to keep reading").',
  englishOnly: true,
  match(text) {
    return wordCount(text) <= MAX_WORDS && PROMPT.test(text) ? { reason: 'paywall or registration prompt' } : null;
  },
  examples: {
    // No page in ../shared/datasets prints one: these are written from how metered news sites print their walls.
    source: 'written from how metered news sites print their walls (none in ../shared/datasets)',
    remove: [
      'Already a subscriber? Log in',
      'You have 2 free articles remaining this month.',
      'You have reached your limit of free articles.',
      "You've used all of your free articles this month.",
      'Create a free account to keep reading.',
      'Subscribe to continue reading',
      'Subscribe now to read the full story',
      'This article is for subscribers only.',
      'To continue reading, please subscribe.',
      'Get unlimited digital access',
    ],
    keep: [
      'The paper said readers had reached their limit of free articles after the change.',
      'Already a subscriber of the service, she said, she had never been asked to pay twice.',
      'There were wins too.',
    ],
  },
};
