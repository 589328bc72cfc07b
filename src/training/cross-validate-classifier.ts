import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { shippedModel } from '../classifier/model.js';
import { tokenise } from '../text/words.js';
import { fitClassifier, loadTrainingDocument, MAX_LOST_SHARE, scoreCleaning, trainIds, VARIANTS, type TrainingDocument } from './classifier-data.js';
import { runTrainingScript } from './shared-data.js';

/**
 * The line classifier scored out of fold: the aeb train documents are dealt into folds by a hash of
 * their id (`--seed` changes the deal), and each fold is cleaned by a classifier fitted as
 * `train-classifier` fits it, on the other folds only. The rules are the shipped catalogue; the
 * threshold is the shipped model's unless `--thresholds` lists others. This is the cleaning figure
 * to compare a change by before the held-out split is read: the in-sample figure of the shipped
 * model has seen every page it scores.
 *
 *   node dist/training/cross-validate-classifier.js [--seed N] [--thresholds 0.5,0.55] [--list] [aeb-dir]
 *
 * `--list` prints every page's precision, recall and F1, worst first, and under each the kept
 * paragraphs that are not in its gold (junk kept) and the gold lines of four words or more that were
 * not kept (content lost). Takes about a minute.
 */
const FOLDS = 5;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MIN_LOST_LINE_TOKENS = 4;
const LISTED_LINE_CHARACTERS = 110;

interface FoldScore {
  document: TrainingDocument;
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  junkKept: string[];
  goldLost: string[];
}

function main(): void {
  const { values, positionals } = parseArgs({
    options: { seed: { type: 'string', default: '1' }, thresholds: { type: 'string' }, list: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const aebDir = positionals[0] ?? path.resolve(repoRoot, '../shared/datasets/aeb');
  const thresholds = values.thresholds?.split(',').map(Number) ?? [shippedModel().threshold];
  const ids = trainIds(aebDir);
  const documents = ids.flatMap((id) => VARIANTS.map((variant) => loadTrainingDocument(aebDir, id, variant)));
  const scores: FoldScore[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = new Set(ids.filter((id) => foldOf(id, values.seed) === fold));
    const model = fitClassifier(documents.filter((d) => !held.has(d.id)));
    for (const document of documents.filter((d) => held.has(d.id))) {
      for (const threshold of thresholds) scores.push(scoreFold(document, model, threshold));
    }
  }
  for (const threshold of thresholds) report(scores.filter((s) => s.threshold === threshold), values.list);
}

function foldOf(id: string, seed: string): number {
  return Number.parseInt(createHash('sha256').update(`${seed}:${id}`).digest('hex').slice(0, 8), 16) % FOLDS;
}

function scoreFold(document: TrainingDocument, model: ReturnType<typeof fitClassifier>, threshold: number): FoldScore {
  const { precision, recall, f1, kept } = scoreCleaning(document, model, threshold);
  const goldString = ` ${document.goldTokens.join(' ')} `;
  const keptString = ` ${tokenise(kept.join('\n')).join(' ')} `;
  const junkKept = kept.filter((paragraph) => !goldString.includes(` ${tokenise(paragraph).join(' ')} `));
  const goldLost = document.gold.split('\n').filter((line) => {
    const tokens = tokenise(line);
    return tokens.length >= MIN_LOST_LINE_TOKENS && !keptString.includes(` ${tokens.join(' ')} `);
  });
  return { document, threshold, precision, recall, f1, junkKept, goldLost };
}

function report(scores: readonly FoldScore[], list: boolean): void {
  const threshold = scores[0]?.threshold;
  for (const variant of VARIANTS) {
    const inVariant = scores.filter((s) => s.document.variant === variant);
    const mean = (pick: (s: FoldScore) => number) => inVariant.reduce((sum, s) => sum + pick(s), 0) / inVariant.length;
    const damaged = inVariant.filter((s) => s.recall < 1 - MAX_LOST_SHARE).length;
    process.stdout.write(
      `threshold ${threshold} ${variant}: macro F1 ${mean((s) => s.f1).toFixed(5)} P ${mean((s) => s.precision).toFixed(5)} R ${mean((s) => s.recall).toFixed(5)}; documents losing > 5 %: ${damaged} of ${inVariant.length}\n`,
    );
  }
  if (!list) return;
  for (const s of [...scores].sort((a, b) => a.f1 - b.f1)) {
    process.stdout.write(`${s.document.variant} ${s.document.id} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}\n`);
    for (const line of s.junkKept) process.stdout.write(`  junk kept   ${line.slice(0, LISTED_LINE_CHARACTERS)}\n`);
    for (const line of s.goldLost) process.stdout.write(`  gold lost   ${line.slice(0, LISTED_LINE_CHARACTERS)}\n`);
  }
}

await runTrainingScript('cross-validate-classifier', main);
