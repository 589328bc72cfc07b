import { tokenise } from '../text/words.js';
import { OTHER_SENTENCE_ENDS } from '../text/sentence-end.js';

/** A sentence needs a few words; menu items, buttons and headings rarely have six. */
const PROSE_MIN_WORDS = 6;
/** Running text in any language with a stopword list has ≥ 30 % stopwords; lists of names and links far fewer. */
const PROSE_MIN_STOPWORD_SHARE = 0.3;
const TERMINAL_PUNCTUATION = new RegExp(`[.!?…。！？:;"”’»)${OTHER_SENTENCE_ENDS}]$`, 'u');

/**
 * Whether a paragraph reads like running text rather than page furniture: at least six words and
 * either sentence-final punctuation or a stopword share of at least 30 %. "Skip to main content"
 * and "Privacy Policy" are not prose; "We use cookies to give you the best experience." is (such
 * lines are left to the rule catalogue, never learned, because an article sentence quoted on many
 * sites would look the same).
 *
 * @param stopwords lowercase stopwords of the document's language (src/text/language.ts)
 */
export function isProseLike(text: string, stopwords: ReadonlySet<string>): boolean {
  const words = tokenise(text);
  if (words.length < PROSE_MIN_WORDS) return false;
  if (TERMINAL_PUNCTUATION.test(text.trimEnd())) return true;
  let stop = 0;
  for (const word of words) if (stopwords.has(word)) stop++;
  return stop / words.length >= PROSE_MIN_STOPWORD_SHARE;
}
