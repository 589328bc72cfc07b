/**
 * Lexical cohesion across the gaps of a document, TextTiling-style (Hearst 1997): for every gap
 * between two units (paragraphs or sentences), the cosine similarity of the TF-IDF vectors of a
 * window of units before the gap and a window after it. Windows hold a bounded number of units, so
 * the cost is linear in the document's length.
 *
 * Terms are numbered once per document (see {@link encodingOf}) and windows are counted in typed
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
 * each unit's terms in order), plus scratch space for counting two windows.
 */
interface Encoding {
  /** Term ids of unit `u`: `ids[offsets[u]]` up to `ids[offsets[u + 1]]`. */
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  /** Term of each id. */
  readonly terms: readonly string[];
  /** Per-id IDF weights, by the IDF map they were read from. */
  readonly weights: WeakMap<ReadonlyMap<string, number>, Float64Array>;
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
 * Encodings by units array, so that the four window sizes, the unit-to-window scores and the IDF of
 * one document number its terms once. The memo is checked against the current contents of every
 * unit it is about to read (same terms, in the same order) and rebuilt when they differ, so a
 * result never depends on what was computed before. Entries go with their array.
 */
const encodings = new WeakMap<Units, Encoding>();

/** Units a call is about to read: all of them, or one unit and a window (`maxUnits` from `start` in `step` direction). */
type Touched = { unit: number; start: number; step: 1 | -1; maxUnits: number } | 'all';

/** The encoding of `units`, built once per units array and checked against the units about to be read. */
function encodingOf(units: Units, touched: Touched = 'all'): Encoding {
  const cached = encodings.get(units);
  if (cached !== undefined && isCurrent(cached, units, touched)) return cached;
  const encoding = encode(units);
  encodings.set(units, encoding);
  return encoding;
}

function isCurrent(encoding: Encoding, units: Units, touched: Touched): boolean {
  if (encoding.offsets.length !== units.length + 1) return false;
  if (touched === 'all') {
    for (let u = 0; u < units.length; u++) if (!sameUnit(encoding, units, u)) return false;
    return true;
  }
  const { unit, start, step, maxUnits } = touched;
  if (!sameUnit(encoding, units, unit)) return false;
  for (let i = start, taken = 0; i >= 0 && i < units.length && taken < maxUnits; i += step, taken++) {
    if (!sameUnit(encoding, units, i)) return false;
  }
  return true;
}

/** Whether unit `u` still holds the terms it was encoded with, in order. */
function sameUnit(encoding: Encoding, units: Units, u: number): boolean {
  const { ids, offsets, terms } = encoding;
  const unit = units[u]!;
  const start = offsets[u]!;
  if (unit.length !== offsets[u + 1]! - start) return false;
  for (let k = 0; k < unit.length; k++) if (unit[k] !== terms[ids[start + k]!]) return false;
  return true;
}

function encode(units: Units): Encoding {
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
  const counts = (): WindowCounts => ({ counts: new Int32Array(terms.length), order: new Int32Array(terms.length), size: 0 });
  return { ids, offsets, terms, weights: new WeakMap(), a: counts(), b: counts() };
}

/**
 * IDF weight of each term id, `idf.get(term) ?? 0`, read once per document and IDF map: an IDF map
 * is taken as immutable once made, as its `ReadonlyMap` type says.
 */
function weightsOf(encoding: Encoding, idf: ReadonlyMap<string, number>): Float64Array {
  let weights = encoding.weights.get(idf);
  if (weights === undefined) {
    weights = new Float64Array(encoding.terms.length);
    encoding.terms.forEach((term, id) => (weights![id] = idf.get(term) ?? 0));
    encoding.weights.set(idf, weights);
  }
  return weights;
}

/** Per-term inverse document frequency, where a "document" is one unit of this document. */
export function inverseUnitFrequency(units: Units): ReadonlyMap<string, number> {
  const encoding = encodingOf(units);
  const { ids, offsets, terms } = encoding;
  // Units containing each term; `lastUnit` counts a term once per unit however often it repeats.
  const unitCounts = new Int32Array(terms.length);
  const lastUnit = new Int32Array(terms.length).fill(-1);
  for (let u = 0; u < units.length; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const id = ids[k]!;
      if (lastUnit[id] !== u) {
        lastUnit[id] = u;
        unitCounts[id]!++;
      }
    }
  }
  // Ids follow first appearance, so the map's order is that of a walk through the units.
  const idf = new Map<string, number>();
  const weights = new Float64Array(terms.length);
  // Smoothed so that a term present in every unit still weighs a little (short documents).
  terms.forEach((term, id) => {
    const weight = Math.log((units.length + 1) / unitCounts[id]!);
    idf.set(term, weight);
    weights[id] = weight;
  });
  encoding.weights.set(idf, weights);
  return idf;
}

