import { depthScores } from '../cohesion/depth-scores.js';
import { backgroundIdf } from '../cohesion/background-idf.js';
import { gapCohesion, indexTerms, unitToWindowCohesion, type TermIndex, type WindowSize } from '../cohesion/tfidf-windows.js';
import { contentTerms } from '../cohesion/terms.js';
import { stopwordsFor } from '../text/language.js';
import { addStyleCounts, emptyStyleCounts, styleConflicts, styleCounts, subtractStyleCounts, type StyleCounts } from './house-style.js';
import {
  endsLikeSentence,
  endsWithQuestion,
  insideInterview,
  isBareLink,
  endsOpen,
  isHeadlineLike,
  opensWithAnaphor,
  opensWithDateline,
  opensWithFullName,
  opensWithQuote,
  opensWithStopword,
} from './openings.js';
import { dominantScript, languageProfile, mergeProfiles, scriptShift, stopwordRateShift, type LanguageProfile } from './language-profile.js';
import { isToldByScript } from './paragraph-languages.js';
import { isRowShape, paragraphShape, recurringOpeners, repeatedShapeShare, runAfterShare } from './paragraph-shape.js';
import { properNouns } from './proper-nouns.js';
import { signOffCue } from './sign-offs.js';
import { timeReferences } from './time-refs.js';

/**
 * The signals at every candidate boundary of a document, as numbers the model combines. Gap `g`
 * (1 ≤ g < paragraphs) lies before paragraph `g` (0-based); a split there starts an article with
 * paragraph `g`. Every signal is computed over windows of bounded size, so the cost is linear.
 */

