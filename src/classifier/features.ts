import { southeastAsianWords, wordsOf } from '../text/words.js';
import { OTHER_SENTENCE_ENDS } from '../text/sentence-end.js';

/**
 * Line features for the boilerplate classifier. Each paragraph gets its own features (length,
 * stopword density in the document's language, punctuation, capitals, digits, link-likeness) and
 * the same features averaged over its neighbours, because furniture comes in runs (menus, footers)
 * and story text does too.
 */

/** Features of one paragraph on its own, before standardisation. */
export interface OwnFeatures {
  /**
   * Word tokens (not a model feature itself; its log is); for Thai, Lao, Khmer and Myanmar, written
   * without spaces between words, one word per few characters (`southeastAsianWords`).
   */
  words: number;
  /** log(1 + words) */
  logWords: number;
  /** Share of words that are stopwords of the document's language, in [0, 1]. */
  stopwordDensity: number;
  /** 1 when the paragraph ends like a sentence (. ! ? … or a closing quote). */
  terminal: number;
  /** Share of words starting with an upper-case letter, in [0, 1]. */
  capitalShare: number;
  /** Share of characters that are digits, in [0, 1]. */
  digitShare: number;
  /** 1 when the paragraph holds a URL, a handle, a hashtag, a domain or menu separators. */
  linkLike: number;
  /** Commas per word. */
  commaRate: number;
  /** 1 when it holds a sentence break inside ("… said. The …"). */
  innerSentence: number;
  /** Mean word length in characters, capped at 12 (CJK runs are long "words"). */
  meanWordLength: number;
  /** 1 when it starts with an opening quote or a dash (quotes are story text). */
  quoteStart: number;
  /** 1 when the paragraph ends with a colon (a lead-in to what follows). */
  colonEnd: number;
  /** Share of the document before this paragraph, in [0, 1]. */
  position: number;
  /**
   * 1 for jusText's "good" paragraph: long enough and dense in stopwords, so almost surely prose
   * (at least 8 words, a fifth of them stopwords). Thai and its neighbours have no stopword tokens to
   * count (a token is a clause): there length alone makes a paragraph good.
   */
  goodLike: number;
  /**
   * 1 for a headline-shaped line: 4–20 words, no sentence-final punctuation, no final colon, no
   * sentence break inside. Runs of them are teaser lists; one before the story is its headline.
   */
  headlineLike: number;
  /** Share of letters that are upper-case, in [0, 1]: kickers and shouted teaser headlines ("RANDY ANDY"). */
  upperShare: number;
  /** 1 when the line ends in a bare count, as archive and tag widgets print them ("Mesir (42)", "Comments 12"). */
  countSuffix: number;
  /** 1 when it holds a calendar date or a clock time ("20 Nov, 2019 05:47", "11/18/2019"): bylines, timestamps, teasers. */
  dateLike: number;
  /** 1 when the same text (two words or more) occurs again in the document: a headline repeated by menus and teasers, a caption per slide. */
  repeated: number;
}

export const OWN_FEATURE_NAMES = [
  'logWords', 'stopwordDensity', 'terminal', 'capitalShare', 'digitShare', 'linkLike',
  'commaRate', 'innerSentence', 'meanWordLength', 'quoteStart', 'colonEnd', 'position', 'goodLike', 'headlineLike',
  'upperShare', 'countSuffix', 'dateLike', 'repeated',
] as const satisfies ReadonlyArray<keyof OwnFeatures>;

/**
 * What the rules removed around a paragraph: the classifier sees only the paragraphs they left, but
 * a paragraph wedged between share bars, or one after the comments heading, is not like one in the
 * middle of a run of story.
 */
export interface RuleNeighbourhood {
  /** Paragraphs the rules removed right before this one. */
  removedBefore: number;
  /** Paragraphs the rules removed right after this one. */
  removedAfter: number;
  /** 1 once a comments or related-stories heading was removed earlier in the document, else 0. */
  afterSectionBreak: number;
  /** Share of all the document's rule removals that came before this paragraph, in [0, 1]. */
  removedShareBefore: number;
  /**
   * True when the last paragraph the rules removed right before this one was a related-stories
   * heading ("You may also like...", "Related articles"): the teasers it announces follow. Not a
   * model feature; the related-runs revision reads it.
   */
  relatedHeadingBefore?: boolean;
  /** True when the first paragraph the rules removed right after this one was a related-stories heading. */
  relatedHeadingAfter?: boolean;
  /**
   * True when the first paragraph the rules removed right after this one was a picture's credit on a line of its own
   * ("Image Credit: Supplied", "Foto Marcel van den Bergh"): a caption, if the picture has one, sits right above it. Not a
   * model feature; the captions-over-credits revision reads it.
   */
  creditAfter?: boolean;
}

