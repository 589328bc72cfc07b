import type { CleaningOptions } from '../options.js';
import type { LanguageCode } from '../text/language.js';
import { keepDataRunsBesideProse } from './data-runs.js';
import { localFeatures, ownFeatures, type OwnFeatures, type RuleNeighbourhood } from './features.js';
import { logit, scoreVectors } from './logistic.js';
import { distanceToBlock, mainBlock, type Span } from './main-block.js';
import { overlapWithBlock } from './overlap.js';
import { ParagraphMemo } from './paragraph-memo.js';
import { proseShapes, type ProseShape } from './prose.js';
import { reviseByNeighbours, type InitialClass } from './revise.js';
import { keepPostAttributions } from './post-attributions.js';
import { keepWireLeads } from './wire-leads.js';
import { keepStoryAfterBox, type BoxLine } from './story-after-box.js';
import { keepFactBoxAfterStory, type FactLine } from './fact-boxes.js';
import { keepIntroducedLists } from './introduced-lists.js';
import { keepRecordListsThatAreTheStory } from './record-lists.js';
import { dropRunsAfterRelatedHeadings, type RelatedLine } from './related-runs.js';
import { headlineOverLead } from './headline-over-lead.js';
import { dropTeaserRunsInsideStory, teaserWidgets, widgetRowsInside, type TeaserLine } from './teaser-runs.js';
import { dropTeaserPairsOutsideStory, type PairLine } from './teaser-pairs.js';
import { dropFurnitureLines } from './furniture-lines.js';
import { dropCaptionsOverCredits, type CaptionLine } from './captions-over-credits.js';
import type { ClassifierModel } from './model.js';

/** Names of the second-stage vector, in order. */
export const CONTEXT_FEATURE_NAMES: readonly string[] = [
  'local.logit', 'local.prev1', 'local.next1', 'local.around3', 'main.inside', 'main.before', 'main.logDistance',
  'own.logWords', 'own.stopwordDensity', 'own.terminal', 'doc.meanLocal', 'doc.blockShare', 'doc.logParagraphs',
  'inside.logit', 'outside.logit', 'main.overlap', 'main.overlapAround2',
];

export type { InitialClass } from './revise.js';

// Code run for every document uses loops, not callbacks made anew on every call (DEVELOPERS.md,
// "Workers", says why).

/** The classifier's decision about one paragraph, with both labels kept for `--explain`. */
export interface LineJudgement {
  /** Final boilerplate probability in [0, 1] (stage 2). */
  probability: number;
  initial: InitialClass;
  boilerplate: boolean;
  /** Why, when the neighbours changed or settled the label; null when the paragraph's own score decided. */
  revision: string | null;
}

/** Tunables of {@link classifyParagraphs}: the cleaning options (units and sources there) with the threshold resolved. */
export type ClassifyOptions = Pick<
  CleaningOptions,
  'uncertainMargin' | 'shortWords' | 'mainBlockThreshold' | 'proseThreshold' | 'minKeptWords' | 'minKeptShare'
> & {
  /** Boilerplate probability above which a paragraph goes: `classifierThreshold`, or the model's fitted value. */
  threshold: number;
};

/** First- and second-stage vectors of a document; exported for training, which fits on exactly these. */
export interface DocumentVectors {
  own: OwnFeatures[];
  local: number[][];
  /** Words per paragraph. */
  words: number[];
  /** Content words per paragraph (lowercase, no stopwords), for the overlap with the main block. */
  contentWords: string[][];
  /**
   * Indexes where a page header began a new page, in a file a scraper wrote from several pages
   * (`RulePass.pageStarts`): stage 2 reads each page as it would the page alone.
   */
  pageStarts: number[];
}

/**
 * Both stages' inputs for a document. `memo`, when given, must be for `language`; it only saves
 * work: the vectors are the same with or without it.
 */
