import { describe, expect, it } from 'vitest';
import { checkFloors } from '../../src/eval/floors.js';
import { summariseScores } from '../../src/eval/score.js';
import { scoreDocument } from '../../src/eval/score.js';

const gold = { id: 'd', group: 'g', raw: 'a b\nc d\n', articles: [['a b', 'c d']], lineLabels: null };
// System keeps "a b" only: token P 1, R 0.5, F1 2/3; one article for one gold article.
const summary = summariseScores('g', 'newsclean', [scoreDocument(gold, 'newsclean', { articles: [['a b']], removedLines: new Set() })]);

describe('checkFloors', () => {
  it('passes figures at their bounds and reports the ones beyond', () => {
    expect(checkFloors(summary, { tokenMacroF1: { min: 0.6 }, exactCount: { min: 1 }, falseSplitRate: { max: 0 } })).toEqual([]);
    expect(checkFloors(summary, { tokenMacroF1: { min: 0.7 }, falseSplitRate: { max: 0 } })).toEqual([
      { figure: 'tokenMacroF1', value: expect.closeTo(2 / 3, 10), bound: { min: 0.7 } },
    ]);
  });

  it('fails a bound on a figure the set cannot measure', () => {
    expect(checkFloors(summary, { lineF1: { min: 0 } })).toEqual([{ figure: 'lineF1', value: null, bound: { min: 0 } }]);
  });
});