/** Adds unit `u`'s terms to a window's counts. */
function addUnit(encoding: Encoding, window: WindowCounts, u: number): void {
  const { ids, offsets } = encoding;
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
function fillWindow(encoding: Encoding, window: WindowCounts, unitCount: number, start: number, step: 1 | -1, size: WindowSize): void {
  const { offsets } = encoding;
  let taken = 0;
  let terms = 0;
  for (let i = start; i >= 0 && i < unitCount && taken < size.maxUnits && terms < size.minTerms; i += step) {
    addUnit(encoding, window, i);
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
 * Cohesion at every gap. Gap `g` (1 ≤ g < units.length) lies between unit `g - 1` and unit `g`;
 * the result has `units.length - 1` entries, entry `g - 1` for gap `g`.
 * @param units content terms of each unit, in document order
 */
export function gapCohesion(units: Units, idf: ReadonlyMap<string, number>, size: WindowSize): GapCohesion[] {
  const result: GapCohesion[] = [];
  if (units.length < 2) return result;
  const encoding = encodingOf(units);
  const weights = weightsOf(encoding, idf);
  const { a: before, b: after } = encoding;
  for (let gap = 1; gap < units.length; gap++) {
    fillWindow(encoding, before, units.length, gap - 1, -1, size);
    fillWindow(encoding, after, units.length, gap, 1, size);
    let unseen = 0;
    for (let k = 0; k < after.size; k++) if (before.counts[after.order[k]!] === 0) unseen++;
    result.push({
      similarity: cosine(before, after, weights),
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
export function unitToWindowCohesion(
  units: Units,
  idf: ReadonlyMap<string, number>,
  unit: number,
  start: number,
  step: 1 | -1,
  size: WindowSize,
): number {
  if (!Number.isInteger(unit) || unit < 0 || unit >= units.length) throw new RangeError(`no unit ${unit} in ${units.length}`);
  const encoding = encodingOf(units, { unit, start, step, maxUnits: size.maxUnits });
  const weights = weightsOf(encoding, idf);
  const { a, b } = encoding;
  addUnit(encoding, a, unit);
  fillWindow(encoding, b, units.length, start, step, size);
  const similarity = cosine(a, b, weights);
  clear(a);
  clear(b);
  return similarity;
}

/**
 * TF-IDF cosine of two stretches of units, [start, middle) and [middle, end), in [0, 1]: how much
 * two whole articles share their vocabulary, not only the paragraphs next to the gap between them.
 */
export function spanCohesion(units: Units, idf: ReadonlyMap<string, number>, start: number, middle: number, end: number): number {
  checkRange(units, start, middle);
  checkRange(units, middle, end);
  const encoding = encodingOf(units);
  const weights = weightsOf(encoding, idf);
  const { a, b } = encoding;
  for (let u = start; u < middle; u++) addUnit(encoding, a, u);
  for (let u = middle; u < end; u++) addUnit(encoding, b, u);
  const similarity = cosine(a, b, weights);
  clear(a);
  clear(b);
  return similarity;
}

/** Throws unless the units [from, to) exist (an empty stretch always does), before any counting starts. */
function checkRange(units: Units, from: number, to: number): void {
  if (to <= from) return;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > units.length) {
    throw new RangeError(`no units ${from}..${to - 1} in ${units.length}`);
  }
}
