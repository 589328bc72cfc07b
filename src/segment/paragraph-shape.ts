import { wordTokens } from '../cohesion/terms.js';

/**
 * The shape of a paragraph's opening: the classes of its first tokens (number, capitalised,
 * lowercase) and a length bucket. Rows of a table ("1 Kyle Busch 5040 5 1 17 27"), items of a
 * listing ("Get it on Amazon for $39.99") or a poll ("Проголосовать за Олесю…") share one shape
 * with their neighbours; the lead of a new story rarely repeats the shape of the lines around it.
 */
export function paragraphShape(text: string): string {
  // Loops, not callbacks made anew on every call: this runs for every paragraph (gap-features.ts says why).
  let classes = '';
  for (const token of wordTokens(text.slice(0, 120)).slice(0, 3)) classes += /^\p{N}/u.test(token) ? 'n' : /^\p{Lu}/u.test(token) ? 'C' : 'l';
  const words = text.split(/\s+/u).length;
  const bucket = words <= 6 ? 's' : words <= 15 ? 'm' : words <= 40 ? 'l' : 'x';
  return `${classes}${bucket}`;
}

/**
 * Share of the paragraphs within `radius` of paragraph `index` (itself excluded) that have its
 * shape, in [0, 1]. Long prose paragraphs (bucket `x`) never count as repeated: prose is prose.
 */
export function repeatedShapeShare(shapes: readonly string[], index: number, radius: number): number {
  const shape = shapes[index]!;
  if (shape.endsWith('x')) return 0;
  let same = 0;
  let seen = 0;
  for (let i = Math.max(0, index - radius); i <= Math.min(shapes.length - 1, index + radius); i++) {
    if (i === index) continue;
    seen++;
    if (shapes[i] === shape) same++;
  }
  return seen === 0 ? 0 : same / seen;
}

/** Paragraphs after a gap that a list or table opening there would fill with its rows. */
const RUN_PARAGRAPHS = 3;

/**
 * Share of the {@link RUN_PARAGRAPHS} paragraphs after paragraph `index` that repeat its shape, in
 * [0, 1]: 1 when a list or table starts at `index` ("1 Kyle Busch 5040…", "2 Kevin Harvick…"),
 * which continues the story before it rather than opening a new one. Only row-sized paragraphs
 * count: news paragraphs of 16–40 words share shapes by chance.
 */
export function runAfterShare(shapes: readonly string[], index: number): number {
  const shape = shapes[index]!;
  if (!isRowShape(shape)) return 0;
  return Math.max(repeatShare(shapes, index, 1), twoLineItemShare(shapes, index));
}

/**
 * The same for items of two lines, a name and its link ("1) Lego Star Wars 75188…" /
 * "http://amzn.to/2iJFhRj"): the share of the next {@link RUN_PARAGRAPHS} items that repeat the
 * first one's shape, when every second line between them repeats one row shape of its own.
 */
function twoLineItemShare(shapes: readonly string[], index: number): number {
  const second = shapes[index + 1];
  if (second === undefined || second === shapes[index] || !isRowShape(second)) return 0;
  for (let k = 1; k <= RUN_PARAGRAPHS; k++) if (shapes[index + 2 * k - 1] !== second) return 0;
  return repeatShare(shapes, index, 2);
}

/** Share of the {@link RUN_PARAGRAPHS} paragraphs at `step`, `2·step`… after `index` that have its shape. */
function repeatShare(shapes: readonly string[], index: number, step: number): number {
  let same = 0;
  for (let k = 1; k <= RUN_PARAGRAPHS; k++) if (shapes[index + k * step] === shapes[index]) same++;
  return same / RUN_PARAGRAPHS;
}

/** Table rows and list items are short: at most 15 words (buckets `s` and `m`). */
export function isRowShape(shape: string): boolean {
  return shape.endsWith('s') || shape.endsWith('m');
}

/** Words that make a paragraph's opener: "Get it on" of "Get it on Amazon for $39.99". */
const OPENER_WORDS = 3;

/** Per paragraph, how many other row-sized paragraphs share its opener, and how many of them come after it. */
export interface RecurringOpeners {
  others: number[];
  later: number[];
}

/**
 * How often each paragraph's opener (its first {@link OPENER_WORDS} words, lowercased, digits
 * masked) opens a row-sized paragraph elsewhere in the document. A deals page ends every item with
 * "Get it on Amazon for $…" or "Get it at Walmart for $…"; a poll repeats "Проголосовать за…": such
 * recurring rows are the skeleton of one listing, and the gap after one is the next item, not a
 * new story, as long as the skeleton goes on after it. Prose paragraphs (more than 15 words) count
 * 0: "The company said" recurs in any story.
 */
export function recurringOpeners(paragraphs: readonly string[], shapes: readonly string[]): RecurringOpeners {
  const openers: (string | null)[] = [];
  for (let i = 0; i < paragraphs.length; i++) openers.push(isRowShape(shapes[i]!) ? openerOf(paragraphs[i]!) : null);
  const counts = new Map<string, number>();
  for (const opener of openers) if (opener !== null) counts.set(opener, (counts.get(opener) ?? 0) + 1);
  const others: number[] = [];
  for (const opener of openers) others.push(opener === null ? 0 : counts.get(opener)! - 1);
  // Counted back to front: what is left of an opener's count after this row is how often it comes later.
  const later = new Array<number>(openers.length).fill(0);
  const seenAfter = new Map<string, number>();
  for (let i = openers.length - 1; i >= 0; i--) {
    const opener = openers[i];
    if (opener === null || opener === undefined) continue;
    later[i] = seenAfter.get(opener) ?? 0;
    seenAfter.set(opener, later[i]! + 1);
  }
  return { others, later };
}

function openerOf(text: string): string | null {
  const words = wordTokens(text.slice(0, 80)).slice(0, OPENER_WORDS);
  return words.length < OPENER_WORDS ? null : words.join(' ').toLowerCase().replace(/\p{N}+/gu, '0');
}
