/** A small corpus with recurring site furniture, for the learned-boilerplate CLI tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { proseArticle } from '../corpus/synthetic.js';
import { temporaryDirectory } from './helpers.js';

/**
 * Site furniture every page starts with: two long title-case lines (no sentence, few stopwords: not
 * prose) that the rules and the classifier keep, and a short menu item they remove themselves.
 */
export const MENU = [
  'Valley Gazette Weekend Edition Featuring Local Sports Scores Weather Maps Crossword Puzzles',
  'Riverside Media Group Regional Newspapers Serving Farmers Engineers Residents Across Valley Towns',
  'Puzzle Hub',
];

/**
 * The furniture lines that must be gone with a profile: the long ones, with furniture for neighbours.
 * "Puzzle Hub" sits next to the headline, so the context guard may keep it (docs/corpus.md).
 */
export const FURNITURE_REMOVED = MENU.slice(0, 2);

/** One page: the furniture, a headline, a distinct story (seeded). */
export function pageText(seed: number, menu: readonly string[] = MENU): string {
  const [headline, ...story] = proseArticle(seed, 6).map((paragraph) => paragraph[0]!.toUpperCase() + paragraph.slice(1));
  // A headline of the story's own words, no digits (digits are normalised away when counting lines).
  return [...menu, headline!.split(' ').slice(0, 7).join(' '), ...story].join('\n\n') + '\n';
}

/**
 * `pages` pages with distinct stories in one folder (`site/page-NN.txt`), plus `copies` exact copies
 * of page 0 carrying their own extra line (`copy/page-00-copy-N.txt`): that line recurs only because
 * the same article does, so it must never be learned.
 */
export function furnitureCorpus(pages = 12, copies = 0): string {
  const dir = temporaryDirectory();
  mkdirSync(path.join(dir, 'site'));
  for (let i = 0; i < pages; i++) writeFileSync(path.join(dir, 'site', `page-${String(i).padStart(2, '0')}.txt`), pageText(i));
  if (copies > 0) mkdirSync(path.join(dir, 'copy'));
  for (let i = 0; i < copies; i++) writeFileSync(path.join(dir, 'copy', `page-00-copy-${i}.txt`), pageText(0, [...MENU, 'Syndicated Partner Box']));
  return dir;
}
