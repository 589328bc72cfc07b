import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contextVectors, CONTEXT_FEATURE_NAMES, documentVectors, type DocumentVectors } from '../classifier/classify.js';
import { LOCAL_FEATURE_NAMES } from '../classifier/features.js';
import { fitLogistic } from '../classifier/fit.js';
import { scoreVector, type LogisticModel } from '../classifier/logistic.js';
import type { ClassifierModel } from '../classifier/model.js';
import { devSplitOf } from '../eval/split.js';
import { defaultOptions } from '../options.js';
import { applyRules, cleanWithModel } from '../stages/clean.js';
import { normaliseText } from '../stages/normalise.js';
import { tokenise } from '../text/words.js';
import type { NormalisedDocument } from '../types.js';
import { requireAebDataset } from './shared-data.js';

/**
 * The line classifier's training documents and fits, shared by `train-classifier` (the shipped model)
 * and `cross-validate-classifier` (the same fit scored on train documents it did not see).
 *
 * Labels: a paragraph the rules left is content when its token string occurs in the gold token
 * string (the aeb README's line test). Lines of under four tokens also occur in gold by chance
 * ("News", "Politics" in a menu), so those count as content only between the first and last long
 * content line of the page.
 */
export const VARIANTS = ['container', 'page'] as const;
/** A document may lose at most this share of its gold words (issue 4). */
export const MAX_LOST_SHARE = 0.05;
/** Folds of the context stage's out-of-fold stage-1 scores. */
const CONTEXT_FOLDS = 5;
const L2 = 1;
const ITERATIONS = 12;
const SHORT_TOKENS = 4;

export interface TrainingDocument {
  id: string;
  variant: (typeof VARIANTS)[number];
  normalised: NormalisedDocument;
  /** The gold article's text. */
  gold: string;
  goldTokens: string[];
  vectors: DocumentVectors;
  labels: number[];
  weights: number[];
}

/** The ids of the aeb train split, sorted; held-out documents are never listed. */
export function trainIds(aebDir: string): string[] {
  return readdirSync(path.join(requireAebDataset(aebDir), 'gold'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .filter((id) => devSplitOf(id) === 'train')
    .sort();
}

export function loadTrainingDocument(aebDir: string, id: string, variant: TrainingDocument['variant']): TrainingDocument {
  const raw = readFileSync(path.join(aebDir, variant, `${id}.txt`), 'utf8');
  const gold = readFileSync(path.join(aebDir, 'gold', `${id}.txt`), 'utf8');
  const normalised = normaliseText(raw);
  const pass = applyRules(normalised, defaultOptions.cleaning);
  const texts = pass.survivors.map((s) => s.text);
  const goldTokens = tokenise(gold);
  const goldString = ` ${goldTokens.join(' ')} `;
  const tokens = texts.map(tokenise);
  const inGold = tokens.map((t) => t.length > 0 && goldString.includes(` ${t.join(' ')} `));
  const longContent = inGold.map((hit, i) => hit && tokens[i]!.length >= SHORT_TOKENS);
  const first = longContent.indexOf(true);
  const last = longContent.lastIndexOf(true);
  const labels = inGold.map((hit, i) => {
    const trusted = tokens[i]!.length >= SHORT_TOKENS || (i >= first && i <= last && first !== -1);
    return hit && trusted ? 0 : 1;
  });
  return {
    id,
    variant,
    normalised,
    gold,
    goldTokens,
    vectors: documentVectors(texts, pass.language, pass.survivors.map((s) => s.around), undefined, pass.pageStarts),
    labels,
    weights: tokens.map((t) => 0.5 + Math.sqrt(t.length)),
  };
}

/** Both stages fitted on `documents`, with a placeholder threshold for the caller to set. */
export function fitClassifier(documents: readonly TrainingDocument[]): ClassifierModel {
  const ids = [...new Set(documents.map((d) => d.id))].sort();
  return { version: 1, local: fitLocal(documents), context: fitContext(documents, ids), threshold: 0.5, training: {} };
}

function fitLocal(documents: readonly TrainingDocument[], except?: ReadonlySet<string>): LogisticModel {
  const used = documents.filter((d) => !except?.has(d.id));
  return fitLogistic({
    names: LOCAL_FEATURE_NAMES,
    rows: used.flatMap((d) => d.vectors.local),
    labels: used.flatMap((d) => d.labels),
    weights: used.flatMap((d) => d.weights),
    l2: L2,
    iterations: ITERATIONS,
  });
}

/** Stage 2 learns from out-of-fold stage-1 scores, so it does not trust overconfident in-sample ones. */
function fitContext(documents: readonly TrainingDocument[], ids: readonly string[]): LogisticModel {
  const rows: number[][] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  for (let fold = 0; fold < CONTEXT_FOLDS; fold++) {
    const heldIds = new Set(ids.filter((_, i) => i % CONTEXT_FOLDS === fold));
    const local = fitLocal(documents, heldIds);
    for (const d of documents.filter((doc) => heldIds.has(doc.id))) {
      const probabilities = d.vectors.local.map((v) => scoreVector(local, v));
      rows.push(...contextVectors(d.vectors, probabilities));
      labels.push(...d.labels);
      weights.push(...d.weights);
    }
  }
  return fitLogistic({ names: CONTEXT_FEATURE_NAMES, rows, labels, weights, l2: L2, iterations: ITERATIONS });
}

export interface CleaningScore {
  precision: number;
  recall: number;
  f1: number;
  /** The kept paragraphs, for a listing of what was kept or lost. */
  kept: string[];
}

/** Cleans one training document with `model` at `threshold` and scores its kept words against gold. */
export function scoreCleaning(document: TrainingDocument, model: ClassifierModel, threshold: number): CleaningScore {
  const cleaned = cleanWithModel(document.normalised, { ...defaultOptions.cleaning, classifierThreshold: threshold }, model);
  const kept = cleaned.paragraphs.map((p) => p.text);
  return { ...tokenScores(tokenise(kept.join('\n')), document.goldTokens), kept };
}

/** Bag-of-words precision, recall and F1 of predicted against gold tokens (the aeb "unigram" metric for one document). */
function tokenScores(predicted: readonly string[], gold: readonly string[]): { precision: number; recall: number; f1: number } {
  if (predicted.length === 0 || gold.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const token of gold) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of predicted) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  const precision = overlap / predicted.length;
  const recall = overlap / gold.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
