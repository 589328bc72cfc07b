import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterStemmerDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import porterStemmerEs from 'natural/lib/natural/stemmers/porter_stemmer_es.js';
import porterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import porterStemmerIt from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import porterStemmerNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import porterStemmerNo from 'natural/lib/natural/stemmers/porter_stemmer_no.js';
import porterStemmerPt from 'natural/lib/natural/stemmers/porter_stemmer_pt.js';
import porterStemmerRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import porterStemmerSv from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';
import regexpTokenizer from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';

/**
 * Content terms of a text: the words that carry its topic, lowercased, stopwords and numbers
 * dropped, Porter-stemmed (`governments` → `govern`, `подписчиков` → `подписчик`) so that
 * inflections of one word count as one term. Languages without a stemmer in `natural` keep their
 * lowercased surface forms: cohesion still works on repeated words, only less well on inflections.
 */

/** Porter stemmers by ISO 639-1 code. */
const STEMMERS: Readonly<Record<string, { stem(token: string): string }>> = {
  en: porterStemmer,
  de: porterStemmerDe,
  es: porterStemmerEs,
  fr: porterStemmerFr,
  it: porterStemmerIt,
  nl: porterStemmerNl,
  no: porterStemmerNo,
  pt: porterStemmerPt,
  ru: porterStemmerRu,
  sv: porterStemmerSv,
};

/** Splits on anything that is not a letter, digit or apostrophe, in every script. */
const tokenizer = new regexpTokenizer.RegexpTokenizer({ pattern: /[^\p{L}\p{N}'’]+/u });

/** Tokens shorter than this carry no topic (initials, clitics left by the tokenizer). */
const MIN_TERM_CHARS = 3;
/**
 * Tokens longer than this are not words (base64, hashes, a 100,000-character run of one letter)
 * and would make the Porter stemmers' regular expressions crawl; the longest German compounds in
 * news stay well under it.
 */
const MAX_TERM_CHARS = 64;

/** Word tokens of a text in their original case, possessive `'s` removed (`Kong’s` → `Kong`). */
export function wordTokens(text: string): string[] {
  return tokenizer
    .tokenize(text)
    .map((token) => token.replace(/['’]s$/u, '').replace(/^['’]+|['’]+$/gu, ''))
    .filter((token) => token.length > 0);
}

/**
 * Content terms of each text, in order of appearance, repeats kept (they are term frequency).
 * @param stopwords lowercase stopwords of the document's language
 * @param language ISO 639-1 code, which picks the stemmer
 * @param tokens {@link wordTokens} of each text, when the caller has them already
 */
export function contentTerms(
  texts: readonly string[],
  stopwords: ReadonlySet<string>,
  language: string,
  tokens: readonly (readonly string[])[] = texts.map(wordTokens),
): string[][] {
  // Stemming is the costly step and a document repeats its words: stem each distinct word once.
  const stems = new Map<string, string>();
  const stemmer = STEMMERS[language];
  const stem = (word: string): string => {
    let result = stems.get(word);
    if (result === undefined) {
      result = stemmer === undefined ? word : stemmer.stem(word);
      stems.set(word, result);
    }
    return result;
  };
  return tokens.map((textTokens) => {
    const terms: string[] = [];
    for (const token of textTokens) {
      const lower = token.toLowerCase();
      if (lower.length < MIN_TERM_CHARS || lower.length > MAX_TERM_CHARS || stopwords.has(lower) || /^\p{N}/u.test(lower)) continue;
      terms.push(stem(lower));
    }
    return terms;
  });
}
