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
  const tallier = new DuplicateTallier();
  for (const verdict of verdicts) tallier.add(verdict);
  return tallier.tally;
}

/**
 * A running {@link DuplicateTally}, for a run that must not keep its verdicts: it remembers only the
 * first copies that have copies (never more than the duplicate index itself holds).
 */
export class DuplicateTallier {
  readonly tally: DuplicateTally = { articles: 0, duplicates: 0, exact: 0, near: 0, clusters: 0 };
  private readonly firstCopiesWithCopies = new Set<string>();

  add(verdict: DuplicateVerdict): void {
    this.tally.articles++;
    if (verdict.duplicateOf === null) return;
    this.tally.duplicates++;
    if (verdict.kind === 'exact') this.tally.exact++;
    else this.tally.near++;
    this.firstCopiesWithCopies.add(verdict.duplicateOf);
    this.tally.clusters = this.firstCopiesWithCopies.size;
  }
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
