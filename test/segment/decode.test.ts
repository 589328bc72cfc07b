import { describe, expect, it } from 'vitest';
import { decodeBoundaries } from '../../src/segment/decode.js';
import { paragraphWords } from '../../src/segment/segment-paragraphs.js';

const noLexical = { minArticleWords: 40, lexicalWeight: 0 };
const none: string[][] = [];

describe('decodeBoundaries', () => {
  it('splits at gaps with a positive margin when articles stay long enough', () => {
    expect(decodeBoundaries([-3, 2, -3], [30, 30, 30, 30], none, noLexical)).toEqual([2]);
  });

  it('never makes an article shorter than the minimum', () => {
    // Gap 1 is strong but would leave a 30-word first article.
    expect(decodeBoundaries([5, -1, -1], [30, 30, 30, 30], none, noLexical)).toEqual([]);
  });

  it('lets a strong candidate suppress a weaker one nearby instead of splitting at both peaks', () => {
    expect(decodeBoundaries([-1, 1, 4, -1, -1], [30, 30, 30, 30, 30, 30], none, noLexical)).toEqual([3]);
  });

  it('keeps the whole document when it is shorter than two articles', () => {
    expect(decodeBoundaries([9], [10, 10], none, noLexical)).toEqual([]);
  });

  it('with a lexical cost, splits where the vocabulary changes even below the threshold', () => {
    const oil = ['oil', 'price', 'barrel', 'opec', 'crude'];
    const vote = ['senat', 'bill', 'vote', 'reserv', 'bitcoin'];
    const units = [oil, oil, oil, vote, vote, vote];
    const words = units.map(() => 30);
    const margins = [-1, -1, -0.5, -1, -1];
    expect(decodeBoundaries(margins, words, units, noLexical)).toEqual([]);
    expect(decodeBoundaries(margins, words, units, { minArticleWords: 40, lexicalWeight: 0.2 })).toEqual([3]);
  });
});

describe('paragraphWords', () => {
  it('counts spaced words, and Japanese or Chinese text by its characters', () => {
    expect(paragraphWords(['Two words', 'これでようやく元の操作性を取り戻せました。'])).toEqual([2, 10]);
  });
});
