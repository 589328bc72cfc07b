import { describe, expect, it } from 'vitest';
import { CountMinSketch } from '../../src/corpus/count-min-sketch.js';
import { hash64 } from '../../src/corpus/hash.js';

describe('CountMinSketch', () => {
  it('counts exactly when keys do not collide', () => {
    const sketch = new CountMinSketch(1 << 16, 4);
    const a = hash64('a');
    const b = hash64('b');
    expect([sketch.increment(a), sketch.increment(a), sketch.increment(b)]).toEqual([1, 2, 1]);
    expect(sketch.estimate(a)).toBe(2);
    expect(sketch.estimate(hash64('never seen'))).toBe(0);
  });

  it('never undercounts, even when everything collides', () => {
    // Width 1: every key shares every counter, so each estimate is the total number of increments.
    const sketch = new CountMinSketch(1, 2);
    for (const key of ['x', 'y', 'y', 'z']) sketch.increment(hash64(key));
    expect(sketch.estimate(hash64('x'))).toBe(4);
    const wide = new CountMinSketch(64, 3);
    const truth = new Map<string, number>();
    for (let i = 0; i < 500; i++) {
      const key = `line ${i % 97}`;
      truth.set(key, (truth.get(key) ?? 0) + 1);
      wide.increment(hash64(key));
    }
    for (const [key, count] of truth) expect(wide.estimate(hash64(key))).toBeGreaterThanOrEqual(count);
  });

  it('rejects a sketch without counters', () => {
    expect(() => new CountMinSketch(0, 4)).toThrow(RangeError);
  });
});
