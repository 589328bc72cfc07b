import { trimTrailing } from './helpers.js';
import type { LineRule } from './types.js';

/** Ad labels in several languages: "Advertisement", "Advert", "Sponsored", "Iklan", "Publicidade", "Anzeige". */
/** Spaces, dots, colons and dashes after a label ("Advertisement:", "Advert -"). */
const TRAILING_MARKS = ' .:…-';
const AD_LABEL =
  /^(?:advertisement|advertisements|advert|ad|ads|skip advertisement|ad feedback|sponsor message|become an? (?:\S+ )?sponsor|supported by|sponsored|sponsored content|paid content|promoted|promoted content|story continues(?: below(?: advertisement)?)?|continue reading (?:the main story|below)|article continues below(?: advertisement)?|iklan|publicidade|publicidad|anzeige|werbung|pubblicità|publicité|реклама)$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'advertisement',
  category: 'advertisement',
  description: 'An advertisement label line ("Advertisement", "Story continues below advertisement", "SKIP ADVERTISEMENT", "Ad Feedback", "Iklan", "Publicidade").',
  englishOnly: false,
  match(text) {
    return AD_LABEL.test(trimTrailing(text, TRAILING_MARKS)) ? { reason: 'advertisement label' } : null;
  },
  examples: {
    source:
      'aeb container 098bb3…, 156770…, 30b771…, 214864…; NYT\'s "SKIP ADVERTISEMENT" and "Supported by" and CNN\'s "Ad Feedback" slot labels, written from how those pages print them',
    remove: ['Advertisement', 'ADVERTISEMENT', 'Advert', 'Iklan', 'Story continues below advertisement', 'SKIP ADVERTISEMENT', 'Supported by', 'Ad Feedback',
      // Yahoo's break in the story where an advertisement loads, as its pages print it.
      'Story continues',
      // NPR's underwriting slot inside a story, as its pages print it.
      'Sponsor Message', 'Become an NPR sponsor'],
    keep: ['Advertisement revenue fell by a third.', 'Become a sponsor of the festival and help it survive, organisers urged.', 'There were wins too.', 'Supported by a majority of the council, the plan passed.'],
  },
};
