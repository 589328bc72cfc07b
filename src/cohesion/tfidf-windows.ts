/**
 * Lexical cohesion across the gaps of a document, TextTiling-style (Hearst 1997): for every gap
 * between two units (paragraphs or sentences), the cosine similarity of the TF-IDF vectors of a
 * window of units before the gap and a window after it. Windows hold a bounded number of units, so
 * the cost is linear in the document's length.
 */

/** A window: as many units as it takes to reach `minTerms` content terms, but at most `maxUnits`. */
export interface WindowSize {
  /** Content terms (with repeats) the window tries to reach. Range ≥ 1. */
  minTerms: number;
  /** Hard cap on the number of units in the window. Range ≥ 1. */
  maxUnits: number;
}

/** Per-term inverse document frequency, where a "document" is one unit of this document. */
export function inverseUnitFrequency(units: readonly (readonly string[])[]): Map<string, number> {
  const unitCounts = new Map<string, number>();
  for (const terms of units) {
    for (const term of new Set(terms)) unitCounts.set(term, (unitCounts.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  // Smoothed so that a term present in every unit still weighs a little (short documents).
  for (const [term, count] of unitCounts) idf.set(term, Math.log((units.length + 1) / count));
  return idf;
}

/**
 * Units from `start` going in `step` direction (±1) until the window is full.
 * @returns the indexes taken, 0-based, nearest the gap first
 */
function windowUnits(units: readonly (readonly string[])[], start: number, step: 1 | -1, size: WindowSize): number[] {
  const taken: number[] = [];
  let terms = 0;
  for (let i = start; i >= 0 && i < units.length && taken.length < size.maxUnits && terms < size.minTerms; i += step) {
    taken.push(i);
    terms += units[i]!.length;
  }
  return taken;
}

function termFrequencies(units: readonly (readonly string[])[], indexes: readonly number[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const index of indexes) {
    for (const term of units[index]!) tf.set(term, (tf.get(term) ?? 0) + 1);
  }
  return tf;
}

function cosine(a: Map<string, number>, b: Map<string, number>, idf: Map<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, count] of a) {
    const weight = count * (idf.get(term) ?? 0);
    normA += weight * weight;
    const other = b.get(term);
    if (other !== undefined) dot += weight * other * (idf.get(term) ?? 0);
  }
  for (const [term, count] of b) {
    const weight = count * (idf.get(term) ?? 0);
    normB += weight * weight;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** What the windows either side of one gap share. */
export interface GapCohesion {
  /** TF-IDF cosine of the window before and the window after, in [0, 1]. */
  similarity: number;
  /** Share of the after-window's distinct terms never seen in the before-window, in [0, 1]. */
  newTermShare: number;
}

/**
 * Cohesion at every gap. Gap `g` (1 ≤ g < units.length) lies between unit `g - 1` and unit `g`;
 * the result has `units.length - 1` entries, entry `g - 1` for gap `g`.
 * @param units content terms of each unit, in document order
 */
export function gapCohesion(
  units: readonly (readonly string[])[],
  idf: Map<string, number>,
  size: WindowSize,
): GapCohesion[] {
  const result: GapCohesion[] = [];
  for (let gap = 1; gap < units.length; gap++) {
    const before = termFrequencies(units, windowUnits(units, gap - 1, -1, size));
    const after = termFrequencies(units, windowUnits(units, gap, 1, size));
    let unseen = 0;
    for (const term of after.keys()) if (!before.has(term)) unseen++;
    result.push({
      similarity: cosine(before, after, idf),
      newTermShare: after.size === 0 ? 0 : unseen / after.size,
    });
  }
  return result;
}

/**
 * TF-IDF cosine of one unit with a window of units starting at `start` and going in `step`
 * direction, in [0, 1]: how much a paragraph belongs with what follows or with what precedes it.
 * A new story's lead shares words with the paragraphs after it and not with those before it; an
 * article's sign-off ("The views expressed here…") shares words with neither.
 */
export function unitToWindowCohesion(
  units: readonly (readonly string[])[],
  idf: Map<string, number>,
  unit: number,
  start: number,
  step: 1 | -1,
  size: WindowSize,
): number {
  return cosine(termFrequencies(units, [unit]), termFrequencies(units, windowUnits(units, start, step, size)), idf);
}

/**
 * TF-IDF cosine of two stretches of units, [start, middle) and [middle, end), in [0, 1]: how much
 * two whole articles share their vocabulary, not only the paragraphs next to the gap between them.
 */
export function spanCohesion(units: readonly (readonly string[])[], idf: Map<string, number>, start: number, middle: number, end: number): number {
  return cosine(termFrequencies(units, range(start, middle)), termFrequencies(units, range(middle, end)), idf);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
