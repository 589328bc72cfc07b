import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_MARKER, splitGoldArticles, type Dataset, type GoldDocument } from '../gold.js';
import type { GoldLineLabel } from '../metrics/line-decision.js';
import { listFiles } from './list-files.js';

/**
 * Reads the `choi` layout (Choi 2000): every file under the folder whose first line is ten `=` holds
 * segments separated by such lines, one sentence per line. The raw input is the sentences without the
 * separators; the gold articles are the segments. Files are read as latin-1, as the README advises.
 *
 * Groups follow the Choi README: in the standard tree `<set>/<range>/<file>`, sets 1, 2 and 3 are
 * pooled per range (3-11 = sets 1+2+3; 3-5, 6-8, 9-11 = sets 1+2) and set 4 is reported apart as
 * `4/<range>`; elsewhere a file's group is its folder.
 */
export async function readChoiDataset(root: string): Promise<Dataset> {
  const documents: GoldDocument[] = [];
  for (const relative of await listFiles(root)) {
    const text = await readFile(path.join(root, relative), 'latin1');
    if (!isChoiText(text)) continue;
    documents.push(choiDocument(relative, text));
  }
  return { layout: 'choi', root, documents, measures: ['segmentation'] };
}

/** True when the text starts with a segment separator line. */
export function isChoiText(text: string): boolean {
  return text.split(/\r?\n/, 1)[0]?.trim() === ARTICLE_MARKER;
}

function choiDocument(relative: string, text: string): GoldDocument {
  const articles = splitGoldArticles(text);
  const lineLabels: GoldLineLabel[] = articles.flatMap((sentences, article) => sentences.map(() => ({ kind: 'content' as const, article })));
  const id = relative.replace(/\.[^./]+$/, '');
  return { id, group: choiGroup(relative), raw: `${articles.flat().join('\n')}\n`, articles, lineLabels };
}

const POOLED_SETS = new Set(['1', '2', '3']);

function choiGroup(relative: string): string {
  const parts = relative.split('/');
  if (parts.length === 3) return POOLED_SETS.has(parts[0]!) ? parts[1]! : `${parts[0]}/${parts[1]}`;
  return parts.length > 1 ? parts.slice(0, -1).join('/') : '.';
}
