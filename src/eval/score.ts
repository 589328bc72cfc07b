import { alignToGold, type Alignment } from './align.js';
import type { GoldDocument } from './gold.js';
import { countLineDecisions, type LineDecisionCounts } from './metrics/line-decision.js';
import { meanOf, precisionRecall, ratio, type PrecisionRecall } from './metrics/ratio.js';
import { boundaryPositions, matchBoundaries, pk, windowDiff, type BoundaryCounts } from './metrics/segmentation.js';
import { addTitleCounts, countTitles, type TitleCounts } from './metrics/titles.js';
import { scoreTokens, summariseTokens, type TokenScore, type TokenSummary } from './metrics/token-overlap.js';
import type { SystemOutput } from './systems.js';

/** Segmentation figures of one document, over gold paragraph units. */
export interface DocumentSegmentation {
  goldArticles: number;
  systemArticles: number;
  /** Gold paragraphs (the units of Pk and WindowDiff). */
  units: number;
  /** Gold paragraphs not found in the output (they inherit a neighbour's article). */
  unitsLost: number;
  pk: number | null;
  windowDiff: number | null;
  exact: BoundaryCounts;
  /** Matching within ±1 paragraph. */
  near: BoundaryCounts;
  /** Gold boundary positions (0-based unit index of a new article's first paragraph) no system boundary matched exactly or ±1. */
  missedAt: number[];
  /** System boundary positions with no gold boundary within ±1. */
  spuriousAt: number[];
  /** Each gold boundary in order: how it was made (when the gold says) and whether the system found it. */
  boundaries: GoldBoundaryOutcome[];
}

/** One gold boundary and whether a system boundary sat on it (`exact`), beside it (`near`, ±1) or nowhere near. */
export interface GoldBoundaryOutcome {
  kinds: readonly string[];
  found: 'exact' | 'near' | 'missed';
}

/** Boundary recall over the gold boundaries of one kind of join. */
export interface KindRecall {
  kind: string;
  boundaries: number;
  /** Share found exactly, and within ±1 paragraph. */
  exact: number;
  near: number;
}

/** Every figure of one document for one system. */
export interface DocumentScore {
  id: string;
  group: string;
  system: string;
  tokens: TokenScore;
  lines: LineDecisionCounts | null;
  segmentation: DocumentSegmentation;
  /** Titles against the gold's known headlines; null when the gold knows none or the system gives no titles. */
  titles: TitleCounts | null;
}

/** Scores one system output against its gold. */
export function scoreDocument(doc: GoldDocument, system: string, output: SystemOutput): DocumentScore {
  const goldText = doc.articles.flat().join('\n');
  const systemText = output.articles.flat().join('\n');
  const alignment = alignToGold(doc.articles, output.articles);
  return {
    id: doc.id,
    group: doc.group,
    system,
    tokens: scoreTokens(systemText, goldText),
    lines: doc.lineLabels === null ? null : countLineDecisions(doc.lineLabels, output.removedLines),
    segmentation: scoreSegmentation(doc.articles, output.articles, alignment, doc.boundaryKinds ?? []),
    titles:
      doc.headlines === undefined || output.titles === undefined ? null : countTitles(doc.raw, doc.headlines, firstParagraphArticles(doc.articles, alignment), output.titles),
  };
}

/** The system article holding each gold article's first paragraph, or taking its place when it is lost (align.ts). */
function firstParagraphArticles(gold: readonly string[][], alignment: Alignment): Array<number | null> {
  let unit = 0;
  return gold.map((paragraphs) => {
    const at = unit;
    unit += paragraphs.length;
    return paragraphs.length > 0 ? (alignment.hypothesis[at] ?? null) : null;
  });
}

function scoreSegmentation(
  gold: readonly string[][],
  system: readonly string[][],
  alignment: Alignment,
  kinds: ReadonlyArray<readonly string[]>,
): DocumentSegmentation {
  const reference = gold.flatMap((paragraphs, article) => paragraphs.map(() => article));
  const goldBoundaries = boundaryPositions(reference);
  const systemBoundaries = boundaryPositions(alignment.hypothesis);
  const near = matchBoundaries(goldBoundaries, systemBoundaries, 1);
  return {
    goldArticles: gold.length,
    systemArticles: system.length,
    units: reference.length,
    unitsLost: alignment.found.filter((found) => !found).length,
    pk: pk(reference, alignment.hypothesis),
    windowDiff: windowDiff(reference, alignment.hypothesis),
    exact: matchBoundaries(goldBoundaries, systemBoundaries, 0),
    near,
    missedAt: goldBoundaries.filter((g) => !systemBoundaries.some((s) => Math.abs(s - g) <= 1)),
    spuriousAt: systemBoundaries.filter((s) => !goldBoundaries.some((g) => Math.abs(s - g) <= 1)),
    boundaries: goldBoundaries.map((g, k) => ({
      kinds: kinds[k] ?? [],
      found: systemBoundaries.includes(g) ? 'exact' : systemBoundaries.some((s) => Math.abs(s - g) <= 1) ? 'near' : 'missed',
    })),
  };
}

