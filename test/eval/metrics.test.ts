import { describe, expect, it } from 'vitest';
import { boundaryPositions, matchBoundaries, pk, windowDiff, windowSize } from '../../src/eval/metrics/segmentation.js';
import { scoreTokens, summariseTokens } from '../../src/eval/metrics/token-overlap.js';
import { countLineDecisions, type GoldLineLabel } from '../../src/eval/metrics/line-decision.js';
import { precisionRecall } from '../../src/eval/metrics/ratio.js';
import { wordTokens } from '../../src/eval/tokens.js';
import { alignToGold } from '../../src/eval/align.js';

describe('wordTokens', () => {
  it('lowercases Unicode word runs and drops punctuation', () => {
    expect(wordTokens('Hong Kong’s Cyberport: “AI”, Привет_мир 2025!')).toEqual(['hong', 'kong', 's', 'cyberport', 'ai', 'привет_мир', '2025']);
  });
});

describe('scoreTokens', () => {
  it('counts the bag overlap', () => {
    // system: the(2) cat sat  → 4 tokens; gold: the cat sat on the mat → 6 tokens.
    // shared = min(2,2) the + cat + sat = 4 → P = 4/4, R = 4/6, F1 = 2·1·(2/3)/(1+2/3) = 0.8.
    const score = scoreTokens('The cat, the sat.', 'the cat sat on the mat');
    expect(score).toMatchObject({ shared: 4, systemTokens: 4, goldTokens: 6, precision: 1 });
    expect(score.recall).toBeCloseTo(2 / 3, 10);
    expect(score.f1).toBeCloseTo(0.8, 10);
  });

  it('scores empty output as zero', () => {
    expect(scoreTokens('', 'gold words')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('averages per document and over all tokens', () => {
    // doc 1: P 1, R 1 (2 tokens); doc 2: system "a b c d", gold "a" → shared 1, P 1/4, R 1.
    const summary = summariseTokens([scoreTokens('x y', 'x y'), scoreTokens('a b c d', 'a')]);
    expect(summary.macroPrecision).toBeCloseTo((1 + 0.25) / 2, 10);
    expect(summary.macroRecall).toBe(1);
    // micro: shared 3, system 6, gold 3 → P 0.5, R 1, F1 2/3.
    expect(summary.microPrecision).toBeCloseTo(0.5, 10);
    expect(summary.microF1).toBeCloseTo(2 / 3, 10);
    // F1 of means: P̄ 0.625, R̄ 1 → 2·0.625/1.625.
    expect(summary.f1OfMeans).toBeCloseTo(1.25 / 1.625, 10);
    // mean of F1s: doc 1: 1, doc 2: 2·0.25/1.25 = 0.4 → 0.7.
    expect(summary.macroF1).toBeCloseTo(0.7, 10);
  });
});

describe('precisionRecall', () => {
  it('leaves 0/0 undefined', () => {
    expect(precisionRecall(0, 0, 3)).toEqual({ precision: null, recall: 0, f1: null });
    expect(precisionRecall(2, 2, 0)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });
});

describe('countLineDecisions', () => {
  it('counts removed junk, lost content and kept junk', () => {
    const c = (article: number): GoldLineLabel => ({ kind: 'content', article });
    const b: GoldLineLabel = { kind: 'boilerplate' };
    const blank: GoldLineLabel = { kind: 'blank' };
    const labels = [c(0), blank, b, b, c(0), c(1), b];
    const counts = countLineDecisions(labels, new Set([3, 5, 2]));
    expect(counts).toEqual({
      removedBoilerplate: 1,
      lostContent: 1,
      keptBoilerplate: 2,
      keptContent: 2,
      lostLines: [5],
      junkLines: [4, 7],
    });
  });
});

describe('Pk and WindowDiff on cases checked on paper', () => {
  it('case A: 10 units, 3 gold segments, both boundaries off by one', () => {
    const ref = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2]; // gold boundaries after units 2 and 6
    const hyp = [0, 0, 1, 1, 1, 1, 1, 1, 2, 2]; // system boundaries after units 1 and 7
    // k = round(10 / 3 / 2) = round(1.67) = 2; windows i = 0..7 (8 of them), pair (i, i+2).
    //  i  ref same?  hyp same?  Pk err | ref bnds in (i,i+2)  hyp bnds  WD err
    //  0  yes        no         1      | 0                   1         1
    //  1  no         no         0      | 1                   1         0
    //  2  no         yes        1      | 1                   0         1
    //  3  yes        yes        0      | 0                   0         0
    //  4  yes        yes        0      | 0                   0         0
    //  5  no         yes        1      | 1                   0         1
    //  6  no         no         0      | 1                   1         0
    //  7  yes        no         1      | 0                   1         1
    // Pk = 4/8 = 0.5, WindowDiff = 4/8 = 0.5.
    expect(windowSize(ref)).toBe(2);
    expect(pk(ref, hyp)).toBe(0.5);
    expect(windowDiff(ref, hyp)).toBe(0.5);
    expect(pk(ref, ref)).toBe(0);
    expect(windowDiff(ref, ref)).toBe(0);
  });

  it('case B: two system boundaries in one window, which WindowDiff sees and Pk does not', () => {
    const ref = [0, 0, 0, 0, 1, 1, 1, 1]; // gold boundary after unit 3
    const hyp = [0, 0, 0, 1, 2, 2, 2, 2]; // system boundaries after units 2 and 3
    // k = round(8 / 2 / 2) = 2; windows i = 0..5 (6).
    //  i  ref same?  hyp same?  Pk err | ref bnds  hyp bnds  WD err
    //  0  yes        yes        0      | 0         0         0
    //  1  yes        no         1      | 0         1         1
    //  2  no         no         0      | 1         2         1
    //  3  no         no         0      | 1         1         0
    //  4  yes        yes        0      | 0         0         0
    //  5  yes        yes        0      | 0         0         0
    // Pk = 1/6, WindowDiff = 2/6.
    expect(pk(ref, hyp)).toBeCloseTo(1 / 6, 12);
    expect(windowDiff(ref, hyp)).toBeCloseTo(2 / 6, 12);
  });

  it('is undefined without a window', () => {
    expect(pk([0], [0])).toBeNull();
    expect(windowDiff([0], [0])).toBeNull();
  });

  it('rejects segmentations of different lengths', () => {
    expect(() => pk([0, 0], [0])).toThrow(RangeError);
  });
});

describe('matchBoundaries', () => {
  it('matches exactly and within one unit, one to one', () => {
    expect(boundaryPositions([0, 0, 1, 1, 2])).toEqual([2, 4]);
    expect(matchBoundaries([3, 7], [2, 7, 9], 0)).toEqual({ matched: 1, spurious: 2, missed: 1 });
    expect(matchBoundaries([3, 7], [2, 7, 9], 1)).toEqual({ matched: 2, spurious: 1, missed: 0 });
    // Two system boundaries next to one gold boundary: only one may take it.
    expect(matchBoundaries([5], [4, 6], 1)).toEqual({ matched: 1, spurious: 1, missed: 0 });
  });
});

describe('alignToGold', () => {
  const gold = [
    ['First story opens here.', 'It goes on.'],
    ['Second story opens.', 'It ends.'],
  ];

  it('follows the system articles through cleaning differences', () => {
    const system = [['FIRST story opens here', 'It goes on. Share this article'], ['Second story opens.'], ['It ends!']];
    expect(alignToGold(gold, system)).toEqual({ hypothesis: [0, 0, 1, 2], found: [true, true, true, true] });
  });

  it('lets a lost paragraph inherit its neighbour', () => {
    const system = [['It goes on.', 'Second story opens.', 'It ends.']];
    expect(alignToGold(gold, system)).toEqual({ hypothesis: [0, 0, 0, 0], found: [false, true, true, true] });
  });

  it('lets a lost first paragraph take its own article, not the story before it', () => {
    // The cleaner removed the second story's opening line and split where its next paragraph begins: the split is on the gold boundary.
    const split = [['First story opens here.', 'It goes on.'], ['It ends.']];
    expect(alignToGold(gold, split)).toEqual({ hypothesis: [0, 0, 1, 1], found: [true, true, false, true] });
    // Split one paragraph late, the lost line still sides with its own article's next paragraph: the boundary stays missed.
    const late = [['First story opens here.', 'It goes on.', 'It ends.']];
    expect(alignToGold(gold, late).hypothesis).toEqual([0, 0, 0, 0]);
  });

  it('gives an article with nothing found the article before it', () => {
    const three = [['One.', 'Two.'], ['Lost opening.', 'Lost too.'], ['Three.']];
    expect(alignToGold(three, [['One.', 'Two.'], ['Three.']]).hypothesis).toEqual([0, 0, 0, 0, 1]);
  });

  it('keeps document order among duplicates', () => {
    const dupGold = [['Share'], ['Share']];
    expect(alignToGold(dupGold, [['Share'], ['Share']]).hypothesis).toEqual([0, 1]);
  });

  it('never aligns back to an earlier article when a repeated paragraph was dropped', () => {
    // An interview asks each guest the same question; the cleaner keeps only the first copy.
    const interview = [['Guest one.', 'What inspires you?', 'Cooking.', 'Guest two.', 'What inspires you?', 'Travel.']];
    const system = [['Guest one.', 'What inspires you?', 'Cooking.'], ['Guest two.', 'Travel.']];
    expect(alignToGold(interview, system)).toEqual({
      hypothesis: [0, 0, 0, 1, 1, 1],
      found: [true, true, true, true, false, true],
    });
  });
});
