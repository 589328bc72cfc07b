import fc from 'fast-check';
import regexpTokenizer from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { contentTerms, wordTokens } from '../../src/cohesion/terms.js';

/** The tokenizer `wordTokens` used to be built on, kept as the reference it must match (marks are word characters: Hindi's vowel signs). */
const natural = new regexpTokenizer.RegexpTokenizer({ pattern: /[^\p{L}\p{M}\p{N}'’]+/u });
function referenceWordTokens(text: string): string[] {
  return natural
    .tokenize(text)
    .map((token) => token.replace(/['’]s$/u, '').replace(/^['’]+|['’]+$/gu, ''))
    .filter((token) => token.length > 0);
}

/** Text rich in what the tokenizer cares about: apostrophes, possessives, digits, several scripts, odd code points. */
const texts = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.constantFrom("'", '’', 's', "'s", '’s', ' ', '-', 'Kong', 'Наши', '정덕현', '27', '\u0301', '\ud800', '.', '\n', 'l’État', "rock'n'roll"))
    .map((parts) => parts.join('')),
);

describe('wordTokens matches natural’s RegexpTokenizer pipeline', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordTokens(text)).toEqual(referenceWordTokens(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('on the edge cases', () => {
    for (const text of ['', ' ', "'", "''s", "Kong's", "’tis", "students'", "o'clock", 'a’s’', '\ud800x', '١٢٣ abc']) {
      expect(wordTokens(text)).toEqual(referenceWordTokens(text));
    }
  });
});

describe('contentTerms with the stem memo', () => {
  it('stems as the stemmer does, however many times a word was stemmed before', () => {
    const words = fc.array(fc.constantFrom('governments', 'governing', 'crisis', 'running', 'ran', 'happily', 'relational', 'Xylophones'), {
      minLength: 1,
    });
    fc.assert(
      fc.property(words, (list) => {
        const [terms] = contentTerms([list.join(' ')], new Set(), 'en');
        expect(terms).toEqual(list.map((word) => porterStemmer.stem(word.toLowerCase())));
      }),
    );
  });
});

describe('contentTerms matches the version built on natural’s tokenizer and a stem table per call', () => {
  const STEMMERS = { en: porterStemmer } as const;
  function referenceContentTerms(texts: readonly string[], stopwords: ReadonlySet<string>, language: string): string[][] {
    const stems = new Map<string, string>();
    const stemmer = language === 'en' ? STEMMERS.en : undefined;
    return texts.map(referenceWordTokens).map((tokens) => {
      const terms: string[] = [];
      for (const token of tokens) {
        const lower = token.toLowerCase();
        if (lower.length < 3 || lower.length > 64 || stopwords.has(lower) || /^\p{N}/u.test(lower)) continue;
        let stem = stems.get(lower);
        if (stem === undefined) {
          stem = stemmer === undefined ? lower : stemmer.stem(lower);
          stems.set(lower, stem);
        }
        terms.push(stem);
      }
      return terms;
    });
  }
  const words = fc.constantFrom('The', 'governments', '27th', '²nd', '٣مرات', 'Ⅻ', 'running', "Kong's", 'of', 'ǅemal', 'İstanbul', 'x'.repeat(70), 'crisis');
  const documents = fc.array(fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')), { maxLength: 6 });

  it('in English and in a language without a stemmer', () => {
    const stopwords = new Set(['the', 'of']);
    fc.assert(
      fc.property(documents, fc.constantFrom('en', 'ko'), (texts, language) => {
        expect(contentTerms(texts, stopwords, language)).toEqual(referenceContentTerms(texts, stopwords, language));
      }),
    );
  });
});
