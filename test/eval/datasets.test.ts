import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLayout, readDataset } from '../../src/eval/datasets/detect.js';
import { splitGoldArticles } from '../../src/eval/gold.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/eval');

describe('detectLayout', () => {
  it.each([
    ['annotated', 'seeds'],
    ['pairs', 'pairs'],
    ['choi', 'choi'],
  ])('recognises %s as %s', async (folder, layout) => {
    expect(await detectLayout(path.join(fixtures, folder))).toBe(layout);
  });

  it('returns null for a folder that is no dataset', async () => {
    expect(await detectLayout(path.join(fixtures, 'pairs/gold'))).toBeNull();
  });
});

describe('readers', () => {
  it('reads seeds gold lines into articles and line labels', async () => {
    const dataset = await readDataset(path.join(fixtures, 'annotated'), 'seeds');
    const doc = dataset.documents.find((d) => d.id === '02_flood_and_chess')!;
    expect(doc.group).toBe('annotated');
    expect(doc.articles.map((a) => a.length)).toEqual([5, 5]);
    expect(doc.articles[1]![0]).toMatch(/^A 12-year-old from Leeds/);
    expect(doc.lineLabels!.slice(2, 5)).toEqual([{ kind: 'content', article: 0 }, { kind: 'boilerplate' }, { kind: 'boilerplate' }]);
  });

  it('pairs each raw variant with its gold and splits gold at the marker', async () => {
    const dataset = await readDataset(path.join(fixtures, 'pairs'), 'pairs');
    expect(dataset.documents.map((d) => [d.group, d.id, d.articles.length])).toEqual([
      ['page', 'one', 1],
      ['page', 'two', 2],
    ]);
    expect(dataset.documents[0]!.lineLabels).toBeNull();
  });

  it('reads Choi files, pooling sets 1-3 per range and keeping set 4 apart', async () => {
    const dataset = await readDataset(path.join(fixtures, 'choi'), 'choi');
    expect(dataset.documents.map((d) => [d.id, d.group])).toEqual([
      ['1/3-5/0', '3-5'],
      ['4/3-5/0', '4/3-5'],
    ]);
    const doc = dataset.documents[0]!;
    expect(doc.raw).toBe('The first segment has one sentence .\nThe second segment starts here .\nIt has two sentences .\n');
    expect(doc.articles).toEqual([['The first segment has one sentence .'], ['The second segment starts here .', 'It has two sentences .']]);
  });
});

describe('splitGoldArticles', () => {
  it('drops blank lines and empty articles', () => {
    expect(splitGoldArticles('==========\n a \n\nb\n==========\n==========\nc\n')).toEqual([['a', 'b'], ['c']]);
  });
});
