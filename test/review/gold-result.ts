import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitLines } from '../../src/text/lines.js';
import type { ArticleRecord, DocumentResult, Message } from '../../src/types.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.join(repoRoot, 'fixtures/seeds');
export const SEED_000 = '000_db37e839a3b2f4ed.txt';
export const SEED_004 = '004_e9497fc9ce15acb8.txt';

interface GoldFile {
  metadata: Record<string, string>;
  articles: Array<{ lines: number[]; first_words: string }>;
  boilerplate: Record<string, string>;
}

/**
 * A pipeline result made from the seeds' hand annotations instead of the engines: removals where
 * gold.json says boilerplate, articles where it says articles. The renderers are then pinned on a
 * real document without depending on how well the cleaning and segmentation engines do today.
 * Rule ids are the annotation's words up to its first `(` or `:`, e.g. `video-block`.
 */
export function goldResult(fileName: string): { text: string; result: DocumentResult } {
  const text = readFileSync(path.join(seedsDir, fileName), 'utf8');
  const gold = (JSON.parse(readFileSync(path.join(seedsDir, 'gold.json'), 'utf8')) as Record<string, GoldFile>)[fileName]!;
  const rawLines = splitLines(text);
  const messages: Message[] = Object.entries(gold.boilerplate).map(([range, what]) => {
    const [first, last = first] = range.split('-').map(Number) as [number, number?];
    const ruleId = what.split(/[(:]/u)[0]!.trim().replace(/\s+/gu, '-');
    return {
      stage: 'clean',
      action: 'remove-line',
      ruleId,
      category: ruleId.split('-')[0]!,
      reason: what,
      line: first,
      endLine: last,
      text: rawLines[first - 1]!.text,
    };
  });
  const idBase = fileName.replace(/\.txt$/u, '');
  const records: ArticleRecord[] = gold.articles.map((article, index) => {
    const paragraphs = article.lines.map((line) => rawLines[line - 1]!.text.trim());
    return {
      id: `${idBase}#${index}`,
      source: fileName,
      index,
      count: gold.articles.length,
      title: null,
      date: gold.metadata['date'] ?? null,
      text: paragraphs.join('\n\n'),
      paragraphs,
      words: paragraphs.join(' ').split(/\s+/u).filter(Boolean).length,
      lines: [article.lines[0]!, article.lines[article.lines.length - 1]!],
      boundary: index === 0 ? null : { score: 0.9, signals: [{ name: 'gold-annotation', weight: 2.2 }] },
    };
  });
  return {
    text,
    result: { source: { source: fileName, idBase }, records, messages, counters: {}, metadata: gold.metadata, lineCount: rawLines.length },
  };
}
