import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * A related-stories carousel flattened under its heading, as the Daily Mail prints one inside every story: the heading,
 * the carousel's controls, then its teasers, each headline cut short by an ellipsis:
 *
 *   RELATED ARTICLES
 *   Previous
 *   1
 *   Next
 *   Gardener, 74, is banned from growing pumpkins on his own...
 *   Villagers in uproar as council chops down 200-year-old oak...
 *
 * The Daily Express prints the same heading over a list whose long headlines are cut and short ones whole (aeb page
 * ba4dfe…, lines 50–52: "UK weather alert: Plague of mosquitos to devastate Britain as Hurri...", "Bible bombshell:
 * Scientists claim discovery of root of all evil").
 *
 * `related-links` takes the heading and the controls line by line; a cut headline alone reads like a quote trailing
 * off, so the teasers go only under the heading, each a short line ending in an ellipsis right after a word, or a whole
 * headline of five words or more with no sentence end, in a list where at least one headline is cut (a story's
 * paragraph ends in a full stop; a subheading under the list is shorter).
 */
const HEADING = /^(?:RELATED ARTICLES|Related [Aa]rticles|RELATED STORIES|Related [Ss]tories)$/u;
/** The carousel's buttons and its page number. */
const CONTROL = /^(?:Previous|Prev|Next|\d{1,2})$/u;
/** "… pumpkins on his own...": cut after a word, no sentence ended before the cut. */
const CUT_TEASER = /^[^.!?]{10,200}[\p{L}\p{N}'’,](?:\.\.\.|…)$/u;
const MAX_TEASER_WORDS = 25;
/** A whole headline: capitalised, no sentence end, no colon closing it. */
const WHOLE_TEASER = /^\p{Lu}[^.!?]{20,200}[\p{L}\p{N}'’)\]]$/u;
const MIN_WHOLE_TEASER_WORDS = 5;
/** A carousel shows a handful of teasers per page. */
const MAX_TEASERS = 12;
const MAX_CONTROLS = 4;

export const rule: BlockRule = {
  kind: 'block',
  id: 'related-carousel',
  category: 'related',
  description:
    'A related-stories carousel under its heading ("RELATED ARTICLES", the Daily Mail): the heading, its controls ("Previous", "1", "Next") and the teaser headlines after them, each cut short by an ellipsis.',
  englishOnly: true,
  match(texts, start) {
    if (!HEADING.test(texts[start]!)) return null;
    let end = start + 1;
    while (end < texts.length && end - start <= MAX_CONTROLS && CONTROL.test(texts[end]!)) end++;
    let teasers = 0;
    let cut = 0;
    while (end < texts.length && teasers < MAX_TEASERS) {
      const text = texts[end]!;
      const words = wordCount(text);
      if (words > MAX_TEASER_WORDS) break;
      if (CUT_TEASER.test(text)) {
        cut++;
      } else if (!(words >= MIN_WHOLE_TEASER_WORDS && WHOLE_TEASER.test(text))) break;
      end++;
      teasers++;
    }
    // Whole headlines count only in a list that has a cut one: before the first cut teaser or after it.
    if (cut === 0) return null;
    return { length: end - start, reason: `related-stories carousel with ${teasers} teaser headline(s), ${cut} cut short` };
  },
  examples: {
    source: 'probe r24b, a made-up page in the shape of a Daily Mail article (dailymail lines 32–37); aeb page ba4dfe… lines 50–52, 69–72 (the Daily Express)',
    remove: [
      [
        'RELATED ARTICLES',
        'Previous',
        '1',
        'Next',
        'Gardener, 74, is banned from growing pumpkins on his own...',
        'Villagers in uproar as council chops down 200-year-old oak...',
      ],
    ],
    inContext: [
      // aeb page ba4dfe… (the Daily Express): cut and whole headlines, then the story again.
      {
        texts: [
          'Plague can be easily vaccinated (Image: GETTY)',
          'Related articles',
          'UK weather alert: Plague of mosquitos to devastate Britain as Hurri...',
          'Bible bombshell: Scientists claim discovery of root of all evil',
          'Yersinia pestis also causes bubonic plague - otherwise known as the ‘black death - which affects lymph nodes.',
        ],
        start: 1,
        length: 3,
      },
      {
        texts: ['RELATED ARTICLES', 'Previous', '1', 'Next', 'Gardener, 74, is banned from growing pumpkins on his own...', 'Share this article', 'The council said it had received complaints.'],
        start: 0,
        length: 5,
      },
    ],
    keep: [
      // A heading with no cut teaser under it: the line rules judge it.
      ['RELATED ARTICLES', 'Previous', 'Next', 'The council said it had received complaints.'],
      // Whole headlines with none cut: `related-links` and the classifier judge the list.
      ['Related articles', 'Bible bombshell: Scientists claim discovery of root of all evil', 'Plague blamed on Madagascar ritual of digging up dead relatives'],
      // A story line trailing off without the heading above it.
      ['She paused. "I thought we would be done by now, but..."', 'Gardener, 74, is banned from growing pumpkins on his own...'],
    ],
  },
};
