import type { TermIndex } from '../cohesion/tfidf-windows.js';
import { nearbyOverlaps, type NearbyOverlaps } from '../cohesion/unit-overlaps.js';

/**
 * Global decoding of boundaries (dynamic programming), instead of splitting at every local peak:
 * choose the set of gaps that maximises the summed log-odds margins of its boundaries, minus an
 * optional lexical cost of each article (Utiyama & Isahara 2001: the code length of the article's
 * words under its own smoothed unigram model, which is low when an article keeps to one
 * vocabulary), under the constraint that every article holds at least a minimum number of words
 * (a brief between two sure boundaries excepted, {@link SURE_BRIEF_MARGIN}).
 * A strong candidate thus suppresses a weaker one a few lines away, and a story never breaks into
 * slivers.
 *
 * An optional density reward adds, per article, twice the number of its pairs of nearby units that
 * share a content term, divided by its number of units (the segment density of Kehagias et al.
 * 2003, with exponent 1). It
 * is neutral to where a homogeneous text is cut, and favours cutting where the units either side
 * resemble each other less than the units within each side: a whole-article view of cohesion that
 * the gap windows lack, trained for sentence-per-line text without news cues.
 *
 * Only gaps with a margin above a floor ({@link LEXICAL_CANDIDATE_FLOOR}, {@link DENSITY_CANDIDATE_FLOOR}) can start an article (a gap below the
 * threshold can still win when the lexical cost favours it), and an article may span at most
 * {@link MAX_SPANNED_CANDIDATES} of them, so the cost is linear in the document's length.
 */

/** Options of {@link decodeBoundaries}. */
export interface DecodeSettings {
  /** The fewest words an article may hold. */
  minArticleWords: number;
  /** Weight of the lexical cost, in margin units per nat; 0 switches it off. Range ≥ 0. */
  lexicalWeight: number;
  /** Weight of the density reward, in margin units per overlapping pair per unit; 0 switches it off. Range ≥ 0. */
  densityWeight: number;
}

/**
 * Lowest margin (log-odds below the threshold) at which a gap is still a candidate start, with the
 * lexical cost alone and with the density reward. At −2 the density reward could not reach the
 * sentence boundaries it recognises (Brown training excerpts, measured with the TF-IDF cosine
 * density: mean Pk 0.154 at −2, 0.150 at −4, no better lower); for news, −4 decided the same as −2
 * on the training and held-out joins, for 3 % more CPU.
 */
const LEXICAL_CANDIDATE_FLOOR = -2;
const DENSITY_CANDIDATE_FLOOR = -4;

/**
 * A story shorter than the minimum is still one when the gaps either side of it are sure boundaries:
 * a "news in brief" column runs items of 30 to 50 words, and a minimum that long pushed a brief
 * between two clear topic changes into its neighbour. The minimum exists to stop slivers cut at weak
 * gaps, which a sure gap on both sides rules out. The document's edges do not count as sure: a short
 * piece first or last in a file is more often a promotion or a video teaser the cleaner kept ("Want
 * the best tools to get healthy? Check out our Gear team's picks…") than a brief.
 */
const SURE_BRIEF_MARGIN = Math.log(0.8 / 0.2);
/** The fewest words a brief between two sure boundaries holds: below that, a caption or a kicker. */
const MIN_BRIEF_WORDS = 25;

/** How many later candidate starts an article may run past: bounds the work per candidate. */
const MAX_SPANNED_CANDIDATES = 64;

/**
 * @param margins per gap `g` (1 ≤ g < paragraphs, entry `g - 1`): log-odds of a boundary minus the
 *   log-odds of the threshold; positive means worth a split on its own
 * @param paragraphWords words of each paragraph
 * @param terms the paragraphs' content terms, indexed (read only when `lexicalWeight` or `densityWeight` is above 0)
 * @returns the chosen gaps (0-based paragraph indexes where articles start), ascending
 */
