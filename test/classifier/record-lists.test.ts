import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import type { RunLine } from '../../src/classifier/data-runs.js';
import { keepRecordListsThatAreTheStory } from '../../src/classifier/record-lists.js';

const junk: LineJudgement = { probability: 0.9, initial: 'bad', boilerplate: true, revision: null };
const story: LineJudgement = { probability: 0.1, initial: 'good', boilerplate: false, revision: null };

function line(text: string, prose = false): RunLine {
  return { text, words: text.split(' ').length, prose };
}

// aeb container e7d77f18…: a deals post whose story is its product records.
function record(name: string, price: string): RunLine[] {
  return [
    line(name),
    line('Automatically on, automatically connected'),
    line('Easy setup for all your Apple devices'),
    line('Quick access to Siri by saying Hey Siri'),
    line(price),
    line('Buy Now'),
  ];
}
const intro = line('AirPods 2 dropped to an all-time low on Amazon at just $139, and the case is down as well.', true);
const records = [
  ...record('Apple AirPods', '$139.00'),
  ...record('Apple AirPods with Wireless Charging Case', '$164.99'),
  ...record('Apple Watch Series 3', '$169.99'),
  ...record('Apple Watch Series 4', '$384.99'),
];
const longStory = Array.from({ length: 20 }, () => line('The story went on at length, and the shop sidebar next to it was only a small part of the page.', true));

describe('keepRecordListsThatAreTheStory', () => {
  it('keeps every record, the first from the prose that introduces it, when the records outweigh the prose around them', () => {
    const lines = [intro, ...records];
    const judged = keepRecordListsThatAreTheStory([story, ...records.map(() => junk)], lines);
    expect(judged.every((j) => !j.boilerplate)).toBe(true);
    expect(judged[1]!.revision).toContain('shopping list');
  });

  it("keeps the first record whole when one of its bullets reads as prose, back to the list's introduction", () => {
    // aeb page e7d77f18…: "Quick access to Siri by saying “Hey Siri”" ends in a closing quote, 8 words:
    // prose by shape, yet a bullet of the first record, shorter than the record lines below it.
    const bullet = line('Quick access to Siri by saying “Hey Siri”', true);
    const first = [line('Apple AirPods'), line('Automatically on, automatically connected'), bullet, line('$139.00'), line('Buy Now')];
    const later = records.slice(6);
    const lines = [intro, line("Don't Miss:"), ...first, ...later];
    const judged = keepRecordListsThatAreTheStory([story, ...lines.slice(1).map(() => junk)], lines);
    expect(judged.every((j) => !j.boilerplate)).toBe(true);
    expect(judged[2]!.revision).toContain('shopping list');
  });

  it('leaves a product sidebar beside a longer story to the classifier', () => {
    const lines = [...longStory, ...records];
    const judged = keepRecordListsThatAreTheStory([...longStory.map(() => story), ...records.map(() => junk)], lines);
    expect(judged.slice(longStory.length).every((j) => j.boilerplate)).toBe(true);
  });

  it('needs prices: a repeated "Video" label between teasers is not a shopping list', () => {
    const teasers = Array.from({ length: 4 }, (_, i) => [line(`TAYLOR SWIFT HEADLINE NUMBER ${i} ABOUT THE FEUD`), line('Video')]).flat();
    const judged = keepRecordListsThatAreTheStory(teasers.map(() => junk), teasers);
    expect(judged.every((j) => j.boilerplate)).toBe(true);
  });
});
