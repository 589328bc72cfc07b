import { logit } from '../classifier/logistic.js';
import { wordTokens } from '../cohesion/terms.js';
import type { TermIndex } from '../cohesion/tfidf-windows.js';
import { detectLanguage } from '../text/language.js';
import { runningWords } from '../text/words.js';
import type { BoundarySignal } from '../types.js';
import { decodeBoundaries, type DecodeSettings } from './decode.js';
import { vetoListGaps } from './list-veto.js';
import { livePostGaps } from './live-posts.js';
import { moveSplitsBeforeKickers } from './kickers.js';
import { mergeCohesiveArticles, SURE_SPLIT_MARGIN } from './merge-cohesive.js';
import { datelineLeadGaps } from './dateline-leads.js';
import { datedHeaderGaps, pageHeaderGaps } from './page-headers.js';
import { contentTermsOf, gapFeatures, indexContentTerms, type GapInput, type RemovedLine } from './gap-features.js';
import { scriptCounts } from './language-profile.js';
import { paragraphLanguages } from './paragraph-languages.js';
import { decisionFor, scoreGap, type GapScore, type SegmenterModel } from './segmenter-model.js';

/**
 * The segmenter's view of a cleaned document: its paragraph texts, the cleaner's gaps, its language
 * (the one the cleaner settled on when given, so a document is never run through franc twice).
 */
export function gapInputFor(paragraphs: readonly string[], removalGaps: readonly number[], knownLanguage?: string, bylineGaps: ReadonlyMap<number, readonly RemovedLine[]> = new Map()): GapInput {
  const language = knownLanguage ?? detectLanguage(paragraphs);
  const tokens = paragraphs.map(wordTokens);
  const scripts = paragraphs.map(scriptCounts);
  return {
    paragraphs,
    removalGaps,
    bylineGaps,
    tokens,
    scripts,
    words: paragraphs.map(runningWords),
    languages: paragraphLanguages(paragraphs, language, tokens, scripts),
  };
}

/** A scored candidate boundary: before paragraph `index` (0-based, ≥ 1). */
export interface Candidate {
  index: number;
  score: GapScore;
  /** Whether the decoder split here (and the split was kept). */
  chosen: boolean;
  /** Whether the gap lies inside a list or table, or before its first row, where no story starts (list-veto.ts). */
  inList: boolean;
  /** Whether the gap lies between two posts of one live blog, where no story starts (live-posts.ts). */
  betweenLivePosts?: true;
  /** When the decoder split here but the articles either side shared their vocabulary: their cohesion. */
  mergedAt?: number;
  /** Whether the decoder split here and the split moved one paragraph up, before a kicker line (kickers.ts). */
  movedToKicker?: boolean;
  /**
   * What makes this gap a story's start whatever the model scored: a page header (a headline,
   * removed byline or date lines, a lead restating it; page-headers.ts), a removed byline naming
   * another day than the one before it (page-headers.ts), or a dateline lead (dateline-leads.ts).
   */
  sureStart?: SureStart;
}

export type SureStart = 'page-header' | 'dated-byline' | 'dateline-lead';

export interface SegmentationSettings {
  /** Boundary probability above which a gap is worth a split, in (0, 1). */
  threshold: number;
  /** Fewest words per article; null takes the model's. */
  minArticleWords: number | null;
  /** Weight of each article's lexical cost in the decoder (see decode.ts); null takes the model's. */
  lexicalWeight: number | null;
  /** Paragraph-per-line news or sentence-per-line text: picks the model's decoder settings. */
  unit: 'paragraph' | 'sentence';
}

/**
 * Scores every gap of a document and decodes the boundaries. Pure.
 * @returns one candidate per gap, in order (`candidates[g - 1]` is gap `g`)
 */
