import { describe, expect, it } from 'vitest';
import { fnv1a32, hash64, hash64Hex, hex32, mix32 } from '../../src/corpus/hash.js';
import { normaliseLineForCounting } from '../../src/corpus/normalise-line.js';

describe('fnv1a32', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('matches the published FNV-1a test vector for %j', (text, expected) => {
    expect(fnv1a32(text)).toBe(expected);
  });
});

describe('mix32', () => {
  it('is a bijection on a sample: 100 000 consecutive inputs give 100 000 distinct outputs', () => {
    const outputs = new Set<number>();
    for (let i = 0; i < 100_000; i++) outputs.add(mix32(i));
    expect(outputs.size).toBe(100_000);
    expect(mix32(0)).toBe(0);
  });
});

describe('hash64', () => {
  it('gives 16 hex digits, the same for the same text and different for different texts', () => {
    const key = hash64Hex(hash64('privacy policy'));
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64Hex(hash64('privacy policy'))).toBe(key);
    expect(hash64Hex(hash64('privacy policz'))).not.toBe(key);
    expect(hex32(255)).toBe('000000ff');
  });
});

describe('normaliseLineForCounting', () => {
  it.each([
    ['  Published 12:04 PM,\tNov 19 ', 'published ##:## pm, nov ##'],
    ['Image 3 of 12', 'image # of ##'],
    ['صفحة ٣', 'صفحة #'],
    ['SHARE  THIS', 'share this'],
  ])('%j → %j', (line, expected) => {
    expect(normaliseLineForCounting(line)).toBe(expected);
  });
});
