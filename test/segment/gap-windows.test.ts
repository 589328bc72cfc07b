import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, gapFeatures, type FeatureName } from '../../src/segment/gap-features.js';
import { addStyleCounts, emptyStyleCounts, styleConflicts, styleCounts } from '../../src/segment/house-style.js';
import { endsLikeSentence, endsOpen, endsWithQuestion, isHeadlineLike, opensWithAnaphor } from '../../src/segment/openings.js';
import { properNouns } from '../../src/segment/proper-nouns.js';
import { gapInputFor } from '../../src/segment/segment-paragraphs.js';
import { timeReferences } from '../../src/segment/time-refs.js';
import { stopwordsFor } from '../../src/text/language.js';

/**
 * gapFeatures keeps running counts over windows that slide one paragraph per gap. These tests
 * recompute the window signals the plain way (a union of each window's sets, a sum of its style
 * counts) and require the same numbers at every gap.
 */

/** A small deterministic generator, so the document is the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const NAMES = ['Khan', 'Starmer', 'Sunak', 'Labour', 'Reuters', 'Omar', 'Busch', 'Arizona', 'Kyiv', 'Beijing'];
const WHEN = ['in 2019', 'on Feb. 27', 'on 7 October 2023', 'on Friday', 'in March 2021', 'on Monday', 'in 1998', ''];
const OPENERS = ['He said', 'The company said', 'But', '“It would stop,”', 'LONDON (Reuters) -', 'Why', 'Sir Keir Starmer', 'In a statement'];
const ENDINGS = ['.', '?', ':', '', '.”'];
/** House styles: the first part of a document writes the UK way, the rest the US way, so the style shifts. */
const UK_STYLE = ['Mr Khan', 'the colour', '“quoted”', 'per cent'];
const US_STYLE = ['Mr. Khan', 'the color', '"quoted"', 'percent'];

function document(seed: number, paragraphs: number): string[] {
  const next = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: paragraphs }, (_, i) => {
    // Now and then a short line (a heading, a list item), so the share of short paragraphs varies.
    if (next() < 0.25) return `${pick(NAMES)} ${pick(['results', 'live', 'update'])}`;
    const style = i < paragraphs / 2 ? UK_STYLE : US_STYLE;
    const words = Array.from({ length: Math.floor(next() * 12) }, () => pick(['the', 'vote', 'was', 'delayed', 'again', 'by', 'officials']));
    return `${pick(OPENERS)} ${pick(NAMES)} ${words.join(' ')} ${pick(style)} and ${pick(NAMES)} ${pick(WHEN)}${pick(ENDINGS)}`.replace(/ +/g, ' ').trim();
  });
}

function union(sets: readonly Set<string>[]): Set<string> {
  return new Set(sets.flatMap((set) => [...set]));
}

function unseenShare(items: Set<string>, known: Set<string>): number {
  return items.size === 0 ? 0 : [...items].filter((item) => !known.has(item)).length / items.size;
}

function timeJump(before: Set<string>, after: Set<string>): number {
  const years = (set: Set<string>) => new Set([...set].filter((key) => key.startsWith('y')));
  if (years(before).size > 0 && years(after).size > 0 && unseenShare(years(after), years(before)) === 1) return 1;
  return before.size > 0 ? unseenShare(after, before) / 2 : 0;
}

describe('gapFeatures: sliding windows give what a union per gap gives', () => {
  for (const [seed, length] of [[1, 60], [2, 25], [3, 7], [4, 2]] as const) {
    it(`document ${seed} (${length} paragraphs)`, () => {
      const paragraphs = document(seed, length);
      const input = gapInputFor(paragraphs, [], 'en');
      const features = gapFeatures(input);
      const stopwords = stopwordsFor('en');
      const names = paragraphs.map((text) => properNouns(text, stopwords));
      const times = paragraphs.map((text, i) => timeReferences(text, input.languages[i]!));
      const styles = paragraphs.map(styleCounts);
      const words = paragraphs.map((text) => text.split(/\s+/u).length);
      const sum = (from: number, to: number) => {
        const total = emptyStyleCounts();
        for (const counts of styles.slice(Math.max(0, from), to)) addStyleCounts(total, counts);
        return total;
      };
      const column = (name: FeatureName) => features.map((row) => row[FEATURE_NAMES.indexOf(name)]);
      const expected: Partial<Record<FeatureName, number[]>> = { 'new-names': [], 'new-names-near': [], 'time-jump': [], 'style-shift': [], 'short-share-around': [] };
      const openings: Partial<Record<FeatureName, number[]>> = { 'headline-then-lead': [], 'before-unfinished': [], 'before-ends-open': [], 'after-question': [] };
      for (let gap = 1; gap < length; gap++) {
        const lead = union(names.slice(gap, gap + 2));
        expected['new-names']!.push(unseenShare(lead, union(names.slice(Math.max(0, gap - 20), gap))));
        expected['new-names-near']!.push(unseenShare(lead, union(names.slice(Math.max(0, gap - 6), gap))));
        expected['time-jump']!.push(timeJump(union(times.slice(Math.max(0, gap - 20), gap)), union(times.slice(gap, gap + 20))));
        expected['style-shift']!.push(styleConflicts(sum(gap - 20, gap), sum(gap, gap + 20)));
        const around = words.slice(Math.max(0, gap - 8), gap + 8);
        expected['short-share-around']!.push(around.filter((count) => count <= 6).length / around.length);
        const [previous, text, next] = [paragraphs[gap - 1]!, paragraphs[gap]!, paragraphs[gap + 1]];
        openings['headline-then-lead']!.push(isHeadlineLike(text) && next !== undefined && endsLikeSentence(next) && !opensWithAnaphor(next) ? 1 : 0);
        openings['before-unfinished']!.push(endsLikeSentence(previous) || isHeadlineLike(previous) ? 0 : 1);
        openings['before-ends-open']!.push(endsOpen(previous) ? 1 : 0);
        openings['after-question']!.push(endsWithQuestion(previous) ? 1 : 0);
      }
      for (const [name, values] of Object.entries({ ...expected, ...openings })) expect(column(name as FeatureName), name).toEqual(values);
      // The document exercises the windows: names leave them, years change, styles flip.
      if (length >= 25) {
        expect(new Set(expected['time-jump']).size).toBeGreaterThan(1);
        expect(expected['new-names']!.some((value) => value > 0 && value < 1)).toBe(true);
        expect(expected['style-shift']!.some((value) => value > 0)).toBe(true);
        expect(new Set(expected['short-share-around']).size).toBeGreaterThan(1);
      }
    });
  }
});
