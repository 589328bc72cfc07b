import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { keepFactBoxAfterStory, type FactLine } from '../../src/classifier/fact-boxes.js';

const story: LineJudgement = { probability: 0.1, initial: 'good', boilerplate: false, revision: null };
const junk: LineJudgement = { probability: 0.9, initial: 'bad', boilerplate: true, revision: null };

function line(text: string, marks: Partial<FactLine> = {}): FactLine {
  const words = text.split(' ').length;
  return { text, words, prose: false, headline: false, good: false, overlap: 0, removedBefore: 0, ...marks };
}

const prose = line('Book your tickets through KLOOK easily and come and experience this spectacular traditional Korean arts performance today! 🙂', {
  good: true,
});
// aeb container 52111884…: the show's fact box closes the story.
const box = [
  line('We hope to see you soon! 🙂', { headline: true }),
  line('Jeongdong Theater Tradition Series Performance', { headline: true, overlap: 0.4 }),
  line('<The Palace: Jang Noksu>', { overlap: 1 }),
  line('2018.04.05 ~ OPEN RUN'),
  line('Tue – Sat 4PM (Closed on Sun & Mon)'),
  line('Viewing age of 48 months and above'),
  line('STAFF'),
  line('Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Writer_Kyeong Min Seon, Composer_Kim Cheol Hwan'),
  line('Ticketing'),
  line('www.jeongdongtheater.com'),
  line('VIP : 60,000₩'),
  line('R : 50,000₩'),
  line('Inquiry'),
  line('02-751-1500'),
];
// aeb page 961bd85c…: the site's footer after the story, behind a widget the rules removed.
const footer = [
  line('POLL', { removedBefore: 3 }),
  line('STAY CONNECTED'),
  line('1FansLike'),
  line('299FollowersFollow'),
  line('7,412FollowersFollow'),
  line('151SubscribersSubscribe'),
  line('Main Switchboard: (812) 372-7811'),
];

describe('keepFactBoxAfterStory', () => {
  it('keeps the fact box right after the story, with its sign-off and title', () => {
    const judged = keepFactBoxAfterStory([story, ...box.map(() => junk)], [prose, ...box]);
    expect(judged.every((j) => !j.boilerplate)).toBe(true);
    expect(judged[4]!.revision).toContain('fact box');
  });

  it('ends the box at the first rule removal after it (a share bar)', () => {
    const after = line('0 replies', { removedBefore: 8 });
    const judged = keepFactBoxAfterStory([story, ...box.map(() => junk), junk], [prose, ...box, after]);
    expect(judged[box.length + 1]!.boilerplate).toBe(true);
  });

  it('leaves a site footer behind a removed widget to the classifier', () => {
    const judged = keepFactBoxAfterStory([story, ...footer.map(() => junk)], [prose, ...footer]);
    expect(judged.slice(1).every((j) => j.boilerplate)).toBe(true);
  });

  it('leaves a box that names nothing of the story to the classifier', () => {
    const unnamed = box.map((row) => ({ ...row, overlap: 0 }));
    const judged = keepFactBoxAfterStory([story, ...unnamed.map(() => junk)], [prose, ...unnamed]);
    expect(judged.slice(1).every((j) => j.boilerplate)).toBe(true);
  });

  it('leaves the box when the story goes on after it', () => {
    const judged = keepFactBoxAfterStory([story, ...box.map(() => junk), story], [prose, ...box, prose]);
    expect(judged.slice(1, box.length + 1).every((j) => j.boilerplate)).toBe(true);
  });
});
