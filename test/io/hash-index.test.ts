import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashIndex } from '../../src/io/hash-index.js';

describe('HashIndex', () => {
  it('offers every number stored under a hash, in the order stored, until one matches', () => {
    const index = new HashIndex();
    index.add(7, 1);
    index.add(7, 2);
    index.add(0xffffffff, 3);
    const offered: number[] = [];
    expect(index.find(7, (value) => (offered.push(value), value === 2))).toBe(2);
    expect(offered).toEqual([1, 2]);
    expect(index.find(7, () => false)).toBe(-1);
    expect(index.find(-1, (value) => value === 3)).toBe(3);
    expect(index.find(8, () => true)).toBe(-1);
  });

  it('keeps every pair through many doublings of its table (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 600 }), (hashes) => {
        const index = new HashIndex();
        hashes.forEach((hash, value) => index.add(hash, value));
        hashes.forEach((hash, value) => expect(index.find(hash, (candidate) => candidate === value)).toBe(value));
        expect(index.size).toBe(hashes.length);
      }),
    );
  });
});