export function documentVectors(
  texts: readonly string[],
  language: LanguageCode,
  rules: readonly RuleNeighbourhood[] = [],
  memo: ParagraphMemo = new ParagraphMemo(language),
  pageStarts: readonly number[] = [],
): DocumentVectors {
  if (memo.language !== language) throw new Error(`paragraph memo for ${memo.language} used for ${language}`);
  const own = ownFeatures(texts, memo.stopwords, memo);
  const contentWords: string[][] = [];
  for (const text of texts) contentWords.push(memo.contentWords(text));
  const words: number[] = [];
  for (const features of own) words.push(features.words);
  return { own, local: localFeatures(own, rules), words, contentWords, pageStarts: [...pageStarts] };
}

/** Second-stage vectors from first-stage probabilities, page by page. */
export function contextVectors(vectors: DocumentVectors, local: readonly number[]): number[][] {
  const rows: number[][] = [];
  const bounds = [0, ...vectors.pageStarts, local.length];
  for (let page = 0; page + 1 < bounds.length; page++) {
    const [start, end] = [bounds[page]!, bounds[page + 1]!];
    rows.push(...pageContextVectors(vectors.own.slice(start, end), vectors.contentWords.slice(start, end), local.slice(start, end)));
  }
  return rows;
}

/** Second-stage vectors of one page: each page has its own main block (a file of several pages holds one story per page). */
function pageContextVectors(own: readonly OwnFeatures[], contentWords: readonly (readonly string[])[], local: readonly number[]): number[][] {
  const block = mainBlock(local, logWordsOf(own));
  // Document-level context: a pre-extracted article body (mostly story) and a whole-page dump
  // (mostly furniture) call for different readings of the same list-like line.
  let localSum = 0;
  for (const p of local) localSum += p;
  const meanLocal = localSum / Math.max(1, local.length);
  const blockShare = (block.end - block.start) / Math.max(1, local.length);
  const logParagraphs = Math.log1p(local.length);
  const overlap = overlapWithBlock(contentWords, block);
  const rows: number[][] = [];
  for (let index = 0; index < local.length; index++) {
    const p = local[index]!;
    const distance = distanceToBlock(block, index);
    rows.push([
      logit(p),
      local[index - 1] ?? 0.5,
      local[index + 1] ?? 0.5,
      neighbourMean(local, index, 3),
      distance === 0 ? 1 : 0,
      index < block.start ? 1 : 0,
      Math.log1p(distance),
      own[index]!.logWords,
      own[index]!.stopwordDensity,
      own[index]!.terminal,
      meanLocal,
      blockShare,
      logParagraphs,
      // The same score means less inside the main block than outside it (a linear model cannot
      // learn that product by itself).
      distance === 0 ? logit(p) : 0,
      distance === 0 ? 0 : logit(p),
      overlap[index]!,
      neighbourMean(overlap, index, 2),
    ]);
  }
  return rows;
}

function logWordsOf(own: readonly OwnFeatures[]): number[] {
  const logWords: number[] = [];
  for (const features of own) logWords.push(features.logWords);
  return logWords;
}

/**
 * Stage-1 then stage-2 boilerplate probabilities of every paragraph, each in [0, 1]. The model's
 * feature names were checked when it was loaded (`shippedModel()`) or fitted on these vectors.
 */
export function scoreParagraphs(model: ClassifierModel, vectors: DocumentVectors): number[] {
  return scoreVectors(model.context, contextVectors(vectors, scoreVectors(model.local, vectors.local)));
}

/**
 * Labels every paragraph, then revises uncertain ones from their nearest certain neighbours, as
 * jusText does: between two story paragraphs a short line is story (a subheading, "There were wins
 * too."), between two junk lines it is junk (a menu item); otherwise its own score decides. In a
 * file a scraper wrote from several pages (`pageStarts`), each page is judged as it would be alone:
 * its own story span, main block and teaser boxes. Only the guard against gutting reads the whole
 * document.
 */
