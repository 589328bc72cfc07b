import { describe, expect, it } from 'vitest';
import { Uint32Blocks } from '../../src/io/uint32-blocks.js';

describe('Uint32Blocks', () => {
  it('holds zeros until set, keeps values across blocks as it grows, and wraps as a Uint32Array does', () => {
    const values = new Uint32Blocks(10);
    expect(values.capacity).toBe(16_384);
    expect(values.get(9)).toBe(0);
    values.set(16_383, 7);
    values.reserve(40_000);
    expect(values.capacity).toBe(49_152);
    values.set(40_000, 2 ** 32 - 1);
    values.set(0, -1);
    expect([values.get(16_383), values.get(16_384), values.get(40_000), values.get(0)]).toEqual([7, 0, 2 ** 32 - 1, 2 ** 32 - 1]);
  });
});
