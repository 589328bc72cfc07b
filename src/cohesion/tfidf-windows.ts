/**
 * Lexical cohesion across the gaps of a document, TextTiling-style (Hearst 1997): for every gap
 * between two units (paragraphs or sentences), the cosine similarity of the TF-IDF vectors of a
 * window of units before the gap and a window after it. Windows hold a bounded number of units, so
 * the cost is linear in the document's length.
 *
 * Terms are numbered once per document (see {@link indexTerms}) and windows are counted in typed
 * arrays, not in maps keyed by strings. Every sum runs over a window's distinct terms in the order a
 * `Map` built by walking the window would hold them (nearest unit first, each unit's terms in
 * order), so the floating-point results are the same, bit for bit, as summing over such maps.
 */

/** A window: as many units as it takes to reach `minTerms` content terms, but at most `maxUnits`. */
export interface WindowSize {
  /** Content terms (with repeats) the window tries to reach. Range ≥ 1. */
  minTerms: number;
  /** Hard cap on the number of units in the window. Range ≥ 1. */
  maxUnits: number;
}

type Units = readonly (readonly string[])[];

/**
 * A document's units with every distinct term numbered in order of first appearance (unit by unit,
 * each unit's terms in order), the TF-IDF weight of each term, and scratch space for counting two
 * windows. Built once per document by {@link indexTerms} and passed to every cohesion measure, so
 * the four window sizes, the unit-to-window scores and the whole-article merge number its terms once.
 */
export interface TermIndex {
  /** Units in the document. */
  readonly unitCount: number;
  /** Term ids of unit `u`: `ids[offsets[u]]` up to `ids[offsets[u + 1]]`. */
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  /** Term of each id. */
  readonly terms: readonly string[];
  /** IDF weight of each id. */
  readonly weights: Float64Array;
  /** Two windows being compared: term counts by id, and their distinct ids in first-seen order. */
  readonly a: WindowCounts;
  readonly b: WindowCounts;
}

interface WindowCounts {
  counts: Int32Array;
  order: Int32Array;
  /** Distinct terms in `order`. */
  size: number;
}

/**
 * Numbers the terms of `units` and weighs each by `weightOf` (for the segmenter, a background
 * corpus's inverse document frequency, background-idf.ts), by default the document's own inverse
 * unit frequency: a "document" of IDF is one unit of this document, smoothed so that a term present
 * in every unit still weighs a little (short documents).
 */
export function indexTerms(units: Units, weightOf?: (term: string) => number): TermIndex {
  const offsets = new Int32Array(units.length + 1);
  for (let u = 0; u < units.length; u++) offsets[u + 1] = offsets[u]! + units[u]!.length;
  const ids = new Int32Array(offsets[units.length]!);
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  let k = 0;
  for (const unit of units) {
    for (const term of unit) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        idOf.set(term, id);
        terms.push(term);
      }
      ids[k++] = id;
    }
  }
  const weights = weightOf === undefined ? inverseUnitFrequency(units.length, ids, offsets, terms.length) : Float64Array.from(terms, weightOf);
  const counts = (): WindowCounts => ({ counts: new Int32Array(terms.length), order: new Int32Array(terms.length), size: 0 });
  return { unitCount: units.length, ids, offsets, terms, weights, a: counts(), b: counts() };
}

/** log((units + 1) / units holding the term), per term id. */
function inverseUnitFrequency(unitCount: number, ids: Int32Array, offsets: Int32Array, termCount: number): Float64Array {
  // Units containing each term; `lastUnit` counts a term once per unit however often it repeats.
  const unitCounts = new Int32Array(termCount);
  const lastUnit = new Int32Array(termCount).fill(-1);
  for (let u = 0; u < unitCount; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const id = ids[k]!;
      if (lastUnit[id] !== u) {
        lastUnit[id] = u;
        unitCounts[id]!++;
      }
    }
  }
  return Float64Array.from(unitCounts, (count) => Math.log((unitCount + 1) / count));
}

/** Adds unit `u`'s terms to a window's counts. */
function addUnit(index: TermIndex, window: WindowCounts, u: number): void {
  const { ids, offsets } = index;
  const { counts, order } = window;
  for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
    const id = ids[k]!;
    if (counts[id]!++ === 0) order[window.size++] = id;
  }
}