export function segmentParagraphs(input: GapInput, model: SegmenterModel, settings: SegmentationSettings): Candidate[] {
  const units = contentTermsOf(input);
  const terms = indexContentTerms(units);
  const features = gapFeatures(input, units, terms);
  // This runs for every document: loops, not callbacks made anew on every call (gap-features.ts says why).
  const scores: GapScore[] = [];
  const logits: number[] = [];
  for (const row of features) {
    const score = scoreGap(model, row);
    scores.push(score);
    logits.push(score.logit);
  }
  const decision = decisionFor(model, settings.unit);
  // Both thresholds shift the log-odds: the unit's trained decision first, then the caller's adjustment.
  const unitMargins = marginsOf(logits, decision.threshold);
  const modelMargins = marginsOf(unitMargins, settings.threshold);
  const sure = sureStarts(input, units, modelMargins);
  const margins = vetoListGaps(assureStarts(modelMargins, sure), features);
  const livePosts = livePostGaps(input);
  for (const gap of livePosts) margins[gap - 1] = Number.NEGATIVE_INFINITY;
  const decoder = {
    minArticleWords: settings.minArticleWords ?? decision.minArticleWords,
    lexicalWeight: settings.lexicalWeight ?? decision.lexicalWeight,
    densityWeight: decision.densityWeight,
  };
  const { decoded, starts: moved } = decodeStarts(margins, features, input.words, terms, decoder);
  const { starts, merged } = mergeCohesiveArticles(moved, terms, decision.articleCohesionLimit, margins);
  // A move keeps each start's place in the list: the k-th start either stayed or moved up by one.
  const movedAway = new Set<number>();
  for (let k = 0; k < decoded.length; k++) if (decoded[k] !== moved[k]) movedAway.add(decoded[k]!);
  const chosen = new Set(starts);
  const mergedAt = new Map(merged.map((split) => [split.index, split.cohesion]));
  const candidates: Candidate[] = [];
  for (let gap = 0; gap < scores.length; gap++) {
    const cohesion = mergedAt.get(gap + 1);
    candidates.push({
      index: gap + 1,
      score: scores[gap]!,
      chosen: chosen.has(gap + 1),
      inList: margins[gap] === Number.NEGATIVE_INFINITY && !livePosts.has(gap + 1),
      ...(livePosts.has(gap + 1) ? { betweenLivePosts: true as const } : {}),
      ...(sure.has(gap + 1) ? { sureStart: sure.get(gap + 1)! } : {}),
      ...(cohesion === undefined ? {} : { mergedAt: cohesion }),
      ...(movedAway.has(gap + 1) ? { movedToKicker: true } : {}),
    });
  }
  return candidates;
}

/**
 * A dateline lead's story may start a few paragraphs above it, where the model already splits: at
 * its headline, a caption kept between them ("Scientists use Hawaii telescope…" / "New Horizons took
 * this image…" / "HONOLULU, Hawaii (HawaiiNewsNow) - …"). Then that split is the story's start.
 */
const DATELINE_HEADER_REACH = 3;

/**
 * Gaps where a story surely starts, by what shows it; a page header says more than a dateline when
 * both stand at one gap. `margins`: the model's, per gap, before any is assured.
 */
function sureStarts(input: GapInput, units: readonly (readonly string[])[], margins: readonly number[]): Map<number, SureStart> {
  const starts = new Map<number, SureStart>();
  for (const gap of datelineLeadGaps(input, units)) {
    const modelSplitsAbove = margins.slice(Math.max(0, gap - 1 - DATELINE_HEADER_REACH), gap - 1).some((margin) => margin > 0);
    if (!modelSplitsAbove) starts.set(gap, 'dateline-lead');
  }
  for (const gap of datedHeaderGaps(input)) starts.set(gap, 'dated-byline');
  for (const gap of pageHeaderGaps(input, units)) starts.set(gap, 'page-header');
  return starts;
}

/** A sure story start makes its gap a split the model is sure of. */
function assureStarts(margins: number[], starts: ReadonlyMap<number, SureStart>): number[] {
  for (const gap of starts.keys()) margins[gap - 1] = Math.max(margins[gap - 1]!, SURE_SPLIT_MARGIN);
  return margins;
}

/**
 * The decoder's article starts (`decoded`), and the same with each moved before a kicker it was
 * placed after (`starts`, kickers.ts). Training decodes through here too.
 */
export function decodeStarts(
  margins: readonly number[],
  features: readonly (readonly number[])[],
  words: readonly number[],
  terms: TermIndex,
  settings: DecodeSettings,
): { decoded: number[]; starts: number[] } {
  const decoded = decodeBoundaries(margins, words, terms, settings);
  return { decoded, starts: moveSplitsBeforeKickers(decoded, margins, features, words, settings.minArticleWords) };
}

/**
 * The boundary probability at which a gap is worth a split, on the model's probability scale: the
 * caller's threshold shifted by the unit's trained decision (for paragraphs, the caller's own).
 */
export function effectiveThreshold(model: SegmenterModel, settings: Pick<SegmentationSettings, 'threshold' | 'unit'>): number {
  const shift = logit(decisionFor(model, settings.unit).threshold) + logit(settings.threshold);
  return round(1 / (1 + Math.exp(-shift)));
}

/** How many signals a boundary reports: the strongest few say why; the rest is noise. */
const TOP_SIGNALS = 4;

/** The signals that pushed hardest towards a split, strongest first (only those that pushed). */
export function topSignals(score: GapScore): BoundarySignal[] {
  const signals: BoundarySignal[] = [];
  for (const contribution of score.contributions) {
    if (signals.length === TOP_SIGNALS) break;
    if (contribution.weight > 0) signals.push({ name: contribution.name, weight: round(contribution.weight) });
  }
  return signals;
}

/** Log-odds of each gap minus the log-odds of the threshold: what the decoder maximises. */
export function marginsOf(logits: readonly number[], threshold: number): number[] {
  const offset = logit(threshold);
  const margins: number[] = [];
  for (const value of logits) margins.push(value - offset);
  return margins;
}

/** Scores are reported to three decimals: enough to rank, short enough to read. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
