import { wordTokens } from './tokens.js';

/** Where each gold paragraph ended up in the system output. */
export interface Alignment {
  /** Per gold unit (paragraphs of all gold articles, in order): the system article holding it (0-based). */
  hypothesis: number[];
  /** Per gold unit: whether its text was found in the output (false: lost, and its article inherited). */
  found: boolean[];
}

/**
 * Aligns system articles to gold paragraphs by text, so that cleaning differences (a trimmed span,
 * joined wrapped lines, changed whitespace or punctuation) do not break the segmentation score.
 * Paragraphs are compared as strings of lowercase word tokens. A gold paragraph is found in the
 * system paragraph that equals it; failing that, in one that contains it or that it contains (when the
 * contained part holds at least half its tokens). Among several candidates the first at or after the
 * previous match wins; a candidate before it is never taken, so the alignment stays in document order
 * (a gold paragraph repeated later in the gold, whose later copy the cleaner dropped as a duplicate,
 * is lost rather than sent back to the article of its first copy). A lost gold paragraph takes the
 * system article of the nearest found paragraph of its own gold article, before it or else after it,
 * so it neither makes nor hides a boundary: a next story whose headline the cleaner removed, split
 * where its lead begins, is split on the gold boundary (inheriting from the story before would put
 * the headline in that story and count the split one paragraph late). A gold article with nothing
 * found takes the nearest found paragraph before it (after it, at the start).
 */
export function alignToGold(gold: ReadonlyArray<readonly string[]>, system: ReadonlyArray<readonly string[]>): Alignment {
  const flat = system.flatMap((paragraphs, article) => paragraphs.map((text) => ({ article, key: tokenKey(text) })));
  const exact = new Map<string, number[]>();
  flat.forEach((entry, position) => {
    const list = exact.get(entry.key);
    if (list === undefined) exact.set(entry.key, [position]);
    else list.push(position);
  });
  const units = gold.flat();
  const matches: Array<number | null> = [];
  // Position of the previous match: an equal paragraph is looked for after it, a containing one from it
  // on (one system paragraph may hold several gold paragraphs of hard-wrapped text).
  let cursor = -1;
  for (const text of units) {
    const key = tokenKey(text);
    const position = key === '' ? null : (firstFrom(exact.get(key) ?? [], cursor + 1) ?? fuzzyMatch(key, flat, cursor));
    matches.push(position);
    if (position !== null) cursor = position;
  }
  const found = matches.map((m) => m !== null);
  const articleOfUnit = gold.flatMap((paragraphs, article) => paragraphs.map(() => article));
  const foundArticles = matches.map((m) => (m === null ? null : flat[m]!.article));
  const before = carriedForward(foundArticles, articleOfUnit);
  const after = carriedForward([...foundArticles].reverse(), [...articleOfUnit].reverse()).reverse();
  const hypothesis = foundArticles.map((article, unit) => article ?? before[unit]!.own ?? after[unit]!.own ?? before[unit]!.any ?? after[unit]!.any ?? 0);
  return { hypothesis, found };
}

/**
 * For each unit, in the order given, the system article of the last found unit before it: `own` among
 * the units of its own gold article, `any` among all.
 */
function carriedForward(foundArticles: ReadonlyArray<number | null>, articleOfUnit: readonly number[]): Array<{ own: number | null; any: number | null }> {
  let any: number | null = null;
  let own: number | null = null;
  return foundArticles.map((article, unit) => {
    if (unit > 0 && articleOfUnit[unit] !== articleOfUnit[unit - 1]) own = null;
    const carried = { own, any };
    if (article !== null) own = any = article;
    return carried;
  });
}

function tokenKey(text: string): string {
  return wordTokens(text).join(' ');
}

function firstFrom(positions: readonly number[], cursor: number): number | null {
  return positions.find((p) => p >= cursor) ?? null;
}

const MIN_CONTAINED_SHARE = 0.5;

function fuzzyMatch(key: string, flat: ReadonlyArray<{ key: string }>, cursor: number): number | null {
  for (let position = Math.max(0, cursor); position < flat.length; position++) {
    const candidate = flat[position]!.key;
    if (candidate === '') continue;
    const contains = ` ${candidate} `.includes(` ${key} `);
    const contained = candidate.length >= key.length * MIN_CONTAINED_SHARE && ` ${key} `.includes(` ${candidate} `);
    if (contains || contained) return position;
  }
  return null;
}
