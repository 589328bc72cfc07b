import type { Dataset, GoldDocument } from './gold.js';
import { createRandom } from './random.js';

/** How a glued-pages set is drawn. */
export interface GluedPagesOptions {
  seed: number;
  /** Documents per report group. */
  count: number;
}

/** A scraper that follows "next story" links writes two to four whole pages into one file. */
const MIN_PAGES = 2;
const MAX_PAGES = 4;

/**
 * Whole raw pages of a `pairs` dataset written one after another, as a scraper that follows "next
 * story" links writes them: each document joins two to four pages of one report group (aeb
 * `container` or `page`), menus, footers and related boxes included, and its gold is their gold
 * articles in order. It measures what single pages cannot: that the cleaner keeps every story of
 * the file, not only the one that reads most like the page's main block, and that the segmenter
 * finds the joins through the furniture. Reproducible from the seed; the documents are scored whole.
 */
export function gluedPagesDataset(pages: readonly GoldDocument[], root: string, options: GluedPagesOptions): Dataset {
  const random = createRandom(options.seed);
  const groups = [...new Set(pages.map((page) => page.group))].sort();
  const documents: GoldDocument[] = [];
  for (const group of groups) {
    const inGroup = pages.filter((page) => page.group === group);
    if (inGroup.length < MIN_PAGES) continue;
    for (let index = 0; index < options.count; index++) {
      const count = random.int(MIN_PAGES, Math.min(MAX_PAGES, inGroup.length));
      const chosen = random.shuffle(inGroup).slice(0, count);
      documents.push({
        id: `glued-${group}-${options.seed}-${index}`,
        group: `glued ${group}`,
        raw: chosen.map((page) => (page.raw.endsWith('\n') ? page.raw : `${page.raw}\n`)).join(''),
        articles: chosen.flatMap((page) => page.articles),
        lineLabels: null,
      });
    }
  }
  return { layout: 'synth', root, documents, measures: ['cleaning', 'segmentation'] };
}
