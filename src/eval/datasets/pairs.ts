import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { splitGoldArticles, type Dataset, type GoldDocument } from '../gold.js';

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
  return { layout: 'pairs', root, documents, measures: ['cleaning', 'segmentation'] };
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
