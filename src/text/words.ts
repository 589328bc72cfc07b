/**
 * Word tokenising shared by the classifier's features and the training labels: lowercase runs of
 * letters, marks, digits and underscores (the `\w+` of the aeb scoring, extended to every script).
 * One precompiled pattern, no allocation beyond the result.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** Lowercase word tokens of a text, in order. */
export function tokenise(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Original-case word tokens of a text, in order (for capitalisation features). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Words of running text: whitespace-separated words, where text written without spaces between its
 * words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) counts by its characters. Otherwise a whole
 * Japanese or Thai story would weigh a few "words" (it could never stand alone as an article) and
 * each of its paragraphs would look as short as a heading or a table row.
 */
export function runningWords(text: string): number {
  // A loop, not a callback made anew on every call: this runs for every paragraph (segment/gap-features.ts says why).
  let spaced = 0;
  for (const word of text.split(/\s+/u)) if (word.length > 0) spaced++;
  return Math.max(spaced, unspacedWords(text));
}

/**
 * Words of the unspaced text in `text`: one per {@link CJK_CHARS_PER_WORD} Chinese and Japanese
 * characters, plus its {@link southeastAsianWords}.
 */
export function unspacedWords(text: string): number {
  if (!mayHoldUnspacedScript(text)) return 0;
  const cjk = text.match(CJK_CHARS)?.length ?? 0;
  return Math.round(cjk / CJK_CHARS_PER_WORD) + southeastAsianWords(text);
}

/** Words of the Thai, Lao, Khmer and Myanmar text in `text`: one per {@link SOUTHEAST_ASIAN_CHARS_PER_WORD} characters. */
export function southeastAsianWords(text: string): number {
  if (!mayHoldUnspacedScript(text) || !SOUTHEAST_ASIAN_CHAR.test(text)) return 0;
  return Math.round((text.match(SOUTHEAST_ASIAN_CHARS)?.length ?? 0) / SOUTHEAST_ASIAN_CHARS_PER_WORD);
}

/**
 * Whether the text may hold an unspaced script: a code unit from Thai (U+0E00) on, but not the
 * General Punctuation and symbol blocks (U+2000–U+2E7F: curly quotes, dashes, arrows) that English
 * text is full of; Chinese and Japanese lie above them, beyond the BMP as surrogates. Most text is
 * answered by one plain scan instead of two Unicode-property matches (1.5 % of a one-worker run's
 * time, `node --cpu-prof`, session 24).
 */
function mayHoldUnspacedScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0e00 && (code < 0x2000 || code >= 0x2e80)) return true;
  }
  return false;
}

/** True when the text ends in a letter or mark of a script that writes no sentence-final stop (Thai, Lao). */
export function endsUnpunctuatedScript(text: string): boolean {
  return UNPUNCTUATED_SCRIPT_END.test(text);
}

const CJK_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const SOUTHEAST_ASIAN_CHAR = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const SOUTHEAST_ASIAN_CHARS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** Thai and Lao end a sentence with a space and a paragraph with nothing; Khmer and Myanmar have their own stops. */
const UNPUNCTUATED_SCRIPT_END = /[\p{Script=Thai}\p{Script=Lao}]$/u;

/** Characters per word in Japanese and Chinese running text, roughly. */
const CJK_CHARS_PER_WORD = 2;
/** Characters per word in Thai running text, marks included (a Thai news paragraph: 128 characters, 32 words). */
const SOUTHEAST_ASIAN_CHARS_PER_WORD = 4;
