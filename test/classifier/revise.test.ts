import { describe, expect, it } from 'vitest';
import { reviseByNeighbours, type InitialClass } from '../../src/classifier/revise.js';

describe('reviseByNeighbours', () => {
  it('labels uncertain lines from their nearest certain neighbours, the edges counting as boilerplate', () => {
    const initial: InitialClass[] = ['uncertain', 'good', 'uncertain', 'uncertain', 'good', 'bad', 'uncertain', 'bad', 'uncertain'];
    const probabilities = [0.1, 0.1, 0.9, 0.9, 0.1, 0.9, 0.1, 0.9, 0.1];
    const judged = reviseByNeighbours(probabilities, initial, initial.map(() => 0.5), initial.map(() => false));
    expect(judged.map((j) => j.boilerplate)).toEqual([false, false, false, false, false, true, true, true, true]);
    expect(judged[2]!.revision).toBe('between story paragraphs');
    expect(judged[6]!.revision).toBe('between boilerplate lines');
    expect(judged[0]!.revision).toBeNull();
    expect(judged[8]!.revision).toBe('between boilerplate lines');
  });

  it('reaches certain neighbours across a run of a million uncertain one-word lines', () => {
    // A page of one-word lines is all "uncertain": each must find the prose at both ends.
    const run = 1_000_000;
    const initial: InitialClass[] = ['good', ...new Array<InitialClass>(run).fill('uncertain'), 'good'];
    const judged = reviseByNeighbours(
      new Array<number>(initial.length).fill(0.9),
      initial,
      new Array<number>(initial.length).fill(0.5),
      new Array<boolean>(initial.length).fill(false),
    );
    expect(judged.every((j) => !j.boilerplate)).toBe(true);
    expect(judged[run / 2]!.revision).toBe('between story paragraphs');
  });

  it('keeps an uncertain sentence with one story neighbour and one junk neighbour; other lines keep their own score', () => {
    // aeb page 8b1945…: a removed timestamp, the lead scored 0.80 against the prose threshold 0.75,
    // the story; then a 0.74 closing sentence and a 0.70 headline between the story and its captions.
    const initial: InitialClass[] = ['bad', 'uncertain', 'good', 'uncertain', 'uncertain', 'bad'];
    const probabilities = [0.95, 0.8, 0.1, 0.74, 0.7, 0.95];
    const thresholds = [0.6, 0.75, 0.85, 0.6, 0.6, 0.6];
    const sentences = [false, true, true, true, false, false];
    const judged = reviseByNeighbours(probabilities, initial, thresholds, sentences);
    expect(judged.map((j) => j.boilerplate)).toEqual([true, false, false, false, true, true]);
    expect(judged[1]!.revision).toBe('a sentence next to story paragraphs');
    expect(judged[4]!.revision).toBeNull();
  });

  it('leaves a sentence between junk lines to its neighbours', () => {
    const judged = reviseByNeighbours([0.9, 0.5, 0.9], ['bad', 'uncertain', 'bad'], [0.6, 0.6, 0.6], [false, true, false]);
    expect(judged[1]!.boilerplate).toBe(true);
  });

  it('looks past the rows of a teaser widget inside the story to the story on its far side', () => {
    // aeb page 7916ecca…: the story's first two paragraphs (0.55, 0.62), an in-story teaser widget
    // ("Afghan woman politician sees Taliban talks as only hope", 0.87; "Young people, including
    // Taliban youth, must be heard: UN envoy", 0.92 and certain junk; "China invites Taliban,
    // Afghan officials for two-day talks", 0.82), then the story goes on. Above the lead: the
    // headline (0.89, certain junk at the threshold 0.65 outside the story).
    const initial: InitialClass[] = ['bad', 'uncertain', 'uncertain', 'uncertain', 'bad', 'uncertain', 'good'];
    const probabilities = [0.89, 0.55, 0.62, 0.87, 0.92, 0.82, 0.1];
    const thresholds = [0.65, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85];
    const sentences = [false, true, true, false, false, false, true];
    const widget = [false, false, false, true, true, true, false];
    const judged = reviseByNeighbours(probabilities, initial, thresholds, sentences, widget);
    expect(judged.slice(1, 3).map((j) => j.boilerplate)).toEqual([false, false]);
    expect(judged[1]!.revision).toBe('a sentence next to story paragraphs');
    const unaware = reviseByNeighbours(probabilities, initial, thresholds, sentences);
    expect(unaware.slice(1, 3).map((j) => j.revision)).toEqual(['between boilerplate lines', 'between boilerplate lines']);
  });
});
