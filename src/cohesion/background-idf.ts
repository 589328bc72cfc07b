import { createRequire } from 'node:module';

/**
 * Term weights from a background corpus, for lexical cohesion. Inside one document, the inverse
 * frequency over its own paragraphs weighs a story's topic words least, because they recur in every
 * paragraph of that story: "tariff" in a trade story counted for less than "plan". Over a general
 * corpus, "plan", "time" and "people" occur in most documents and "tariff" in few, so the topic
 * words that hold a story together weigh most and the words any two stories share weigh least.
 * On the segmenter's training joins this raised boundary F1 from 0.848 to 0.861 (docs/segmentation.md).
 *
 * The table (`models/term-frequencies.json`, built by `src/training/count-term-frequencies.ts`)
 * holds the English content terms (stemmed as `contentTerms` stems them) found in at least two of
 * the Brown corpus's documents outside Choi's test sources. A term it lacks, rarer than that or in
 * another language, weighs the most, 1: for text in other languages the weighting is flat term
 * frequency, as TextTiling's.
 */

export interface TermFrequencies {
  /** Documents counted. */
  documents: number;
  /**
   * The terms held by each number of documents, most documents first, as pairs (count, the terms
   * separated by spaces, alphabetically). Grouped so that loading the table parses some 180 short
   * entries, not an object of 12,000 keys: JSON.parse took 12.6 ms over the object, 4 ms over this
   * and the map built from it (a run over one small file pays for it). Terms in fewer than two
   * documents are left out.
   */
  termsByDocumentCount: Array<[number, string]>;
}

/**
 * The weighting of a table: each term's inverse document frequency scaled to (0, 1],
 * log((N + 1) / (df + 1)) / log(N + 1), where a term the table lacks has df 0.
 */
export function idfWeighting(table: TermFrequencies): (term: string) => number {
  const documentsHolding = new Map<string, number>();
  for (const [count, terms] of table.termsByDocumentCount) for (const term of terms.split(' ')) documentsHolding.set(term, count);
  const scale = Math.log(table.documents + 1);
  return (term) => Math.log((table.documents + 1) / ((documentsHolding.get(term) ?? 0) + 1)) / scale;
}

let shipped: ((term: string) => number) | null = null;

/** The shipped table's weighting, loaded on first use (a run pays for it only when it segments). */
export function backgroundIdf(): (term: string) => number {
  if (shipped === null) {
    const require = createRequire(import.meta.url);
    shipped = idfWeighting(require('../../models/term-frequencies.json') as TermFrequencies);
  }
  return shipped;
}
