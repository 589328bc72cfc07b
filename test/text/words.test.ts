import { describe, expect, it } from 'vitest';
import { runningWords } from '../../src/text/words.js';

describe('runningWords', () => {
  it('counts whitespace-separated words', () => {
    expect(runningWords('  The vote was delayed  until May. ')).toBe(6);
  });

  it('counts Chinese and Japanese text, written without spaces, one word per two characters', () => {
    expect(runningWords('これでようやく元の操作性を取り戻せました。')).toBe(10);
    // Mixed text takes the larger count: 3 spaced words, 8 Japanese characters.
    expect(runningWords('Kindle for PCの起動ホットキー')).toBe(4);
  });
});
