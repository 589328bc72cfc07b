import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../src/cohesion/terms.js';
import { languageProfile, scriptCounts, SCRIPTS, type LanguageProfile } from '../../src/segment/language-profile.js';

/** The per-character version `languageProfile` replaced (a pattern test per letter), kept as the reference it must match (map order included). */
function reference(text: string, stopwords: ReadonlySet<string>): LanguageProfile {
  const scripts = new Map<string, number>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
    scripts.set(script, (scripts.get(script) ?? 0) + 1);
  }
  const tokens = wordTokens(text);
  return { scripts, words: tokens.length, stopwords: tokens.filter((t) => stopwords.has(t.toLowerCase())).length };
}

const texts = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.array(fc.constantFrom('The', 'и', 'και', 'في', 'של', '정부', '政府', 'です', 'カタカナ', 'है', 'ไทย', 'ǅ', 'ß', '𝒜', '\ud800', '\udc00', '12', ' ', '.')).map((p) => p.join('')),
);

describe('languageProfile', () => {
  it('counts scripts and stopwords as the per-character patterns do, in the same order', () => {
    const stopwords = new Set(['the', 'и', 'και']);
    fc.assert(
      fc.property(texts, (text) => {
        const actual = languageProfile(wordTokens(text), stopwords, scriptCounts(text));
        const expected = reference(text, stopwords);
        expect([...actual.scripts]).toEqual([...expected.scripts]);
        expect(actual.words).toBe(expected.words);
        expect(actual.stopwords).toBe(expected.stopwords);
      }),
      { numRuns: 2000 },
    );
  });
});
