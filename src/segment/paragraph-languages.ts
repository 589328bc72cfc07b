import { wordTokens } from '../cohesion/terms.js';
import { stopwordsFor, type LanguageCode } from '../text/language.js';

/**
 * The language of each paragraph, told by its stopwords. A document is detected as one language,
 * but a scraper that follows "next story" across a multilingual site glues an English story to a
 * Russian one; with the document's stopwords alone, the English story's "the", "and" and "of" would
 * count as content terms and make any two English stories look cohesive. A paragraph takes another
 * language only when that language's stopwords clearly outnumber the document's in it; a paragraph
 * too short to tell keeps the language of the paragraph before it.
 */

/** Languages a paragraph can switch to: those with a stemmer for their content terms (cohesion/terms.ts). */
const SWITCHABLE: readonly LanguageCode[] = ['en', 'de', 'es', 'fr', 'it', 'nl', 'no', 'pt', 'ru', 'sv'];

/** Fewest stopword hits that tell a paragraph's language. */
const MIN_HITS = 3;
/** How many times the document language's hits another language needs to take the paragraph. */
const SWITCH_RATIO = 2;

/**
 * @param tokens word tokens of each paragraph, when the caller has them already
 * @returns one ISO 639-1 code per paragraph
 */
export function paragraphLanguages(
  paragraphs: readonly string[],
  documentLanguage: LanguageCode,
  tokens: readonly (readonly string[])[] = paragraphs.map(wordTokens),
): LanguageCode[] {
  const candidates = SWITCHABLE.filter((code) => code !== documentLanguage).map((code) => ({ code, stopwords: stopwordsFor(code) }));
  const own = stopwordsFor(documentLanguage);
  let previous = documentLanguage;
  return tokens.map((paragraphTokens) => {
    const lower = paragraphTokens.map((token) => token.toLowerCase());
    const ownHits = hits(lower, own);
    let best = { code: documentLanguage, hits: ownHits };
    for (const candidate of candidates) {
      const count = hits(lower, candidate.stopwords);
      if (count > best.hits) best = { code: candidate.code, hits: count };
    }
    if (Math.max(best.hits, ownHits) < MIN_HITS) return previous;
    previous = best.code !== documentLanguage && best.hits >= SWITCH_RATIO * ownHits ? best.code : documentLanguage;
    return previous;
  });
}

function hits(tokens: readonly string[], stopwords: ReadonlySet<string>): number {
  let count = 0;
  for (const token of tokens) if (stopwords.has(token)) count++;
  return count;
}
