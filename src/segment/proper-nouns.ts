import { wordTokens } from '../cohesion/terms.js';

/**
 * Proper nouns of a text: who and what it is about. A capitalised word counts when it does not
 * open a sentence (where every word is capitalised) and is not a stopword: in "On Friday Mr Khan
 * said the Labour leader…" that leaves `khan`, `labour` (and `friday`, which time-refs handles).
 * Lowercased, so "KHAN" and "Khan" are one name. Scripts without case yield none.
 */
export function properNouns(text: string, stopwords: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?…]["”’]?)\s+/u)) {
    const tokens = wordTokens(sentence);
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!/^\p{Lu}/u.test(token) || token.length < 2) continue;
      const lower = token.toLowerCase();
      if (!stopwords.has(lower) && !HONORIFICS.has(lower)) names.add(lower);
    }
  }
  return names;
}

/** Titles that precede names; they say nothing about which person. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof']);
