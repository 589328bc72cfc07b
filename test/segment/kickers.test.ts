import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/segment/gap-features.js';
import { moveSplitsBeforeKickers } from '../../src/segment/kickers.js';

const gap = (values: Partial<Record<string, number>> = {}): number[] => FEATURE_NAMES.map((name) => values[name] ?? 0);
// Paragraph 2 is "BAAR, SWITZERLAND", the dateline that opens a press release of the aeb train articles
// (synthetic joins, seed 2); gap g (before paragraph g) at index g - 1.
const words = [60, 60, 2, 60, 60];
const afterKicker = (values: Partial<Record<string, number>> = {}): number[][] => [gap(), gap(), gap({ 'after-headline-like': 1, ...values }), gap()];

describe('moveSplitsBeforeKickers', () => {
  it('moves a split from after a headline-shaped line to before it, when that gap is a boundary too', () => {
    expect(moveSplitsBeforeKickers([3], [-2, 0.5, 3, -2], afterKicker(), words, 50)).toEqual([2]);
  });

  it('leaves it when the gap before the line is no boundary, or the story before would be too short', () => {
    expect(moveSplitsBeforeKickers([3], [-2, -0.5, 3, -2], afterKicker(), words, 50)).toEqual([3]);
    expect(moveSplitsBeforeKickers([3], [-2, 0.5, 3, -2], afterKicker(), [20, 20, 2, 60, 60], 50)).toEqual([3]);
  });

  it('leaves it after a closing line, a lead-in that ends open, or a line the cleaner removed something after', () => {
    for (const cue of ['before-signs-off', 'before-ends-open', 'removal-gap']) {
      expect(moveSplitsBeforeKickers([3], [-2, 0.5, 3, -2], afterKicker({ [cue]: 1 }), words, 50)).toEqual([3]);
    }
  });
});