/** The neighbourhood of a paragraph the rules did not touch around. */
export const UNTOUCHED: RuleNeighbourhood = { removedBefore: 0, removedAfter: 0, afterSectionBreak: 0, removedShareBefore: 0 };

const RULE_FEATURE_NAMES = [
  'rules.removedBefore', 'rules.removedAfter', 'rules.afterSectionBreak', 'rules.removedShareBefore', 'proseShareBefore',
] as const;

/** Features used as neighbour context (averages over a window on each side). */
const CONTEXT_FEATURE_NAMES = ['logWords', 'stopwordDensity', 'terminal', 'linkLike', 'goodLike', 'headlineLike', 'upperShare', 'dateLike'] as const;

/** Neighbour windows: the paragraph before, the one after, and two on each side. */
const WINDOWS = [
  { name: 'prev1', from: -1, to: -1 },
  { name: 'next1', from: 1, to: 1 },
  { name: 'around2', from: -2, to: 2 },
  { name: 'around5', from: -5, to: 5 },
  { name: 'around12', from: -12, to: 12 },
] as const;

/** Names of the first-stage feature vector, in order (the model JSON stores them to check). */
export const LOCAL_FEATURE_NAMES: readonly string[] = [
  ...OWN_FEATURE_NAMES,
  ...WINDOWS.flatMap((w) => CONTEXT_FEATURE_NAMES.map((name) => `${w.name}.${name}`)),
  ...RULE_FEATURE_NAMES,
];

/**
 * A sentence end, and the emoji a blog puts after it ("… on KLOOK! 🙂"). Closing quotes end a
 * sentence in any script: Japanese and Chinese quote with 「」 and 『』 as English does with “”
 * ("そして表示されるメニューから「その他」→「ファイルの場所を開く」").
 */
