import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * Related-story furniture: "More on Donald Trump", "Related Topics:", "Read more: …", "Related: …",
 * "You may also like...", "Trending News", "More Great WIRED Stories".
 */
const RELATED =
  /^(?:\[?related(?: topics| articles| stories| content| coverage| links| posts| reading| roundup)?\s?:|related(?: topics| articles| stories| content| coverage| links| posts)?$|more (?:on|from) [^.!?]{1,80}$|more great .{1,40} stories$|(?:read more|read next|see also|also read|more to read)(?: ?:|$|\.\.\.|…| ›| »)|you may also like|you might also like|recommended(?: for you| stories| reading)?$|trending(?: now| news| stories)?$|most (?:read|popular|viewed|shared)$|top stories$|latest (?:news|stories)$|topics?:?$|tags?:?$|tags?:|filed under:|more stories$|more news$|what to read next$)/i;
/** Furniture is a heading or a teaser title; a long line starting "More on" is story text. */
const MAX_WORDS = 16;

export const rule: LineRule = {
  kind: 'line',
  id: 'related-links',
  category: 'related',
  description: 'Related-story and topic furniture: "More on X", "Related Topics:", "Read more: …", "Trending", "Tags:".',
  englishOnly: true,
  match(text) {
    return wordCount(text) <= MAX_WORDS && RELATED.test(text) ? { reason: 'related-links furniture' } : null;
  },
  examples: {
    source: 'seed 004 lines 83–84; aeb container 360c73…, 35b158…, 2c4680…, 2f42ef…, 232a43…, 214864…',
    remove: [
      'More on Donald Trump',
      'Related Topics:',
      'Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing',
      'You may also like...',
      'Trending News',
      'More Great WIRED Stories',
      'Related Roundup: MacBook Pro',
      'Filed under: Khawarij |',
      'Tags',
    ],
    keep: [
      'More on that later, he said, as the committee moved on to the budget and the next vote.',
      'Ministers also resist ceasefire pressure',
      'Read more widely than your opponents, she told the graduates.',
      'More on that later.',
    ],
  },
};
