import { describe, expect, it } from 'vitest';
import { duplicateMessage, tallyDuplicates } from '../../src/corpus/duplicate-report.js';
import type { DuplicateVerdict } from '../../src/corpus/duplicate-index.js';

const verdicts: DuplicateVerdict[] = [
  { id: 'a#0', duplicateOf: null, kind: null, similarity: null },
  { id: 'b#0', duplicateOf: 'a#0', kind: 'exact', similarity: 1 },
  { id: 'c#0', duplicateOf: 'a#0', kind: 'near', similarity: 0.912 },
  { id: 'd#0', duplicateOf: null, kind: null, similarity: null },
  { id: 'e#1', duplicateOf: 'd#0', kind: 'near', similarity: 0.85 },
];

describe('tallyDuplicates', () => {
  it('counts copies by kind and clusters by first copy', () => {
    expect(tallyDuplicates(verdicts)).toEqual({ articles: 5, duplicates: 3, exact: 1, near: 2, clusters: 2 });
    expect(tallyDuplicates([])).toEqual({ articles: 0, duplicates: 0, exact: 0, near: 0, clusters: 0 });
  });
});

describe('duplicateMessage', () => {
  it('explains a copy and says nothing for a first copy', () => {
    expect(duplicateMessage(verdicts[0]!, [1, 9], 'The council')).toBeNull();
    expect(duplicateMessage(verdicts[2]!, [3, 20], 'The council approved')).toEqual({
      stage: 'assemble',
      action: 'metadata',
      ruleId: 'duplicate',
      category: 'duplicate',
      reason: 'near-duplicate of a#0 (estimated Jaccard similarity 0.91 of word shingles)',
      line: 3,
      endLine: 20,
      text: 'The council approved',
    });
    expect(duplicateMessage(verdicts[1]!, [1, 1], 'x')?.reason).toBe('exact duplicate of a#0 (same text after lowercasing and collapsing spaces)');
  });
});
