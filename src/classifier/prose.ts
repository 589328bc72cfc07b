import { endsUnpunctuatedScript, unspacedWords } from '../text/words.js';
import { GOOD_MIN_WORDS, type OwnFeatures } from './features.js';

/**
 * How long a paragraph is and whether it reads as prose, for the decisions after scoring (the story
 * span, the prose threshold, the neighbours' revision), in any script. Chinese and Japanese run
 * without spaces, so a `\w+` token is a whole clause: "開かれたフォルダの中にあるKindleのショートカットアイコンを右クリック。"
 * is 3 tokens, as short as a menu item, and no paragraph of a Japanese story ever reached 8 tokens,
 * so none counted as prose (f105de6e, a how-to, lost a quarter of its words on the page). Such text
 * counts one word per two characters (`unspacedWords`), and where that length exceeds the tokens the
 * stopword test cannot be made (no token is a stopword) and length alone makes it jusText's "good".
 * Thai, Lao, Khmer and Myanmar also run without spaces between words (Thai puts one between
 * sentences and no stop at a paragraph's end): a Thai story's paragraphs after a related-links box
 * were all short lines "between boilerplate lines" and were removed.
 */
export interface ProseShape {
  /** Words, with unspaced text counted by its characters. */
  words: number;
  /** jusText's "good": long and stopword-dense, or long unspaced text. */
  good: boolean;
  /** Ends like a sentence: a sentence-final mark, or for good text the last letter of Thai or Lao, which write none. */
  terminal: boolean;
  /** Good and ending like a sentence. */
  prose: boolean;
}

export function proseShapes(texts: readonly string[], own: readonly OwnFeatures[]): ProseShape[] {
  // A loop, not a callback made anew on every call: this runs for every document (DEVELOPERS.md, "Workers").
  const shapes: ProseShape[] = [];
  for (let i = 0; i < texts.length; i++) {
    const features = own[i]!;
    // Word tokens, not spaces, for spaced text: stray punctuation ("Home » Column »") is no word.
    const words = Math.max(features.words, unspacedWords(texts[i]!));
    const good = features.goodLike === 1 || (words >= GOOD_MIN_WORDS && words > features.words);
    // Not the model's `terminal`: a Thai headline or menu item ends in a letter too, a long paragraph that does is a sentence.
    const terminal = features.terminal === 1 || (good && endsUnpunctuatedScript(texts[i]!));
    shapes.push({ words, good, terminal, prose: good && terminal });
  }
  return shapes;
}
