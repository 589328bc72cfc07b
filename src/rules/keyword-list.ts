import type { LineRule } from './types.js';

/**
 * A tag or keyword list under the story: many short items separated by commas, most of them in
 * lowercase, no sentence end: "calendario stock car 2018, stock car brasil, stock car cascavel,
 * …", "Filed under afghanistan , hostages , middle east , prisoners , taliban". Shape only, so it
 * works in any language. A list the story itself gives names things with capitals ("A: Bob
 * Marley, Bruno Mars, Drake, The Eagles, Jay Z, Frank Sinatra") or is a sentence ("apples,
 * pears, plums and figs.").
 */
const MIN_ITEMS = 5;
const MAX_ITEM_WORDS = 6;
/** Share of items that start with a lowercase letter. */
const MIN_LOWERCASE_SHARE = 0.8;
const SENTENCE_END = /[.!?…。]["”’)]*$/u;
const LOWERCASE_START = /^\p{Ll}/u;
/** A list longer than this is not a tag list (and splitting it costs more than it tells). */
const MAX_CHARS = 2000;

export const rule: LineRule = {
  kind: 'line',
  id: 'keyword-list',
  category: 'related',
  description: 'A tag or keyword list: 5+ comma-separated items of at most 6 words, most in lowercase, without a sentence end ("calendario stock car 2018, stock car brasil, …").',
  englishOnly: false,
  match(text) {
    if (text.length > MAX_CHARS || SENTENCE_END.test(text)) return null;
    const items = text.split(',').map((item) => item.trim());
    if (items.length < MIN_ITEMS || items.some((item) => item === '' || item.split(' ').length > MAX_ITEM_WORDS)) return null;
    const lowercase = items.filter((item) => LOWERCASE_START.test(item)).length;
    return lowercase >= MIN_LOWERCASE_SHARE * items.length ? { reason: 'tag or keyword list' } : null;
  },
  examples: {
    source: 'aeb container cc03dd… line 24; aeb page a1fca1…, c13b9c…, 08f793…; keep: aeb gold 4648a4…',
    remove: [
      'calendario stock car 2018, stock car brasil, stock car cascavel, stock car corrida milhão, stock car interlagos, stock car santa cruz do sul, stock car taruma, stock car Velo Città, stock car velopark, stock-car londrina',
      'Filed under afghanistan , hostages , middle east , prisoners , taliban',
      'Tags: ads, advertisement, awareness, meth, methamphetamine, nation, news, south dakota',
    ],
    keep: [
      'A: Bob Marley, Bruno Mars, Drake, The Eagles, Jay Z, Frank Sinatra',
      'She packed apples, pears, plums, figs, dates and a thermos of tea.',
      'bread, milk, eggs',
    ],
  },
};
