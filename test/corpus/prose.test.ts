import { describe, expect, it } from 'vitest';
import { isProseLike } from '../../src/corpus/prose.js';
import { stopwordsFor } from '../../src/text/language.js';

const english = stopwordsFor('en');

describe('isProseLike', () => {
  it.each([
    // Real lines from the aeb `page` variant (furniture).
    ['Skip to main content', false],
    ['Privacy Policy', false],
    ['Terms of Service Privacy Notice', false],
    ['Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, Writer_Kyeong Min Seon', false],
    // Sentences, with and without final punctuation.
    ['We use cookies to give you the best experience on our website.', true],
    ['Registration on or use of this site constitutes acceptance of our User Agreement', true],
  ])('%j → %s', (line, expected) => {
    expect(isProseLike(line, english)).toBe(expected);
  });
});
