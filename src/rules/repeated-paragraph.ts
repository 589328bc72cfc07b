import type { BlockRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A paragraph that repeats one a few paragraphs before it, word for word: a gallery caption shown
 * once per slide. The first occurrence is
 * left for the other rules and the classifier to judge; later copies go.
 */
const MIN_WORDS = 3;
/**
 * How far back to look, in paragraphs. Repeated captions sit within a few lines of each other;
 * a meal plan or a results table repeats its rows much further apart, and those rows are story
 * (aeb 5f03fc…), so the window stays short.
 */
const LOOK_BACK = 12;

export const rule: BlockRule = {
  kind: 'block',
  id: 'repeated-paragraph',
  category: 'navigation',
  description: 'A paragraph of three or more words that repeats an earlier paragraph of the document exactly within the 12 before it (captions shown once per slide).',
  englishOnly: false,
  match(texts, start) {
    const text = texts[start]!;
    if (wordCount(text) < MIN_WORDS) return null;
    for (let i = Math.max(0, start - LOOK_BACK); i < start; i++) {
      if (texts[i] === text) return { length: 1, reason: `repeats paragraph ${start - i} paragraphs earlier` };
    }
    return null;
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
    ],
  },
};
