import { LearningPass } from '../corpus/learn-pass.js';
import type { Profile } from '../corpus/profile.js';
import type { CorpusOptions, PipelineOptions } from '../options.js';
import { devSplitOf, type DevSplit } from './split.js';
import type { Dataset, GoldDocument, Measure } from './gold.js';
import { scoreDocument, summariseScores, type DocumentScore, type GroupSummary } from './score.js';
import { buildSynthDocuments, joinKinds, type SourceArticle, type SynthDocument, type SynthOptions } from './synth.js';
import { keepEverythingSystem, newscleanSystem, oneArticlePerFileSystem, type EvalSystem } from './systems.js';

/** Which development documents to score: `all`, or one side of the fixed split (src/eval/split.ts). */
export type SplitChoice = DevSplit | 'all';

/** A worst-scoring document and what went wrong in it. */
export interface WorstDocument {
  id: string;
  group: string;
  /** Mean of token F1 (when cleaning is measured) and 1 − WindowDiff (when defined); 1 is perfect. */
  quality: number;
  tokens: { precision: number; recall: number; f1: number; junkTokens: number; lostTokens: number };
  /** Gold content lines removed (1-based raw line, text). */
  lostLines: Array<{ line: number; text: string }>;
  /** Gold boilerplate lines kept. */
  junkLines: Array<{ line: number; text: string }>;
  goldArticles: number;
  systemArticles: number;
  /** Gold paragraph that starts an article the system ran on into the previous one. */
  missedSplits: string[];
  /** Gold paragraph at which the system started a new article inside one gold article. */
  falseSplits: string[];
  /** Gold paragraphs not found in the output at all. */
  paragraphsLost: number;
}

/** Everything one `newsclean eval` run measured. */
export interface EvalRun {
  layout: Dataset['layout'];
  root: string;
  split: SplitChoice;
  measures: Measure[];
  systems: Array<{ name: string; description: string }>;
  /** One per group and system, groups in first-seen order, newsclean first within a group. */
  summaries: GroupSummary[];
  /** Lowest-quality documents of newsclean, worst first (as many as asked). */
  worst: WorstDocument[];
}

/** Keeps the documents on the chosen side of the development split. */
export function selectSplit<T extends { id: string }>(items: readonly T[], split: SplitChoice): T[] {
  return split === 'all' ? [...items] : items.filter((item) => devSplitOf(item.id) === split);
}

/** The documents a run scores: a synthetic set whole, a development dataset's chosen side of the split. */
export function scoredDocuments(dataset: Dataset, split: SplitChoice): GoldDocument[] {
  return dataset.layout === 'synth' ? dataset.documents : selectSplit(dataset.documents, split);
}

/**
 * `eval --learn-boilerplate`: the first pass over each report group's raw inputs (a group is one
 * rendering of the dataset, aeb `page` or `container`, and its pages are one corpus), exactly as
 * `newsclean DIR --learn-boilerplate` learns from a folder. Gold is never read.
 */
export function learnGroupProfiles(documents: readonly GoldDocument[], options: CorpusOptions): Map<string, Profile> {
  const passes = new Map<string, LearningPass>();
  for (const doc of documents) {
    let pass = passes.get(doc.group);
    if (pass === undefined) passes.set(doc.group, (pass = new LearningPass(options, 'folders')));
    pass.observeText(doc.raw, doc.group);
  }
  return new Map([...passes].map(([group, pass]) => [group, pass.profile()]));
}

/** newsclean and the two trivial baselines, in report order. */
export function standardSystems(options: PipelineOptions): EvalSystem[] {
  return [newscleanSystem(options), keepEverythingSystem, oneArticlePerFileSystem(options)];
}