/** Signal names, in the order of a feature vector; the model's weights follow this order. */
export const FEATURE_NAMES = [
  'low-cohesion-near',
  'depth-near',
  'low-cohesion-far',
  'depth-far',
  'new-vocabulary',
  'low-cohesion-wide',
  'new-vocabulary-wide',
  'low-adjacent-cohesion',
  'new-names',
  'no-names-after',
  'time-jump',
  'opens-with-anaphor',
  'opens-with-quote',
  'opens-with-stopword',
  'opens-with-full-name',
  'opens-with-dateline',
  'headline-then-lead',
  'after-headline-like',
  'before-ends-open',
  'before-unfinished',
  'style-shift',
  'removal-gap',
  'script-shift',
  'stopword-rate-shift',
  'short-after',
  'short-before',
  'contrast-cohesion-near',
  'contrast-cohesion-far',
  'contrast-new-names',
  'short-share-around',
  'sparse-before',
  'unit-length',
  'repeated-shape',
  'after-question',
  'new-names-near',
  'language-shift',
  'after-coheres-forward',
  'after-coheres-back',
  'before-coheres-back',
  'before-coheres-forward',
  'list-starts-after',
  'same-row-shape',
  'before-recurring-row',
  'after-recurring-row',
  'before-signs-off',
  'after-signs-off',
  'inside-interview',
  'opens-with-link',
  'script-turns',
  'listing-goes-on',
  'low-common-cohesion-near',
  'low-common-cohesion-far',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** A line the cleaner removed, as the segmenter's page-header rules read it. */
export interface RemovedLine {
  text: string;
  /** Removed as a byline or date (rule category `byline`). */
  byline: boolean;
  /** Removed as a live blog's post stamp (rule `live-post-stamp`): the gap lies between two posts of one live blog. */
  livePostStamp: boolean;
}

/** What the features need from the document. */
export interface GapInput {
  /** Cleaned paragraph texts, in order. */
  paragraphs: readonly string[];
  /** Paragraph indexes before which the cleaner removed something (see CleanedDocument.removalGaps). */
  removalGaps: readonly number[];
  /**
   * Removal gaps where a byline or date went (rule category `byline`), each with every line removed
   * there, in order; the gap before the first paragraph too. Read by page-headers.ts only, not a
   * feature.
   */
  bylineGaps?: ReadonlyMap<number, readonly RemovedLine[]>;
  /** ISO 639-1 code of each paragraph's language (see paragraph-languages.ts): picks stopwords and stemmer. */
  languages: readonly string[];
  /** Word tokens of each paragraph (cohesion/terms.ts `wordTokens`), computed once for every signal. */
  tokens: readonly (readonly string[])[];
  /** Letters of each paragraph per script (language-profile.ts `scriptCounts`), computed once for its language and profile. */
  scripts: readonly ReadonlyMap<string, number>[];
  /** Words of each paragraph (text/words.ts `runningWords`): its length in the features and in the decoder. */
  words: readonly number[];
}

/** Windows for the near and far cohesion signals (content terms / paragraphs). */
const NEAR_WINDOW: WindowSize = { minTerms: 30, maxUnits: 3 };
const FAR_WINDOW: WindowSize = { minTerms: 90, maxUnits: 8 };
const WIDE_WINDOW: WindowSize = { minTerms: 300, maxUnits: 25 };
const ADJACENT_WINDOW: WindowSize = { minTerms: 1, maxUnits: 1 };
/** How far a depth score may climb to its peaks, in gaps. */
const DEPTH_CLIMB = 6;
/** Paragraphs before a gap whose names and dates the story has already mentioned. */
const CONTEXT_PARAGRAPHS = 20;
/** Paragraphs either side whose script and stopword rate stand for the language there. */
const LANGUAGE_PARAGRAPHS = 3;
/** Gaps either side whose average a gap's signal is compared with (a list page is incohesive throughout). */
const NEIGHBOUR_GAPS = 8;
/** Other rows sharing a paragraph's opener at which the recurring-row signals saturate. */
const RECURRING_ROWS = 3;
/** A paragraph of at most this many words is a heading, a list item or a table row, not prose. */
const SHORT_WORDS = 6;
/** Paragraphs before a gap that belong to the story just ended, not to the one before it. */
const NEAR_CONTEXT_PARAGRAPHS = 6;
/** Paragraphs after a gap that a new story's lead spans. */
const LEAD_PARAGRAPHS = 2;

/**
 * What each paragraph holds for the gaps either side of it, worked out once though several gaps ask;
 * one array per signal, entry `i` for paragraph `i`.
 */
interface ParagraphSignals {
  names: Set<string>[];
  times: Set<string>[];
  styles: StyleCounts[];
  languages: LanguageProfile[];
  openings: Opening[];
  signsOff: boolean[];
  /** Whether the paragraph is prose that tells its language (see {@link tellsLanguage}). */
  tellsItsLanguage: boolean[];
  /** The script most of the paragraph's letters are in, or null when it has too few letters to tell. */
  scripts: Array<string | null>;
}

// This file runs for every document: its loops are loops, not callbacks made anew on every call.
// Such a callback's optimised code is dropped at each full garbage collection (no live closure holds
// it) and compiled again on a background thread, which a --jobs 2 run pays for on its busy cores.

/** The {@link ParagraphSignals} of a document's paragraphs. */
function paragraphSignals(input: GapInput, stopwords: readonly ReadonlySet<string>[]): ParagraphSignals {
  const signals: ParagraphSignals = { names: [], times: [], styles: [], languages: [], openings: [], signsOff: [], tellsItsLanguage: [], scripts: [] };
  for (let i = 0; i < input.paragraphs.length; i++) {
    const text = input.paragraphs[i]!;
    const language = languageProfile(input.tokens[i]!, stopwords[i]!, input.scripts[i]!);
    signals.names.push(properNouns(text, stopwords[i]!));
    signals.times.push(timeReferences(text, input.languages[i]!));
    signals.styles.push(styleCounts(text));
    signals.languages.push(language);
    signals.openings.push(openingOf(text, stopwords[i]!));
    signals.signsOff.push(signOffCue(text) !== null);
    signals.tellsItsLanguage.push(tellsLanguage(language, input.words[i]!, input.languages[i]!));
    signals.scripts.push(scriptOfParagraph(input.scripts[i]!));
  }
  return signals;
}

/**
 * Feature vectors, one per gap: entry `g - 1` for gap `g`, each in {@link FEATURE_NAMES} order.
 * Values lie in [0, 1] except depths ([0, 2]) and style shifts (a count of flipped markers).
 */
export function gapFeatures(
  input: GapInput,
  units: readonly (readonly string[])[] = contentTermsOf(input),
  terms: TermIndex = indexContentTerms(units),
): number[][] {
  const { paragraphs } = input;
  const stopwords = input.languages.map(stopwordsFor);
  if (paragraphs.length < 2) return [];
  const near = gapCohesion(terms, NEAR_WINDOW);
  const far = gapCohesion(terms, FAR_WINDOW);
  const wide = gapCohesion(terms, WIDE_WINDOW);
  const adjacent = gapCohesion(terms, ADJACENT_WINDOW);
  const commonTerms = indexContentTerms(commonTermsOf(input, units));
  const commonNear = gapCohesion(commonTerms, NEAR_WINDOW);
  const commonFar = gapCohesion(commonTerms, FAR_WINDOW);
  const nearDepth = depthScores(similaritiesOf(near), DEPTH_CLIMB);
  const farDepth = depthScores(similaritiesOf(far), DEPTH_CLIMB);
  const { names, times, styles, languages, openings, signsOff, tellsItsLanguage, scripts } = paragraphSignals(input, stopwords);
  const words = input.words;
  const removalGaps = new Set(input.removalGaps);
  const toldLanguages = toldOnly(input.languages, tellsItsLanguage);
  // Sentence-per-line text and paragraph-per-line text place boundaries at different rates.
  const shapes = paragraphs.map(paragraphShape);
  const recurring = recurringOpeners(paragraphs, shapes);
  const unitLength = Math.log1p(sum(words) / words.length) / Math.log(100);
  const shortBefore = shortParagraphsBefore(words);
  // The context windows slide one paragraph per gap: each keeps running counts instead of a union per gap.
  const namesBefore = new SlidingUnion(names);
  const namesNear = new SlidingUnion(names);
  const timesBefore = new SlidingUnion(times);
  const timesAfter = new SlidingUnion(times);
  const stylesBefore = new SlidingStyles(styles);
  const stylesAfter = new SlidingStyles(styles);

  const features: number[][] = [];
  for (let gap = 1; gap < paragraphs.length; gap++) {
    namesBefore.moveTo(gap - CONTEXT_PARAGRAPHS, gap);
    namesNear.moveTo(gap - NEAR_CONTEXT_PARAGRAPHS, gap);
    timesBefore.moveTo(gap - CONTEXT_PARAGRAPHS, gap);
    timesAfter.moveTo(gap, gap + CONTEXT_PARAGRAPHS);
    stylesBefore.moveTo(gap - CONTEXT_PARAGRAPHS, gap);
    stylesAfter.moveTo(gap, gap + CONTEXT_PARAGRAPHS);
    const opening = openings[gap]!;
    const previous = openings[gap - 1]!;
    const next = openings[gap + 1];
    const leadNames = union(names, gap, gap + LEAD_PARAGRAPHS);
    const languageBefore = mergeProfiles(languages.slice(Math.max(0, gap - LANGUAGE_PARAGRAPHS), gap));
    const languageAfter = mergeProfiles(languages.slice(gap, gap + LANGUAGE_PARAGRAPHS));
    const values: Record<FeatureName, number> = {
      'low-cohesion-near': 1 - near[gap - 1]!.similarity,
      'depth-near': nearDepth[gap - 1]!,
      'low-cohesion-far': 1 - far[gap - 1]!.similarity,
      'depth-far': farDepth[gap - 1]!,
      'new-vocabulary': far[gap - 1]!.newTermShare,
      'low-cohesion-wide': 1 - wide[gap - 1]!.similarity,
      'new-vocabulary-wide': wide[gap - 1]!.newTermShare,
      'low-adjacent-cohesion': 1 - adjacent[gap - 1]!.similarity,
      'new-names': unseenShare(leadNames, namesBefore),
      'no-names-after': leadNames.size === 0 ? 1 : 0,
      'time-jump': timeJump(timesBefore, timesAfter),
      'opens-with-anaphor': opening.anaphor ? 1 : 0,
      'opens-with-quote': opening.quote ? 1 : 0,
      'opens-with-stopword': opening.stopword ? 1 : 0,
      'opens-with-full-name': opening.fullName ? 1 : 0,
      // A headline over a dateline lead opens a story as surely as the dateline does.
      'opens-with-dateline': opening.dateline || (opening.headlineLike && next?.dateline === true) ? 1 : 0,
      'headline-then-lead': opening.headlineLike && next !== undefined && next.endsLikeSentence && !next.anaphor ? 1 : 0,
      'after-headline-like': previous.headlineLike ? 1 : 0,
      'before-ends-open': previous.endsOpen ? 1 : 0,
      'before-unfinished': previous.endsLikeSentence || previous.headlineLike ? 0 : 1,
      'style-shift': styleConflicts(stylesBefore.total, stylesAfter.total),
      'removal-gap': removalGaps.has(gap) ? 1 : 0,
      'script-shift': scriptShift(languageBefore, languageAfter),
      'stopword-rate-shift': stopwordRateShift(languageBefore, languageAfter),
      'short-after': words[gap]! <= SHORT_WORDS ? 1 : 0,
      'short-before': words[gap - 1]! <= SHORT_WORDS ? 1 : 0,
      // Filled in once every gap has its own values.
      'contrast-cohesion-near': 0,
      'contrast-cohesion-far': 0,
      'contrast-new-names': 0,
      'short-share-around': shortShare(shortBefore, gap - NEIGHBOUR_GAPS, gap + NEIGHBOUR_GAPS),
      'sparse-before': Math.max(0, 1 - termsBefore(units, gap) / FAR_WINDOW.minTerms),
      'unit-length': unitLength,
      'repeated-shape': repeatedShapeShare(shapes, gap, NEIGHBOUR_GAPS),
      'after-question': previous.endsWithQuestion ? 1 : 0,
      'language-shift': languageTurns(input.languages, toldLanguages, gap) ? 1 : 0,
      'after-coheres-forward': unitToWindowCohesion(terms, gap, gap + 1, 1, FAR_WINDOW),
      'after-coheres-back': unitToWindowCohesion(terms, gap, gap - 1, -1, FAR_WINDOW),
      'before-coheres-back': unitToWindowCohesion(terms, gap - 1, gap - 2, -1, FAR_WINDOW),
      'before-coheres-forward': unitToWindowCohesion(terms, gap - 1, gap, 1, FAR_WINDOW),
      'list-starts-after': runAfterShare(shapes, gap),
      // Inside a run of rows, not at its edge: a story may end or open with a short line of a row's shape.
      'same-row-shape': isRowShape(shapes[gap]!) && shapes[gap - 1] === shapes[gap] && shapes[gap + 1] === shapes[gap] ? 1 : 0,
      'before-recurring-row': Math.min(1, recurring.others[gap - 1]! / RECURRING_ROWS),
      'after-recurring-row': Math.min(1, recurring.others[gap]! / RECURRING_ROWS),
      'listing-goes-on': recurring.later[gap - 1]! > 0 || !opening.endsLikeSentence ? 1 : 0,
      'before-signs-off': signsOff[gap - 1] ? 1 : 0,
      'after-signs-off': signsOff[gap] ? 1 : 0,
      'inside-interview': insideInterview(paragraphs[gap - 1]!, paragraphs[gap]!, previous.endsWithQuestion) ? 1 : 0,
      'opens-with-link': isBareLink(paragraphs[gap]!) ? 1 : 0,
      // Unlike language-shift it needs no prose: a short kicker line ("Средняя суточная калорийность 1694 Ккал.")
      // opening a Russian story after an English one turns the script where the story turns.
      'script-turns': turnsAt(scripts, gap) ? 1 : 0,
      'new-names-near': unseenShare(leadNames, namesNear),
      'low-common-cohesion-near': 1 - commonNear[gap - 1]!.similarity,
      'low-common-cohesion-far': 1 - commonFar[gap - 1]!.similarity,
    };
    features.push(vectorOf(values));
  }
  addContrast(features, 'contrast-cohesion-near', 'low-cohesion-near');
  addContrast(features, 'contrast-cohesion-far', 'low-cohesion-far');
  addContrast(features, 'contrast-new-names', 'new-names');
  return features;
}

/**
 * Fills `target` with how much `source` at each gap exceeds its average over the neighbouring
 * gaps: a boundary stands out from its surroundings, a list page's every gap looks alike.
 * Sliding sums keep it linear.
 */
function addContrast(features: number[][], target: FeatureName, source: FeatureName): void {
  const from = FEATURE_NAMES.indexOf(source);
  const to = FEATURE_NAMES.indexOf(target);
  const prefix = [0];
  for (const row of features) prefix.push(prefix[prefix.length - 1]! + row[from]!);
  for (let i = 0; i < features.length; i++) {
    const value = features[i]![from]!;
    const lo = Math.max(0, i - NEIGHBOUR_GAPS);
    const hi = Math.min(features.length, i + NEIGHBOUR_GAPS + 1);
    const others = hi - lo - 1;
    features[i]![to] = others === 0 ? 0 : value - (prefix[hi]! - prefix[lo]! - value) / others;
  }
}

/** A gap's values as a feature vector, in {@link FEATURE_NAMES} order. */
function vectorOf(values: Readonly<Record<FeatureName, number>>): number[] {
  const vector: number[] = [];
  for (const name of FEATURE_NAMES) vector.push(values[name]);
  return vector;
}

function similaritiesOf(cohesions: readonly { similarity: number }[]): number[] {
  const similarities: number[] = [];
  for (const cohesion of cohesions) similarities.push(cohesion.similarity);
  return similarities;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Share of short paragraphs among paragraphs [from, to), clipped to the document; `shortBefore` from {@link prefixCounts}. */
function shortShare(shortBefore: readonly number[], from: number, to: number): number {
  const first = Math.max(0, from);
  const end = Math.min(shortBefore.length - 1, Math.max(0, to));
  return end <= first ? 0 : (shortBefore[end]! - shortBefore[first]!) / (end - first);
}

/** `counts[i]`: how many of paragraphs 0 … i − 1 are short, so any window's count costs O(1). */
function shortParagraphsBefore(words: readonly number[]): number[] {
  const counts = [0];
  for (const count of words) counts.push(counts[counts.length - 1]! + (count <= SHORT_WORDS ? 1 : 0));
  return counts;
}

/** How a paragraph opens and ends (openings.ts), worked out once though several gaps ask. */
interface Opening {
  anaphor: boolean;
  quote: boolean;
  stopword: boolean;
  fullName: boolean;
  dateline: boolean;
  headlineLike: boolean;
  endsLikeSentence: boolean;
  endsOpen: boolean;
  endsWithQuestion: boolean;
}

function openingOf(text: string, stopwords: ReadonlySet<string>): Opening {
  return {
    anaphor: opensWithAnaphor(text),
    quote: opensWithQuote(text),
    stopword: opensWithStopword(text, stopwords),
    fullName: opensWithFullName(text),
    dateline: opensWithDateline(text),
    headlineLike: isHeadlineLike(text),
    endsLikeSentence: endsLikeSentence(text),
    endsOpen: endsOpen(text),
    endsWithQuestion: endsWithQuestion(text),
  };
}

/**
 * The union of the sets of a window of paragraphs that only moves forward: how many of the window's
 * paragraphs hold each item, updated as paragraphs enter and leave, so a gap costs what changed.
 */
class SlidingUnion {
  private readonly counts = new Map<string, number>();
  private first = 0;
  private end = 0;

  constructor(private readonly sets: readonly Set<string>[]) {}

  /** Makes the window paragraphs [from, to), clipped to the document; neither bound may move back. */
  moveTo(from: number, to: number): void {
    const end = Math.min(this.sets.length, Math.max(0, to));
    const first = Math.min(end, Math.max(0, from));
    for (; this.end < end; this.end++) for (const item of this.sets[this.end]!) this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    for (; this.first < first; this.first++) {
      for (const item of this.sets[this.first]!) {
        const count = this.counts.get(item)! - 1;
        if (count === 0) this.counts.delete(item);
        else this.counts.set(item, count);
      }
    }
  }

  has(item: string): boolean {
    return this.counts.has(item);
  }

  get size(): number {
    return this.counts.size;
  }

  items(): IterableIterator<string> {
    return this.counts.keys();
  }
}

/** Style counts summed over a window of paragraphs that only moves forward (counts are integers: sums stay exact). */
class SlidingStyles {
  readonly total: StyleCounts = emptyStyleCounts();
  private first = 0;
  private end = 0;

  constructor(private readonly styles: readonly StyleCounts[]) {}

  /** Makes the window paragraphs [from, to), clipped to the document; neither bound may move back. */
  moveTo(from: number, to: number): void {
    const end = Math.min(this.styles.length, Math.max(0, to));
    const first = Math.min(end, Math.max(0, from));
    for (; this.end < end; this.end++) addStyleCounts(this.total, this.styles[this.end]!);
    for (; this.first < first; this.first++) subtractStyleCounts(this.total, this.styles[this.first]!);
  }
}

/** Content terms in the far window's worth of paragraphs before a gap (few near a document's start). */
function termsBefore(units: readonly (readonly string[])[], gap: number): number {
  let terms = 0;
  for (let i = gap - 1; i >= 0 && i >= gap - FAR_WINDOW.maxUnits; i--) terms += units[i]!.length;
  return terms;
}

/**
 * The content terms numbered and weighed for every cohesion measure of the segmenter: by their
 * document frequency in a background corpus (background-idf.ts), not within the document.
 */
export function indexContentTerms(units: readonly (readonly string[])[]): TermIndex {
  return indexTerms(units, backgroundIdf());
}

/**
 * Content terms of each paragraph that no capitalised word gave: what a story is about, not whom it
 * names. Two stories on the same politicians share their names across the join ("Keir Starmer and
 * Rachel Reeves were accused…" / "Keir Starmer will travel to Washington…"), and a name the
 * background corpus lacks weighs most, so cohesion over all terms hides the change of subject.
 */
function commonTermsOf(input: GapInput, units: readonly (readonly string[])[]): (readonly string[])[] {
  const names = contentTermsOf(input, (tokens) => tokens.filter((token) => CAPITALISED.test(token)));
  return units.map((terms, i) => {
    const named = new Set(names[i]);
    return named.size === 0 ? terms : terms.filter((term) => !named.has(term));
  });
}

const CAPITALISED = /^\p{Lu}/u;

/** Content terms of each paragraph, the units of lexical cohesion (of the tokens `select` keeps). */
export function contentTermsOf(input: GapInput, select: (tokens: readonly string[]) => readonly string[] = (tokens) => tokens): string[][] {
  const terms: string[][] = new Array<string[]>(input.paragraphs.length);
  for (const language of new Set(input.languages)) {
    const indexes: number[] = [];
    const texts: string[] = [];
    const tokens: (readonly string[])[] = [];
    for (let i = 0; i < input.languages.length; i++) {
      if (input.languages[i] !== language) continue;
      indexes.push(i);
      texts.push(input.paragraphs[i]!);
      tokens.push(select(input.tokens[i]!));
    }
    const termsInLanguage = contentTerms(texts, stopwordsFor(language), language, tokens);
    for (let k = 0; k < indexes.length; k++) terms[indexes[k]!] = termsInLanguage[k]!;
  }
  return terms;
}

/**
 * The language changes at this gap and nowhere near it: the paragraphs either side differ (a short
 * line takes the language of the paragraph before it, paragraph-languages.ts), the nearest paragraph
 * on each side that is prose telling its language is in that side's language, and each agrees with
 * the majority of such paragraphs on its own side. A short row's language is a guess ("1/2 tsp
 * ground cloves" has no stopword and takes the language of the paragraph before it): counted, rows
 * made the signal fire at twice as many gaps inside stories as between them. But a story's last
 * line is often short ("Le Monde avec AFP", a sign-up button), and so is the next one's headline:
 * the prose either side is looked for past them. A majority flip alone fires at every gap within
 * reach of the change, and at a quoted sentence in another language.
 */
function languageTurns(languages: readonly string[], told: ReadonlyArray<string | null>, gap: number): boolean {
  const [before, after] = [languages[gap - 1], languages[gap]];
  if (before === after) return false;
  const from = Math.max(0, gap - LANGUAGE_PARAGRAPHS);
  const to = Math.min(told.length, gap + LANGUAGE_PARAGRAPHS);
  let nearestBefore: string | null = null;
  for (let i = gap - 1; i >= from && nearestBefore === null; i--) nearestBefore = told[i] ?? null;
  let nearestAfter: string | null = null;
  for (let i = gap; i < to && nearestAfter === null; i++) nearestAfter = told[i] ?? null;
  return nearestBefore === before && nearestAfter === after && majorityBetween(told, from, gap) === before && majorityBetween(told, gap, to) === after;
}

/**
 * The per-paragraph value (a language, a script; null when not told) changes at this gap and nowhere
 * near it: the paragraphs either side hold different values, each the majority of the told values of
 * the {@link LANGUAGE_PARAGRAPHS} paragraphs on its own side.
 */
function turnsAt(values: ReadonlyArray<string | null>, gap: number): boolean {
  const before = values[gap - 1] ?? null;
  const after = values[gap] ?? null;
  if (before === null || after === null || before === after) return false;
  return majorityBetween(values, Math.max(0, gap - LANGUAGE_PARAGRAPHS), gap) === before && majorityBetween(values, gap, gap + LANGUAGE_PARAGRAPHS) === after;
}

/**
 * Letters a paragraph needs before its script counts for `script-turns`, and the share of them
 * in that script: a sign-off line of a Korean column ("칼럼니스트 박생강 pillgoo9@gmail.com") is
 * mostly Latin by its address, but says nothing of the next story's script.
 */
const SCRIPT_TURN_LETTERS = 12;
const SCRIPT_TURN_SHARE = 0.8;

function scriptOfParagraph(scripts: ReadonlyMap<string, number>): string | null {
  let letters = 0;
  for (const count of scripts.values()) letters += count;
  const script = dominantScript(scripts);
  return letters >= SCRIPT_TURN_LETTERS && script !== null && scripts.get(script)! >= SCRIPT_TURN_SHARE * letters ? script : null;
}

/**
 * A paragraph whose language is told, not guessed: long enough, and either dense in its language's
 * stopwords (a recipe row of ten words has none, whatever language it is taken for) or written in
 * a script that tells the language by itself.
 */
function tellsLanguage(profile: LanguageProfile, words: number, language: string): boolean {
  if (words < PROSE_LANGUAGE_WORDS) return false;
  return isToldByScript(language) || profile.stopwords >= PROSE_STOPWORD_SHARE * profile.words;
}

const PROSE_LANGUAGE_WORDS = 10;
const PROSE_STOPWORD_SHARE = 0.2;

/** The most frequent non-null value among `values[from, to)` (the earliest among ties), or null. */
function majorityBetween(values: ReadonlyArray<string | null>, from: number, to: number): string | null {
  const counts = new Map<string, number>();
  for (let i = from; i < Math.min(to, values.length); i++) {
    const value = values[i];
    if (value !== null && value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}

/** Each paragraph's language where the paragraph is prose that tells it, else null. */
function toldOnly(languages: readonly string[], tells: readonly boolean[]): Array<string | null> {
  const told: Array<string | null> = [];
  for (let i = 0; i < languages.length; i++) told.push(tells[i] === true ? languages[i]! : null);
  return told;
}

/** The union of sets [from, to), clipped to the document. */
function union(sets: readonly Set<string>[], from: number, to: number): Set<string> {
  const all = new Set<string>();
  for (let i = from; i < Math.min(to, sets.length); i++) for (const item of sets[i]!) all.add(item);
  return all;
}

/** Share of `items` absent from `known`; 0 when there are no items (no evidence either way). */
export function unseenShare(items: ReadonlySet<string>, known: { has(item: string): boolean }): number {
  if (items.size === 0) return 0;
  let unseen = 0;
  for (const item of items) if (!known.has(item)) unseen++;
  return unseen / items.size;
}

/** 1 when both sides name a year and no year is shared; otherwise the share of unseen months/days, halved. */
function timeJump(before: SlidingUnion, after: SlidingUnion): number {
  let beforeYears = 0;
  for (const key of before.items()) if (key.startsWith('y')) beforeYears++;
  let afterYears = 0;
  let unseenYears = 0;
  let unseen = 0;
  for (const key of after.items()) {
    const known = before.has(key);
    if (!known) unseen++;
    if (key.startsWith('y')) {
      afterYears++;
      if (!known) unseenYears++;
    }
  }
  if (beforeYears > 0 && afterYears > 0 && unseenYears === afterYears) return 1;
  return before.size > 0 ? (after.size === 0 ? 0 : unseen / after.size) / 2 : 0;
}
