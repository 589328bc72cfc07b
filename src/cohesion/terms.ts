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
import porterStemmerUk from 'natural/lib/natural/stemmers/porter_stemmer_uk.js';

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
  uk: porterStemmerUk,
};

/**
 * A word token: a run of letters, marks, digits and apostrophes, in every script. The marks are
 * the vowel signs of Devanagari, Bengali, Tamil, Thai and the other Brahmic scripts: without them
 * "राजस्थान" fell apart into "र", "जस", "थ", "न", no Hindi word was ever a term, and every gap of a
 * Hindi story read as having no cohesion (a related box inside one split it twice). Matching the
 * runs gives the tokens of natural's `RegexpTokenizer` splitting on `[^\p{L}\p{M}\p{N}'’]+`.
 */
const TOKEN = /[\p{L}\p{M}\p{N}'’]+/gu;

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
  const tokens = text.match(TOKEN);
  if (tokens === null) return [];
  // Most texts hold no apostrophe: then every token is a word as it stands.
  if (!text.includes("'") && !text.includes('’')) return tokens;
  const words: string[] = [];
  for (const token of tokens) {
    // Only a token with an apostrophe at an end, or before a final s, changes: most tokens of even such a text are words as they stand.
    if (!isApostrophe(token.charCodeAt(0)) && !isApostrophe(token.charCodeAt(token.length - 1)) && !isApostrophe(token.charCodeAt(token.length - 2))) {
      words.push(token);
      continue;
    }
    const word = token.replace(/['’]s$/u, '').replace(/^['’]+|['’]+$/gu, '');
    if (word.length > 0) words.push(word);
  }
  return words;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * Stems already computed, by language. The stemmers are pure functions of the word, so this memo
 * cannot make a result depend on what ran before; a document repeats its words and a corpus its
 * vocabulary, and stemming is the costly step of {@link contentTerms}. Each language's table is
 * emptied when it reaches {@link MAX_MEMO_STEMS} entries, which bounds its memory (some megabytes).
 */
const stemMemo = new Map<string, Map<string, string>>();
const MAX_MEMO_STEMS = 50_000;

/** The memo of a language's stems (created on first use). */
function stemsOf(language: string): Map<string, string> {
  let stems = stemMemo.get(language);
  if (stems === undefined) {
    stems = new Map();
    stemMemo.set(language, stems);
  }
  return stems;
}

function stemWith(stemmer: { stem(token: string): string }, stems: Map<string, string>, word: string): string {
  let result = stems.get(word);
  if (result === undefined) {
    result = stemmer.stem(word);
    if (stems.size >= MAX_MEMO_STEMS) stems.clear();
    stems.set(word, result);
  }
  return result;
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
  if (SYLLABLE_WRITTEN.has(language)) return syllablePairTerms(tokens, stopwords);
  const stemmer = STEMMERS[language];
  const stems = stemmer === undefined ? null : stemsOf(language);
  const truncates = TRUNCATED.has(language);
  // Loops, not callbacks made anew on every call: this runs for every document (segment/gap-features.ts says why).
  const terms: string[][] = [];
  for (const textTokens of tokens) {
    const textTerms: string[] = [];
    for (const token of textTokens) {
      if (IDEOGRAPHIC_RUN.test(token)) {
        pushIdeographicBigrams(token, textTerms);
        continue;
      }
      if (SOUTHEAST_ASIAN_RUN.test(token)) {
        pushLetterTrigrams(token, textTerms);
        continue;
      }
      const lower = token.toLowerCase();
      if (lower.length < MIN_TERM_CHARS || lower.length > MAX_TERM_CHARS || stopwords.has(lower) || startsWithNumber(lower)) continue;
      textTerms.push(stemmer !== undefined ? stemWith(stemmer, stems!, lower) : truncates ? truncated(lower) : lower);
    }
    terms.push(textTerms);
  }
  if (COMPOUNDING.has(language)) addCompoundHeads(terms);
  return terms;
}

/**
 * Inflecting and agglutinating languages that `natural` has no stemmer for: a word's first letters
 * stand for its stem, as truncation does in retrieval (McNamee, Nicholas & Mayfield 2009: a word cut to 4–5
 * characters retrieves about as well as a Snowball stem in most European languages). Without it,
 * Hungarian "kormány", "kormányt" and "kormánynak" were three terms, so a story's paragraphs shared
 * few terms with each other and a headline few with its lead (Telex, probe r32: its headline lost
 * the title for two shared stems of nine).
 */
const TRUNCATED: ReadonlySet<string> = new Set(['fi', 'et', 'hu', 'tr', 'pl', 'cs', 'sk', 'sl', 'hr', 'bg', 'ro', 'lt', 'lv', 'el']);
const TRUNCATED_CHARS = 5;

function truncated(word: string): string {
  // Code points, not UTF-16 units: a cut must not split a surrogate pair.
  return word.length <= TRUNCATED_CHARS ? word : Array.from(word).slice(0, TRUNCATED_CHARS).join('');
}

/** Languages that write compounds as one word ("Straßenbahnlinie", "spoorweglijn", "järnvägslinje"). */
const COMPOUNDING: ReadonlySet<string> = new Set(['de', 'nl', 'sv', 'no', 'da']);
/** A compound's head is at least this long, and the compound longer than it by as much (stems). */
const MIN_HEAD_CHARS = 4;

/**
 * Gives each compound term the head it ends with when the document uses that head alone too: a
 * German story says "Straßenbahnlinie" and then "die Linie", "Westtangente" and "die Tangente", and
 * without its head the compound shares no term with them, so a story in a compounding language
 * looked less cohesive than the same story in English (probe r29: a Süddeutsche story of ten short
 * paragraphs was split at 0.74). The longest such head is added after the compound; linear in the
 * document's terms (each compound looks up its own suffixes).
 */
function addCompoundHeads(terms: string[][]): void {
  const vocabulary = new Set<string>();
  for (const paragraph of terms) for (const term of paragraph) vocabulary.add(term);
  for (const paragraph of terms) {
    const count = paragraph.length;
    for (let k = 0; k < count; k++) {
      const term = paragraph[k]!;
      for (let cut = MIN_HEAD_CHARS; cut <= term.length - MIN_HEAD_CHARS; cut++) {
        const head = term.slice(cut);
        if (vocabulary.has(head)) {
          paragraph.push(head);
          break;
        }
      }
    }
  }
}

/**
 * Chinese and Japanese are written without spaces, so a "token" is a whole clause and would never
 * recur. Their content terms are the overlapping pairs of characters within each run of ideographs
 * and katakana (the usual indexing unit for both languages): 東京都 gives 東京 and 京都. Hiragana
 * runs are left out: they spell grammatical endings and particles, the stopwords of Japanese.
 */
const IDEOGRAPHIC_RUN = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}/u;
const IDEOGRAPHIC_RUNS = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu;

function pushIdeographicBigrams(token: string, terms: string[]): void {
  for (const run of token.match(IDEOGRAPHIC_RUNS) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  }
}

/**
 * Thai, Lao, Khmer and Myanmar run their words together too (Thai spaces only its sentences), and
 * no dictionary is at hand to cut them. Their content terms are the overlapping triples of letters,
 * vowel and tone marks left out, within each run: about a syllable each, so a place or a word met
 * again recurs ("เมืองทองธานี" in a Thai story's headline and its paragraphs).
 */
const SOUTHEAST_ASIAN_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]{3,}/u;
const SOUTHEAST_ASIAN_LETTERS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
const MARK = /\p{M}/u;

function pushLetterTrigrams(token: string, terms: string[]): void {
  for (const run of token.match(SOUTHEAST_ASIAN_LETTERS) ?? []) {
    const letters: string[] = [];
    for (const char of run) if (!MARK.test(char)) letters.push(char);
    for (let i = 0; i + 2 < letters.length; i++) terms.push(letters[i]! + letters[i + 1]! + letters[i + 2]!);
  }
}

/**
 * Vietnamese puts a space between syllables, not words: most words are two syllables ("thành phố",
 * "giá xăng"), and a syllable alone ("thành", "nhà", "người") recurs in every story, so cohesion over
 * syllables finds every paragraph like every other (two glued VnExpress-style stories: 0.15 across
 * the join). The terms are the pairs of adjacent syllables, neither a stopword nor a number, as
 * Chinese takes pairs of characters.
 */
const SYLLABLE_WRITTEN = new Set(['vi']);

function syllablePairTerms(tokens: readonly (readonly string[])[], stopwords: ReadonlySet<string>): string[][] {
  const terms: string[][] = [];
  for (const textTokens of tokens) {
    const textTerms: string[] = [];
    let previous: string | null = null;
    for (const token of textTokens) {
      const syllable = token.toLowerCase();
      const content = syllable.length <= MAX_TERM_CHARS && !stopwords.has(syllable) && !startsWithNumber(syllable);
      if (content && previous !== null) textTerms.push(`${previous} ${syllable}`);
      previous = content ? syllable : null;
    }
    terms.push(textTerms);
  }
  return terms;
}

/** Whether a word starts with a number (`27`, `²`, `٣`): ASCII answered directly, the rest by pattern. */
function startsWithNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x30 && code <= 0x39 : /^\p{N}/u.test(word);
}