/** Scores every system on every document and keeps the `worstCount` lowest documents of the first system. */
export function evaluateDataset(dataset: Dataset, split: SplitChoice, systems: readonly EvalSystem[], worstCount: number): EvalRun {
  const documents = scoredDocuments(dataset, split);
  const groups = [...new Set(documents.map((d) => d.group))];
  const summaries: GroupSummary[] = [];
  const primary: Array<{ doc: GoldDocument; score: DocumentScore; quality: number }> = [];
  const measures = new Set(dataset.measures);
  for (const group of groups) {
    const inGroup = documents.filter((d) => d.group === group);
    systems.forEach((system, index) => {
      const scores = inGroup.map((doc) => {
        const score = scoreDocument(doc, system.name, system.run(doc));
        if (index === 0) primary.push({ doc, score, quality: qualityOf(score, measures) });
        return score;
      });
      summaries.push(summariseScores(group, system.name, scores));
    });
  }
  const worst = primary
    .sort((a, b) => a.quality - b.quality || a.doc.id.localeCompare(b.doc.id))
    .slice(0, worstCount)
    .map(({ doc, score, quality }) => describeWorst(doc, score, quality));
  return {
    layout: dataset.layout,
    root: dataset.root,
    split,
    measures: dataset.measures,
    systems: systems.map(({ name, description }) => ({ name, description })),
    summaries,
    worst,
  };
}

function qualityOf(score: DocumentScore, measures: ReadonlySet<Measure>): number {
  const parts: number[] = [];
  if (measures.has('cleaning')) parts.push(score.tokens.f1);
  if (measures.has('segmentation') && score.segmentation.windowDiff !== null) parts.push(1 - score.segmentation.windowDiff);
  return parts.length === 0 ? 1 : parts.reduce((a, b) => a + b, 0) / parts.length;
}

const EXCERPT_CHARS = 80;

function describeWorst(doc: GoldDocument, score: DocumentScore, quality: number): WorstDocument {
  const rawLines = doc.raw.split(/\r?\n/);
  const lineText = (line: number): { line: number; text: string } => ({ line, text: excerpt(rawLines[line - 1] ?? '') });
  const units = doc.articles.flat();
  const unitText = (position: number): string => excerpt(units[position] ?? '');
  const seg = score.segmentation;
  return {
    id: doc.id,
    group: doc.group,
    quality,
    tokens: {
      precision: score.tokens.precision,
      recall: score.tokens.recall,
      f1: score.tokens.f1,
      junkTokens: score.tokens.systemTokens - score.tokens.shared,
      lostTokens: score.tokens.goldTokens - score.tokens.shared,
    },
    lostLines: (score.lines?.lostLines ?? []).map(lineText),
    junkLines: (score.lines?.junkLines ?? []).map(lineText),
    goldArticles: seg.goldArticles,
    systemArticles: seg.systemArticles,
    missedSplits: seg.missedAt.map(unitText),
    falseSplits: seg.spuriousAt.map(unitText),
    paragraphsLost: seg.unitsLost,
  };
}

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= EXCERPT_CHARS ? trimmed : `${trimmed.slice(0, EXCERPT_CHARS - 1)}…`;
}

/**
 * A dataset of synthetic concatenations built from single articles. With a split chosen, only source
 * articles on that side of the development split are used, so held-out figures never see a training
 * article.
 */
export function synthDataset(root: string, articles: readonly SourceArticle[], split: SplitChoice, options: Partial<SynthOptions>): Dataset {
  const documents = buildSynthDocuments(selectSplit(articles, split), options).map(synthGold);
  return { layout: 'synth', root, documents, measures: ['segmentation', 'cleaning', 'lines'] };
}

/**
 * Every single article of a folder alone (headline, then body; nothing added): the documents on which
 * the false-split rate measures the promise that one story is never cut.
 */
export function singleArticleDataset(root: string, articles: readonly SourceArticle[], split: SplitChoice): Dataset {
  const documents = selectSplit(articles, split).map((article): GoldDocument => {
    const lines = [...(article.title === null ? [] : [article.title]), ...article.paragraphs];
    return {
      id: article.id,
      group: 'singles',
      raw: `${lines.join('\n')}\n`,
      articles: [lines],
      lineLabels: lines.map(() => ({ kind: 'content' as const, article: 0 })),
      headlines: [article.title],
    };
  });
  return { layout: 'synth', root, documents, measures: ['segmentation', 'cleaning', 'lines'] };
}

/** A synthetic document as gold for scoring. */
export function synthGold(doc: SynthDocument): GoldDocument {
  return {
    id: doc.id,
    group: 'synth',
    raw: doc.text,
    articles: doc.articles.map((article) => article.paragraphs),
    lineLabels: doc.labels.map((label) => (label.kind === 'content' ? label : { kind: 'boilerplate' as const })),
    boundaryKinds: joinKinds(doc),
    headlines: doc.articles.map((article) => article.title),
  };
}
