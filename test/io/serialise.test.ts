import { describe, expect, it } from 'vitest';
import { serialiseDocument, StreamSerialiser, TEXT_ARTICLE_END, type OutputFormat } from '../../src/io/serialise.js';
import type { ArticleRecord } from '../../src/types.js';

function record(id: string, title: string | null, paragraphs: string[]): ArticleRecord {
  const text = paragraphs.join('\n\n');
  return { id, source: 'a.txt', index: 0, count: 1, title, date: null, text, paragraphs, words: text.split(/\s+/).length, lines: [1, 2], boundary: null };
}

const first = [record('a#0', 'Headline', ['One.', 'Two.']), record('a#1', null, ['Three.'])];
const second = [record('b#0', null, ['Four.'])];

function stream(format: OutputFormat, documents: ArticleRecord[][]): string {
  const serialiser = new StreamSerialiser(format);
  return serialiser.begin() + documents.map((records) => serialiser.document(records)).join('') + serialiser.end();
}

describe('serialisers', () => {
  it('streams json as one array equal to JSON.stringify of all records', () => {
    expect(stream('json', [first, [], second])).toBe(`${JSON.stringify([...first, ...second], null, 2)}\n`);
    expect(stream('json', [[], []])).toBe('[]\n');
  });

  it('streams jsonl as one record per line', () => {
    expect(stream('jsonl', [first, second]).split('\n')).toEqual([...first, ...second].map((r) => JSON.stringify(r)).concat(''));
  });

  it('ends every text article with a form-feed line, title first', () => {
    expect(stream('text', [first, second])).toBe(`Headline\n\nOne.\n\nTwo.\n${TEXT_ARTICLE_END}Three.\n${TEXT_ARTICLE_END}Four.\n${TEXT_ARTICLE_END}`);
    expect(TEXT_ARTICLE_END).toBe('\f\n');
  });

  it('writes one document per file the same way as the stream', () => {
    for (const format of ['json', 'jsonl', 'text'] as const) {
      expect(serialiseDocument(first, format)).toBe(stream(format, [first]));
    }
  });
});