export function classifyParagraphs(
  texts: readonly string[],
  language: LanguageCode,
  model: ClassifierModel,
  options: ClassifyOptions,
  rules: readonly RuleNeighbourhood[] = [],
  memo: ParagraphMemo = new ParagraphMemo(language),
  pageStarts: readonly number[] = [],
): LineJudgement[] {
  const vectors = documentVectors(texts, language, rules, memo, pageStarts);
  const probabilities = scoreParagraphs(model, vectors);
  const judgements: LineJudgement[] = [];
  const bounds = [0, ...pageStarts, texts.length];
  for (let page = 0; page + 1 < bounds.length; page++) {
    const [start, end] = [bounds[page]!, bounds[page + 1]!];
    judgements.push(...judgePage(pageSlice(texts, probabilities, vectors, rules, start, end), memo, options));
  }
  return guardAgainstGutting(judgements, probabilities, vectors, options);
}

/** One page of a document: paragraphs [start, end) with their scores and features. */
interface PageInput {
  texts: readonly string[];
  probabilities: readonly number[];
  own: readonly OwnFeatures[];
  words: readonly number[];
  contentWords: readonly (readonly string[])[];
  rules: readonly (RuleNeighbourhood | undefined)[];
}

function pageSlice(
  texts: readonly string[],
  probabilities: readonly number[],
  vectors: DocumentVectors,
  rules: readonly RuleNeighbourhood[],
  start: number,
  end: number,
): PageInput {
  return {
    texts: texts.slice(start, end),
    probabilities: probabilities.slice(start, end),
    own: vectors.own.slice(start, end),
    words: vectors.words.slice(start, end),
    contentWords: vectors.contentWords.slice(start, end),
    rules: rules.slice(start, end),
  };
}

function judgePage(page: PageInput, memo: ParagraphMemo, options: ClassifyOptions): LineJudgement[] {
  const { texts, probabilities, own: ownOf, words, rules } = page;
  const shapes = proseShapes(texts, ownOf);
  const story = storySpan(probabilities, shapes, options.threshold);
  const thresholds: number[] = [];
  const initial: InitialClass[] = [];
  const sentences: boolean[] = [];
  for (let i = 0; i < probabilities.length; i++) {
    const threshold = thresholdOf(distanceToBlock(story, i) === 0, shapes[i]!, options);
    thresholds.push(threshold);
    initial.push(initialClass(probabilities[i]!, words[i]!, threshold, options));
    sentences.push(shapes[i]!.words > options.shortWords && shapes[i]!.terminal);
  }
  const block = mainBlock(probabilities, logWordsOf(ownOf));
  const overlap = overlapWithBlock(page.contentWords, block);
  const lines: TeaserLine[] = [];
  const related: RelatedLine[] = [];
  const facts: FactLine[] = [];
  const pairs: PairLine[] = [];
  const boxLines: BoxLine[] = [];
  const captions: CaptionLine[] = [];
  for (let i = 0; i < texts.length; i++) {
    const own = ownOf[i]!;
    const line = { text: texts[i]!, words: own.words, prose: shapes[i]!.prose, headline: own.headlineLike === 1, linkLike: own.linkLike === 1, overlap: overlap[i]! };
    lines.push(line);
    related.push({ ...line, afterRelatedHeading: rules[i]?.relatedHeadingBefore === true, beforeRelatedHeading: rules[i]?.relatedHeadingAfter === true });
    facts.push({ ...line, good: shapes[i]!.good, removedBefore: rules[i]?.removedBefore ?? 0 });
    pairs.push({ text: line.text, words: shapes[i]!.words });
    boxLines.push({ prose: shapes[i]!.prose, removedBefore: rules[i]?.removedBefore ?? 0, contentWords: page.contentWords[i]!, headline: line.headline });
    captions.push({ words: own.words, removedBefore: rules[i]?.removedBefore ?? 0, creditAfter: rules[i]?.creditAfter === true });
  }
  const headlineOverNext = (i: number): boolean => headlineOverLead(texts, i, memo);
  const widgets = teaserWidgets(lines, headlineOverNext);
  const revised = reviseByNeighbours(probabilities, initial, thresholds, sentences, widgetRowsInside(widgets, story, texts.length));
  const underHeadings = dropRunsAfterRelatedHeadings(keepStoryAfterBox(revised, boxLines), related, headlineOverNext);
  const withoutTeasers = dropTeaserPairsOutsideStory(dropTeaserRunsInsideStory(underHeadings, widgets), pairs, block);
  const withoutFurniture = dropCaptionsOverCredits(dropFurnitureLines(withoutTeasers, texts), captions);
  const withData = keepIntroducedLists(keepRecordListsThatAreTheStory(keepDataRunsBesideProse(withoutFurniture, lines), lines), facts);
  return keepWireLeads(keepFactBoxAfterStory(keepPostAttributions(withData, texts), facts), pairs);
}

