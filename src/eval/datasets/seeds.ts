import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset, GoldDocument } from '../gold.js';
import type { GoldLineLabel } from '../metrics/line-decision.js';

/** One file's entry in `gold.json` (see ../shared/seeds/README.md). */
interface SeedGold {
  metadata?: Record<string, string>;
  articles: Array<{ lines: number[]; first_words?: string }>;
  /** Line (`"9"`) or inclusive range (`"9-15"`), 1-based → what it is. */
  boilerplate?: Record<string, string>;
}

/**
 * Reads the `seeds` layout: raw files next to a `gold.json` that lists, per file, the 1-based content
 * lines of each article and the boilerplate lines. A non-blank line that gold.json does not list is
 * counted as boilerplate: content is what the gold names. The report group is the folder name.
 */
export async function readSeedsDataset(root: string): Promise<Dataset> {
  const gold = JSON.parse(await readFile(path.join(root, 'gold.json'), 'utf8')) as Record<string, SeedGold>;
  const documents: GoldDocument[] = [];
  for (const [name, entry] of Object.entries(gold).sort(([a], [b]) => a.localeCompare(b))) {
    const raw = await readFile(path.join(root, name), 'utf8');
    documents.push(seedDocument(name, raw, entry, path.basename(path.resolve(root))));
  }
  return { layout: 'seeds', root, documents, measures: ['cleaning', 'lines', 'segmentation'] };
}

function seedDocument(name: string, raw: string, entry: SeedGold, group: string): GoldDocument {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const labels: GoldLineLabel[] = lines.map((line) => (line.trim() === '' ? { kind: 'blank' } : { kind: 'boilerplate' }));
  const articles = entry.articles.map((article, index) =>
    article.lines.map((lineNumber) => {
      const text = lines[lineNumber - 1];
      if (text === undefined) throw new RangeError(`${name}: gold line ${lineNumber} is beyond the file's ${lines.length} lines`);
      labels[lineNumber - 1] = { kind: 'content', article: index };
      return text.trim();
    }),
  );
  return { id: path.basename(name, path.extname(name)), group, raw, articles, lineLabels: labels };
}
