import { describe, expect, it } from 'vitest';
import type { GoldDocument } from '../../src/eval/gold.js';
import { gluedPagesDataset } from '../../src/eval/glued-pages.js';

const page = (id: string, group: string): GoldDocument => ({
  id,
  group,
  raw: `Menu\nStory ${id} starts here.\nFooter`,
  articles: [[`Story ${id} starts here.`]],
  lineLabels: null,
});
const pages = [...['a', 'b', 'c', 'd', 'e'].map((id) => page(id, 'page')), ...['f', 'g'].map((id) => page(id, 'container'))];

describe('gluedPagesDataset', () => {
  const dataset = gluedPagesDataset(pages, '/data', { seed: 3, count: 20 });

  it('joins two to four distinct pages of one group, their gold articles in the same order', () => {
    expect(dataset.documents).toHaveLength(40);
    for (const doc of dataset.documents) {
      const ids = doc.articles.map((article) => article[0]!.split(' ')[1]!);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      expect(ids.length).toBeLessThanOrEqual(doc.group === 'glued container' ? 2 : 4);
      expect(new Set(ids).size).toBe(ids.length);
      const group = doc.group.replace('glued ', '');
      expect(ids.every((id) => pages.find((p) => p.id === id)!.group === group)).toBe(true);
      expect(doc.raw).toBe(ids.map((id) => `Menu\nStory ${id} starts here.\nFooter\n`).join(''));
    }
  });

  it('is reproducible from its seed and differs across seeds', () => {
    expect(gluedPagesDataset(pages, '/data', { seed: 3, count: 20 })).toEqual(dataset);
    expect(gluedPagesDataset(pages, '/data', { seed: 4, count: 20 }).documents.map((d) => d.raw)).not.toEqual(dataset.documents.map((d) => d.raw));
  });

  it('is scored whole, for cleaning and segmentation', () => {
    expect(dataset.layout).toBe('synth');
    expect(dataset.measures).toEqual(['cleaning', 'segmentation']);
  });
});
