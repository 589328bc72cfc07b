import { describe, expect, it } from 'vitest';
import { backgroundIdf, idfWeighting } from '../../src/cohesion/background-idf.js';
import { contentTerms } from '../../src/cohesion/terms.js';
import { stopwordsFor } from '../../src/text/language.js';
import { countTermFrequencies } from '../../src/training/count-term-frequencies.js';

const english = (text: string): string[] => contentTerms([text], stopwordsFor('en'), 'en')[0]!;

describe('background document frequencies', () => {
  it('counts each term once per document, drops the rare ones, lists the common first', () => {
    const table = countTermFrequencies(['Oil prices rose. Oil traders sold.', 'Oil and the senate vote.', 'The senate vote on oil prices.'], 2);
    expect(table.documents).toBe(3);
    expect(table.termsByDocumentCount).toEqual([
      [3, 'oil'],
      [2, 'price senat vote'],
    ]);
  });

  it('weighs a term in every document least, a term in none most (1), in between by log frequency', () => {
    const weightOf = idfWeighting({ documents: 3, termsByDocumentCount: [[3, 'oil'], [2, 'price']] });
    expect(weightOf('oil')).toBe(0);
    expect(weightOf('missing')).toBe(1);
    expect(weightOf('constructor')).toBe(1);
    expect(weightOf('price')).toBeCloseTo(Math.log(4 / 3) / Math.log(4), 12);
  });

  it('the shipped table weighs a story topic word above words any two stories share', () => {
    const weightOf = backgroundIdf();
    const [tariff] = english('tariffs');
    for (const common of english('people time said plan')) expect(weightOf(tariff!)).toBeGreaterThan(weightOf(common));
    for (const term of english('people tariffs Sinixt')) {
      expect(weightOf(term)).toBeGreaterThan(0);
      expect(weightOf(term)).toBeLessThanOrEqual(1);
    }
  });
});
