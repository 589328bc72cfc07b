import type { ReviewDocument } from './model.js';

/** One rule's share of a run. */
export interface RuleTally {
  ruleId: string;
  category: string;
  /** Raw lines the rule removed or trimmed, over all documents. */
  lines: number;
  /** Documents in which the rule fired. */
  documents: number;
}

/** Counts over a whole review run, for the summary table and charts. */
export interface RunSummary {
  documents: number;
  failed: number;
  lines: number;
  linesRemoved: number;
  articles: number;
  /** Rules by lines taken, most first; ties by id. */
  rules: RuleTally[];
  /** `articlesPerFile[k]`: documents with k articles (index 0 holds documents with none). */
  articlesPerFile: number[];
  /** Scores of the boundaries split at, in [0, 1]. */
  splitScores: number[];
  /** Scores of the boundaries considered and rejected, in [0, 1]. */
  rejectedScores: number[];
}

/** Adds up a run's documents. */
export function summariseRun(docs: readonly ReviewDocument[]): RunSummary {
  const rules = new Map<string, RuleTally>();
  const summary: RunSummary = {
    documents: docs.length,
    failed: 0,
    lines: 0,
    linesRemoved: 0,
    articles: 0,
    rules: [],
    articlesPerFile: [],
    splitScores: [],
    rejectedScores: [],
  };
  for (const doc of docs) {
    if (doc.error !== undefined) {
      summary.failed++;
      continue;
    }
    summary.lines += doc.lineCount;
    summary.articles += doc.articleCount;
    summary.articlesPerFile[doc.articleCount] = (summary.articlesPerFile[doc.articleCount] ?? 0) + 1;
    summary.splitScores.push(...doc.boundaryScores);
    for (const row of doc.rows) {
      if (row.kind === 'line' && row.status === 'removed') summary.linesRemoved++;
      if (row.kind === 'candidate' && row.score !== null) summary.rejectedScores.push(row.score);
    }
    for (const [ruleId, lines] of Object.entries(doc.linesByRule)) {
      const category = doc.removals.find((removal) => removal.ruleId === ruleId)?.category ?? 'unknown';
      const tally = rules.get(ruleId) ?? { ruleId, category, lines: 0, documents: 0 };
      tally.lines += lines;
      tally.documents++;
      rules.set(ruleId, tally);
    }
  }
  summary.articlesPerFile = Array.from(summary.articlesPerFile, (count) => count ?? 0);
  summary.rules = [...rules.values()].sort((a, b) => b.lines - a.lines || a.ruleId.localeCompare(b.ruleId));
  return summary;
}
