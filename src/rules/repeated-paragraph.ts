import type { BlockRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A paragraph that repeats one a few paragraphs before it, word for word: a gallery caption shown
 * once per slide. The first occurrence is left for the other rules and the classifier to judge;
 * later copies go, unless each occurrence introduces different prose (a recurring interview question).
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
function isRecurringHeading(texts: readonly string[], start: number, earlier: readonly number[]): boolean {
  const following = texts[start + 1];
  if (following === undefined || wordCount(following) < MIN_FOLLOWING_WORDS) return false;
  return earlier.every((i) => {
    const before = texts[i + 1]!;
    return before !== following && before !== texts[start] && wordCount(before) >= MIN_FOLLOWING_WORDS;
  });
}

export const rule: BlockRule = {
  kind: 'block',
  id: 'repeated-paragraph',
  category: 'navigation',
  description: 'A paragraph of three or more words that repeats an earlier paragraph of the document exactly within the 12 before it (captions shown once per slide).',
  englishOnly: false,
  match(texts, start) {
    const text = texts[start]!;
    if (wordCount(text) < MIN_WORDS) return null;
    const earlier: number[] = [];
    for (let i = Math.max(0, start - LOOK_BACK); i < start; i++) if (texts[i] === text) earlier.push(i);
    if (earlier.length === 0 || isRecurringHeading(texts, start, earlier)) return null;
    return { length: 1, reason: `repeats paragraph ${start - earlier[0]!} paragraphs earlier` };
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
