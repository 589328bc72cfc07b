import { describe, expect, it } from 'vitest';
import { depthScores } from '../../src/cohesion/depth-scores.js';
import { gapCohesion, indexTerms, spanCohesion, unitToWindowCohesion } from '../../src/cohesion/tfidf-windows.js';

const OIL = ['oil', 'price', 'barrel', 'opec'];
const VOTE = ['senat', 'bill', 'vote', 'reserv'];
const units = [OIL, OIL, OIL, VOTE, VOTE, VOTE];

describe('gapCohesion', () => {
  it('is high inside a topic and zero across a change of vocabulary', () => {
    const cohesion = gapCohesion(indexTerms(units), { minTerms: 8, maxUnits: 2 });
    expect(cohesion).toHaveLength(5);
    expect(cohesion[0]!.similarity).toBeCloseTo(1);
    expect(cohesion[2]!.similarity).toBe(0);
    expect(cohesion[2]!.newTermShare).toBe(1);
    expect(cohesion[4]!.newTermShare).toBe(0);
  });

  it('scores nothing for a one-unit document', () => {
    expect(gapCohesion(indexTerms([OIL]), { minTerms: 8, maxUnits: 2 })).toEqual([]);
  });
});

describe('depthScores', () => {
  it('is deepest at the valley between two plateaus', () => {
    const depths = depthScores([0.8, 0.7, 0.1, 0.6, 0.9], 6);
    expect(depths[2]).toBeCloseTo(0.8 - 0.1 + (0.9 - 0.1));
    expect(Math.max(...depths)).toBe(depths[2]);
  });

  it('stops climbing after maxClimb gaps', () => {
    expect(depthScores([0.9, 0.5, 0.4, 0.1], 1)[3]).toBeCloseTo(0.3);
  });
});

describe('unitToWindowCohesion and spanCohesion', () => {
  const SIGN_OFF = ['view', 'express', 'opinion'];
  const doc = [OIL, OIL, SIGN_OFF, VOTE, VOTE];
  const terms = indexTerms(doc);

  it('tells a lead that belongs with what follows from a sign-off that belongs with nothing', () => {
    const window = { minTerms: 8, maxUnits: 2 };
    expect(unitToWindowCohesion(terms, 3, 4, 1, window)).toBeCloseTo(1);
    expect(unitToWindowCohesion(terms, 3, 2, -1, window)).toBe(0);
    expect(unitToWindowCohesion(terms, 2, 3, 1, window)).toBe(0);
    expect(unitToWindowCohesion(terms, 2, 1, -1, window)).toBe(0);
  });

  it('compares whole stretches: the same topic either side is cohesive, two topics are not', () => {
    expect(spanCohesion(terms, 0, 1, 2)).toBeCloseTo(1);
    expect(spanCohesion(terms, 0, 3, 5)).toBe(0);
  });
});
