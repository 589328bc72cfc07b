import { stopwordsFor, type LanguageCode } from '../text/language.js';
import { tokenise } from '../text/words.js';
import { textFeatures, type TextFeatures } from './features.js';
import { contentWordsOf } from './overlap.js';

/** Where a memo gets a text's tokens: {@link tokenise} itself, or a caller's memo of its results. */
export interface Tokeniser {
  tokensOf(text: string): readonly string[];
}

const TOKENISE: Tokeniser = { tokensOf: tokenise };

/**
 * What the classifier computes from a paragraph's text alone, remembered by text for one document
 * in one language. The clean stage judges a document several times (once per cleaning round, again
 * in another language), and most paragraphs come back unchanged; their text features and content
 * words are then read from memory. Every entry is a pure function of the text and the language, and
 * a memo lives no longer than one document's cleaning, so results cannot depend on what ran before.
 */
export class ParagraphMemo {
  readonly stopwords: ReadonlySet<string>;
  private readonly features = new Map<string, TextFeatures>();
  private readonly content = new Map<string, string[]>();

  /** `tokens` must give {@link tokenise}'s tokens; a caller may share its own memo of them. */
  constructor(
    readonly language: LanguageCode,
    private readonly tokens: Tokeniser = TOKENISE,
  ) {
    this.stopwords = stopwordsFor(language);
  }

  textFeatures(text: string): TextFeatures {
    let features = this.features.get(text);
    if (features === undefined) {
      features = textFeatures(text, this.stopwords);
      this.features.set(text, features);
    }
    return features;
  }

  /** The paragraph's content words (see {@link contentWordsOf}); callers must not change the array. */
  contentWords(text: string): string[] {
    let words = this.content.get(text);
    if (words === undefined) {
      words = contentWordsOf([this.tokens.tokensOf(text)], this.stopwords)[0]!;
      this.content.set(text, words);
    }
    return words;
  }
}