export function decodeBoundaries(
  margins: readonly number[],
  paragraphWords: readonly number[],
  terms: TermIndex,
  settings: DecodeSettings,
): number[] {
  const n = paragraphWords.length;
  if (n === 0) return [];
  const wordsBefore = [0];
  for (const words of paragraphWords) wordsBefore.push(wordsBefore[wordsBefore.length - 1]! + words);
  // Nodes: article starts worth considering, then the document's end.
  const nodes = [0];
  const floor = settings.densityWeight > 0 ? DENSITY_CANDIDATE_FLOOR : settings.lexicalWeight > 0 ? LEXICAL_CANDIDATE_FLOOR : 0;
  for (let gap = 0; gap < margins.length; gap++) if (margins[gap]! > floor) nodes.push(gap + 1);
  nodes.push(n);
  const cost = settings.lexicalWeight > 0 ? new ArticleCost(terms) : null;
  const density = settings.densityWeight > 0 ? new ArticleDensity(overlapsOf(terms)) : null;
  const best = new Array<number>(nodes.length).fill(Number.NEGATIVE_INFINITY);
  const from = new Array<number>(nodes.length).fill(-1);
  best[0] = 0;
  for (let a = 0; a < nodes.length - 1; a++) {
    if (best[a] === Number.NEGATIVE_INFINITY) continue;
    const start = nodes[a]!;
    cost?.reset();
    density?.reset(start);
    let covered = start;
    const last = Math.min(nodes.length - 1, a + MAX_SPANNED_CANDIDATES + 1);
    for (let b = a + 1; b <= last; b++) {
      const end = nodes[b]!;
      for (; covered < end; covered++) {
        cost?.add(covered);
        density?.add(covered);
      }
      const isWholeDocument = start === 0 && end === n;
      const words = wordsBefore[end]! - wordsBefore[start]!;
      if (words < settings.minArticleWords && !isWholeDocument && !isSureBrief(margins, start, end, n, words)) continue;
      const gain =
        (end < n ? margins[end - 1]! : 0) -
        (cost === null ? 0 : settings.lexicalWeight * cost.nats()) +
        (density === null ? 0 : settings.densityWeight * density.value());
      if (best[a]! + gain > best[b]!) {
        best[b] = best[a]! + gain;
        from[b] = a;
      }
    }
  }
  const starts: number[] = [];
  // Unreachable end (only when no split satisfies the constraints): one article.
  if (from[nodes.length - 1] === -1) return starts;
  for (let b = from[nodes.length - 1]!; b > 0; b = from[b]!) starts.push(nodes[b]!);
  return starts.reverse();
}

/** An article too short for the minimum, inside the document, with sure boundaries either side. */
function isSureBrief(margins: readonly number[], start: number, end: number, n: number, words: number): boolean {
  if (words < MIN_BRIEF_WORDS) return false;
  return start > 0 && end < n && margins[start - 1]! >= SURE_BRIEF_MARGIN && margins[end - 1]! >= SURE_BRIEF_MARGIN;
}

/**
 * Code length in nats of an article's terms under its own Laplace-smoothed unigram model over the
 * document's vocabulary: Σ_w c_w · ln((N + V) / (c_w + 1)). Kept incrementally as units arrive; one
 * instance serves every article start in turn (`reset`).
 */
class ArticleCost {
  private readonly counts: Int32Array;
  /** Term ids counted since the last reset, so that reset clears only those. */
  private readonly touched: number[] = [];
  private total = 0;
  /** Σ_w c_w · ln(c_w + 1). */
  private weighted = 0;

  constructor(private readonly terms: TermIndex) {
    this.counts = new Int32Array(terms.terms.length);
  }

  reset(): void {
    for (const id of this.touched) this.counts[id] = 0;
    this.touched.length = 0;
    this.total = 0;
    this.weighted = 0;
  }

  add(unit: number): void {
    const { ids, offsets } = this.terms;
    for (let k = offsets[unit]!; k < offsets[unit + 1]!; k++) {
      const id = ids[k]!;
      const count = this.counts[id]!;
      if (count === 0) this.touched.push(id);
      this.weighted += (count + 1) * Math.log(count + 2) - count * Math.log(count + 1);
      this.counts[id] = count + 1;
      this.total++;
    }
  }

  nats(): number {
    return this.total * Math.log(this.total + this.terms.terms.length) - this.weighted;
  }
}

/**
 * The nearby-pair overlaps of a document, computed once however often it is decoded (training
 * decodes each document under every setting it tries). A term index never changes once built.
 */
const overlapsByIndex = new WeakMap<TermIndex, NearbyOverlaps>();

function overlapsOf(terms: TermIndex): NearbyOverlaps {
  let overlaps = overlapsByIndex.get(terms);
  if (overlaps === undefined) {
    overlaps = nearbyOverlaps(terms);
    overlapsByIndex.set(terms, overlaps);
  }
  return overlaps;
}

/** An article's pairs of nearby units that share a content term, per unit; kept incrementally as units arrive. */
class ArticleDensity {
  private start = 0;
  private units = 0;
  private sum = 0;

  constructor(private readonly overlaps: NearbyOverlaps) {}

  reset(start: number): void {
    this.start = start;
    this.units = 0;
    this.sum = 0;
  }

  add(unit: number): void {
    for (let other = Math.max(this.start, unit - this.overlaps.span + 1); other < unit; other++) {
      this.sum += this.overlaps.between(other, unit);
    }
    this.units++;
  }

  value(): number {
    return this.units === 0 ? 0 : (2 * this.sum) / this.units;
  }
}
