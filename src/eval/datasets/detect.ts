import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../gold.js';
import { isChoiText, readChoiDataset } from './choi.js';
import { listFiles } from './list-files.js';
import { GOLD_FOLDER, readPairsDataset } from './pairs.js';
import { readSeedsDataset } from './seeds.js';

/** Dataset layouts `newsclean eval` reads (see docs/eval.md). */
export type DatasetLayout = 'seeds' | 'pairs' | 'choi';

/** The layouts, for `--layout` choices. */
export const DATASET_LAYOUTS: readonly DatasetLayout[] = ['seeds', 'pairs', 'choi'];

/**
 * Recognises a folder's layout: a `gold.json` means `seeds`, a `gold/` folder means `pairs`, files
 * starting with a ten-`=` line mean `choi`. Null when none applies.
 */
export async function detectLayout(root: string): Promise<DatasetLayout | null> {
  if (await exists(path.join(root, 'gold.json'))) return 'seeds';
  if (await isDirectory(path.join(root, GOLD_FOLDER))) return 'pairs';
  for (const relative of await listFiles(root)) {
    if (isChoiText(await readFile(path.join(root, relative), 'latin1'))) return 'choi';
  }
  return null;
}

/** Reads a dataset in the given layout. */
export function readDataset(root: string, layout: DatasetLayout): Promise<Dataset> {
  switch (layout) {
    case 'seeds':
      return readSeedsDataset(root);
    case 'pairs':
      return readPairsDataset(root);
    case 'choi':
      return readChoiDataset(root);
  }
}

/** Whether a path exists (any kind of file). */
export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}