/**
 * Fills `window` with the units from `start` going in `step` direction (±1) until the window is
 * full, nearest the gap first.
 */
function fillWindow(index: TermIndex, window: WindowCounts, start: number, step: 1 | -1, size: WindowSize): void {
  const { offsets } = index;
  let taken = 0;
  let terms = 0;
  for (let i = start; i >= 0 && i < index.unitCount && taken < size.maxUnits && terms < size.minTerms; i += step) {
    addUnit(index, window, i);
    taken++;
    terms += offsets[i + 1]! - offsets[i]!;
  }
}

function clear(window: WindowCounts): void {
  for (let k = 0; k < window.size; k++) window.counts[window.order[k]!] = 0;
  window.size = 0;
}

/** TF-IDF cosine of the two filled windows, summed in each window's first-seen order. */
function cosine(a: WindowCounts, b: WindowCounts, weights: Float64Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let k = 0; k < a.size; k++) {
    const id = a.order[k]!;
    const weight = a.counts[id]! * weights[id]!;
    normA += weight * weight;
    const other = b.counts[id]!;
    if (other !== 0) dot += weight * other * weights[id]!;
  }
  for (let k = 0; k < b.size; k++) {
    const id = b.order[k]!;
    const weight = b.counts[id]! * weights[id]!;
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
 * Cohesion at every gap. Gap `g` (1 ≤ g < unit count) lies between unit `g - 1` and unit `g`; the
 * result has one entry fewer than the document has units, entry `g - 1` for gap `g`.
 */
export function gapCohesion(index: TermIndex, size: WindowSize): GapCohesion[] {
  const result: GapCohesion[] = [];
  const { a: before, b: after } = index;
  for (let gap = 1; gap < index.unitCount; gap++) {
    fillWindow(index, before, gap - 1, -1, size);
    fillWindow(index, after, gap, 1, size);
    let unseen = 0;
    for (let k = 0; k < after.size; k++) if (before.counts[after.order[k]!] === 0) unseen++;
    result.push({
      similarity: cosine(before, after, index.weights),
      newTermShare: after.size === 0 ? 0 : unseen / after.size,
    });
    clear(before);
    clear(after);
  }
  return result;
}

/**
 * TF-IDF cosine of one unit with a window of units starting at `start` and going in `step`
 * direction, in [0, 1]: how much a paragraph belongs with what follows or with what precedes it.
 * A new story's lead shares words with the paragraphs after it and not with those before it; an
 * article's sign-off ("The views expressed here…") shares words with neither.
 */
export function unitToWindowCohesion(index: TermIndex, unit: number, start: number, step: 1 | -1, size: WindowSize): number {
  if (!Number.isInteger(unit) || unit < 0 || unit >= index.unitCount) throw new RangeError(`no unit ${unit} in ${index.unitCount}`);
  const { a, b } = index;
  addUnit(index, a, unit);
  fillWindow(index, b, start, step, size);
  return cosineAndClear(index);
}

/**
 * TF-IDF cosine of two stretches of units, [start, middle) and [middle, end), in [0, 1]: how much
 * two whole articles share their vocabulary, not only the paragraphs next to the gap between them.
 */
export function spanCohesion(index: TermIndex, start: number, middle: number, end: number): number {
  checkRange(index, start, middle);
  checkRange(index, middle, end);
  for (let u = start; u < middle; u++) addUnit(index, index.a, u);
  for (let u = middle; u < end; u++) addUnit(index, index.b, u);
  return cosineAndClear(index);
}

/** The cosine of the index's two filled windows, which are left empty for the next measure. */
function cosineAndClear(index: TermIndex): number {
  const similarity = cosine(index.a, index.b, index.weights);
  clear(index.a);
  clear(index.b);
  return similarity;
}

/** Throws unless the units [from, to) exist (an empty stretch always does), before any counting starts. */
function checkRange(index: TermIndex, from: number, to: number): void {
  if (to <= from) return;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > index.unitCount) {
    throw new RangeError(`no units ${from}..${to - 1} in ${index.unitCount}`);
  }
}
