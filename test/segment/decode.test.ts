import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/cohesion/tfidf-windows.js';
import { decodeBoundaries } from '../../src/segment/decode.js';

const noLexical = { minArticleWords: 40, lexicalWeight: 0, densityWeight: 0 };
const none = indexTerms([]);
const oil = ['oil', 'price', 'barrel', 'opec', 'crude'];
const vote = ['senat', 'bill', 'vote', 'reserv', 'bitcoin'];

describe('decodeBoundaries', () => {
  it('splits at gaps with a positive margin when articles stay long enough', () => {
    expect(decodeBoundaries([-3, 2, -3], [30, 30, 30, 30], none, noLexical)).toEqual([2]);
  });

  it('never makes an article shorter than the minimum', () => {
    // Gap 1 is strong but would leave a 30-word first article.
    expect(decodeBoundaries([5, -1, -1], [30, 30, 30, 30], none, noLexical)).toEqual([]);
  });

  it('keeps a brief shorter than the minimum as its own article between two sure boundaries', () => {
    // Paragraphs 2–3 hold 30 words: a "news in brief" item between two clear topic changes.
    const words = [30, 30, 15, 15, 30, 30];
    expect(decodeBoundaries([-3, 3, -3, 3, -3], words, none, noLexical)).toEqual([2, 4]);
    // Either boundary unsure: the minimum holds, and only one of the two gaps splits.
    expect(decodeBoundaries([-3, 1, -3, 3, -3], words, none, noLexical)).toHaveLength(1);
  });

  it('never cuts a short piece off the start or end of the document, however sure the gap', () => {
    expect(decodeBoundaries([3, -3, -3], [30, 30, 30, 30], none, noLexical)).toEqual([]);
    expect(decodeBoundaries([-3, -3, 3], [30, 30, 30, 30], none, noLexical)).toEqual([]);
  });

  it('lets a strong candidate suppress a weaker one nearby instead of splitting at both peaks', () => {
    expect(decodeBoundaries([-1, 1, 4, -1, -1], [30, 30, 30, 30, 30, 30], none, noLexical)).toEqual([3]);
  });

  it('keeps the whole document when it is shorter than two articles', () => {
    expect(decodeBoundaries([9], [10, 10], none, noLexical)).toEqual([]);
  });

  it('with a lexical cost, splits where the vocabulary changes even below the threshold', () => {
    const terms = indexTerms([oil, oil, oil, vote, vote, vote]);
    const words = [30, 30, 30, 30, 30, 30];
    const margins = [-1, -1, -0.5, -1, -1];
    expect(decodeBoundaries(margins, words, terms, noLexical)).toEqual([]);
    expect(decodeBoundaries(margins, words, terms, { ...noLexical, lexicalWeight: 0.2 })).toEqual([3]);
  });

  it('with a density reward, splits where the units either side resemble each other less than those within', () => {
    // Sentences of two topics, each sharing one topic word with its neighbours and a distinct word of its own.
    const units = ['a', 'b', 'c', 'd', 'e', 'f'].map((word, i) => [i < 3 ? 'oil' : 'vote', `${word}x`]);
    const terms = indexTerms(units);
    const words = units.map(() => 30);
    const margins = [-1, -1, -1, -1, -1];
    expect(decodeBoundaries(margins, words, terms, noLexical)).toEqual([]);
    expect(decodeBoundaries(margins, words, terms, { ...noLexical, densityWeight: 1 })).toEqual([3]);
  });

  it('a density reward does not cut a text whose units all resemble each other alike', () => {
    const terms = indexTerms([oil, oil, oil, oil, oil, oil]);
    expect(decodeBoundaries([-1, -1, -0.5, -1, -1], [30, 30, 30, 30, 30, 30], terms, { ...noLexical, densityWeight: 1 })).toEqual([]);
  });
});
