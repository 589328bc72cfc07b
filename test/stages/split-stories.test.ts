import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../src/options.js';
import { cleanDocument } from '../../src/stages/clean.js';
import { normaliseText } from '../../src/stages/normalise.js';
import { candidateReason, splitStories } from '../../src/stages/split-stories.js';
import type { CleanedDocument, Paragraph, SegmentedArticle } from '../../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = path.join(repoRoot, 'fixtures/seeds');

function cleanedOf(paragraphs: string[], removalGaps: number[] = []): CleanedDocument {
  const list: Paragraph[] = paragraphs.map((text, i) => ({ text, firstLine: i + 1, lastLine: i + 1 }));
  return { paragraphs: list, paragraphStyle: 'line', lineCount: list.length, messages: [], metadata: {}, removalGaps };
}

function segmentSeed(name: string): SegmentedArticle[] {
  const text = readFileSync(path.join(seeds, name), 'utf8');
  return splitStories(cleanDocument(normaliseText(text), defaultOptions.cleaning), defaultOptions.segmentation).articles;
}

/** Raw lines of an article, its promoted title included. */
function linesOf(article: SegmentedArticle, all: Paragraph[]): number[] {
  const title = all.filter((p) => article.title !== null && p.text === article.title && p.lastLine < article.paragraphs[0]!.firstLine);
  return [...title, ...article.paragraphs].flatMap((p) => Array.from({ length: p.lastLine - p.firstLine + 1 }, (_, i) => p.firstLine + i));
}

const OIL = 'Oil prices rose on Monday as OPEC producers agreed to extend output cuts, with Brent crude trading above $80 a barrel in London.';
const VOTE = 'Arizona’s Senate has advanced a Bitcoin reserve bill, bringing it to second place behind Utah in a race between US states.';

describe('splitStories', () => {
  it('gives one article with no boundary when segmentation is off', () => {
    const doc = cleanedOf([OIL, OIL, VOTE, VOTE]);
    const result = splitStories(doc, { ...defaultOptions.segmentation, enabled: false });
    expect(result.articles).toEqual([{ paragraphs: doc.paragraphs, title: null, boundary: null, startLine: 1 }]);
  });

  it('gives no article for an empty document', () => {
    expect(splitStories(cleanedOf([]), defaultOptions.segmentation).articles).toEqual([]);
  });

  it('reports every split as a message with its score, and each later article carries its boundary', () => {
    const doc = cleanedOf([OIL, OIL.replace('Monday', 'Tuesday'), OIL.replace('rose', 'fell'), VOTE, VOTE.replace('Senate', 'House'), VOTE.replace('second', 'first')]);
    const result = splitStories(doc, { ...defaultOptions.segmentation, threshold: 0.05 });
    const splits = result.messages.filter((m) => m.stage === 'segment' && m.ruleId === 'segmenter');
    expect(result.articles.length).toBe(splits.length + 1);
    result.articles.slice(1).forEach((article, i) => {
      expect(article.boundary?.score).toBe(splits[i]!.score);
      expect(article.boundary?.signals.length).toBeGreaterThan(0);
      expect(splits[i]!.line).toBe(article.paragraphs[0]!.firstLine);
    });
    expect(result.articles[0]!.boundary).toBeNull();
  });

  it('promotes a headline-like first paragraph to the title', () => {
    const doc = cleanedOf(['Arizona Senate advances Bitcoin reserve bill', VOTE, VOTE.replace('second', 'first')]);
    const [article] = splitStories(doc, defaultOptions.segmentation).articles;
    expect(article!.title).toBe('Arizona Senate advances Bitcoin reserve bill');
    expect(article!.paragraphs.map((p) => p.firstLine)).toEqual([2, 3]);
  });

  it('takes a removed headline above the article as its title, and leaves it removed', () => {
    const body = cleanedOf(['', VOTE, VOTE.replace('second', 'first')]);
    const headline = 'Arizona Senate advances Bitcoin reserve bill';
    const removal = { stage: 'clean', action: 'remove-line', ruleId: 'classifier', category: 'classifier', reason: 'test', line: 1, endLine: 1, text: headline } as const;
    const doc: CleanedDocument = { ...body, paragraphs: body.paragraphs.slice(1), messages: [removal] };
    const result = splitStories(doc, defaultOptions.segmentation);
    expect(result.articles[0]!.title).toBe(headline);
    expect(result.articles[0]!.paragraphs.map((p) => p.firstLine)).toEqual([2, 3]);
    expect(result.messages).toContainEqual(expect.objectContaining({ action: 'title', ruleId: 'title-recovered', line: 1, text: headline }));
    expect(result.messages).toContainEqual(removal);
  });

  it('keeps seed 000 whole', () => {
    expect(segmentSeed('000_db37e839a3b2f4ed.txt')).toHaveLength(1);
  });

  it('splits seed 004 only at gold boundaries, never at its pull-quote or subheading', () => {
    // The target is four articles with all and only their gold lines. The shipped model
    // finds the joins before lines 65 and 129 but not the mid-story start at line 77 ("That’s
    // how…"); see docs/segmentation.md. This pins what holds: every split is a gold boundary, and
    // each article's lines are a union of whole gold articles.
    const name = '004_e9497fc9ce15acb8.txt';
    const gold = JSON.parse(readFileSync(path.join(seeds, 'gold.json'), 'utf8'))[name] as { articles: Array<{ lines: number[] }> };
    const all = normaliseText(readFileSync(path.join(seeds, name), 'utf8')).paragraphs;
    const articles = segmentSeed(name);
    const starts = articles.slice(1).map((a) => a.paragraphs[0]!.firstLine);
    const goldStarts = gold.articles.slice(1).map((a) => a.lines[0]!);
    expect(starts.every((line) => goldStarts.includes(line))).toBe(true);
    expect(starts).not.toContain(36);
    expect(starts).not.toContain(53);
    expect(articles.length).toBeGreaterThanOrEqual(3);
    const goldLines = articles.map((a) => linesOf(a, all));
    const unions = goldLines.map((lines) => gold.articles.filter((g) => g.lines.some((l) => lines.includes(l))).flatMap((g) => g.lines));
    expect(goldLines).toEqual(unions);
  });
});

