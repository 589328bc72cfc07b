import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoilerplateLearner } from '../../src/corpus/boilerplate-learner.js';
import { parseProfile, serialiseProfile, type Profile } from '../../src/corpus/profile.js';
import { defaultOptions } from '../../src/options.js';
import { proseArticle } from './synthetic.js';

const count = fc.nat({ max: 1_000_000 });
const profileArbitrary: fc.Arbitrary<Profile> = fc.record({
  format: fc.constant('newsclean-profile' as const),
  version: fc.constant(1 as const),
  parameters: fc.record({ minDocuments: count, minGroups: count, groupLabel: fc.string() }),
  documents: count,
  duplicatesSkipped: count,
  lines: fc.array(
    fc.record({ hash: fc.stringMatching(/^[0-9a-f]{16}$/), documents: count, groups: count, example: fc.string({ unit: 'binary' }) }),
    { maxLength: 20 },
  ),
});

describe('parseProfile', () => {
  it('round-trips any profile through JSON text', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        expect(parseProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
      }),
    );
  });

  it('round-trips any profile through the file form, one learned line per text line', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const text = serialiseProfile(profile);
        expect(parseProfile(JSON.parse(text))).toEqual(profile);
        expect(text.split('\n').filter((line) => line.includes('"hash"'))).toHaveLength(profile.lines.length);
      }),
    );
  });

  it('round-trips a learned profile', () => {
    const learner = new BoilerplateLearner({ ...defaultOptions.corpus, learnedMinDocuments: 2, learnedMinGroups: 2, sketchWidth: 1024 });
    for (let i = 0; i < 3; i++) learner.observe({ paragraphs: ['Sign in', ...proseArticle(i)], group: `site${i}` });
    const profile = learner.toProfile();
    expect(profile.lines).toHaveLength(1);
    expect(parseProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
  });

  it.each([
    [null, 'not an object'],
    [{ format: 'other' }, 'format'],
    [{ format: 'newsclean-profile', version: 2 }, 'unsupported version 2'],
    [{ format: 'newsclean-profile', version: 1, parameters: { minDocuments: 1, minGroups: 1, groupLabel: 'sites' }, documents: 1, duplicatesSkipped: 0, lines: [{ hash: 'xyz', documents: 1, groups: 1, example: '' }] }, 'line 1 has no 16-hex hash'],
  ])('rejects %j with a message', (value, message) => {
    expect(() => parseProfile(value)).toThrow(message);
  });
});