const TERMINAL = new RegExp(`[.!?…。！？"”’»)」』${OTHER_SENTENCE_ENDS}][\\p{Extended_Pictographic}\\u{FE0F}\\u{200D} ]*$`, 'u');
const LINK_LIKE = /https?:|www\.|\.(?:com|org|net|co\.uk)\b|(?:^|\s)[@#]\w|[|›»•]|\s\/\s/u;
const INNER_SENTENCE = /[.!?]["”’]? \p{Lu}/u;
const QUOTE_START = /^["“‘'«„–—-]/u;
const UPPER_START = /^\p{Lu}/u;
const COUNT_SUFFIX = /(?:\(\d{1,6}\)|\s\d{1,6})$/u;
const DATE_LIKE =
  /\b\d{1,2}[:h]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d{2}年/iu;
/** Every alternative of {@link DATE_LIKE} holds an ASCII digit (`\d` is ASCII even with the `u` flag): a cheap test first. */
const ASCII_DIGIT = /[0-9]/;
const MAX_MEAN_WORD_LENGTH = 12;
/** jusText's "good" paragraph has at least this many words. */
export const GOOD_MIN_WORDS = 8;
const GOOD_MIN_STOPWORD_SHARE = 0.2;
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 20;

/**
 * The part of {@link OwnFeatures} a paragraph's text and the stopword list decide alone: everything
 * but `position` and `repeated`, which depend on the rest of the document.
 */
export type TextFeatures = Omit<OwnFeatures, 'position' | 'repeated'>;

/** What answers a paragraph's {@link TextFeatures} from memory: a {@link ParagraphMemo}. */
export interface TextFeatureMemo {
  textFeatures(text: string): TextFeatures;
}

// Code run for every document uses loops, not callbacks made anew on every call (DEVELOPERS.md,
// "Workers", says why).

/** Features of each paragraph on its own; `memo`, when given, must be for `stopwords`. */
export function ownFeatures(texts: readonly string[], stopwords: ReadonlySet<string>, memo?: TextFeatureMemo): OwnFeatures[] {
  const last = Math.max(1, texts.length - 1);
  const occurrences = new Map<string, number>();
  for (const text of texts) occurrences.set(text, (occurrences.get(text) ?? 0) + 1);
  const features: OwnFeatures[] = [];
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!;
    const f = memo === undefined ? textFeatures(text, stopwords) : memo.textFeatures(text);
    // Same keys in the same order as a vector's names, whether the text features came from memory or not.
    features.push({
      words: f.words,
      logWords: f.logWords,
      stopwordDensity: f.stopwordDensity,
      terminal: f.terminal,
      capitalShare: f.capitalShare,
      digitShare: f.digitShare,
      linkLike: f.linkLike,
      commaRate: f.commaRate,
      innerSentence: f.innerSentence,
      meanWordLength: f.meanWordLength,
      quoteStart: f.quoteStart,
      colonEnd: f.colonEnd,
      position: index / last,
      goodLike: f.goodLike,
      headlineLike: f.headlineLike,
      upperShare: f.upperShare,
      countSuffix: f.countSuffix,
      dateLike: f.dateLike,
      repeated: f.words >= 2 && occurrences.get(text)! > 1 ? 1 : 0,
    });
  }
  return features;
}

/** The features of one paragraph's text on its own (see {@link TextFeatures}). */
export function textFeatures(text: string, stopwords: ReadonlySet<string>): TextFeatures {
  const words = wordsOf(text);
  const tokens = words.length;
  let stop = 0;
  let capital = 0;
  let letters = 0;
  for (const word of words) {
    if (stopwords.has(word.toLowerCase())) stop++;
    if (UPPER_START.test(word)) capital++;
    letters += word.length;
  }
  // A Thai story's tokens are clauses, so its paragraphs looked as short and stopword-free as menu
  // items, and all but the densest block of a Thai page were removed. Chinese and Japanese, which the
  // model was fitted on (aeb holds such pages), keep their tokens here; prose.ts counts their length.
  const unspaced = southeastAsianWords(text);
  const count = Math.max(tokens, unspaced);
  const commas = countChar(text, ',') + countChar(text, '،') + countChar(text, '、');
  const characters = characterCounts(text);
  return {
    words: count,
    logWords: Math.log1p(count),
    stopwordDensity: count === 0 ? 0 : stop / count,
    terminal: TERMINAL.test(text) ? 1 : 0,
    capitalShare: count === 0 ? 0 : capital / count,
    digitShare: characters.digits / Math.max(1, text.length),
    linkLike: LINK_LIKE.test(text) ? 1 : 0,
    commaRate: count === 0 ? 0 : commas / count,
    innerSentence: INNER_SENTENCE.test(text) ? 1 : 0,
    meanWordLength: count === 0 ? 0 : Math.min(MAX_MEAN_WORD_LENGTH, letters / count),
    quoteStart: QUOTE_START.test(text) ? 1 : 0,
    colonEnd: text.endsWith(':') ? 1 : 0,
    goodLike: count >= GOOD_MIN_WORDS && (unspaced > tokens || stop >= GOOD_MIN_STOPWORD_SHARE * count) ? 1 : 0,
    headlineLike: isHeadlineShaped(text, count) ? 1 : 0,
    upperShare: characters.upper / Math.max(1, characters.letters),
    countSuffix: COUNT_SUFFIX.test(text) ? 1 : 0,
    dateLike: ASCII_DIGIT.test(text) && DATE_LIKE.test(text) ? 1 : 0,
  };
}

/**
 * First-stage vectors: own features, neighbour averages (missing neighbours count as absent), then
 * the rules' neighbourhood (untouched when not given).
 */
export function localFeatures(own: readonly OwnFeatures[], rules: readonly RuleNeighbourhood[] = []): number[][] {
  // How much of the document's prose came before a paragraph: near 1 once the story is over.
  let prose = 0;
  for (const features of own) prose += features.goodLike;
  const sums: Float64Array[] = [];
  for (const name of CONTEXT_FEATURE_NAMES) sums.push(prefixSums(own, name));
  let proseBefore = 0;
  const vectors: number[][] = [];
  for (let index = 0; index < own.length; index++) {
    const features = own[index]!;
    const vector: number[] = [];
    for (const name of OWN_FEATURE_NAMES) vector.push(features[name]);
    for (const window of WINDOWS) {
      const range = windowRange(own.length, index, window.from, window.to);
      for (let k = 0; k < CONTEXT_FEATURE_NAMES.length; k++) vector.push(windowMean(sums[k]!, range, features[CONTEXT_FEATURE_NAMES[k]!]));
    }
    const around = rules[index] ?? UNTOUCHED;
    vector.push(
      Math.log1p(around.removedBefore),
      Math.log1p(around.removedAfter),
      around.afterSectionBreak,
      around.removedShareBefore,
      prose === 0 ? 0 : proseBefore / prose,
    );
    proseBefore += features.goodLike;
    vectors.push(vector);
  }
  return vectors;
}

/** `sums[i]` is the total of `name` over paragraphs 0 … i − 1, so any window's sum costs O(1). */
function prefixSums(own: readonly OwnFeatures[], name: (typeof CONTEXT_FEATURE_NAMES)[number]): Float64Array {
  const sums = new Float64Array(own.length + 1);
  for (let i = 0; i < own.length; i++) sums[i + 1] = sums[i]! + own[i]![name];
  return sums;
}

/** A window clipped to the document: paragraphs `first` … `last` (0-based, inclusive), and whether it holds `index`. */
interface WindowRange {
  first: number;
  last: number;
  holdsSelf: boolean;
}

function windowRange(length: number, index: number, from: number, to: number): WindowRange {
  const first = Math.max(0, index + from);
  const last = Math.min(length - 1, index + to);
  return { first, last, holdsSelf: first <= index && index <= last };
}

/** Mean of a feature over the window's paragraphs other than the paragraph itself; 0 when there are none. */
function windowMean(sums: Float64Array, range: WindowRange, own: number): number {
  if (range.last < range.first) return 0;
  const count = range.last - range.first + 1 - (range.holdsSelf ? 1 : 0);
  const sum = sums[range.last + 1]! - sums[range.first]! - (range.holdsSelf ? own : 0);
  return count === 0 ? 0 : sum / count;
}

function isHeadlineShaped(text: string, words: number): boolean {
  return words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS && !TERMINAL.test(text) && !text.endsWith(':') && !INNER_SENTENCE.test(text);
}

/** Code points of a text that are digits (`\p{N}`), upper-case letters (`\p{Lu}`) and letters (`\p{L}`). */
interface CharacterCounts {
  digits: number;
  upper: number;
  letters: number;
}

/** Bits of a code point's {@link characterClass}. */
const IS_DIGIT = 1;
const IS_UPPER = 2;
const IS_LETTER = 4;

/**
 * {@link CharacterCounts} in one pass, counting as `text.match(/\p{N}/gu)` and its kin would (a
 * surrogate pair is one code point, a lone surrogate is none of them) without building the arrays.
 */
function characterCounts(text: string): CharacterCounts {
  let digits = 0;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let bits: number;
    if (unit < 0x80) {
      bits = unit >= 0x30 && unit <= 0x39 ? IS_DIGIT : unit >= 0x41 && unit <= 0x5a ? IS_UPPER | IS_LETTER : unit >= 0x61 && unit <= 0x7a ? IS_LETTER : 0;
    } else {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      bits = characterClass(code);
    }
    if (bits & IS_DIGIT) digits++;
    if (bits & IS_UPPER) upper++;
    if (bits & IS_LETTER) letters++;
  }
  return { digits, upper, letters };
}

/**
 * The {@link IS_DIGIT} / {@link IS_UPPER} / {@link IS_LETTER} bits of a non-ASCII code point. News
 * text repeats a small set of them (curly quotes, accented letters, one script), so each is
 * classified once and remembered: a memo of a pure function of the code point, bounded by
 * {@link MAX_MEMO_CODE_POINTS}, so results never depend on what ran before.
 */
function characterClass(code: number): number {
  let bits = classMemo.get(code);
  if (bits === undefined) {
    const char = String.fromCodePoint(code);
    bits = (/\p{N}/u.test(char) ? IS_DIGIT : 0) | (/\p{Lu}/u.test(char) ? IS_UPPER : 0) | (/\p{L}/u.test(char) ? IS_LETTER : 0);
    if (classMemo.size < MAX_MEMO_CODE_POINTS) classMemo.set(code, bits);
  }
  return bits;
}

const classMemo = new Map<number, number>();
const MAX_MEMO_CODE_POINTS = 20_000;

function countChar(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}
