import { detectLanguage, stopwordsFor } from '../text/language.js';
import type { BoundarySignal } from '../types.js';
import { decodeBoundaries } from './decode.js';
import { gapFeatures, type GapInput } from './gap-features.js';
import { scoreGap, type GapScore, type SegmenterModel } from './segmenter-model.js';

/** The segmenter's view of a cleaned document: its paragraph texts, the cleaner's gaps, its language. */
export function gapInputFor(paragraphs: readonly string[], removalGaps: readonly number[]): GapInput {
  const language = detectLanguage(paragraphs);
  return { paragraphs, removalGaps, stopwords: stopwordsFor(language), language };
}

/** A scored candidate boundary: before paragraph `index` (0-based, ≥ 1). */
export interface Candidate {
  index: number;
  score: GapScore;
  /** Whether the decoder split here. */
  chosen: boolean;
}

export interface SegmentationSettings {
  /** Boundary probability above which a gap is worth a split, in (0, 1). */
  threshold: number;
  /** Fewest words per article. */
  minArticleWords: number;
}

/**
 * Scores every gap of a document and decodes the boundaries. Pure.
 * @returns one candidate per gap, in order (`candidates[g - 1]` is gap `g`)
 */
export function segmentParagraphs(input: GapInput, model: SegmenterModel, settings: SegmentationSettings): Candidate[] {
  const scores = gapFeatures(input).map((features) => scoreGap(model, features));
  const offset = logit(settings.threshold);
  const words = input.paragraphs.map((text) => text.split(/\s+/u).filter((w) => w.length > 0).length);
  const chosen = new Set(decodeBoundaries(scores.map((score) => score.logit - offset), words, settings.minArticleWords));
  return scores.map((score, gap) => ({ index: gap + 1, score, chosen: chosen.has(gap + 1) }));
}

/** How many signals a boundary reports: the strongest few say why; the rest is noise. */
const TOP_SIGNALS = 4;

/** The signals that pushed hardest towards a split, strongest first (only those that pushed). */
export function topSignals(score: GapScore): BoundarySignal[] {
  return score.contributions
    .filter((contribution) => contribution.weight > 0)
    .slice(0, TOP_SIGNALS)
    .map((contribution) => ({ name: contribution.name, weight: round(contribution.weight) }));
}

function logit(probability: number): number {
  const p = Math.min(Math.max(probability, 1e-6), 1 - 1e-6);
  return Math.log(p / (1 - p));
}

/** Scores are reported to three decimals: enough to rank, short enough to read. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
