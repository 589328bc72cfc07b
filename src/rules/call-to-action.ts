import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * Promotional calls to action and widget messages: "CLICK HERE TO GET THE FOX NEWS APP",
 * "Get Quanta Magazine delivered to your inbox", "Receive the latest local updates in your inbox",
 * "Like this story? Share it with a friend!", "There was an error processing your subscription."
 */
const CALL =
  /^(?:click here|tap here)\b|^(?:enter|type) (?:your|an?) (?:valid )?e-?mail(?: address)?(?:[:.!]?$| to (?:subscribe|sign up|receive|get)\b)|^thanks? (?:you )?for (?:signing up|subscribing)\b|\b(?:to|in) your inbox\b|\bour newsletters?\b|^like this (?:story|article)\?|^(?:an error has occurred|there was an error|something went wrong)\b/i;
/** An imperative promo is one clause: no comma, no closing full stop ("Join us, he told the crowd, …" is story). */
const IMPERATIVE = /^(?:subscribe|sign up|get|receive|join|download)\b[^,.]{0,100}\b(?:newsletters?|e-?mails?|briefings?|inbox|alerts|apps?|updates|magazines?)\b[^,.]{0,40}$/i;
const MAX_WORDS = 25;

export const rule: LineRule = {
  kind: 'line',
  id: 'call-to-action',
  category: 'newsletter',
  description: 'A short promotional call to action (click here, get the app, delivered to your inbox, our newsletter) or a widget error message.',
  englishOnly: true,
  match(text) {
    return wordCount(text) <= MAX_WORDS && (CALL.test(text) || IMPERATIVE.test(text)) ? { reason: 'call to action or widget message' } : null;
  },
  examples: {
    source: 'aeb page 7dfc3e…, bdb56a…, 51d066…, 4a44ab…, 08f793…, 5ae11e…; aeb container 0dd135…',
    remove: [
      'CLICK HERE TO GET THE FOX NEWS APP',
      'Get Quanta Magazine delivered to your inbox',
      'Receive the latest local updates in your inbox',
      'Like this story? Share it with a friend!',
      'There was an error processing your subscription.',
      'Please, fill the form to subscribe to our newsletter',
      'Click here to subscribe to The Paradigm Newsletter',
      // aeb page, five files: sign-up form prompts.
      'Enter your email address',
      'Enter your email address to subscribe to The Paradigm and receive notifications of new posts by email.',
      'Enter your email address:',
      'Thank you for signing up!',
      'Sign Up for e-mail newsletters',
      'Sign up for SFGATE Newsletters',
      // seed 000 line 1, as a line of its own.
      'Sign up to our free breaking news emails',
    ],
    keep: [
      'Get that right and much of the rest falls into place, say those who have seen him up close.',
      'Join us, he told the crowd, and the app will be free for everyone.',
      'Enter your email address and a one-time code, and the bank will never ask for more, its security chief said.',
    ],
  },
};
