import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { contentWordsOf } from '../../src/classifier/overlap.js';
import { BETWEEN_BOILERPLATE } from '../../src/classifier/revise.js';
import { keepStoryAfterBox, type BoxLine } from '../../src/classifier/story-after-box.js';
import { stopwordsFor } from '../../src/text/language.js';
import { tokenise } from '../../src/text/words.js';

const story: LineJudgement = { probability: 0.3, initial: 'good', boilerplate: false, revision: null };
const junk: LineJudgement = { probability: 0.9, initial: 'bad', boilerplate: true, revision: null };
const betweenJunk: LineJudgement = { probability: 0.72, initial: 'uncertain', boilerplate: true, revision: BETWEEN_BOILERPLATE };

interface Row {
  text: string;
  judged: LineJudgement;
  prose?: boolean;
  removedBefore?: number;
  headline?: boolean;
}

function judge(rows: readonly Row[]): LineJudgement[] {
  const stopwords = stopwordsFor('en');
  const lines: BoxLine[] = rows.map((row) => ({
    prose: row.prose ?? false,
    removedBefore: row.removedBefore ?? 0,
    contentWords: contentWordsOf([tokenise(row.text)], stopwords)[0]!,
    headline: row.headline ?? false,
  }));
  return keepStoryAfterBox(
    rows.map((row) => row.judged),
    lines,
  );
}

// Made up in the shape of probe r27's NBC News page: the story, a "Recommended" box (its heading
// removed by rule) of two teasers under their kickers, the story's last two paragraphs, a bio.
const above: Row[] = [
  { text: 'A rockslide early Sunday buried a section of U.S. 6 in Clear Creek Canyon, closing the highway in both directions.', judged: story, prose: true },
  { text: 'Geologists had flagged the slope for monitoring after a wet autumn loosened the rock face above the road.', judged: story, prose: true },
  { text: 'U.S. NEWS', judged: junk, removedBefore: 1 },
  { text: 'Teen arrested after pursuit through three counties', judged: junk },
  { text: 'U.S. NEWS', judged: junk },
  { text: 'City council votes to ban leaf blowers by 2028', judged: junk },
];

describe('keepStoryAfterBox', () => {
  it('keeps the story prose under a box when it speaks of the story and stands close under it', () => {
    const rows: Row[] = [
      ...above,
      { text: 'Engineers will inspect the canyon walls with drones before any lanes of the highway reopen.', judged: betweenJunk, prose: true },
      { text: 'Officials expected the road to stay closed until Tuesday, once the last boulders are cleared from the slope.', judged: betweenJunk, prose: true },
      { text: 'Lena Whitcombe', judged: junk },
    ];
    const judged = judge(rows);
    expect(judged.map((j) => j.boilerplate)).toEqual([false, false, true, true, true, true, false, false, true]);
    expect(judged[6]!.revision).toContain('the story goes on under a box');
  });

  it.each([
    { why: 'a newsletter prompt, on another subject', text: 'Every morning we send an email with the top stories from our newsroom.' },
    { why: "a bio under the story's byline", text: 'Lena Whitcombe is a reporter for the network based in Denver.' },
  ])('leaves $why removed', ({ text }) => {
    const judged = judge([...above, { text, judged: betweenJunk, prose: true }]);
    expect(judged[6]!.boilerplate).toBe(true);
  });

  it('leaves a summary on the subject removed when the next teaser follows it: a list of teasers', () => {
    // aeb page 87bf6057…, glued after another politics story: headline, author, summary, next headline.
    const rows: Row[] = [
      { text: 'After three days of congressional hearings, only one witness has claimed direct knowledge of a quid pro quo in the Ukraine affair.', judged: story, prose: true },
      { text: "Media and Democrats agree: The impeachment witnesses have 'integrity'", judged: junk, headline: true },
      { text: 'Becket Adams', judged: junk },
      { text: 'It is not enough for newsrooms to report on the backgrounds of the impeachment witnesses who testified about Ukraine.', judged: betweenJunk, prose: true, removedBefore: 1 },
      { text: 'Kurt Volker throws Rudy Giuliani under the bus', judged: junk, headline: true },
      { text: 'Kaylee McGhee', judged: junk },
    ];
    expect(judge(rows)[3]!.boilerplate).toBe(true);
  });

  it('leaves prose on the subject removed when the box is longer than a few lines', () => {
    const longBox: Row[] = [...above, { text: 'U.S. NEWS', judged: junk }, { text: 'Storm knocks out power to thousands in Utah', judged: junk }];
    const judged = judge([...longBox, { text: 'Engineers will inspect the canyon walls with drones before the highway reopens.', judged: betweenJunk, prose: true }]);
    expect(judged[8]!.boilerplate).toBe(true);
  });

  it('touches only prose removed between junk lines: not certain junk, not a line that is no sentence', () => {
    const rows: Row[] = [
      ...above,
      { text: 'Engineers will inspect the canyon walls with drones before any lanes of the highway reopen.', judged: junk, prose: true },
      { text: 'Clear Creek Canyon highway closures', judged: betweenJunk },
    ];
    expect(judge(rows).slice(6).map((j) => j.boilerplate)).toEqual([true, true]);
  });
});
