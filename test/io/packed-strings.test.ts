import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a32 as fnv1a } from '../../src/corpus/hash.js';
import { PackedStringMap } from '../../src/io/packed-string-map.js';
import { PackedStrings } from '../../src/io/packed-strings.js';

const packed = (texts: readonly string[]): PackedStrings => {
  const strings = new PackedStrings();
  for (const text of texts) strings.push(text);
  return strings;
};
const entries = (strings: PackedStrings): string[] => Array.from({ length: strings.length }, (_, index) => strings.get(index));

describe('PackedStrings', () => {
  it('gives back every entry exactly: empty, non-Latin-1, lone surrogates, longer than a chunk', () => {
    const texts = ['', 'news/a.txt', 'São Paulo/ニュース.txt', '\ud800x\udfff', 'x'.repeat(200_000), '', 'after/the/long/one.txt'];
    expect(entries(packed(texts))).toEqual(texts);
  });

  it('reads entries of sealed chunks and of the one still filling, in any order', () => {
    const texts = Array.from({ length: 30_000 }, (_, index) => `shard-${index % 3}/${String(index).padStart(7, '0')}.txt`);
    const strings = packed(texts);
    for (const index of [29_999, 0, 15_000, 3_448, 3_449, 3_450, 1]) expect(strings.get(index)).toBe(texts[index]);
    expect(strings.length).toBe(30_000);
  });

  it('refuses an index outside the list', () => {
    const strings = packed(['a']);
    for (const index of [-1, 1, 0.5]) expect(() => strings.get(index)).toThrow(RangeError);
  });

  it('equals the array it was filled from (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20_000 }), { maxLength: 30 }), (texts) => {
        expect(entries(packed(texts))).toEqual(texts);
      }),
    );
  });
});

describe('PackedStringMap', () => {
  it('finds what was added, and nothing else', () => {
    const map = new PackedStringMap();
    map.add('news/a.json', 'news/a.txt');
    map.add('news/b.json', '');
    expect(map.get('news/a.json')).toBe('news/a.txt');
    expect(map.get('news/b.json')).toBe('');
    expect(map.get('news/c.json')).toBeUndefined();
    expect(map.size).toBe(2);
  });

  it('tells apart keys of one hash', () => {
    expect(fnv1a('k32728')).toBe(fnv1a('k261234'));
    const map = new PackedStringMap();
    map.add('k32728', 'first');
    expect(map.get('k261234')).toBeUndefined();
    map.add('k261234', 'second');
    expect([map.get('k32728'), map.get('k261234')]).toEqual(['first', 'second']);
  });

  it('refuses a key added twice', () => {
    const map = new PackedStringMap();
    map.add('a', '1');
    expect(() => map.add('a', '2')).toThrow(/already/);
    expect(map.get('a')).toBe('1');
  });

  it('answers as a Map does, through many doublings of its table (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 6 })), { maxLength: 400 }), (pairs) => {
        const map = new PackedStringMap();
        const reference = new Map<string, string>();
        for (const [key, value] of pairs) {
          expect(map.get(key)).toBe(reference.get(key));
          if (reference.has(key)) continue;
          map.add(key, value);
          reference.set(key, value);
        }
        for (const [key, value] of reference) expect(map.get(key)).toBe(value);
        expect(map.size).toBe(reference.size);
      }),
    );
  });
});
