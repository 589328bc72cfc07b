import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSynthSources } from '../eval/article-folder.js';
import { createRandom } from '../eval/random.js';
import { devSplitOf } from '../eval/split.js';
import { wordTokens } from '../eval/tokens.js';
import { buildSynthDocuments, type SourceArticle, type SynthLineLabel } from '../eval/synth.js';
import { defaultOptions } from '../options.js';
import { contentTermsOf, gapFeatures } from '../segment/gap-features.js';
import { gapInputFor } from '../segment/segment-paragraphs.js';
import { cleanDocument } from '../stages/clean.js';
import { normaliseText } from '../stages/normalise.js';
import { brownFiles, brownRoot, detokenise } from './brown.js';
import { requireAebDataset } from './shared-data.js';

/**
 * The segmenter's training documents (see train-segmenter.ts and docs/segmentation.md): synthetic
 * concatenations of the aeb train articles and of Brown press pieces, sentence-per-line Brown
 * excerpts, and single articles and pages that must not split, each run through normalise and clean
 * and labelled per gap. Nothing held out is read.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedRoot = path.resolve(repoRoot, '../shared');
export const aebRoot = path.join(sharedRoot, 'datasets/aeb');

/** Brown categories used: B press editorials, C press reviews (never A or J: Choi's sources). */
export const BROWN_PREFIXES = ['cb', 'cc'];
export const SYNTH_SEEDS = { aeb: 1101, brown: 1102 };
export const SYNTH_COUNTS = { aeb: 700, brown: 400 };
/**
 * Per article of the news joins: chance of a boilerplate block between two of its own paragraphs.
 * `newsclean eval --synth` puts one in 30 % of articles, but real pages leave more inside a story:
 * cleaned, the aeb train pages hold 1.2 (`container`) and 1.7 (`page`) removal gaps per article.
 * Learned at 30 %, a removed block weighed as if it mostly stood between stories, and an AP story
 * was cut after its in-story "Related coverage" box (removal-gap +2.3 in the log-odds).
 */
export const INSIDE_BOILERPLATE_SHARE = 1;
/**
 * Sentence-per-line concatenations of Brown excerpts (the first 3–11 sentences of a piece), so that
 * cohesion is also learned on units as small as sentences. Same generator, no boilerplate, no
 * headlines: text without news cues.
 */
export const SENTENCE_SYNTH = {
  seed: 1103,
  count: 300,
  minArticles: 5,
  maxArticles: 10,
  singleArticleShare: 0,
  dropTitleShare: 1,
  boilerplateAtJoinShare: 0,
  boilerplateInsideShare: 0,
  midStoryShare: 0,
};
export const EXCERPT_SENTENCES = { min: 3, max: 11, seed: 1104 };
/**
 * Training folds. Every source article (aeb or Brown) belongs to one fold by a hash of its id, and
 * every training document is made from one fold's articles, so a model fitted on the other folds
 * has never seen its text: the decoder is chosen on such out-of-fold scores (train-segmenter.ts).
 */
export const FOLDS = 2;

export function foldOf(id: string): number {
  return createHash('sha256').update(`newsclean-segmenter-fold:${id}`).digest().readUInt32BE(0) % FOLDS;
}
/** Gap features and labels of one training document. */
export interface LabelledDocument {
  features: number[][];
  /**
   * What the document teaches: `joins`, concatenated articles (the decoder's F1 is chosen on them);
   * `sentence-joins`, sentence-per-line excerpts (cohesion only: text without news cues);
   * `single`, one aeb news article or its page, which must not split (the false-split promise);
   * `topical-single`, one Brown piece, which may change topic under one headline (a review of
   * several records, an editorial page of short notes), so it teaches but does not bind the promise.
   */
  kind: DocumentKind;
  /** The fold of the articles it is made from ({@link foldOf}). */
  fold: number;
  /** Per gap: true when a split there separates two articles (see labelDocument). */
  labels: boolean[];
  /** Per paragraph: the gold article, or {@link KEPT_BOILERPLATE}. */
  articles: number[];
  paragraphWords: number[];
  units: string[][];
}

export type DocumentKind = 'joins' | 'sentence-joins' | 'single' | 'topical-single';

/** What the training set was built from, for the model's record. */
export interface TrainingData {
  documents: LabelledDocument[];
  aebTrainArticles: number;
  brownArticles: number;
  singleDocuments: number;
}

/**
 * Builds every training document, deterministically (fixed seeds, sorted inputs). `synthCounts`
 * other than the shipped ones serve compare-segmenter-fits.ts.
 */
