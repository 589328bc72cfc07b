import { spanCohesion, type TermIndex } from '../cohesion/tfidf-windows.js';

/**
 * A second look at the decoder's splits with whole articles in view. The gap signals read windows
 * of a few paragraphs, so a gift guide moving from one product to the next, or a review turning from
 * one record to another, looks like a new story there; but the two "articles" either side still share
 * their vocabulary as wholes, which two unrelated stories do not. Splits whose articles are that
 * cohesive are undone, the most cohesive first, until every remaining pair of neighbours is below
 * the limit (learned in training with the decoder's threshold, `models/segmenter.json`).
 *
 * A split the model is sure of stays whatever the cohesion: two stories on one subject (two on the
 * same trade talks, two on the same laptop) share their vocabulary as wholes too. On the training
 * documents (aeb train joins and singles), keeping splits of boundary probability 0.9 or more still
 * undid all 61 false splits the merge undoes, and undid 10 true boundaries instead of 15.
 */

/** Margin (log-odds over the threshold) from which a split is never undone: probability 0.9 at the default threshold. */
export const SURE_SPLIT_MARGIN = Math.log(0.9 / 0.1);

/** A split undone, and why. */
export interface MergedSplit {
  /** The paragraph index (0-based) where the undone article started. */
  index: number;
  /** TF-IDF cosine of the two articles either side when it was undone, in [0, 1]. */
  cohesion: number;
}

/**
 * @param starts chosen article starts (0-based paragraph indexes, ascending, none 0)
 * @param terms the document's content terms, indexed (`indexTerms`)
 * @param limit cohesion at or above which two neighbouring articles are one; 1 or more keeps every split
 * @param margins the decoder's margin of each gap (`margins[s - 1]` for a split before paragraph `s`)
 * @returns the starts kept and the splits undone, in the order they were undone
 */
export function mergeCohesiveArticles(
  starts: readonly number[],
  terms: TermIndex,
  limit: number,
  margins: readonly number[],
): { starts: number[]; merged: MergedSplit[] } {
  const kept = [...starts];
  const merged: MergedSplit[] = [];
  if (kept.length === 0 || limit >= 1) return { starts: kept, merged };
  const bounds = (): number[] => [0, ...kept, terms.unitCount];
  const cohesionAt = (position: number, all: readonly number[]): number =>
    spanCohesion(terms, all[position]!, all[position + 1]!, all[position + 2]!);
  let all = bounds();
  const cohesion = kept.map((_, position) => cohesionAt(position, all));
  const sure = kept.map((start) => margins[start - 1]! >= SURE_SPLIT_MARGIN);
  for (;;) {
    let strongest = -1;
    cohesion.forEach((value, position) => {
      if (value >= limit && !sure[position] && (strongest < 0 || value > cohesion[strongest]!)) strongest = position;
    });
    if (strongest < 0) return { starts: kept, merged };
    merged.push({ index: kept[strongest]!, cohesion: cohesion[strongest]! });
    kept.splice(strongest, 1);
    cohesion.splice(strongest, 1);
    sure.splice(strongest, 1);
    all = bounds();
    // Only the splits either side of the merged article see a different neighbour.
    for (const position of [strongest - 1, strongest]) {
      if (position >= 0 && position < kept.length) cohesion[position] = cohesionAt(position, all);
    }
  }
}