/** The threshold a paragraph's probability is held to: higher inside the story span and for prose. */
function thresholdOf(inStory: boolean, shape: ProseShape, options: ClassifyOptions): number {
  if (inStory) return Math.max(options.threshold, options.mainBlockThreshold);
  return shape.prose ? Math.max(options.threshold, options.proseThreshold) : options.threshold;
}

/**
 * When the classifier would leave only a sliver of a document, it has met text unlike its training
 * (a results table, a product list, a language it knows little, a page whose article is short).
 * First the densest story block of the final scores is kept; if that is still a sliver, the
 * classifier stands aside and only the rules' removals hold. So a document is never emptied.
 */
function guardAgainstGutting(
  judgements: LineJudgement[],
  probabilities: readonly number[],
  vectors: DocumentVectors,
  options: ClassifyOptions,
): LineJudgement[] {
  if (!isGutted(judgements, vectors.words, options)) return judgements;
  const block = mainBlock(probabilities, logWordsOf(vectors.own), options.threshold);
  const withBlock = judgements.map((judgement, index) =>
    judgement.boilerplate && index >= block.start && index < block.end
      ? { ...judgement, boilerplate: false, revision: 'kept: inside the densest story block, so the document is not gutted' }
      : judgement,
  );
  if (!isGutted(withBlock, vectors.words, options)) return withBlock;
  return judgements.map((judgement) =>
    judgement.boilerplate
      ? { ...judgement, boilerplate: false, revision: 'kept: the classifier would have left almost nothing' }
      : judgement,
  );
}

function isGutted(judgements: readonly LineJudgement[], words: readonly number[], options: ClassifyOptions): boolean {
  let total = 0;
  let kept = 0;
  for (let i = 0; i < judgements.length; i++) {
    total += words[i]!;
    if (!judgements[i]!.boilerplate) kept += words[i]!;
  }
  return kept < options.minKeptWords && kept < options.minKeptShare * total;
}

/**
 * From the first to the last prose paragraph (jusText's "good": long, stopword-dense) that the model
 * also scores as story: lists, tables and subheadings between them belong to the story.
 */
function storySpan(probabilities: readonly number[], shapes: readonly ProseShape[], threshold: number): Span {
  let start = -1;
  let end = 0;
  for (let i = 0; i < probabilities.length; i++) {
    if (!(probabilities[i]! < threshold && shapes[i]!.good)) continue;
    if (start === -1) start = i;
    end = i + 1;
  }
  return start === -1 ? { start: 0, end: 0 } : { start, end };
}

function initialClass(p: number, words: number, threshold: number, options: ClassifyOptions): InitialClass {
  if (words <= options.shortWords) return 'uncertain';
  // The band is a share of the distance to each end, so a high threshold still leaves room for "bad".
  if (p >= threshold + options.uncertainMargin * (1 - threshold)) return 'bad';
  if (p < threshold - options.uncertainMargin * threshold) return 'good';
  return 'uncertain';
}

function neighbourMean(values: readonly number[], index: number, radius: number): number {
  let sum = 0;
  let count = 0;
  for (let i = Math.max(0, index - radius); i <= Math.min(values.length - 1, index + radius); i++) {
    if (i === index) continue;
    sum += values[i]!;
    count++;
  }
  return count === 0 ? 0.5 : sum / count;
}
