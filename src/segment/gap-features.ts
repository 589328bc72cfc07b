import { depthScores } from '../cohesion/depth-scores.js';
import { gapCohesion, inverseUnitFrequency, unitToWindowCohesion, type WindowSize } from '../cohesion/tfidf-windows.js';
import { contentTerms } from '../cohesion/terms.js';
import { stopwordsFor } from '../text/language.js';
import { addStyleCounts, emptyStyleCounts, styleConflicts, styleCounts, type StyleCounts } from './house-style.js';
import {
  endsLikeSentence,
  endsWithQuestion,
  endsOpen,
  isHeadlineLike,
  opensWithAnaphor,
  opensWithDateline,
  opensWithFullName,
  opensWithQuote,
  opensWithStopword,
} from './openings.js';
import { languageProfile, mergeProfiles, scriptShift, stopwordRateShift, type LanguageProfile } from './language-profile.js';
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
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** What the features need from the document. */
export interface GapInput {
  /** Cleaned paragraph texts, in order. */
  paragraphs: readonly string[];
  /** Paragraph indexes before which the cleaner removed something (see CleanedDocument.removalGaps). */
  removalGaps: readonly number[];
  /** ISO 639-1 code of each paragraph's language (see paragraph-languages.ts): picks stopwords and stemmer. */
  languages: readonly string[];
  /** Word tokens of each paragraph (cohesion/terms.ts `wordTokens`), computed once for every signal. */
  tokens: readonly (readonly string[])[];
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

interface ParagraphProfile {
  names: Set<string>;
  times: Set<string>;
  style: StyleCounts;
  language: LanguageProfile;
  words: number;
}

/**
 * Feature vectors, one per gap: entry `g - 1` for gap `g`, each in {@link FEATURE_NAMES} order.
 * Values lie in [0, 1] except depths ([0, 2]) and style shifts (a count of flipped markers).
 */
export function gapFeatures(input: GapInput, units: readonly (readonly string[])[] = contentTermsOf(input)): number[][] {
  const { paragraphs } = input;
  const stopwords = input.languages.map(stopwordsFor);
  if (paragraphs.length < 2) return [];
  const idf = inverseUnitFrequency(units);
  const near = gapCohesion(units, idf, NEAR_WINDOW);
  const far = gapCohesion(units, idf, FAR_WINDOW);
  const wide = gapCohesion(units, idf, WIDE_WINDOW);
  const adjacent = gapCohesion(units, idf, ADJACENT_WINDOW);
  const nearDepth = depthScores(near.map((c) => c.similarity), DEPTH_CLIMB);
  const farDepth = depthScores(far.map((c) => c.similarity), DEPTH_CLIMB);
  const profiles: ParagraphProfile[] = paragraphs.map((text, i) => ({
    names: properNouns(text, stopwords[i]!),
    times: timeReferences(text),
    style: styleCounts(text),
    language: languageProfile(text, stopwords[i]!, input.tokens[i]),
    words: text.split(/\s+/u).length,
  }));
  const removalGaps = new Set(input.removalGaps);
  // Sentence-per-line text and paragraph-per-line text place boundaries at different rates.
  const shapes = paragraphs.map(paragraphShape);
  const recurring = recurringOpeners(paragraphs, shapes);
  const signsOff = paragraphs.map((text) => signOffCue(text) !== null);
  const unitLength = Math.log1p(profiles.reduce((sum, p) => sum + p.words, 0) / profiles.length) / Math.log(100);

  const features: number[][] = [];
  for (let gap = 1; gap < paragraphs.length; gap++) {
    const before = profiles.slice(Math.max(0, gap - CONTEXT_PARAGRAPHS), gap);
    const lead = profiles.slice(gap, gap + LEAD_PARAGRAPHS);
    const after = profiles.slice(gap, gap + CONTEXT_PARAGRAPHS);
    const text = paragraphs[gap]!;
    const previous = paragraphs[gap - 1]!;
    const next = paragraphs[gap + 1];
    const leadNames = union(lead.map((p) => p.names));
    const languageBefore = mergeProfiles(profiles.slice(Math.max(0, gap - LANGUAGE_PARAGRAPHS), gap).map((p) => p.language));
    const languageAfter = mergeProfiles(profiles.slice(gap, gap + LANGUAGE_PARAGRAPHS).map((p) => p.language));
    const values: Record<FeatureName, number> = {
      'low-cohesion-near': 1 - near[gap - 1]!.similarity,
      'depth-near': nearDepth[gap - 1]!,
      'low-cohesion-far': 1 - far[gap - 1]!.similarity,
      'depth-far': farDepth[gap - 1]!,
      'new-vocabulary': far[gap - 1]!.newTermShare,
      'low-cohesion-wide': 1 - wide[gap - 1]!.similarity,
      'new-vocabulary-wide': wide[gap - 1]!.newTermShare,
      'low-adjacent-cohesion': 1 - adjacent[gap - 1]!.similarity,
      'new-names': unseenShare(leadNames, union(before.map((p) => p.names))),
      'no-names-after': leadNames.size === 0 ? 1 : 0,
      'time-jump': timeJump(union(before.map((p) => p.times)), union(after.map((p) => p.times))),
      'opens-with-anaphor': opensWithAnaphor(text) ? 1 : 0,
      'opens-with-quote': opensWithQuote(text) ? 1 : 0,
      'opens-with-stopword': opensWithStopword(text, stopwords[gap]!) ? 1 : 0,
      'opens-with-full-name': opensWithFullName(text) ? 1 : 0,
      'opens-with-dateline': opensWithDateline(text) ? 1 : 0,
      'headline-then-lead':
        isHeadlineLike(text) && next !== undefined && endsLikeSentence(next) && !opensWithAnaphor(next) ? 1 : 0,
      'after-headline-like': isHeadlineLike(previous) ? 1 : 0,
      'before-ends-open': endsOpen(previous) ? 1 : 0,
      'before-unfinished': endsLikeSentence(previous) || isHeadlineLike(previous) ? 0 : 1,
      'style-shift': styleConflicts(sumStyles(before), sumStyles(after)),
      'removal-gap': removalGaps.has(gap) ? 1 : 0,
      'script-shift': scriptShift(languageBefore, languageAfter),
      'stopword-rate-shift': stopwordRateShift(languageBefore, languageAfter),
      'short-after': profiles[gap]!.words <= SHORT_WORDS ? 1 : 0,
      'short-before': profiles[gap - 1]!.words <= SHORT_WORDS ? 1 : 0,
      // Filled in once every gap has its own values.
      'contrast-cohesion-near': 0,
      'contrast-cohesion-far': 0,
      'contrast-new-names': 0,
      'short-share-around': shortShare(profiles, gap - NEIGHBOUR_GAPS, gap + NEIGHBOUR_GAPS),
      'sparse-before': Math.max(0, 1 - termsBefore(units, gap) / FAR_WINDOW.minTerms),
      'unit-length': unitLength,
      'repeated-shape': repeatedShapeShare(shapes, gap, NEIGHBOUR_GAPS),
      'after-question': endsWithQuestion(previous) ? 1 : 0,
      'language-shift': languageTurns(input.languages, gap) ? 1 : 0,
      'after-coheres-forward': unitToWindowCohesion(units, idf, gap, gap + 1, 1, FAR_WINDOW),
      'after-coheres-back': unitToWindowCohesion(units, idf, gap, gap - 1, -1, FAR_WINDOW),
      'before-coheres-back': unitToWindowCohesion(units, idf, gap - 1, gap - 2, -1, FAR_WINDOW),
      'before-coheres-forward': unitToWindowCohesion(units, idf, gap - 1, gap, 1, FAR_WINDOW),
      'list-starts-after': runAfterShare(shapes, gap),
      // Inside a run of rows, not at its edge: a story may end or open with a short line of a row's shape.
      'same-row-shape': isRowShape(shapes[gap]!) && shapes[gap - 1] === shapes[gap] && shapes[gap + 1] === shapes[gap] ? 1 : 0,
      'before-recurring-row': Math.min(1, recurring[gap - 1]! / RECURRING_ROWS),
      'after-recurring-row': Math.min(1, recurring[gap]! / RECURRING_ROWS),
      'before-signs-off': signsOff[gap - 1] ? 1 : 0,
      'after-signs-off': signsOff[gap] ? 1 : 0,
      'new-names-near': unseenShare(leadNames, union(profiles.slice(Math.max(0, gap - NEAR_CONTEXT_PARAGRAPHS), gap).map((p) => p.names))),
    };
    features.push(FEATURE_NAMES.map((name) => values[name]));
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
  const values = features.map((row) => row[from]!);
  const prefix = [0];
  for (const value of values) prefix.push(prefix[prefix.length - 1]! + value);
  values.forEach((value, i) => {
    const lo = Math.max(0, i - NEIGHBOUR_GAPS);
    const hi = Math.min(values.length, i + NEIGHBOUR_GAPS + 1);
    const others = hi - lo - 1;
    features[i]![to] = others === 0 ? 0 : value - (prefix[hi]! - prefix[lo]! - value) / others;
  });
}

/** Share of short paragraphs among paragraphs [from, to), clipped to the document. */
function shortShare(profiles: readonly ParagraphProfile[], from: number, to: number): number {
  const window = profiles.slice(Math.max(0, from), Math.max(0, to));
  return window.length === 0 ? 0 : window.filter((p) => p.words <= SHORT_WORDS).length / window.length;
}

/** Content terms in the far window's worth of paragraphs before a gap (few near a document's start). */
function termsBefore(units: readonly (readonly string[])[], gap: number): number {
  let terms = 0;
  for (let i = gap - 1; i >= 0 && i >= gap - FAR_WINDOW.maxUnits; i--) terms += units[i]!.length;
  return terms;
}

/** Content terms of each paragraph, the units of lexical cohesion. */
export function contentTermsOf(input: GapInput): string[][] {
  const terms: string[][] = new Array<string[]>(input.paragraphs.length);
  for (const language of new Set(input.languages)) {
    const indexes = input.languages.flatMap((code, i) => (code === language ? [i] : []));
    const texts = indexes.map((i) => input.paragraphs[i]!);
    const tokens = indexes.map((i) => input.tokens[i]!);
    contentTerms(texts, stopwordsFor(language), language, tokens).forEach((paragraphTerms, k) => (terms[indexes[k]!] = paragraphTerms));
  }
  return terms;
}

/** The most frequent entry (the earliest among ties). */
/**
 * The language changes at this gap and nowhere near it: the paragraphs either side differ, and
 * each agrees with the majority of its own side. A majority flip alone fires at every gap within
 * reach of the change, and at a quoted sentence in another language.
 */
function languageTurns(languages: readonly string[], gap: number): boolean {
  const before = majority(languages.slice(Math.max(0, gap - LANGUAGE_PARAGRAPHS), gap));
  const after = majority(languages.slice(gap, gap + LANGUAGE_PARAGRAPHS));
  return before !== after && languages[gap - 1] === before && languages[gap] === after;
}

function majority(items: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best: string | undefined;
  for (const [item, count] of counts) if (best === undefined || count > counts.get(best)!) best = item;
  return best;
}

function union(sets: readonly Set<string>[]): Set<string> {
  const all = new Set<string>();
  for (const set of sets) for (const item of set) all.add(item);
  return all;
}

/** Share of `items` absent from `known`; 0 when there are no items (no evidence either way). */
function unseenShare(items: Set<string>, known: Set<string>): number {
  if (items.size === 0) return 0;
  let unseen = 0;
  for (const item of items) if (!known.has(item)) unseen++;
  return unseen / items.size;
}

/** 1 when both sides name a year and no year is shared; otherwise the share of unseen months/days, halved. */
function timeJump(before: Set<string>, after: Set<string>): number {
  const years = (set: Set<string>): Set<string> => new Set([...set].filter((key) => key.startsWith('y')));
  const beforeYears = years(before);
  const afterYears = years(after);
  if (beforeYears.size > 0 && afterYears.size > 0 && unseenShare(afterYears, beforeYears) === 1) return 1;
  return before.size > 0 ? unseenShare(after, before) / 2 : 0;
}

function sumStyles(profiles: readonly ParagraphProfile[]): StyleCounts {
  const total = emptyStyleCounts();
  for (const profile of profiles) addStyleCounts(total, profile.style);
  return total;
}
