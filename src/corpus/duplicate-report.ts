import type { Message } from '../types.js';
import type { DuplicateVerdict } from './duplicate-index.js';

/** Run totals for the summary: how many articles were copies, and of how many first copies. */
export interface DuplicateTally {
  articles: number;
  /** Articles marked as copies (exact + near). */
  duplicates: number;
  exact: number;
  near: number;
  /** First copies with at least one copy: the number of duplicate clusters. */
  clusters: number;
}

/** Counts a run's verdicts (any order). */
export function tallyDuplicates(verdicts: Iterable<DuplicateVerdict>): DuplicateTally {
  const tally: DuplicateTally = { articles: 0, duplicates: 0, exact: 0, near: 0, clusters: 0 };
  const firstCopiesWithCopies = new Set<string>();
  for (const verdict of verdicts) {
    tally.articles++;
    if (verdict.duplicateOf === null) continue;
    tally.duplicates++;
    if (verdict.kind === 'exact') tally.exact++;
    else tally.near++;
    firstCopiesWithCopies.add(verdict.duplicateOf);
  }
  tally.clusters = firstCopiesWithCopies.size;
  return tally;
}

/**
 * The `--explain` message for an article marked as a copy, spanning its raw lines (1-based,
 * inclusive); null for a first copy. Action `metadata`: the article is kept (or dropped whole by
 * `--dedupe`), no text inside it is removed.
 */
export function duplicateMessage(verdict: DuplicateVerdict, lines: readonly [number, number], firstWords: string): Message | null {
  if (verdict.duplicateOf === null) return null;
  const reason =
    verdict.kind === 'exact'
      ? `exact duplicate of ${verdict.duplicateOf} (same text after lowercasing and collapsing spaces)`
      : `near-duplicate of ${verdict.duplicateOf} (estimated Jaccard similarity ${verdict.similarity!.toFixed(2)} of word shingles)`;
  return { stage: 'assemble', action: 'metadata', ruleId: 'duplicate', category: 'duplicate', reason, line: lines[0], endLine: lines[1], text: firstWords };
}
