import { describe, expect, it } from 'vitest';
import { learnedLookup, removeLearnedBoilerplate } from '../../src/corpus/apply-profile.js';
import { hash64, hash64Hex } from '../../src/corpus/hash.js';
import { normaliseLineForCounting } from '../../src/corpus/normalise-line.js';
import type { Profile } from '../../src/corpus/profile.js';
import type { CleanedDocument } from '../../src/types.js';

function learned(example: string, documents: number, groups: number) {
  return { hash: hash64Hex(hash64(normaliseLineForCounting(example))), documents, groups, example };
}

const profile: Profile = {
  format: 'newsclean-profile',
  version: 1,
  parameters: { minDocuments: 5, minGroups: 3, groupLabel: 'sites' },
  documents: 181,
  duplicatesSkipped: 0,
  lines: [learned('Home', 74, 49), learned('Sports', 46, 32), learned('Disclaimer', 11, 8)],
};

const prose1 = 'The council approved the new bridge on Monday after a long debate about its cost.';
const prose2 = 'Residents said they were relieved that the work would finally begin in the spring.';

function doc(texts: string[], removalGaps: number[] = []): CleanedDocument {
  return {
    paragraphs: texts.map((text, i) => ({ text, firstLine: 2 * i + 1, lastLine: 2 * i + 1 })),
    paragraphStyle: 'line',
    lineCount: 2 * texts.length,
    messages: [],
    metadata: {},
    removalGaps,
  };
}

describe('removeLearnedBoilerplate', () => {
  const lookup = learnedLookup(profile);

  it('removes learned furniture with a learned message carrying the counts', () => {
    const result = removeLearnedBoilerplate(doc(['HOME', 'sports', 'Weather', prose1, prose2]), lookup);
    expect(result.paragraphs.map((p) => p.text)).toEqual(['Weather', prose1, prose2]);
    expect(result.messages).toEqual([
      { stage: 'clean', action: 'remove-line', ruleId: 'learned', category: 'learned', reason: 'recurs in 74 documents across 49 sites', line: 1, endLine: 1, text: 'HOME' },
      { stage: 'clean', action: 'remove-line', ruleId: 'learned', category: 'learned', reason: 'recurs in 46 documents across 32 sites', line: 3, endLine: 3, text: 'sports' },
    ]);
    // Nothing kept before the removed menu, so no gap (as the clean stage counts them).
    expect(result.removalGaps).toEqual([]);
  });

  it('keeps a learned line next to prose: a heading inside the story', () => {
    const result = removeLearnedBoilerplate(doc([prose1, 'Disclaimer', prose2, 'Home']), lookup);
    // 'Home' right after the story stays too: the guard's price, paid to protect headings.
    expect(result.paragraphs.map((p) => p.text)).toEqual([prose1, 'Disclaimer', prose2, 'Home']);
    expect(result.messages).toEqual([]);
    const footer = removeLearnedBoilerplate(doc([prose1, prose2, 'Contact', 'Home', 'Sports']), lookup);
    expect(footer.paragraphs.map((p) => p.text)).toEqual([prose1, prose2, 'Contact']);
    expect(footer.removalGaps).toEqual([]);
    const between = removeLearnedBoilerplate(doc(['Contact', 'Home', 'Sports', 'Weather', prose1]), lookup);
    expect(between.paragraphs.map((p) => p.text)).toEqual(['Contact', 'Weather', prose1]);
    expect(between.removalGaps).toEqual([1]);
  });

  it('maps the cleaner’s removal gaps onto the remaining paragraphs', () => {
    // Gaps before old paragraphs 2 ('Weather') and 4 (prose2); 'Home' (old 1) is learned and goes.
    const result = removeLearnedBoilerplate(doc(['Contact', 'Home', 'Weather', prose1, prose2], [2, 4]), lookup);
    expect(result.paragraphs.map((p) => p.text)).toEqual(['Contact', 'Weather', prose1, prose2]);
    expect(result.removalGaps).toEqual([1, 3]);
  });


  it('returns the document unchanged when nothing is learned', () => {
    const input = doc(['Weather', prose1]);
    expect(removeLearnedBoilerplate(input, lookup)).toBe(input);
    expect(removeLearnedBoilerplate(input, learnedLookup({ ...profile, lines: [] }))).toBe(input);
  });
});
