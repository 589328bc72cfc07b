import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import type { FactLine } from '../../src/classifier/fact-boxes.js';
import { keepIntroducedLists } from '../../src/classifier/introduced-lists.js';

const story: LineJudgement = { probability: 0.1, initial: 'good', boilerplate: false, revision: null };
const junk: LineJudgement = { probability: 0.9, initial: 'bad', boilerplate: true, revision: null };

function line(text: string, marks: Partial<FactLine> = {}): FactLine {
  return { text, words: text.split(' ').length, prose: false, headline: false, good: false, overlap: 0, removedBefore: 0, ...marks };
}

// A spec list as The Verge prints one inside a story (made-up product), then its "Related" box.
const prose = line('The dial is the headline feature. It sits on the right edge of the device and clicks forward or back a page.', { prose: true });
const leadIn = line('Here are the key specs:');
const rows = [
  line('7-inch Kaleido 3 color E Ink display, 300ppi in black and white, 150ppi in color'),
  line('32GB of storage'),
  line('USB-C and Wi-Fi 6'),
  line('IPX8 water resistance'),
  line('Up to six weeks of battery life, according to Kestrel'),
];
const teaser = line('The best e-reader to buy right now', { removedBefore: 1 });

describe('keepIntroducedLists', () => {
  it('keeps the rows the classifier dropped from a list the story introduces with a colon', () => {
    const lines = [prose, leadIn, ...rows, teaser];
    const judged = [story, story, story, story, junk, junk, story, junk];
    const result = keepIntroducedLists(judged, lines);
    expect(result.slice(2, 7).every((judgement) => !judgement.boilerplate)).toBe(true);
    expect(result[4]!.revision).toMatch(/5-row list the story introduces/);
    // The teaser after the rules' removal ("Related") is not a row of the list.
    expect(result[7]!.boilerplate).toBe(true);
  });

  it('leaves a list alone when the classifier dropped most of its rows', () => {
    const lines = [prose, leadIn, ...rows];
    const judged = [story, story, junk, junk, junk, story, story];
    expect(keepIntroducedLists(judged, lines)).toEqual(judged);
  });

  it('needs the lead-in to be story', () => {
    const lines = [prose, leadIn, ...rows];
    const judged = [story, junk, story, story, junk, junk, story];
    expect(keepIntroducedLists(judged, lines)).toEqual(judged);
  });
});
