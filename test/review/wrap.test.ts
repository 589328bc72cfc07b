import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapSegments, type Segment } from '../../src/review/wrap.js';

const words = (segments: Segment[][]): string[] =>
  segments.flatMap((line) => line.map((s) => s.text).join('')).join(' ').split(/\s+/u).filter(Boolean);

describe('wrapSegments', () => {
  it('breaks at spaces and keeps the struck style across a break', () => {
    const lines = wrapSegments(
      [
        { text: 'kept words then ', struck: false },
        { text: 'struck words here', struck: true },
      ],
      12,
    );
    expect(lines).toEqual([
      [{ text: 'kept words', struck: false }],
      [
        { text: 'then ', struck: false },
        { text: 'struck', struck: true },
      ],
      [{ text: 'words here', struck: true }],
    ]);
  });

  it('cuts a word longer than the width', () => {
    expect(wrapSegments([{ text: 'abcdefghij', struck: false }], 4).map((line) => line[0]!.text)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never loses or reorders a word, and never exceeds the width', () => {
    const segment = fc.record({ text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), maxLength: 40 }), struck: fc.boolean() });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.integer({ min: 1, max: 30 }), (segments, width) => {
        const lines = wrapSegments(segments, width);
        for (const line of lines) expect(line.map((s) => s.text).join('').length).toBeLessThanOrEqual(width);
        const original = segments.map((s) => s.text).join('').split(/\s+/u).filter(Boolean).join('');
        expect(words(lines).join('')).toBe(original);
      }),
    );
  });
});
