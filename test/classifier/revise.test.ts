import { describe, expect, it } from 'vitest';
import { reviseByNeighbours, type InitialClass } from '../../src/classifier/revise.js';

describe('reviseByNeighbours', () => {
  it('labels uncertain lines from their nearest certain neighbours, the edges counting as boilerplate', () => {
    const initial: InitialClass[] = ['uncertain', 'good', 'uncertain', 'uncertain', 'good', 'bad', 'uncertain', 'bad', 'uncertain'];
    const probabilities = [0.1, 0.1, 0.9, 0.9, 0.1, 0.9, 0.1, 0.9, 0.1];
    const judged = reviseByNeighbours(probabilities, initial, initial.map(() => 0.5));
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
    const judged = reviseByNeighbours(new Array<number>(initial.length).fill(0.9), initial, new Array<number>(initial.length).fill(0.5));
    expect(judged.every((j) => !j.boilerplate)).toBe(true);
    expect(judged[run / 2]!.revision).toBe('between story paragraphs');
  });
});
