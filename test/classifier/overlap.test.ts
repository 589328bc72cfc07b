import { describe, expect, it } from 'vitest';
import { contentWordsOf, overlapWithBlock } from '../../src/classifier/overlap.js';
import { stopwordsFor } from '../../src/text/language.js';
import { tokenise } from '../../src/text/words.js';

describe('overlapWithBlock', () => {
  // aeb page aade2ec8…: a Stadia story, one of its subheadings, and a deals teaser after it.
  const texts = [
    'Posted on social media by the performance analysts at Digital Foundry, the Stadia port of Red Dead Redemption 2 is not entirely smooth.',
    'Those playing through Stadia on Chromecast Ultra will be treated to a 30fps experience in Red Dead Redemption 2.',
    'Red Dead Redemption 2',
    'Dell has released its list of Black Friday deals to help get the holiday shopping season kickstarted.',
  ];
  const words = contentWordsOf(texts.map(tokenise), stopwordsFor('en'));
  const overlap = overlapWithBlock(words, { start: 0, end: 2 });

  it('drops stopwords and short tokens from content words', () => {
    expect(words[2]).toEqual(['red', 'dead', 'redemption']);
  });

  it("scores a subheading reusing the story's words high and an unrelated teaser low", () => {
    expect(overlap[2]).toBe(1);
    expect(overlap[3]).toBe(0);
  });

  it('compares a block paragraph with the rest of the block only', () => {
    // "stadia", "red", "dead", "redemption" recur in paragraph 1; "posted", "social", "media"… do not.
    expect(overlap[0]).toBeGreaterThan(0);
    expect(overlap[0]).toBeLessThan(0.5);
  });

  it('gives 0 to a paragraph without content words', () => {
    expect(overlapWithBlock([[], ['story']], { start: 1, end: 2 })[0]).toBe(0);
  });
});