/** Line-level figures of the boilerplate decision over a set of documents. */
export interface LineSummary {
  /** Of the lines removed, the share that were boilerplate. */
  precision: number | null;
  /** Of the boilerplate lines, the share removed. */
  recall: number | null;
  f1: number | null;
  contentLinesLost: number;
  boilerplateLinesKept: number;
  contentLines: number;
  boilerplateLines: number;
}

/** Segmentation figures over a set of documents. */
export interface SegmentationSummary {
  /** Mean over documents where defined. */
  pk: number | null;
  windowDiff: number | null;
  /** Boundary P/R/F1 from counts summed over documents. */
  exact: PrecisionRecall;
  near: PrecisionRecall;
  /** Share of documents with as many system articles as gold articles. */
  exactCount: number | null;
  /** Share of single-article gold documents that the system split; null when there are none. */
  falseSplitRate: number | null;
  singleArticleDocuments: number;
  /** Boundary recall per kind of join, kinds in alphabetical order; empty when the gold does not say. */
  byKind: KindRecall[];
}

/** All figures of one system on one group. */
export interface GroupSummary {
  group: string;
  system: string;
  documents: number;
  tokens: TokenSummary;
  lines: LineSummary | null;
  segmentation: SegmentationSummary;
  /** Summed over the documents that have them; null when none has. */
  titles: TitleCounts | null;
}

/** Sums and averages the scores of one system on one group. */
export function summariseScores(group: string, system: string, scores: readonly DocumentScore[]): GroupSummary {
  return {
    group,
    system,
    documents: scores.length,
    tokens: summariseTokens(scores.map((s) => s.tokens)),
    lines: summariseLines(scores.flatMap((s) => (s.lines === null ? [] : [s.lines]))),
    segmentation: summariseSegmentation(scores.map((s) => s.segmentation)),
    titles: scores.reduce<TitleCounts | null>((sum, s) => (s.titles === null ? sum : sum === null ? s.titles : addTitleCounts(sum, s.titles)), null),
  };
}

function summariseLines(counts: readonly LineDecisionCounts[]): LineSummary | null {
  if (counts.length === 0) return null;
  const sum = (pick: (c: LineDecisionCounts) => number): number => counts.reduce((total, c) => total + pick(c), 0);
  const removed = sum((c) => c.removedBoilerplate);
  const lost = sum((c) => c.lostContent);
  const kept = sum((c) => c.keptBoilerplate);
  return {
    ...precisionRecall(removed, lost, kept),
    contentLinesLost: lost,
    boilerplateLinesKept: kept,
    contentLines: lost + sum((c) => c.keptContent),
    boilerplateLines: removed + kept,
  };
}

function summariseSegmentation(docs: readonly DocumentSegmentation[]): SegmentationSummary {
  const total = (pick: (d: DocumentSegmentation) => BoundaryCounts): PrecisionRecall => {
    let matched = 0;
    let spurious = 0;
    let missed = 0;
    for (const doc of docs) {
      const counts = pick(doc);
      matched += counts.matched;
      spurious += counts.spurious;
      missed += counts.missed;
    }
    return precisionRecall(matched, spurious, missed);
  };
  const single = docs.filter((d) => d.goldArticles === 1);
  return {
    pk: meanOf(docs.map((d) => d.pk)),
    windowDiff: meanOf(docs.map((d) => d.windowDiff)),
    exact: total((d) => d.exact),
    near: total((d) => d.near),
    exactCount: ratio(docs.filter((d) => d.systemArticles === d.goldArticles).length, docs.length),
    falseSplitRate: ratio(single.filter((d) => d.systemArticles > 1).length, single.length),
    singleArticleDocuments: single.length,
    byKind: recallByKind(docs.flatMap((d) => d.boundaries)),
  };
}

function recallByKind(boundaries: readonly GoldBoundaryOutcome[]): KindRecall[] {
  const counts = new Map<string, { boundaries: number; exact: number; near: number }>();
  for (const { kinds, found } of boundaries) {
    for (const kind of kinds) {
      const count = counts.get(kind) ?? { boundaries: 0, exact: 0, near: 0 };
      count.boundaries++;
      if (found === 'exact') count.exact++;
      if (found !== 'missed') count.near++;
      counts.set(kind, count);
    }
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => ({ kind, boundaries: count.boundaries, exact: count.exact / count.boundaries, near: count.near / count.boundaries }));
}