export async function buildTrainingDocuments(synthCounts: typeof SYNTH_COUNTS = SYNTH_COUNTS): Promise<TrainingData> {
  const aebIds = (await readdir(path.join(requireAebDataset(aebRoot), 'gold'))).filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4));
  const trainIds = new Set(aebIds.filter((id) => devSplitOf(id) === 'train'));
  const aebArticles = await readSynthSources(path.join(aebRoot, 'gold'), (id) => trainIds.has(id));
  const brownPieces = await readBrownPieces();
  const brownArticles = brownPieces.map((piece) => piece.article);
  const brownExcerpts = sentenceExcerpts(brownPieces);

  const documents: LabelledDocument[] = [];
  const inFold = <T extends { id: string }>(items: readonly T[], fold: number): T[] => items.filter((item) => foldOf(item.id) === fold);
  for (let fold = 0; fold < FOLDS; fold++) {
    // Each fold makes its share of the joins from its own articles, with a seed of its own.
    const foldSeed = (seed: number): number => seed + 1000 * fold;
    for (const [articles, seed, count] of [
      [aebArticles, SYNTH_SEEDS.aeb, synthCounts.aeb],
      [brownArticles, SYNTH_SEEDS.brown, synthCounts.brown],
    ] as const) {
      for (const synth of buildSynthDocuments(inFold(articles, fold), { seed: foldSeed(seed), count: count / FOLDS, boilerplateInsideShare: INSIDE_BOILERPLATE_SHARE })) {
        documents.push(labelDocument(synth.text, synth.labels, 'joins', fold));
      }
    }
    const sentenceSynth = { ...SENTENCE_SYNTH, seed: foldSeed(SENTENCE_SYNTH.seed), count: SENTENCE_SYNTH.count / FOLDS };
    // An excerpt is the start of its piece: it goes with the piece's fold.
    const excerpts = brownExcerpts.filter((_, index) => foldOf(brownPieces[index]!.article.id) === fold);
    for (const synth of buildSynthDocuments(excerpts, sentenceSynth)) {
      documents.push(labelDocument(synth.text, synth.labels, 'sentence-joins', fold));
    }
  }
  for (const [articles, kind] of [
    [aebArticles, 'single'],
    [brownArticles, 'topical-single'],
  ] as const) {
    for (const article of articles) {
      const lines = [...(article.title === null ? [] : [article.title]), ...article.paragraphs];
      documents.push(labelDocument(`${lines.join('\n')}\n`, null, kind, foldOf(article.id)));
    }
  }
  for (const id of [...trainIds].sort()) {
    const [page, gold] = await Promise.all([
      readFile(path.join(aebRoot, 'container', `${id}.txt`), 'utf8'),
      readFile(path.join(aebRoot, 'gold', `${id}.txt`), 'utf8'),
    ]);
    documents.push(labelDocument(page, goldLineLabels(page, gold), 'single', foldOf(id)));
  }

  return {
    documents,
    aebTrainArticles: aebArticles.length,
    brownArticles: brownArticles.length,
    singleDocuments: aebArticles.length + brownArticles.length + trainIds.size,
  };
}

/**
 * Runs one document through normalise and clean and labels its gaps. `labels` holds one gold label
 * per input line (null: the whole document is one article). Boilerplate the cleaner kept between two
 * articles belongs to neither: a split anywhere in that run separates the two stories, as the eval
 * counts it (it scores gold content paragraphs only), so every gap of the run is a boundary.
 */
export function labelDocument(text: string, labels: readonly SynthLineLabel[] | null, kind: DocumentKind, fold: number): LabelledDocument {
  const cleaned = cleanDocument(normaliseText(text), defaultOptions.cleaning);
  const texts = cleaned.paragraphs.map((p) => p.text);
  const articles = cleaned.paragraphs.map((paragraph) => {
    const label = labels?.[paragraph.firstLine - 1];
    return label === undefined ? 0 : label.kind === 'content' ? label.article : KEPT_BOILERPLATE;
  });
  const input = gapInputFor(texts, cleaned.removalGaps, cleaned.language);
  const units = contentTermsOf(input);
  return {
    features: gapFeatures(input, units),
    units,
    kind,
    fold,
    articles,
    labels: contentBoundaryGaps(articles),
    paragraphWords: [...input.words],
  };
}

/** Share of a page line's words that must occur in the gold article for the line to count as content. */
const GOLD_WORD_SHARE = 0.8;

/**
 * Labels the lines of a single-article page against its gold text: content when most of the line's
 * words occur in the gold, boilerplate otherwise. Only a split between two content paragraphs
 * breaks the story; one that sets kept furniture apart at the page's end does not.
 */
