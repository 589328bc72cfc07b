import { wordTokens } from '../cohesion/terms.js';
import { stopwordsFor, type LanguageCode } from '../text/language.js';
import { dominantScript, scriptCounts, sumScriptCounts } from './language-profile.js';

/**
 * The language of each paragraph, told by its stopwords. A document is detected as one language,
 * but a scraper that follows "next story" across a multilingual site glues an English story to a
 * Russian one; with the document's stopwords alone, the English story's "the", "and" and "of" would
 * count as content terms and make any two English stories look cohesive. A paragraph takes another
 * language only when that language's stopwords clearly outnumber the document's in it; a paragraph
 * too short to tell keeps the language of the paragraph before it, unless it is written in another
 * script than that paragraph: then it takes the language of the next paragraph told in its own
 * script (a short Russian kicker line opening a Russian story after an English one reads as
 * Russian, not as English). A paragraph written mostly in
 * another script than the document (a Japanese story after a German one) takes that script's
 * language without counting stopwords: Japanese and Chinese have no spaces to find them by.
 */

/** Languages a paragraph can switch to: those with a stemmer for their content terms (cohesion/terms.ts). */
const SWITCHABLE: readonly LanguageCode[] = ['en', 'de', 'es', 'fr', 'it', 'nl', 'no', 'pt', 'ru', 'sv'];

/** Fewest stopword hits that tell a paragraph's language. */
const MIN_HITS = 3;
/** Fewest hits of stopwords the document's language lacks that tell another language (the lists share most of theirs: French's holds "ha", "dos" and "y"). */
const MIN_DISTINCT_HITS = 2;
/** How many times the document language's hits another language needs to take the paragraph. */
const SWITCH_RATIO = 2;

/**
 * @param tokens word tokens of each paragraph, when the caller has them already
 * @param scripts letters of each paragraph per script, when the caller has them already
 * @returns one ISO 639-1 code per paragraph
 */
export function paragraphLanguages(
  paragraphs: readonly string[],
  documentLanguage: LanguageCode,
  tokens: readonly (readonly string[])[] = paragraphs.map(wordTokens),
  scripts: readonly ReadonlyMap<string, number>[] = paragraphs.map(scriptCounts),
): LanguageCode[] {
  const documentScript = dominantScript(sumScriptCounts(scripts));
  const own = stopwordsFor(documentLanguage);
  const ownIndex = SWITCHABLE.indexOf(documentLanguage);
  const languagesOf = switchableStopwords();
  const counts = new Array<number>(SWITCHABLE.length);
  const distinct = new Array<number>(SWITCHABLE.length);
  const ownOnly = new Array<number>(SWITCHABLE.length);
  // Per paragraph: the language its own words tell, or null when it is too short to tell.
  const told: Array<LanguageCode | null> = [];
  // A loop, not a callback made anew on every call (gap-features.ts says why).
  for (let index = 0; index < tokens.length; index++) {
    const scriptLanguage = languageByScript(paragraphs[index]!, scripts[index]!, documentScript);
    if (scriptLanguage !== null) {
      told.push(scriptLanguage);
      continue;
    }
    counts.fill(0);
    distinct.fill(0);
    ownOnly.fill(0);
    let ownHits = 0;
    for (const token of tokens[index]!) {
      const lower = token.toLowerCase();
      const mask = languagesOf.get(lower) ?? 0;
      for (let rest = mask, k = 0; rest !== 0; rest >>>= 1, k++) if ((rest & 1) === 1) counts[k]!++;
      if (ownIndex === -1) {
        if (own.has(lower)) ownHits++;
      } else if (((mask >>> ownIndex) & 1) === 1) {
        // A stopword of the document's language: it speaks against every language that lacks it.
        for (let k = 0; k < SWITCHABLE.length; k++) if (((mask >>> k) & 1) === 0) ownOnly[k]!++;
      } else {
        for (let rest = mask, k = 0; rest !== 0; rest >>>= 1, k++) if ((rest & 1) === 1) distinct[k]!++;
      }
    }
    if (ownIndex !== -1) ownHits = counts[ownIndex]!;
    const canTell = Math.max(ownHits, ...counts) >= MIN_HITS;
    told.push(canTell ? switchedLanguage(documentLanguage, ownIndex, ownHits, counts, distinct, ownOnly) : null);
  }
  return fillUntold(told, scripts, documentLanguage, documentScript);
}

/**
 * The language a paragraph told in its own words takes: another language when that language's
 * stopwords clearly outnumber the document language's in it. Against a switchable document language
 * only the stopwords one of the two lacks count ("de", "la", "que" and "a" are French and Spanish
 * alike; "el", "los", "y", "del" are Spanish only, "le", "les", "et", "du" French only), so a
 * Spanish story glued after a French one reads as Spanish.
 */
