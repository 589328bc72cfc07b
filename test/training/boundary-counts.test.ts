import { describe, expect, it } from 'vitest';
import { countBoundaries, KEPT_BOILERPLATE } from '../../src/training/segmenter-data.js';

const JUNK = KEPT_BOILERPLATE;

describe('countBoundaries', () => {
  // Two articles with a kept "End of Twitter post" line between them.
  const articles = [0, 0, JUNK, 1, 1];

  it('counts a split before or after kept boilerplate between two stories as the same, found boundary', () => {
    expect(countBoundaries(articles, [2])).toEqual({ matched: 1, predicted: 1, gold: 1 });
    expect(countBoundaries(articles, [3])).toEqual({ matched: 1, predicted: 1, gold: 1 });
  });

  it('counts a split inside a story as predicted but not matched, and no split as a miss', () => {
    expect(countBoundaries(articles, [1, 3])).toEqual({ matched: 1, predicted: 2, gold: 1 });
    expect(countBoundaries(articles, [])).toEqual({ matched: 0, predicted: 0, gold: 1 });
  });

  it('does not count a split that only sets trailing boilerplate apart', () => {
    expect(countBoundaries([0, 0, 0, JUNK, JUNK], [3])).toEqual({ matched: 0, predicted: 0, gold: 0 });
  });
});
