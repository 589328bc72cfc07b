import type { ArticleRecord } from '../types.js';
import { duplicateMessage } from './duplicate-report.js';
import type { DuplicateIndex, DuplicateVerdict } from './duplicate-index.js';

/**
 * Gives each record of one document its `duplicate_of` (the id of the first copy seen in the run, or
 * null), adding the verdict to `explain` when the record carries explanations. Records must come in
 * input order, as the run writes them, so the first copy is always the earliest: the result does
 * not depend on how many workers produced the records.
 */
export function markDuplicates(index: DuplicateIndex, records: readonly ArticleRecord[]): { records: ArticleRecord[]; verdicts: DuplicateVerdict[] } {
  const verdicts: DuplicateVerdict[] = [];
  const marked = records.map((record) => {
    const verdict = index.add(index.sign(record.id, record.paragraphs));
    verdicts.push(verdict);
    // `duplicate_of` follows `boundary` in the record, before the explanation fields (README).
    const { removed, explain, ...fields } = record;
    const withMark: ArticleRecord = { ...fields, duplicate_of: verdict.duplicateOf };
    if (removed !== undefined) withMark.removed = removed;
    if (explain !== undefined) {
      const message = duplicateMessage(verdict, record.lines, record.paragraphs[0]?.slice(0, 80) ?? '');
      withMark.explain = message === null ? explain : [...explain, message];
    }
    return withMark;
  });
  return { records: marked, verdicts };
}
