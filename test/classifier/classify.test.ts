import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../../src/classifier/classify.js';
import { fitLogistic } from '../../src/classifier/fit.js';
import { scoreVector } from '../../src/classifier/logistic.js';
import { distanceToBlock, mainBlock } from '../../src/classifier/main-block.js';
import { shippedModel } from '../../src/classifier/model.js';
import { defaultOptions } from '../../src/options.js';

describe('mainBlock', () => {
  it('finds the densest run of story paragraphs, across a short junk line inside it', () => {
    const p = [0.9, 0.95, 0.1, 0.2, 0.7, 0.1, 0.05, 0.9, 0.99];
    const words = p.map(() => Math.log1p(20));
    expect(mainBlock(p, words)).toEqual({ start: 2, end: 7 });
    expect(distanceToBlock({ start: 2, end: 7 }, 0)).toBe(2);
    expect(distanceToBlock({ start: 2, end: 7 }, 4)).toBe(0);
    expect(distanceToBlock({ start: 2, end: 7 }, 8)).toBe(2);
  });

  it('is empty when nothing looks like story', () => {
    expect(mainBlock([0.9, 0.8], [1, 1])).toEqual({ start: 0, end: 0 });
  });
});

describe('fitLogistic', () => {
  it('learns a separable rule and is deterministic', () => {
    const rows = [[0], [1], [2], [3], [7], [8], [9], [10]];
    const labels = [0, 0, 0, 0, 1, 1, 1, 1];
    const input = { names: ['x'], rows, labels, weights: rows.map(() => 1), l2: 0.1, iterations: 10 };
    const model = fitLogistic(input);
    expect(scoreVector(model, [0])).toBeLessThan(0.2);
    expect(scoreVector(model, [10])).toBeGreaterThan(0.8);
    expect(fitLogistic(input)).toEqual(model);
  });
});

describe('classifyParagraphs with the shipped model', () => {
  const options = {
    threshold: shippedModel().threshold,
    uncertainMargin: defaultOptions.cleaning.uncertainMargin,
    shortWords: defaultOptions.cleaning.shortWords,
    mainBlockThreshold: defaultOptions.cleaning.mainBlockThreshold,
    proseThreshold: defaultOptions.cleaning.proseThreshold,
    minKeptWords: defaultOptions.cleaning.minKeptWords,
    minKeptShare: defaultOptions.cleaning.minKeptShare,
  };
  // Seed 004 lines 97–101 (a short sentence closing a run of story) between aeb-style menus.
  const story = [
    'I was in the Oval Office when the prime minister procured a personal letter from his jacket pocket from the King inviting President Trump for a second state visit.',
    'Mr Trump was genuinely delighted as he read the letter, marvelled at King Charles’s signature and pointed out that this was the first time in history that anyone had been afforded such an “incredible” honour.',
    'The prime minister also brought something to the table for a president that loves a deal.',
    'There were wins too.',
    'The decision to lift defence spending to 2.5% of GDP by 2027 went down extremely well on Capitol Hill with Republicans and signalled to President Trump that the UK was an ally that had heeded his message on defence spending.',
  ];
  const menu = ['Home', 'World', 'Politics', 'Business', 'Sports', 'Opinion'];

  it('keeps the story, its short sentence included, and removes the menus around it', () => {
    const judgements = classifyParagraphs([...menu, ...story, ...menu], 'en', shippedModel(), options);
    const kept = judgements.map((j) => !j.boilerplate);
    expect(kept.slice(menu.length, menu.length + story.length).every(Boolean)).toBe(true);
    expect(kept.slice(0, menu.length).filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(kept.slice(menu.length + story.length).filter(Boolean).length).toBeLessThanOrEqual(1);
  });

  it('gives every paragraph a probability in [0, 1]', () => {
    for (const judgement of classifyParagraphs(story, 'en', shippedModel(), options)) {
      expect(judgement.probability).toBeGreaterThanOrEqual(0);
      expect(judgement.probability).toBeLessThanOrEqual(1);
    }
  });

  it('keeps a data table beside the story (aeb 6a72de37… snap counts) and still drops a menu of words', () => {
    const table = ['Pos', 'Player', 'Plays', 'DL', 'Larry Ogunjobi', '63', '85%', 'DL', 'Myles Garrett', '57', '77%', 'DL', 'Chad Thomas', '57', '77%'];
    const texts = [...menu, story[0]!, ...table, story[4]!, ...menu];
    const judgements = classifyParagraphs(texts, 'en', shippedModel(), options);
    const first = menu.length + 1;
    expect(judgements.slice(first, first + table.length).every((j) => !j.boilerplate)).toBe(true);
    expect(judgements.slice(first, first + table.length).some((j) => j.revision?.includes('data table'))).toBe(true);
    expect(judgements.slice(0, menu.length - 3).every((j) => j.boilerplate)).toBe(true);
  });

  it('keeps a list whose every row holds a number after the prose that introduces it (aeb ac1bfdd4… tour dates)', () => {
    const dates = [
      'July 30 – Noblesville, IN @ Ruoff Home Mortgage Music Center',
      'August 2 – Clarkston, MI @ DTE Energy Music Theatre',
      'August 8 – Tinley Park, IL @ Hollywood Casino Amphitheatre – Chicago',
      'August 14 – St. Louis, MO @ Hollywood Casino Amphitheatre – St. Louis',
      'August 30 – Denver, CO @ Pepsi Center',
      'September 2 – Salt Lake City, UT @ USANA Amphitheatre',
    ];
    const texts = [...menu, ...story, ...dates, ...menu];
    const judgements = classifyParagraphs(texts, 'en', shippedModel(), options);
    const first = menu.length + story.length;
    expect(judgements.slice(first, first + dates.length).every((j) => !j.boilerplate)).toBe(true);
  });

  it('never empties a document', () => {
    const judgements = classifyParagraphs(['Pos.', 'Piloto', 'Pontos', '1', 'Kyle Busch', '5040'], 'pt', shippedModel(), options);
    expect(judgements.some((j) => !j.boilerplate)).toBe(true);
  });
});
