import { bagOverlap, bagSize, tokenBag, wordTokens } from '../tokens.js';
import { harmonicMean, meanOf, precisionRecall } from './ratio.js';

/** Bag-of-words overlap between a system text and a gold text (counts in tokens). */
export interface TokenCounts {
  /** Σ min(system[w], gold[w]). */
  shared: number;
  systemTokens: number;
  goldTokens: number;
}

/** Per-document token scores, with the aeb README's convention: empty output scores P = R = F1 = 0. */
export interface TokenScore extends TokenCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Scores one document: lowercase word tokens (see `wordTokens`), multiset overlap. */
export function scoreTokens(systemText: string, goldText: string): TokenScore {
  const system = tokenBag(wordTokens(systemText));
  const gold = tokenBag(wordTokens(goldText));
  const counts: TokenCounts = { shared: bagOverlap(system, gold), systemTokens: bagSize(system), goldTokens: bagSize(gold) };
  const precision = counts.systemTokens === 0 ? 0 : counts.shared / counts.systemTokens;
  const recall = counts.goldTokens === 0 ? 0 : counts.shared / counts.goldTokens;
  return { ...counts, precision, recall, f1: harmonicMean(precision, recall) ?? 0 };
}

/** Token figures over a set of documents. */
export interface TokenSummary {
  documents: number;
  /** Means of per-document P, R and F1. */
  macroPrecision: number | null;
  macroRecall: number | null;
  macroF1: number | null;
  /** F1 of mean P and mean R: the Article Extraction Benchmark's way. */
  f1OfMeans: number | null;
  /** From token counts summed over all documents. */
  microPrecision: number | null;
  microRecall: number | null;
  microF1: number | null;
}

/** Macro, F1-of-means and micro token figures over documents. */
export function summariseTokens(scores: readonly TokenScore[]): TokenSummary {
  const macroPrecision = meanOf(scores.map((s) => s.precision));
  const macroRecall = meanOf(scores.map((s) => s.recall));
  let shared = 0;
  let system = 0;
  let gold = 0;
  for (const score of scores) {
    shared += score.shared;
    system += score.systemTokens;
    gold += score.goldTokens;
  }
  const micro = precisionRecall(shared, system - shared, gold - shared);
  return {
    documents: scores.length,
    macroPrecision,
    macroRecall,
    macroF1: meanOf(scores.map((s) => s.f1)),
    f1OfMeans: harmonicMean(macroPrecision, macroRecall),
    microPrecision: micro.precision,
    microRecall: micro.recall,
    microF1: micro.f1,
  };
}
