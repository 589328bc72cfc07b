import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { dropRunsAfterRelatedHeadings, type RelatedLine } from '../../src/classifier/related-runs.js';

const kept: LineJudgement = { probability: 0.3, initial: 'good', boilerplate: false, revision: null };

function line(text: string, marks: Partial<RelatedLine> = {}): RelatedLine {
  return { text, words: text.split(' ').length, afterRelatedHeading: false, beforeRelatedHeading: false, linkLike: false, ...marks };
}

// aeb container 35b15891…: the teasers under "You may also like..." (removed by related-links).
const underHeading = [
  line('Who will make the Rock Hall in 2020?', { afterRelatedHeading: true }),
  line('Dave Matthews Band takes over Rock Hall Fan Vote'),
  line('Doobie Brothers perform with Santana at Blossom Music Center in 2019'),
  line('Fans really want The Doobie Brothers in the Rock Hall'),
];
const storyProse = line('However, the other 28 people have showed no signs or symptoms of the plague.');
// aeb container 7a664e40…: a box whose "More in Trump Impeachment Inquiry" link closes it, then the story again.
const aboveLink = [
  line('Trump Impeachment Inquiry More'),
  line('Watch live: Sondland testifies about Ukraine at pivotal impeachment hearing'),
  line("Key moments from Kurt Volker's and Tim Morrison's testimony"),
  line("7 key moments from Tuesday's first impeachment hearing"),
  line("Volker says he didn't realize link between Ukraine investigations and Bidens"),
  line('White House aides testify about "unusual," "improper" Ukraine call at hearing', { beforeRelatedHeading: true }),
];
const leadIn = line('Here are some of the highlights:', { afterRelatedHeading: true });
// aeb gold 9a440270…: a story's own list, ending above a related heading in the synthetic concatenations (--synth, seed 1).
const ownList = [
  line('England (Group A): 10th appearance'),
  line('Czech Republic (Group A): Seventh appearance'),
  line('Ukraine (Group B): Third appearance'),
  line('Spain (Group F): 11th appearance'),
  line('Sweden (Group F): Seventh appearance', { beforeRelatedHeading: true }),
];

describe('dropRunsAfterRelatedHeadings', () => {
  const cases: Array<{ name: string; lines: RelatedLine[]; dropped: boolean[] }> = [
    { name: 'drops the headlines under a related heading, to the end', lines: underHeading, dropped: [true, true, true, true] },
    {
      name: 'stops at the story prose after the box',
      lines: [...underHeading.slice(0, 2), storyProse],
      dropped: [true, true, false],
    },
    {
      name: 'drops a box of headlines right above the link that closes it, and not the lead-in after it',
      lines: [storyProse, ...aboveLink, leadIn],
      dropped: [false, true, true, true, true, true, true, false],
    },
    { name: 'keeps a story list that ends above a related heading', lines: [storyProse, ...ownList], dropped: [false, false, false, false, false, false] },
    {
      name: 'keeps a box of links above a heading (a gift list with its shop links)',
      lines: [storyProse, ...aboveLink.map((row) => ({ ...row, linkLike: true }))],
      dropped: [false, false, false, false, false, false, false],
    },
    {
      // aeb gold f105de6e… (a Japanese story) after "Latest Business news" in the synthetic joins (--synth, train, seed 2).
      name: 'keeps Japanese sentences under a related heading: they end with 。',
      lines: [
        line('Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、パソコンでそのまま読みたい時もあります。', { afterRelatedHeading: true, words: 6 }),
        line('Kindle for PCの起動ホットキーがKeePassと被る', { words: 4 }),
      ],
      dropped: [false, false],
    },
    {
      name: 'keeps a Japanese row with a sentence break inside, even without a final 。',
      lines: [line('これでようやく元の操作性を取り戻せました。詳しくは次回', { afterRelatedHeading: true, words: 3 })],
      dropped: [false],
    },
  ];
  it.each(cases)('$name', ({ lines, dropped }) => {
    const judged = dropRunsAfterRelatedHeadings(lines.map(() => kept), lines);
    expect(judged.map((j) => j.boilerplate)).toEqual(dropped);
    const first = judged.find((j) => j.boilerplate);
    if (first !== undefined) expect(first.revision).toMatch(/related-stories (?:heading|link)/);
  });
});
