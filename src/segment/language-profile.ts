
/**
 * What language a stretch of text is in, cheaply and per paragraph: its dominant script and the
 * share of its words that are stopwords of the document's language. Two concatenated stories in
 * different languages ("…엔터미디어…" then "Наши герои…") differ in both, whatever their topics.
 */
export interface LanguageProfile {
  /** Letters per script. */
  scripts: ReadonlyMap<string, number>;
  /** Word tokens, and how many of them are stopwords of the document's language. */
  words: number;
  stopwords: number;
}

/** Script classes by letter pattern, in the order they are tried. */
export const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
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

/**
 * @param tokens the paragraph's word tokens (cohesion/terms.ts `wordTokens`)
 * @param scripts its letters per script ({@link scriptCounts})
 */
export function languageProfile(tokens: readonly string[], stopwords: ReadonlySet<string>, scripts: ReadonlyMap<string, number>): LanguageProfile {
  let stopwordCount = 0;
  for (const token of tokens) if (stopwords.has(token.toLowerCase())) stopwordCount++;
  return { scripts, words: tokens.length, stopwords: stopwordCount };
}

/** Letters of a text per script class ({@link SCRIPTS}, or `other`). */
export function scriptCounts(text: string): Map<string, number> {
  const scripts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    const script = scriptOf(code);
    if (script !== null) scripts.set(script, (scripts.get(script) ?? 0) + 1);
  }
  return scripts;
}

/** The script class holding the most letters (the first counted among ties); null without letters. */
export function dominantScript(scripts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [script, count] of scripts) {
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

/**
 * The script class of a code point, or null when it is not a letter. Text is mostly ASCII, and the
 * rest repeats a small alphabet, so each other code point is classified once by the patterns and
 * remembered (a memo of a pure function, bounded by {@link MAX_MEMO_CODE_POINTS}).
 */
function scriptOf(code: number): string | null {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'latin' : null;
  let script = scriptMemo.get(code);
  if (script === undefined) {
    const char = String.fromCodePoint(code);
    script = /\p{L}/u.test(char) ? (SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'other') : null;
    if (scriptMemo.size < MAX_MEMO_CODE_POINTS) scriptMemo.set(code, script);
  }
  return script;
}

const scriptMemo = new Map<number, string | null>();
const MAX_MEMO_CODE_POINTS = 20_000;

/** Sums profiles of a window of paragraphs. */
export function mergeProfiles(profiles: readonly LanguageProfile[]): LanguageProfile {
  let words = 0;
  let stopwords = 0;
  const scripts = new Map<string, number>();
  for (const profile of profiles) {
    words += profile.words;
    stopwords += profile.stopwords;
    addScriptCounts(scripts, profile.scripts);
  }
  return { scripts, words, stopwords };
}

/** Letters per script of several stretches of text together. */
export function sumScriptCounts(counts: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const scripts of counts) addScriptCounts(total, scripts);
  return total;
}

function addScriptCounts(total: Map<string, number>, scripts: ReadonlyMap<string, number>): void {
  for (const [script, count] of scripts) total.set(script, (total.get(script) ?? 0) + count);
}

/** 1 when the two sides are mostly written in different scripts, else 0. */
export function scriptShift(before: LanguageProfile, after: LanguageProfile): number {
  const a = dominantScript(before.scripts);
  const b = dominantScript(after.scripts);
  return a !== null && b !== null && a !== b ? 1 : 0;
}

/** Words a side needs before its stopword rate means anything. */
const MIN_RATE_WORDS = 30;

/** Absolute difference of the stopword rates of the two sides, in [0, 1]; 0 when a side is too short. */
export function stopwordRateShift(before: LanguageProfile, after: LanguageProfile): number {
  if (before.words < MIN_RATE_WORDS || after.words < MIN_RATE_WORDS) return 0;
  return Math.abs(before.stopwords / before.words - after.stopwords / after.words);
}
