/**
 * Global decoding of boundaries (dynamic programming), instead of splitting at every local peak:
 * choose the set of gaps that maximises the summed log-odds margins of its boundaries, minus an
 * optional lexical cost of each article (Utiyama & Isahara 2001: the code length of the article's
 * words under its own smoothed unigram model, which is low when an article keeps to one
 * vocabulary), under the constraint that every article holds at least a minimum number of words.
 * A strong candidate thus suppresses a weaker one a few lines away, and a story never breaks into
 * slivers.
 *
 * Only gaps with a margin above {@link CANDIDATE_FLOOR} can start an article (a gap below the
 * threshold can still win when the lexical cost favours it), and an article may span at most
 * {@link MAX_SPANNED_CANDIDATES} of them, so the cost is linear in the document's length.
 */

/** Options of {@link decodeBoundaries}. */
export interface DecodeSettings {
  /** The fewest words an article may hold. */
  minArticleWords: number;
  /** Weight of the lexical cost, in margin units per nat; 0 switches it off. Range ≥ 0. */
  lexicalWeight: number;
}

/** Lowest margin (log-odds below the threshold) at which a gap is still a candidate start. */
const CANDIDATE_FLOOR = -2;

/** How many later candidate starts an article may run past: bounds the work per candidate. */
const MAX_SPANNED_CANDIDATES = 64;

/**
 * @param margins per gap `g` (1 ≤ g < paragraphs, entry `g - 1`): log-odds of a boundary minus the
 *   log-odds of the threshold; positive means worth a split on its own
 * @param paragraphWords words of each paragraph
 * @param units content terms of each paragraph (read only when `lexicalWeight > 0`)
 * @returns the chosen gaps (0-based paragraph indexes where articles start), ascending
 */
export function decodeBoundaries(
  margins: readonly number[],
  paragraphWords: readonly number[],
  units: readonly (readonly string[])[],
  settings: DecodeSettings,
): number[] {
  const n = paragraphWords.length;
  if (n === 0) return [];
  const wordsBefore = [0];
  for (const words of paragraphWords) wordsBefore.push(wordsBefore[wordsBefore.length - 1]! + words);
  // Nodes: article starts worth considering, then the document's end.
  const nodes = [0];
  const floor = settings.lexicalWeight > 0 ? CANDIDATE_FLOOR : 0;
  margins.forEach((margin, gap) => {
    if (margin > floor) nodes.push(gap + 1);
  });
  nodes.push(n);
  const vocabulary = settings.lexicalWeight > 0 ? new Set(units.flat()).size : 0;
  const best = new Array<number>(nodes.length).fill(Number.NEGATIVE_INFINITY);
  const from = new Array<number>(nodes.length).fill(-1);
  best[0] = 0;
  for (let a = 0; a < nodes.length - 1; a++) {
    if (best[a] === Number.NEGATIVE_INFINITY) continue;
    const start = nodes[a]!;
    const cost = settings.lexicalWeight > 0 ? new ArticleCost(vocabulary) : null;
    let covered = start;
    const last = Math.min(nodes.length - 1, a + MAX_SPANNED_CANDIDATES + 1);
    for (let b = a + 1; b <= last; b++) {
      const end = nodes[b]!;
      if (cost !== null) for (; covered < end; covered++) cost.add(units[covered]!);
      const isWholeDocument = start === 0 && end === n;
      if (wordsBefore[end]! - wordsBefore[start]! < settings.minArticleWords && !isWholeDocument) continue;
      const gain = (end < n ? margins[end - 1]! : 0) - (cost === null ? 0 : settings.lexicalWeight * cost.nats());
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

/**
 * Code length in nats of an article's terms under its own Laplace-smoothed unigram model over the
 * document's vocabulary: Σ_w c_w · ln((N + V) / (c_w + 1)). Kept incrementally as terms arrive.
 */
class ArticleCost {
  private readonly counts = new Map<string, number>();
  private total = 0;
  /** Σ_w c_w · ln(c_w + 1). */
  private weighted = 0;

  constructor(private readonly vocabulary: number) {}

  add(terms: readonly string[]): void {
    for (const term of terms) {
      const count = this.counts.get(term) ?? 0;
      this.weighted += (count + 1) * Math.log(count + 2) - count * Math.log(count + 1);
      this.counts.set(term, count + 1);
      this.total++;
    }
  }

  nats(): number {
    return this.total * Math.log(this.total + this.vocabulary) - this.weighted;
  }
}
