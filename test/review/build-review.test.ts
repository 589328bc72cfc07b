import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/options.js';
import { reviewText, toReviewDocument } from '../../src/review/build-review.js';
import type { ReviewDocument, ReviewLineRow } from '../../src/review/model.js';
import { seedsDir, SEED_000, SEED_004 } from './gold-result.js';
import { SAMPLE_TEXT, sampleResult } from './sample-result.js';

function lineRows(doc: ReviewDocument): ReviewLineRow[] {
  return doc.rows.filter((row): row is ReviewLineRow => row.kind === 'line');
}

function statusOf(doc: ReviewDocument, line: number): string {
  return lineRows(doc).find((row) => row.line === line)!.status;
}

describe('toReviewDocument', () => {
  const doc = toReviewDocument(SAMPLE_TEXT, sampleResult());

  it('gives each raw line a status', () => {
    expect(lineRows(doc).map((row) => `${row.line}:${row.status}`)).toEqual([
      '1:metadata',
      '2:title',
      '3:kept',
      '4:removed',
      '5:removed',
      '6:kept',
      '7:unexplained',
      '8:title',
      '9:kept',
      '10:removed',
    ]);
  });

  it('finds a removed span in the raw line as 0-based offsets', () => {
    const header = lineRows(doc)[0]!;
    expect(header.spans).toHaveLength(1);
    const span = header.spans![0]!;
    expect(header.text.slice(span.start, span.end)).toBe('Sign up to our free breaking news emails');
    expect(doc.removals[span.removal]!.ruleId).toBe('newsletter-widget');
  });

  it('puts each article row before its title line and a rejected boundary before its line', () => {
    const order = doc.rows.map((row) => (row.kind === 'line' ? String(row.line) : row.kind === 'article' ? `A${row.index}` : `C${row.line}`));
    expect(order).toEqual(['A0', '1', '2', '3', '4', '5', 'C6', '6', '7', 'A1', '8', '9', '10']);
  });

  it('counts lines per rule and keeps the split scores', () => {
    expect(doc.linesByRule).toEqual({ 'newsletter-widget': 1, 'embed-consent': 2, classifier: 1 });
    expect(doc.boundaryScores).toEqual([0.87]);
  });

  it('locates a title by its text when no title message names its line', () => {
    const result = sampleResult();
    result.messages = result.messages.filter((m) => m.action !== 'title');
    const located = toReviewDocument(SAMPLE_TEXT, result);
    expect(statusOf(located, 2)).toBe('title');
    expect(statusOf(located, 8)).toBe('title');
  });

  it('reads line numbers past a byte order mark as the pipeline does', () => {
    const withBom = toReviewDocument(`\uFEFF${SAMPLE_TEXT}`, sampleResult());
    expect(lineRows(withBom)[0]!.text).toBe(lineRows(doc)[0]!.text);
  });
});

describe('reviewText on the seeds, whatever the engines decide today', () => {
  for (const name of [SEED_000, SEED_004]) {
    it(`${name}: every raw line once, in order, and every removal and article drawn`, () => {
      const text = readFileSync(path.join(seedsDir, name), 'utf8');
      const options = resolveOptions();
      const doc = reviewText(text, { source: name, idBase: name }, options);
      const lines = lineRows(doc);
      expect(lines.map((row) => row.line)).toEqual(Array.from({ length: doc.lineCount }, (_, i) => i + 1));
      expect(lines.map((row) => row.text).join('\n')).toBe(text.replace(/\n$/u, ''));
      const articles = doc.rows.filter((row) => row.kind === 'article');
      expect(articles).toHaveLength(doc.articleCount);
      expect(articles.filter((row) => row.boundary !== null)).toHaveLength(Math.max(0, doc.articleCount - 1));
      const referenced = new Set(lines.flatMap((row) => row.removals));
      expect(referenced.size).toBe(doc.removals.length);
    });
  }
});

describe('reviewText: splits taken', () => {
  it('draws no "no split here" row for a split whose line lies above its article (a headline promoted to the title)', () => {
    const folder = path.resolve(seedsDir, '../docs/splits-same-subject-stories-at-page-header');
    const text = readFileSync(path.join(folder, 'input.txt'), 'utf8');
    const doc = reviewText(text, { source: 'input.txt', idBase: 'input' }, resolveOptions({}));
    const articles = doc.rows.filter((row) => row.kind === 'article');
    expect(articles).toHaveLength(2);
    expect(doc.rows.filter((row) => row.kind === 'candidate')).toEqual([]);
  });
});
