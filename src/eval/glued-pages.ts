import type { Dataset, GoldDocument } from './gold.js';
import { createRandom, type Random } from './random.js';

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
 * finds the joins through the furniture, and the titles each page's headline among it. Reproducible
 * from the seed; the documents are scored whole.
 */
export function gluedPagesDataset(pages: readonly GoldDocument[], root: string, options: GluedPagesOptions): Dataset {
  const random = createRandom(options.seed);
  const groups = [...new Set(pages.map((page) => page.group))].sort();
  const documents: GoldDocument[] = [];
  for (const group of groups) {
    drawPageRuns(
      pages.filter((page) => page.group === group),
      options.count,
      random,
    ).forEach((chosen, index) => {
      const known = chosen.some((page) => page.headlines !== undefined);
      documents.push({
        id: `glued-${group}-${options.seed}-${index}`,
        group: `glued ${group}`,
        raw: gluePages(chosen.map((page) => page.raw)),
        articles: chosen.flatMap((page) => page.articles),
        lineLabels: null,
        ...(known ? { headlines: chosen.flatMap((page) => page.headlines ?? page.articles.map(() => null)) } : {}),
      });
    });
  }
  return { layout: 'synth', root, documents, measures: ['cleaning', 'segmentation'] };
}

/** `count` runs of two to four distinct pages each, drawn from `pages` (none when there are fewer than two). */
export function drawPageRuns<T>(pages: readonly T[], count: number, random: Random): T[][] {
  if (pages.length < MIN_PAGES) return [];
  return Array.from({ length: count }, () => {
    const size = random.int(MIN_PAGES, Math.min(MAX_PAGES, pages.length));
    return random.shuffle(pages).slice(0, size);
  });
}

/** Raw pages written one after another, each ending with a newline. */
export function gluePages(raws: readonly string[]): string {
  return raws.map((raw) => (raw.endsWith('\n') ? raw : `${raw}\n`)).join('');
}
