import { wordTokens } from '../cohesion/terms.js';

/**
 * What language a stretch of text is in, cheaply and per paragraph: its dominant script and the
 * share of its words that are stopwords of the document's language. Two concatenated stories in
 * different languages ("…엔터미디어…" then "Наши герои…") differ in both, whatever their topics.
 */
export interface LanguageProfile {
  /** Letters per script. */
  scripts: Map<string, number>;
  /** Word tokens, and how many of them are stopwords of the document's language. */
  words: number;
  stopwords: number;
}

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['hangul', /\p{Script=Hangul}/u],
  // Japanese mixes kanji and kana paragraph by paragraph: one script class, or it would flip.
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
];

export function languageProfile(text: string, stopwords: ReadonlySet<string>, tokens: readonly string[] = wordTokens(text)): LanguageProfile {
  const scripts = new Map<string, number>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other';
    scripts.set(script, (scripts.get(script) ?? 0) + 1);
  }
  return { scripts, words: tokens.length, stopwords: tokens.filter((t) => stopwords.has(t.toLowerCase())).length };
}

/** Sums profiles of a window of paragraphs. */
export function mergeProfiles(profiles: readonly LanguageProfile[]): LanguageProfile {
  const scripts = new Map<string, number>();
  let words = 0;
  let stopwords = 0;
  for (const profile of profiles) {
    for (const [script, count] of profile.scripts) scripts.set(script, (scripts.get(script) ?? 0) + count);
    words += profile.words;
    stopwords += profile.stopwords;
  }
  return { scripts, words, stopwords };
}

/** 1 when the two sides are mostly written in different scripts, else 0. */
export function scriptShift(before: LanguageProfile, after: LanguageProfile): number {
  const dominant = (profile: LanguageProfile): string | null => {
    let best: string | null = null;
    let bestCount = 0;
    for (const [script, count] of profile.scripts) {
      if (count > bestCount) [best, bestCount] = [script, count];
    }
    return best;
  };
  const a = dominant(before);
  const b = dominant(after);
  return a !== null && b !== null && a !== b ? 1 : 0;
}

/** Words a side needs before its stopword rate means anything. */
const MIN_RATE_WORDS = 30;

/** Absolute difference of the stopword rates of the two sides, in [0, 1]; 0 when a side is too short. */
export function stopwordRateShift(before: LanguageProfile, after: LanguageProfile): number {
  if (before.words < MIN_RATE_WORDS || after.words < MIN_RATE_WORDS) return 0;
  return Math.abs(before.stopwords / before.words - after.stopwords / after.words);
}
