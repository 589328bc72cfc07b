/**
 * Word tokens for scoring: lowercase runs of letters, digits and underscores. `[\p{L}\p{N}_]` is the
 * Unicode reading of `\w` that Python's `re` uses, which the aeb README's scorer uses, so figures here
 * are comparable with the baselines published there.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

/** A line with its runs of whitespace made one space, trimmed: how gold paragraphs are read. */
export function collapseWhitespace(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/** Lowercase word tokens of a text, in order. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Multiset of tokens: token → count. */
export type TokenBag = Map<string, number>;

/** Counts tokens into a bag, adding to `into` when given. */
export function tokenBag(tokens: Iterable<string>, into: TokenBag = new Map()): TokenBag {
  for (const token of tokens) into.set(token, (into.get(token) ?? 0) + 1);
  return into;
}

/** Size of a bag (number of tokens, with repeats). */
export function bagSize(bag: TokenBag): number {
  let size = 0;
  for (const count of bag.values()) size += count;
  return size;
}

/** Σ min(a[w], b[w]): the shared tokens of two bags, with repeats. */
export function bagOverlap(a: TokenBag, b: TokenBag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [token, count] of small) shared += Math.min(count, large.get(token) ?? 0);
  return shared;
}
