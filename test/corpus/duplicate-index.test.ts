import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSignature, serialiseSignature } from '../../src/corpus/article-signature.js';
import { DuplicateIndex } from '../../src/corpus/duplicate-index.js';
import { mergeSignatureShards, toSignatureShard } from '../../src/corpus/signature-shard.js';
import { defaultOptions } from '../../src/options.js';
import { proseArticle } from './synthetic.js';

const original = proseArticle(1, 10);
/** One word changed and the first paragraph moved to the end: Jaccard about 0.95. */
const edited = [...original.slice(2), original[1]!.replace(/^\w+/, 'meanwhile'), original[0]!];
const articles: Array<[string, string[]]> = [
  ['a', original],
  ['b', proseArticle(2, 10)],
  ['c', original.map((p) => p.toUpperCase().replace(/ /g, '  '))],
  ['d', edited],
  ['e', proseArticle(3, 10)],
  ['f', []],
  ['g', []],
];

function runAll(index: DuplicateIndex) {
  return articles.map(([id, paragraphs]) => index.add(index.sign(id, paragraphs)));
}

describe('DuplicateIndex', () => {
  it('marks exact and near copies with the id of the first copy, in input order', () => {
    expect(runAll(new DuplicateIndex(defaultOptions.corpus))).toEqual([
      { id: 'a', duplicateOf: null, kind: null, similarity: null },
      { id: 'b', duplicateOf: null, kind: null, similarity: null },
      { id: 'c', duplicateOf: 'a', kind: 'exact', similarity: 1 },
      { id: 'd', duplicateOf: 'a', kind: 'near', similarity: expect.closeTo(0.95, 1) },
      { id: 'e', duplicateOf: null, kind: null, similarity: null },
      { id: 'f', duplicateOf: null, kind: null, similarity: null },
      { id: 'g', duplicateOf: 'f', kind: 'exact', similarity: 1 },
    ]);
  });

  it('honours the threshold: at 0.99 the edited copy is its own first copy', () => {
    const strict = runAll(new DuplicateIndex({ ...defaultOptions.corpus, dedupeThreshold: 0.99 }));
    expect(strict[3]).toMatchObject({ id: 'd', duplicateOf: null });
  });

  it('points a copy of a copy at the first copy', () => {
    const index = new DuplicateIndex(defaultOptions.corpus);
    const verdicts = [original, edited, edited.slice(0, -1)].map((paragraphs, i) => index.add(index.sign(`v${i}`, paragraphs)));
    expect(verdicts.map((v) => v.duplicateOf)).toEqual([null, 'v0', 'v0']);
    expect(index.size).toBe(1);
  });

  it('remembers at most `capacity` first copies', () => {
    const index = new DuplicateIndex(defaultOptions.corpus, 1);
    const other = proseArticle(2, 10);
    const verdicts = [original, other, other, original].map((paragraphs, i) => index.add(index.sign(`v${i}`, paragraphs)));
    expect(verdicts.map((v) => v.duplicateOf)).toEqual([null, null, null, 'v0']);
  });

  it('rejects parameters that cannot band', () => {
    expect(() => new DuplicateIndex({ ...defaultOptions.corpus, minhashBands: 30 })).toThrow(RangeError);
    expect(() => new DuplicateIndex({ ...defaultOptions.corpus, dedupeThreshold: 0 })).toThrow(RangeError);
  });
});

describe('signature shards', () => {
  it('serialises a signature losslessly', () => {
    const index = new DuplicateIndex(defaultOptions.corpus);
    const signature = index.sign('a', original);
    expect(parseSignature(JSON.parse(JSON.stringify(serialiseSignature(signature))), 128)).toEqual(signature);
    expect(() => parseSignature({ ...serialiseSignature(signature), minhash: 'abc' }, 128)).toThrow('not 128 hex words');
  });

  it('merging shards gives the verdicts of one run over everything', () => {
    const signer = new DuplicateIndex(defaultOptions.corpus);
    const signatures = articles.map(([id, paragraphs]) => signer.sign(id, paragraphs));
    const shards = [signatures.slice(0, 2), signatures.slice(2, 5), signatures.slice(5)].map((part) =>
      JSON.parse(JSON.stringify(toSignatureShard(signer, part))),
    );
    expect(mergeSignatureShards(shards, defaultOptions.corpus)).toEqual(runAll(new DuplicateIndex(defaultOptions.corpus)));
  });

  it('gives the single-run verdicts for any article order and any split into shards', () => {
    const signer = new DuplicateIndex(defaultOptions.corpus);
    const pool = [original, edited, proseArticle(4, 6), proseArticle(5, 6), []];
    fc.assert(
      fc.property(fc.array(fc.nat({ max: pool.length - 1 }), { maxLength: 12 }), fc.array(fc.nat({ max: 12 }), { maxLength: 3 }), (picks, cuts) => {
        const signatures = picks.map((pick, i) => signer.sign(`p${i}`, pool[pick]!));
        const bounds = [0, ...[...cuts].sort((a, b) => a - b).map((cut) => Math.min(cut, signatures.length)), signatures.length];
        const shards = bounds.slice(1).map((end, i) => toSignatureShard(signer, signatures.slice(bounds[i]!, end)));
        const single = new DuplicateIndex(defaultOptions.corpus);
        expect(mergeSignatureShards(shards, defaultOptions.corpus)).toEqual(signatures.map((signature) => single.add(signature)));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses shards signed with other parameters', () => {
    const other = new DuplicateIndex({ ...defaultOptions.corpus, minhashPermutations: 64 });
    const shard = toSignatureShard(other, [other.sign('a', original)]);
    expect(() => mergeSignatureShards([shard], defaultOptions.corpus)).toThrow('shard 1 was signed with 64 permutations');
    expect(() => mergeSignatureShards([{ format: 'x' }], defaultOptions.corpus)).toThrow('not a newsclean signature file');
  });
});
