import type { BlockRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A paragraph repeated word for word within a few paragraphs: a gallery caption shown once per
 * slide. Every copy goes, the first one too (story prose is not repeated verbatim at that distance;
 * a pull-quote rewords its quote), unless each occurrence introduces different prose (a recurring
 * interview question).
 */
const MIN_WORDS = 3;
/**
 * How far back to look, in paragraphs. Repeated captions sit within a few lines of each other;
 * a meal plan or a results table repeats its rows much further apart, and those rows are story
 * (aeb 5f03fc…), so the window stays short.
 */
const LOOK_BACK = 12;

/** Words of prose that must follow each occurrence of a recurring heading. */
const MIN_FOLLOWING_WORDS = 8;

/**
 * An interview's recurring question or a recipe series' recurring heading introduces different
 * prose each time; a repeated caption is followed by its own copy, a slide counter or nothing.
 */
function isRecurringHeading(texts: readonly string[], start: number, copies: readonly number[]): boolean {
  const following = texts[start + 1];
  if (following === undefined || following === texts[start] || wordCount(following) < MIN_FOLLOWING_WORDS) return false;
  return copies.every((i) => {
    const introduced = texts[i + 1];
    return (
      introduced !== undefined && introduced !== following && introduced !== texts[start] && wordCount(introduced) >= MIN_FOLLOWING_WORDS
    );
  });
}

export const rule: BlockRule = {
  kind: 'block',
  id: 'repeated-paragraph',
  category: 'navigation',
  description: 'A paragraph of three or more words repeated exactly within 12 paragraphs before or after it (captions shown once per slide); all copies go.',
  englishOnly: false,
  match(texts, start) {
    const text = texts[start]!;
    if (wordCount(text) < MIN_WORDS) return null;
    const copies: number[] = [];
    const last = Math.min(texts.length - 1, start + LOOK_BACK);
    for (let i = Math.max(0, start - LOOK_BACK); i <= last; i++) if (i !== start && texts[i] === text) copies.push(i);
    if (copies.length === 0 || isRecurringHeading(texts, start, copies)) return null;
    const nearest = copies.reduce((a, b) => (Math.abs(b - start) < Math.abs(a - start) ? b : a));
    const distance = Math.abs(nearest - start);
    return { length: 1, reason: `repeated ${distance} paragraph${distance === 1 ? '' : 's'} ${nearest < start ? 'earlier' : 'later'}` };
  },
  examples: {
    source: 'aeb container db6b08… (the same caption on lines 1, 2, 9 and 10); seed 004 lines 18 and 36 (a quote and its pull-quote differ)',
    remove: [],
    inContext: [
      {
        texts: [
          'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.',
          'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.',
        ],
        start: 1,
        length: 1,
      },
      {
        texts: [
          'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.',
          'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.',
        ],
        start: 0,
        length: 1,
      },
    ],
    keep: [
      ['“Let me be clear, that means a ceasefire right now,” he said.', '“Let me be clear: that means a ceasefire right now.”'],
      // aeb container 3c6d33…: the same question put to each food blogger, a different answer each time.
      [
        'Что вас вдохновило на создание кулинарной страницы?',
        '— Я очень люблю шоколад: горький, молочный, белый, пористый, и всегда хотела научиться делать его сама.',
        'Что вас вдохновило на создание кулинарной страницы?',
        '— Поскольку часть детства я прожила в Узбекистане, мои вкусы сложились под влиянием восточной кухни.',
      ],
    ],
  },
};