function switchedLanguage(
  documentLanguage: LanguageCode,
  ownIndex: number,
  ownHits: number,
  counts: readonly number[],
  distinct: readonly number[],
  ownOnly: readonly number[],
): LanguageCode {
  let best: { code: LanguageCode; hits: number } | null = null;
  for (let k = 0; k < SWITCHABLE.length; k++) {
    if (k === ownIndex) continue;
    const [hits, against, least] = ownIndex === -1 ? [counts[k]!, ownHits, MIN_HITS] : [distinct[k]!, ownOnly[k]!, MIN_DISTINCT_HITS];
    // Candidates in SWITCHABLE order, the first with the most hits winning.
    if (hits >= least && hits >= SWITCH_RATIO * against && (best === null || hits > best.hits)) best = { code: SWITCHABLE[k]!, hits };
  }
  return best?.code ?? documentLanguage;
}

/**
 * A short Latin line in a page of another script with no Latin prose to tell it ("Related Topics:",
 * "Text settings" on an Arabic page) is the web's English furniture.
 */
const LATIN = 'latin';
const LATIN_FURNITURE_LANGUAGE: LanguageCode = 'en';

/**
 * Gives each paragraph too short to tell ({@link paragraphLanguages}) the language of the paragraph
 * before it, or of the next paragraph told in its own script when the one before is in another
 * (English for Latin lines that none tells, {@link LATIN_FURNITURE_LANGUAGE}).
 */
function fillUntold(
  told: ReadonlyArray<LanguageCode | null>,
  scripts: readonly ReadonlyMap<string, number>[],
  documentLanguage: LanguageCode,
  documentScript: string | null,
): LanguageCode[] {
  const paragraphScripts = scripts.map(dominantScript);
  // Filled from the end: for each untold paragraph, the language of the nearest told paragraph after it in its own script.
  const nextToldInScript: Array<LanguageCode | undefined> = new Array(told.length);
  const ahead = new Map<string, LanguageCode>();
  for (let index = told.length - 1; index >= 0; index--) {
    const script = paragraphScripts[index];
    if (script === null || script === undefined) continue;
    if (told[index] === null) nextToldInScript[index] = ahead.get(script);
    else ahead.set(script, told[index]!);
  }
  const languages: LanguageCode[] = [];
  let previous = documentLanguage;
  let previousScript = documentScript;
  for (let index = 0; index < told.length; index++) {
    const script = paragraphScripts[index] ?? null;
    const own = told[index] ?? null;
    if (own !== null) {
      previous = own;
      if (script !== null) previousScript = script;
    } else if (script !== null && script !== previousScript) {
      const following = nextToldInScript[index] ?? (script === LATIN ? LATIN_FURNITURE_LANGUAGE : undefined);
      if (following !== undefined) {
        previous = following;
        previousScript = script;
      }
    }
    languages.push(previous);
  }
  return languages;
}

/** Letters a paragraph needs, and the share of them in one script, before its script tells its language. */
const MIN_SCRIPT_LETTERS = 20;
const MIN_SCRIPT_SHARE = 0.6;

/** The language of scripts that (nearly) one language writes; Latin and Cyrillic are told by stopwords. */
const SCRIPT_LANGUAGES: Readonly<Record<string, LanguageCode>> = {
  greek: 'el',
  arabic: 'ar',
  hebrew: 'he',
  hangul: 'ko',
  devanagari: 'hi',
  thai: 'th',
};

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Languages a script alone tells: those of {@link SCRIPT_LANGUAGES}, and Japanese and Chinese (told apart by kana). */
const TOLD_BY_SCRIPT: ReadonlySet<string> = new Set<string>(['ja', 'zh', ...Object.values(SCRIPT_LANGUAGES)]);

/** Whether a language is one its script alone tells: no stopwords needed. */
export function isToldByScript(language: string): boolean {
  return TOLD_BY_SCRIPT.has(language);
}

/** The language a paragraph's script tells when it is not the document's script, else null. */
function languageByScript(text: string, scripts: ReadonlyMap<string, number>, documentScript: string | null): LanguageCode | null {
  const script = dominantScript(scripts);
  if (script === null || script === documentScript) return null;
  let letters = 0;
  for (const count of scripts.values()) letters += count;
  if (letters < MIN_SCRIPT_LETTERS || scripts.get(script)! < MIN_SCRIPT_SHARE * letters) return null;
  if (script === 'cjk') return KANA.test(text) ? 'ja' : 'zh';
  return SCRIPT_LANGUAGES[script] ?? null;
}

/**
 * Every stopword of the {@link SWITCHABLE} languages with the languages it belongs to, as a bit
 * mask of their indexes, so a token is looked up once rather than in each list (a mask, not an
 * array per word: a one-file run builds this map). Built on first use from static lists: a memo of
 * static data, so results never depend on call order.
 */
let stopwordLanguages: Map<string, number> | null = null;

function switchableStopwords(): ReadonlyMap<string, number> {
  if (stopwordLanguages === null) {
    stopwordLanguages = new Map();
    for (let k = 0; k < SWITCHABLE.length; k++) {
      for (const word of stopwordsFor(SWITCHABLE[k]!)) stopwordLanguages.set(word, (stopwordLanguages.get(word) ?? 0) | (1 << k));
    }
  }
  return stopwordLanguages;
}