describe('candidateReason', () => {
  const score = { probability: 0.82, logit: 1.5, contributions: [{ name: 'new-vocabulary', weight: 1.2 }] };
  const candidate = { index: 5, score, chosen: false, inList: false };

  it('says a split moved to the kicker line before it, why a split was made, and that one below the threshold was the decoder’s choice', () => {
    expect(candidateReason({ ...candidate, movedToKicker: true }, 0.5)).toBe(
      'candidate boundary 0.82 not split: the story starts one paragraph earlier, at the kicker or dateline line before this one',
    );
    expect(candidateReason({ ...candidate, chosen: true }, 0.5)).toMatch(/^new story: boundary score 0\.82 \(threshold 0\.5\); strongest signals: /u);
    expect(candidateReason({ ...candidate, chosen: true }, 0.9)).toMatch(/^new story: boundary score 0\.82 \(threshold 0\.9, below it but chosen by the whole-article decoding\); /u);
  });
});

/** A live blog of unrelated posts (written for this test), each under its heading, its stamp and the author's line removed around it. */
const LIVE_BLOG = [
  'UK politics live: Chancellor defends budget as Commons returns',
  'Follow the latest from Westminster as MPs return from the summer recess.',
  'Show latest update',
  '12:40',
  'Court rules council must rehouse family within 28 days',
  'The High Court has ruled that Bristol City Council acted unlawfully when it left a family of five in a single hotel room for eleven months, and ordered it to find them a home within 28 days.',
  'Judge Rebecca Moss said the council had treated its duty under the Housing Act as a target rather than a legal obligation.',
  'Maria Lopez7 July 2026 12:40',
  '12:05',
  'Runcorn by-election set for 18 September',
  'Voters in Runcorn and Helsby will choose a new MP on 18 September after the sitting member stood down to take a job with a water company, the Speaker\'s office confirmed.',
  'Reform UK, which came second at the general election, is expected to name its candidate on Friday.',
  'Maria Lopez7 July 2026 12:05',
  '11:30',
  'Chancellor says spending plans are fully funded',
  'Rachel Reeves told the Treasury committee that every pound of the new defence spending announced in June was covered by savings elsewhere and would not require further borrowing.',
  'She rejected claims from the Institute for Fiscal Studies that the plans relied on optimistic growth forecasts.',
  'Maria Lopez7 July 2026 11:30',
].join('\n');

describe('splitStories on a live blog', () => {
  it('keeps the posts of one live blog as one article, however unrelated they read', () => {
    const cleaned = cleanDocument(normaliseText(LIVE_BLOG), defaultOptions.cleaning);
    const result = splitStories(cleaned, defaultOptions.segmentation);
    expect(result.articles).toHaveLength(1);
    const reasons = result.messages.filter((m) => m.action === 'split').map((m) => m.reason);
    expect(reasons.filter((reason) => reason.includes('between two posts of a live blog'))).toHaveLength(3);
  });
});
