import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapCohesion, indexTerms, spanCohesion, unitToWindowCohesion, type WindowSize } from '../../src/cohesion/tfidf-windows.js';

/**
 * The windows counted in typed arrays must give the very same floating-point numbers as the plain
 * version they replaced, which rebuilt a `Map` of term frequencies per window and per gap: that
 * version is kept here as the reference, and results are compared with `Object.is`, not to a tolerance.
 */
type Units = readonly (readonly string[])[];

function referenceIdf(units: Units): Map<string, number> {
  const unitCounts = new Map<string, number>();
  for (const terms of units) {
    for (const term of new Set(terms)) unitCounts.set(term, (unitCounts.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, count] of unitCounts) idf.set(term, Math.log((units.length + 1) / count));
  return idf;
}

function windowUnits(units: Units, start: number, step: 1 | -1, size: WindowSize): number[] {
  const taken: number[] = [];
  let terms = 0;
  for (let i = start; i >= 0 && i < units.length && taken.length < size.maxUnits && terms < size.minTerms; i += step) {
    taken.push(i);
    terms += units[i]!.length;
  }
  return taken;
}

function termFrequencies(units: Units, indexes: readonly number[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const index of indexes) for (const term of units[index]!) tf.set(term, (tf.get(term) ?? 0) + 1);
  return tf;
}

function cosine(a: Map<string, number>, b: Map<string, number>, idf: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, count] of a) {
    const weight = count * (idf.get(term) ?? 0);
    normA += weight * weight;
    const other = b.get(term);
    if (other !== undefined) dot += weight * other * (idf.get(term) ?? 0);
  }
  for (const [term, count] of b) {
    const weight = count * (idf.get(term) ?? 0);
    normB += weight * weight;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

function referenceGapCohesion(units: Units, idf: ReadonlyMap<string, number>, size: WindowSize) {
  const result = [];
  for (let gap = 1; gap < units.length; gap++) {
    const before = termFrequencies(units, windowUnits(units, gap - 1, -1, size));
    const after = termFrequencies(units, windowUnits(units, gap, 1, size));
    let unseen = 0;
    for (const term of after.keys()) if (!before.has(term)) unseen++;
    result.push({ similarity: cosine(before, after, idf), newTermShare: after.size === 0 ? 0 : unseen / after.size });
  }
  return result;
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Documents with a small vocabulary (so windows overlap) and some empty units. */
const documents = fc.array(fc.array(fc.constantFrom('oil', 'price', 'barrel', 'opec', 'senat', 'vote', 'bill', 'a', 'b', 'c', 'd', 'e'), { maxLength: 12 }), {
  maxLength: 40,
});
const sizes = fc.record({ minTerms: fc.integer({ min: 1, max: 60 }), maxUnits: fc.integer({ min: 1, max: 12 }) });
/** An IDF map not made from the document: missing terms, extra terms, arbitrary weights. */
const foreignIdf = fc
  .array(fc.tuple(fc.constantFrom('oil', 'price', 'vote', 'a', 'b', 'zzz'), fc.double({ min: 0, max: 5, noNaN: true })))
  .map((entries) => new Map(entries));

describe('typed-array windows equal the per-gap Map windows, bit for bit', () => {
  it('the document IDF: same entries in the same order', () => {
    fc.assert(
      fc.property(documents, (units) => {
        const index = indexTerms(units);
        expect(index.terms.map((term, id) => [term, index.weights[id]])).toEqual([...referenceIdf(units)]);
      }),
    );
  });

  it('gapCohesion, with the document IDF and with a foreign one', () => {
    fc.assert(
      fc.property(documents, sizes, foreignIdf, (units, size, foreign) => {
        for (const idf of [referenceIdf(units), foreign]) {
          const actual = gapCohesion(indexTerms(units, (term) => idf.get(term) ?? 0), size);
          const expected = referenceGapCohesion(units, idf, size);
          expect(actual).toHaveLength(expected.length);
          actual.forEach((value, i) => {
            expect(Object.is(value.similarity, expected[i]!.similarity)).toBe(true);
            expect(Object.is(value.newTermShare, expected[i]!.newTermShare)).toBe(true);
          });
        }
      }),
    );
  });

  it('unitToWindowCohesion, for every unit and window start either way', () => {
    fc.assert(
      fc.property(documents, sizes, (units, size) => {
        const idf = referenceIdf(units);
        const index = indexTerms(units);
        for (let unit = 0; unit < units.length; unit++) {
          for (const step of [1, -1] as const) {
            for (const start of [unit - 2, unit - 1, unit + 1, unit + 2]) {
              const expected = cosine(termFrequencies(units, [unit]), termFrequencies(units, windowUnits(units, start, step, size)), idf);
              expect(Object.is(unitToWindowCohesion(index, unit, start, step, size), expected)).toBe(true);
            }
          }
        }
      }),
    );
  });

  it('spanCohesion, for any three bounds', () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.nat(), fc.nat(), (units, x, y, z) => {
        const [start, middle, end] = [x, y, z].map((n) => n % (units.length + 1)).sort((p, q) => p - q) as [number, number, number];
        const idf = referenceIdf(units);
        const expected = cosine(termFrequencies(units, range(start, middle)), termFrequencies(units, range(middle, end)), idf);
        expect(Object.is(spanCohesion(indexTerms(units), start, middle, end), expected)).toBe(true);
      }),
    );
  });

  it('measures one index many times with its scratch windows left empty between measures', () => {
    const units: string[][] = [['senat', 'price'], ['oil', 'barrel', 'senat'], ['senat', 'reserv']];
    const idf = referenceIdf([...units, ['vote', 'bill']]);
    const size = { minTerms: 1, maxUnits: 1 };
    const index = indexTerms(units, (term) => idf.get(term) ?? 0);
    expect(gapCohesion(index, size)).toEqual(referenceGapCohesion(units, idf, size));
    expect(unitToWindowCohesion(index, 1, 2, 1, size)).toBe(cosine(termFrequencies(units, [1]), termFrequencies(units, [2]), idf));
    expect(unitToWindowCohesion(index, 1, 0, -1, size)).toBe(cosine(termFrequencies(units, [1]), termFrequencies(units, [0]), idf));
    expect(gapCohesion(index, size)).toEqual(referenceGapCohesion(units, idf, size));
  });

  it('rejects a unit that does not exist and keeps counting correctly afterwards', () => {
    const units = [['oil'], ['oil', 'vote']];
    const idf = referenceIdf(units);
    const index = indexTerms(units);
    expect(() => unitToWindowCohesion(index, 5, 0, 1, { minTerms: 1, maxUnits: 1 })).toThrow(RangeError);
    expect(() => spanCohesion(index, 0, 1, 7)).toThrow(RangeError);
    expect(gapCohesion(index, { minTerms: 5, maxUnits: 5 })).toEqual(referenceGapCohesion(units, idf, { minTerms: 5, maxUnits: 5 }));
  });
});
