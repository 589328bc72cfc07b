import { describe, expect, it } from 'vitest';
import { languageOfSample } from '../../src/text/language.js';

describe('languageOfSample memo', () => {
  it('answers the same for a sample seen before as for a new one, whatever ran in between', () => {
    const english = 'The government said on Tuesday that the new budget would be published before the summer recess.';
    const russian = 'Правительство заявило во вторник, что новый бюджет будет опубликован до лета.';
    const first = languageOfSample(english);
    expect(first).toBe('en');
    expect(languageOfSample(russian)).toBe('ru');
    // More distinct samples than the memo holds, so the first ones are detected afresh.
    for (let i = 0; i < 100; i++) languageOfSample(`${english} ${i}`);
    expect(languageOfSample(english)).toBe(first);
    expect(languageOfSample(russian)).toBe('ru');
  });

  it('does not guess from a sample too short to tell', () => {
    expect(languageOfSample('Hello there')).toBe('und');
  });
});
