import type { LineJudgement } from './classify.js';
import type { RunLine } from './data-runs.js';

/**
 * A shopping list that is the story: records of a product name, its feature bullets, a price and a
 * button, the button line repeated after every record (aeb container e7d77f18…, a deals post):
 *
 *   Apple AirPods with Wireless Charging Case
 *   Automatically on, automatically connected
 *   …
 *   $164.99
 *   Buy Now
 *   Apple Watch Series 3
 *   GPS
 *   …
 *
 * Line by line it reads like a shop sidebar: short capitalised lines, prices, buttons. As a whole it
 * is a run of records closed by the same short line, each carrying a number and most a price, and
 * it outweighs the prose kept around it. A sidebar of products next to a story is shorter than the
 * story beside it, so it stays the classifier's to judge.
 */

/** The closing line is a button or a label: at most this many words… */
const SEPARATOR_MAX_WORDS = 3;
/** …closing at least this many records. */
const MIN_RECORDS = 3;
/** A record is a handful of lines; a longer gap is the story going on between two buttons. */
const MAX_RECORD_LINES = 20;
/** How far from the list the prose it is weighed against may lie, in lines (one long record). */
const PROSE_REACH = MAX_RECORD_LINES;
/** Share of records holding a price, at or above which the run is a shopping list. */
const MIN_PRICED_SHARE = 0.5;
const PRICE = /[$€£¥₹]\s?\d|\d\s?(?:€|£|USD|EUR|GBP)\b/u;
const DIGIT = /\p{N}/u;

/** Keeps every record of a shopping list that holds more words than the prose kept around it. */
export function keepRecordListsThatAreTheStory(judgements: readonly LineJudgement[], lines: readonly RunLine[]): LineJudgement[] {
  const result = [...judgements];
  for (const closers of closingLinePositions(lines)) {
    const records = recordsClosedBy(closers);
    if (records.length < MIN_RECORDS) continue;
    if (recordsHolding(DIGIT, lines, records) < records.length || recordsHolding(PRICE, lines, records) < MIN_PRICED_SHARE * records.length) continue;
    const firstCloser = records[0]!.start - 1;
    const start = openingRecordStart(lines, firstCloser, longestLineWords(lines, records));
    const end = records[records.length - 1]!.end;
    if (wordsBetween(lines, start, end) < keptProseWordsAround(result, lines, { start, end }, firstCloser)) continue;
    for (let i = start; i < end; i++) {
      if (result[i]!.boilerplate) result[i] = { ...result[i]!, boilerplate: false, revision: 'kept: a record of a shopping list that is the story' };
    }
  }
  return result;
}

interface ListRecord {
  /** 0-based index of the record's first line. */
  start: number;
  /** 0-based index after its closing line. */
  end: number;
}

// Loops, not callbacks made anew on every call: this runs for every document (DEVELOPERS.md, "Workers").

/** Indexes of each short line that occurs at least {@link MIN_RECORDS} + 1 times, grouped by text. */
function closingLinePositions(lines: readonly RunLine[]): number[][] {
  const positions = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.words === 0 || line.words > SEPARATOR_MAX_WORDS) continue;
    const at = positions.get(line.text) ?? [];
    at.push(i);
    positions.set(line.text, at);
  }
  const closers: number[][] = [];
  for (const at of positions.values()) if (at.length > MIN_RECORDS) closers.push(at);
  return closers;
}

/** How many records hold a line matching `pattern`. */
function recordsHolding(pattern: RegExp, lines: readonly RunLine[], records: readonly ListRecord[]): number {
  let holding = 0;
  for (const record of records) {
    for (let i = record.start; i < record.end; i++) {
      if (pattern.test(lines[i]!.text)) {
        holding++;
        break;
      }
    }
  }
  return holding;
}

/** The longest stretch of consecutive records (from one closing line to the next) of at most {@link MAX_RECORD_LINES} lines. */
function recordsClosedBy(closers: readonly number[]): ListRecord[] {
  // Record k runs from closer k − 1 to closer k; track the best stretch by its closers so a
  // document of a million repeated short lines costs O(n), not a copy per record.
  let best = { from: 1, to: 1 };
  let from = 1;
  for (let k = 1; k < closers.length; k++) {
    if (closers[k]! - closers[k - 1]! > MAX_RECORD_LINES) from = k + 1;
    else if (k + 1 - from > best.to - best.from) best = { from, to: k + 1 };
  }
  const records: ListRecord[] = [];
  for (let k = best.from; k < best.to; k++) records.push({ start: closers[k - 1]! + 1, end: closers[k]! + 1 });
  return records;
}

/**
 * Where the record closed by the first closing line begins: after the prose that introduces the
 * list ("AirPods 2 dropped to an all-time low…", 87 words), at most one record's length back. A
 * record's own bullet can read as prose ("Quick access to Siri by saying “Hey Siri”", 8 words,
 * aeb page e7d77f18…), so the introduction is a prose paragraph longer than any line of the
 * records after it.
 */
function openingRecordStart(lines: readonly RunLine[], firstCloser: number, recordLineWords: number): number {
  let start = firstCloser;
  while (start > 0 && firstCloser - start < MAX_RECORD_LINES - 1 && !introducesList(lines[start - 1]!, recordLineWords)) start--;
  return start;
}

function introducesList(line: RunLine, recordLineWords: number): boolean {
  return line.prose && line.words > recordLineWords;
}

/** Words of the longest line among the records. */
function longestLineWords(lines: readonly RunLine[], records: readonly ListRecord[]): number {
  let longest = 0;
  for (const record of records) {
    for (let i = record.start; i < record.end; i++) longest = Math.max(longest, lines[i]!.words);
  }
  return longest;
}

function wordsBetween(lines: readonly RunLine[], start: number, end: number): number {
  let words = 0;
  for (let i = start; i < end; i++) words += lines[i]!.words;
  return words;
}

/**
 * Prose words kept outside the list within {@link PROSE_REACH} lines of its first and last closing
 * lines: the story the list would be a sidebar of, and not other stories glued to the input
 * further away. The reach is counted from the first closing line, not from the opening record's
 * start, which moves with how far back its introduction lies.
 */
function keptProseWordsAround(judgements: readonly LineJudgement[], lines: readonly RunLine[], list: ListRecord, firstCloser: number): number {
  let words = 0;
  for (let i = Math.max(0, firstCloser - PROSE_REACH); i < Math.min(lines.length, list.end + PROSE_REACH); i++) {
    if ((i < list.start || i >= list.end) && lines[i]!.prose && !judgements[i]!.boilerplate) words += lines[i]!.words;
  }
  return words;
}