export function goldLineLabels(page: string, gold: string): SynthLineLabel[] {
  const goldWords = new Set(wordTokens(gold.toLowerCase()));
  return page.split('\n').map((line) => {
    const words = wordTokens(line.toLowerCase());
    const known = words.filter((word) => goldWords.has(word)).length;
    return words.length > 0 && known >= GOLD_WORD_SHARE * words.length
      ? { kind: 'content', article: 0 }
      : { kind: 'boilerplate', category: 'related-links' };
  });
}

/** The article index given to a boilerplate paragraph the cleaner kept. */
export const KEPT_BOILERPLATE = -1;

/**
 * Per gap `g` (entry `g - 1`): whether the last content paragraph before it and the first at or
 * after it belong to different articles.
 */
function contentBoundaryGaps(articles: readonly number[]): boolean[] {
  const previous: number[] = [];
  let last = KEPT_BOILERPLATE;
  for (const article of articles) {
    previous.push(last);
    if (article !== KEPT_BOILERPLATE) last = article;
  }
  const gaps = new Array<boolean>(Math.max(0, articles.length - 1)).fill(false);
  let next = KEPT_BOILERPLATE;
  for (let i = articles.length - 1; i >= 1; i--) {
    if (articles[i] !== KEPT_BOILERPLATE) next = articles[i]!;
    gaps[i - 1] = previous[i] !== KEPT_BOILERPLATE && next !== KEPT_BOILERPLATE && previous[i] !== next;
  }
  return gaps;
}

/** A Brown piece as an article (paragraphs) and as its sentences (one per corpus line). */
interface BrownPiece {
  article: SourceArticle;
  sentences: string[];
}

/**
 * Brown press files as articles: a file holds one or more pieces, each opening with headline
 * lines (tokens tagged `-hl`); paragraphs open with a tab; each line is a sentence of `word/tag`.
 */
async function readBrownPieces(): Promise<BrownPiece[]> {
  const names = await brownFiles(BROWN_PREFIXES);
  const pieces: BrownPiece[] = [];
  for (const name of names) {
    const text = await readFile(path.join(brownRoot, name), 'utf8');
    let piece: BrownPiece | null = null;
    let paragraph: string[] = [];
    const flush = (): void => {
      if (piece !== null && paragraph.length > 0) piece.article.paragraphs.push(paragraph.join(' '));
      paragraph = [];
    };
    const start = (): BrownPiece => ({ article: { id: `brown-${name}-${pieces.length}`, title: null, paragraphs: [] }, sentences: [] });
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const tokens = line.trim().split(/\s+/u);
      if (tokens.every((t) => /-hl$/u.test(t))) {
        flush();
        if (piece === null || piece.sentences.length > 0) {
          if (piece !== null) pieces.push(piece);
          piece = start();
        }
        const headline = detokenise(line.trim());
        piece.article.title = piece.article.title === null ? headline : `${piece.article.title} ${headline}`;
        continue;
      }
      if (line.startsWith('\t')) flush();
      piece ??= start();
      const sentence = detokenise(line.trim());
      paragraph.push(sentence);
      piece.sentences.push(sentence);
    }
    flush();
    if (piece !== null && piece.sentences.length > 0) pieces.push(piece);
  }
  return pieces.filter((piece) => piece.article.paragraphs.length >= 2);
}

/** Each piece's first 3–11 sentences (a seeded draw), one sentence per paragraph, as Choi built his set. */
function sentenceExcerpts(pieces: readonly BrownPiece[]): SourceArticle[] {
  const random = createRandom(EXCERPT_SENTENCES.seed);
  return pieces.map((piece) => ({
    id: `${piece.article.id}-excerpt`,
    title: null,
    paragraphs: piece.sentences.slice(0, random.int(EXCERPT_SENTENCES.min, EXCERPT_SENTENCES.max)),
  }));
}

/** Boundaries found, made and missed in one document, counted as the eval counts them. */
export interface BoundaryCounts {
  matched: number;
  predicted: number;
  gold: number;
}

/**
 * Compares decoded article starts with the gold over content paragraphs only: a boundary is a
 * content paragraph whose article (gold) or segment (decoded) differs from the previous content
 * paragraph's, so a split before or after kept boilerplate between two stories is the same split.
 */
export function countBoundaries(articles: readonly number[], starts: readonly number[]): BoundaryCounts {
  const startSet = new Set(starts);
  const counts = { matched: 0, predicted: 0, gold: 0 };
  let segment = 0;
  let previous: { article: number; segment: number } | null = null;
  articles.forEach((article, index) => {
    if (startSet.has(index)) segment++;
    if (article === KEPT_BOILERPLATE) return;
    if (previous !== null) {
      const gold = article !== previous.article;
      const predicted = segment !== previous.segment;
      if (gold) counts.gold++;
      if (predicted) counts.predicted++;
      if (gold && predicted) counts.matched++;
    }
    previous = { article, segment };
  });
  return counts;
}
