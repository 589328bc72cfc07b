import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { splitGoldArticles, type Dataset, type GoldDocument } from '../gold.js';
import { collapseWhitespace } from '../tokens.js';
import { recoverHeadlines } from './page-headlines.js';

/** Name of the gold folder in the `pairs` layout. */
export const GOLD_FOLDER = 'gold';

/**
 * Reads the `pairs` layout: `gold/<name>.txt` holds the clean text of `<variant>/<name>.txt` for every
 * other sub-folder (`container/`, `page/` in aeb). A gold file may hold several articles separated by
 * a line of exactly ten `=`. Each variant becomes a report group; raw files without gold are skipped.
 */
export async function readPairsDataset(root: string): Promise<Dataset> {
  const goldDir = path.join(root, GOLD_FOLDER);
  const goldNames = new Set((await readdir(goldDir)).filter((name) => name.endsWith('.txt')));
  const variants = await rawVariants(root);
  const documents: GoldDocument[] = [];
  for (const variant of variants) {
    const names = (await readdir(path.join(root, variant))).filter((name) => goldNames.has(name)).sort();
    for (const name of names) {
      const [raw, gold] = await Promise.all([
        readFile(path.join(root, variant, name), 'utf8'),
        readFile(path.join(goldDir, name), 'utf8'),
      ]);
      documents.push({ id: path.basename(name, '.txt'), group: variant, raw, articles: splitGoldArticles(gold), lineLabels: null });
    }
  }
  await addKnownHeadlines(root, documents);
  return { layout: 'pairs', root, documents, measures: ['cleaning', 'segmentation'] };
}

/**
 * Gives each document of a dataset built from web pages (aeb) the headline of its first article
 * where its page URL names it (datasets/page-headlines.ts), for the eval's "Titles" table.
 */
async function addKnownHeadlines(root: string, documents: GoldDocument[]): Promise<void> {
  const firstParagraphs = new Map(documents.map((doc) => [doc.id, collapseWhitespace(doc.articles[0]?.[0] ?? '')]));
  const headlines = await recoverHeadlines(root, firstParagraphs);
  if (headlines.size === 0) return;
  for (const doc of documents) doc.headlines = doc.articles.map((_, index) => (index === 0 ? (headlines.get(doc.id) ?? null) : null));
}

/** Sub-folders other than gold, sorted. */
async function rawVariants(root: string): Promise<string[]> {
  const variants: string[] = [];
  for (const name of (await readdir(root)).sort()) {
    if (name === GOLD_FOLDER || name.startsWith('.')) continue;
    if ((await stat(path.join(root, name))).isDirectory()) variants.push(name);
  }
  return variants;
}
