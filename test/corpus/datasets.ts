/**
 * Readers for the shared development data used by the corpus tests. The data lives beside the
 * repository (`../shared`); every reader returns null when it is absent so tests can skip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedRoot = path.resolve(repoRoot, '../shared');
const aebRoot = path.join(sharedRoot, 'datasets/aeb');
const choiRoot = path.join(sharedRoot, 'datasets/choi');

export interface AebDocument {
  id: string;
  /** Host name of the page's URL without `www.`: the site, used as the learner's group. */
  site: string;
  gold: string;
  container: string;
  page: string;
}

/** The 181 aeb documents in manifest order, or null when the dataset is absent. */
export function loadAeb(): AebDocument[] | null {
  const manifest = path.join(aebRoot, 'manifest.tsv');
  if (!existsSync(manifest)) return null;
  const rows = readFileSync(manifest, 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [id, url] = row.split('\t') as [string, string];
    const read = (variant: string): string => readFileSync(path.join(aebRoot, variant, `${id}.txt`), 'utf8');
    return { id, site: new URL(url).hostname.replace(/^www\./, ''), gold: read('gold'), container: read('container'), page: read('page') };
  });
}

export interface ChoiDocument {
  /** Path under datasets/choi, e.g. `1/3-11/0.ref`. */
  id: string;
  /** One paragraph per Choi segment (its sentences joined by spaces). */
  paragraphs: string[];
}

/** All Choi documents in sorted path order, or null when the dataset is absent. */
export function loadChoi(): ChoiDocument[] | null {
  if (!existsSync(choiRoot)) return null;
  const documents: ChoiDocument[] = [];
  for (const set of ['1', '2', '3', '4']) {
    for (const subset of readdirSync(path.join(choiRoot, set)).sort()) {
      const folder = path.join(choiRoot, set, subset);
      const files = readdirSync(folder).filter((name) => name.endsWith('.ref'));
      files.sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
      for (const name of files) {
        const text = readFileSync(path.join(folder, name), 'latin1');
        const paragraphs = text
          .split(/^==========$/m)
          .map((segment) => segment.trim().replace(/\s*\n\s*/g, ' '))
          .filter((segment) => segment !== '');
        documents.push({ id: `${set}/${subset}/${name}`, paragraphs });
      }
    }
  }
  return documents;
}

/** Non-empty lines of a text. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}
