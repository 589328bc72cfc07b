import { describe, expect, it } from 'vitest';
import { buildSynthDocuments, JOIN_KINDS, joinKinds, type SourceArticle } from '../../src/eval/synth.js';
import { createRandom } from '../../src/eval/random.js';
import { BOILERPLATE_CATEGORIES, generateBoilerplateBlock } from '../../src/eval/boilerplate-blocks.js';
import { looksLikeHeadline, parseArticleText } from '../../src/eval/article-folder.js';

const topics = ['bitcoin reserve senate bill crypto', 'labour ceasefire gaza mayor party', 'football league match goal season'];
const articles: SourceArticle[] = Array.from({ length: 12 }, (_, i) => ({
  id: `a${i}`,
  title: i % 3 === 0 ? null : `Headline number ${i}`,
  paragraphs: Array.from({ length: 3 + (i % 4) }, (_, p) => `Paragraph ${p} of article ${i} about ${topics[i % 3]} and more words.`),
}));

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const seqA = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(seqA);
    expect(c.next()).not.toBe(seqA[0]);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('buildSynthDocuments', () => {
  const docs = buildSynthDocuments(articles, { seed: 3, count: 40 });

  it('is deterministic from the seed', () => {
    expect(buildSynthDocuments(articles, { seed: 3, count: 40 })).toEqual(docs);
    expect(buildSynthDocuments(articles, { seed: 4, count: 40 })).not.toEqual(docs);
  });

  it('labels every line and keeps gold articles consistent with the text', () => {
    for (const doc of docs) {
      expect(doc.labels).toHaveLength(doc.lines.length);
      expect(doc.text).toBe(`${doc.lines.join('\n')}\n`);
      expect(doc.articles.length).toBeGreaterThanOrEqual(1);
      expect(doc.articles.length).toBeLessThanOrEqual(5);
      expect(doc.boundaries).toEqual(doc.articles.slice(1).map((a) => a.firstLine));
      doc.articles.forEach((article, k) => {
        const contentLines = doc.lines.filter((_, i) => {
          const label = doc.labels[i]!;
          return label.kind === 'content' && label.article === k;
        });
        expect(contentLines).toEqual(article.paragraphs);
        expect(doc.labels[article.firstLine]).toEqual({ kind: 'content', article: k });
        expect(new Set(doc.articles.map((a) => a.sourceId)).size).toBe(doc.articles.length);
      });
    }
  });

  it('mixes the variations it promises', () => {
    const all = docs.flatMap((d) => d.articles);
    expect(docs.some((d) => d.articles.length === 1)).toBe(true);
    expect(docs.some((d) => d.articles.length >= 4)).toBe(true);
    expect(all.some((a) => a.join === 'same-topic')).toBe(true);
    expect(all.some((a) => a.title !== null)).toBe(true);
    expect(all.some((a) => a.title === null)).toBe(true);
    const categories = new Set(docs.flatMap((d) => d.labels.flatMap((l) => (l.kind === 'boilerplate' ? [l.category] : []))));
    expect(categories.size).toBeGreaterThanOrEqual(5);
  });

  it('prefers a same-topic article for same-topic joins', () => {
    const same = buildSynthDocuments(articles, { seed: 5, count: 30, sameTopicShare: 1, candidatePool: 11 });
    for (const doc of same) {
      for (let k = 1; k < doc.articles.length; k++) {
        const prev = Number(doc.articles[k - 1]!.sourceId.slice(1));
        const next = Number(doc.articles[k]!.sourceId.slice(1));
        // With the whole set as pool, the most similar unused article shares the topic when one is left.
        if (doc.articles.length <= 4) expect(next % 3).toBe(prev % 3);
      }
    }
  });

  it('returns nothing without usable articles', () => {
    expect(buildSynthDocuments([{ id: 'x', title: null, paragraphs: [] }])).toEqual([]);
  });
});

describe('parseArticleText', () => {
  it('takes a short unpunctuated first line as the title', () => {
    expect(parseArticleText('a', 'Arizona Senate passes Bitcoin bill\nThe bill passed.\n')).toEqual({
      id: 'a',
      title: 'Arizona Senate passes Bitcoin bill',
      paragraphs: ['The bill passed.'],
    });
    expect(parseArticleText('b', 'The bill passed on Friday.\n\nIt now goes to the House.')).toEqual({
      id: 'b',
      title: null,
      paragraphs: ['The bill passed on Friday.', 'It now goes to the House.'],
    });
  });

  it('rejects sentences and one-word lines as headlines', () => {
    expect(looksLikeHeadline('He said:')).toBe(false);
    expect(looksLikeHeadline('Advertisement')).toBe(false);
    expect(looksLikeHeadline('BAAR, SWITZERLAND')).toBe(false);
    expect(looksLikeHeadline('Hong Kong invests heavily in Web3')).toBe(true);
  });
});

describe('generateBoilerplateBlock', () => {
  it('draws several realistic forms of every family', () => {
    const random = createRandom(11);
    const context = ['The council approved the new budget on Tuesday evening after a long debate.'];
    for (const category of BOILERPLATE_CATEGORIES) {
      const blocks = Array.from({ length: 60 }, () => generateBoilerplateBlock(random, category, context));
      for (const block of blocks) {
        expect(block.category).toBe(category);
        expect(block.lines.length).toBeGreaterThan(0);
        for (const line of block.lines) expect(line.trim()).toBe(line);
      }
      expect(new Set(blocks.map((b) => b.lines.join('\n'))).size).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('joinKinds', () => {
  const docs = buildSynthDocuments(articles, { seed: 5, count: 60 });

  it('names one kind of each pair for every gold boundary, as the document was built', () => {
    for (const doc of docs) {
      const kinds = joinKinds(doc);
      expect(kinds).toHaveLength(doc.boundaries.length);
      kinds.forEach((joinKind, k) => {
        const article = doc.articles[k + 1]!;
        const previous = doc.articles[k]!;
        for (const kind of joinKind) expect(JOIN_KINDS).toContain(kind);
        expect(joinKind[0]).toBe(article.join === 'same-topic' ? 'same-topic join' : 'random join');
        expect(joinKind[1]).toBe(article.startsMidStory ? 'starts mid-story' : article.title === null ? 'no headline' : 'headline shown');
        const between = doc.labels.slice(previous.lastLine + 1, article.firstLine);
        expect(joinKind[2]).toBe(between.length > 0 ? 'boilerplate at join' : 'clean join');
        for (const label of between) expect(label.kind).toBe('boilerplate');
      });
    }
  });

  it('meets every kind in a set of this size', () => {
    const seen = new Set(docs.flatMap(joinKinds).flat());
    expect([...seen].sort()).toEqual([...JOIN_KINDS].sort());
  });
});
