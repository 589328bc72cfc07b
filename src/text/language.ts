import { createRequire } from 'node:module';
import { TrigramLanguages } from './trigram-language.js';

/**
 * Language of a document and its stopwords. Detection is franc's trigram model (ISO 639-3; its
 * answers computed by trigram-language.ts); the stopword lists are stopwords-iso (ISO 639-1), so
 * codes are mapped between the two here.
 */

/** ISO 639-1 code, or `und` when the text is too short or unlike any known language. */
export type LanguageCode = string;

const ISO3_TO_ISO1: Record<string, string> = {
  afr: 'af', arb: 'ar', hye: 'hy', eus: 'eu', ben: 'bn', bre: 'br', bul: 'bg', cat: 'ca', cmn: 'zh',
  hrv: 'hr', ces: 'cs', dan: 'da', nld: 'nl', eng: 'en', epo: 'eo', ekk: 'et', fin: 'fi', fra: 'fr',
  glg: 'gl', deu: 'de', ell: 'el', guj: 'gu', hau: 'ha', heb: 'he', hin: 'hi', hun: 'hu', ind: 'id',
  gle: 'ga', ita: 'it', jpn: 'ja', kor: 'ko', kmr: 'ku', lat: 'la', lit: 'lt', lvs: 'lv', zlm: 'ms',
  zsm: 'ms', mar: 'mr', nob: 'no', nno: 'no', pes: 'fa', pol: 'pl', por: 'pt', ron: 'ro', rus: 'ru',
  slk: 'sk', slv: 'sl', som: 'so', sot: 'st', spa: 'es', swh: 'sw', swe: 'sv', tha: 'th', tgl: 'tl',
  tur: 'tr', ukr: 'uk', urd: 'ur', vie: 'vi', yor: 'yo', zul: 'zu', srp: 'hr', bos: 'hr',
};

/** Enough text for franc's trigrams to be reliable, and a cap so long documents stay cheap. */
const MIN_SAMPLE_CHARS = 40;
const MAX_SAMPLE_CHARS = 1500;

/**
 * Guesses the language of a document from its longest paragraphs (menus and furniture are short,
 * so they do not outvote the story).
 */
export function detectLanguage(paragraphs: readonly string[]): LanguageCode {
  return languageOfSample(languageSample(paragraphs));
}

/**
 * The text {@link detectLanguage} looks at: the longest paragraphs, up to a few thousand characters.
 * Two paragraph lists with the same sample have the same language, which lets a caller skip a
 * second detection.
 */
export function languageSample(paragraphs: readonly string[]): string {
  const longestFirst = [...paragraphs].sort(byLengthDescending);
  let sample = '';
  for (const paragraph of longestFirst) {
    if (sample.length >= MAX_SAMPLE_CHARS) break;
    sample += `${paragraph} `;
  }
  return sample.slice(0, MAX_SAMPLE_CHARS);
}

/** A comparator made once: one made anew on every call would be compiled again after each full garbage collection (segment/gap-features.ts). */
function byLengthDescending(a: string, b: string): number {
  return b.length - a.length;
}

/** The language of a {@link languageSample}. */
export function languageOfSample(sample: string): LanguageCode {
  if (sample.length < MIN_SAMPLE_CHARS) return 'und';
  let language = recentSamples.get(sample);
  if (language === undefined) {
    detector ??= new TrigramLanguages(DETECTABLE);
    language = ISO3_TO_ISO1[detector.detect(sample, MIN_SAMPLE_CHARS)] ?? 'und';
    if (recentSamples.size >= RECENT_SAMPLES) recentSamples.delete(recentSamples.keys().next().value!);
    recentSamples.set(sample, language);
  }
  return language;
}

/**
 * The ISO 639-3 codes detection chooses from: the languages we can map to a stopword list (franc's
 * `only`), which means fewer trigram profiles to compare and the same answers.
 */
const DETECTABLE = Object.keys(ISO3_TO_ISO1);

/** franc's model over {@link DETECTABLE}, its tables built on first use (static data: results never depend on call order). */
let detector: TrigramLanguages | null = null;

/**
 * The last samples detected and their languages. The cleaner asks again when its kept paragraphs
 * give a new sample, which is often one it saw a round before. A pure memo (detection depends on
 * the sample alone), oldest out first, so at most {@link RECENT_SAMPLES} samples of
 * {@link MAX_SAMPLE_CHARS} characters are held.
 */
const recentSamples = new Map<string, LanguageCode>();
const RECENT_SAMPLES = 32;

/**
 * stopwords-iso's lists (all languages, one 200 kB JSON file), parsed on first use and through
 * `require`, so that the copy natural's German stemmer requires is the same parsed module (one
 * parse per process, not two) and a bundled build leaves the file as JSON instead of inlining it
 * as a much larger object literal. A memo of static data: results never depend on call order.
 */
let stopwordLists: Record<string, string[]> | null = null;

function lists(): Record<string, string[]> {
  stopwordLists ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
  return stopwordLists;
}

const stopwordCache = new Map<LanguageCode, ReadonlySet<string>>();

/**
 * Stopwords of a language, lowercase; English when the language is unknown, as the most common
 * language of scraped news. The cache is a pure memo of static data, so it cannot make results
 * depend on call order.
 */
export function stopwordsFor(language: LanguageCode): ReadonlySet<string> {
  const code = lists()[language] === undefined ? 'en' : language;
  let set = stopwordCache.get(code);
  if (set === undefined) {
    set = new Set(lists()[code]!.map((word) => word.toLowerCase()));
    stopwordCache.set(code, set);
  }
  return set;
}

/** Whether a language has a stopword list (and so whether stopword density means anything). */
export function hasStopwords(language: LanguageCode): boolean {
  return lists()[language] !== undefined;
}
