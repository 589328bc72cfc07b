import type { LineJudgement } from './classify.js';

/**
 * Data that reads like furniture line by line but is story as a block: a table flattened one cell
 * per line (a stats table, standings) and a list whose every row carries a number (tour dates, a
 * numbered gift list with its links). Menus and related-story lists rarely carry numbers on every
 * line, and neither sits right against the story's prose. A data list with no prose before it is
 * still one block: it stays whole when the classifier kept most of its rows, or when it outweighs
 * the prose kept (a race calendar that is the whole story).
 */

/** A table: at least this many cells in a row… */
const TABLE_MIN_CELLS = 8;
/** …of at most this many words each… */
const TABLE_CELL_WORDS = 4;
/** …a third of them bare numbers ("63", "85%", "5040"). */
const TABLE_MIN_NUMERIC_SHARE = 1 / 3;
/** A data list: at least this many rows in a row… */
const LIST_MIN_ROWS = 5;
/**
 * …of 3 to 15 words, each holding a digit ("Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI"); a
 * bare rank ("10") between teaser headlines breaks the run.
 */
const LIST_ROW_MIN_WORDS = 3;
const LIST_ROW_WORDS = 15;
/** Prose must lie within this many paragraphs of the run; its lead-in and footnotes within this reach stay with it. */
const PROSE_REACH = 3;
/** Share of a data list's rows the classifier kept above which the whole list stays. */
const MOSTLY_KEPT = 0.5;
const NUMERIC_CELL = /^[\p{N}\s.,:%+\-–/()]+$/u;
const DIGIT = /\p{N}/u;

/** One paragraph as the data-run search sees it. */
export interface RunLine {
  text: string;
  /** Word tokens. */
  words: number;
  /** jusText-style prose: long, stopword-dense, sentence-final. */
  prose: boolean;
}

/** Keeps every table or data list that sits beside prose, with its lead-in and footnotes, and every data list that is the story. */
export function keepDataRunsBesideProse(judgements: readonly LineJudgement[], lines: readonly RunLine[]): LineJudgement[] {
  const result = [...judgements];
  // Loops and functions made once, not callbacks made anew on every call: this runs for every
  // document (DEVELOPERS.md, "Workers", says why).
  for (const run of runsOf(lines, isTableCell)) {
    const numbers = numericCells(lines, run);
    const isTable = run.end - run.start >= TABLE_MIN_CELLS && numbers.length >= TABLE_MIN_NUMERIC_SHARE * (run.end - run.start) && !isYearArchive(numbers);
    if (isTable && (proseBefore(lines, run) || proseAfter(lines, run))) keepWithReach(result, lines.length, run, 'data table');
  }
  let keptProseWords = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.prose && !judgements[i]!.boilerplate) keptProseWords += lines[i]!.words;
  for (const run of runsOf(lines, isListRow)) {
    // A list follows the prose that introduces it; a sidebar archive after the story does not.
    if (run.end - run.start < LIST_MIN_ROWS) continue;
    if (proseBefore(lines, run)) keepWithReach(result, lines.length, run, 'data list');
    // A list is one block: when the classifier kept most of its rows (a race calendar that is the
    // whole story), the rows it dropped are the same kind of line.
    else if (keptShare(result, run) >= MOSTLY_KEPT) keepRows(result, run.start, footnotesEnd(lines, run.end), 'data list whose other rows are story, or its footnotes');
    // A page whose story is the list (a race calendar, a price list) keeps less prose than the list holds.
    else if (wordsIn(lines, run) >= keptProseWords) keepRows(result, run.start, footnotesEnd(lines, run.end), 'data list longer than the prose kept: the story itself, or its footnotes');
  }
  return result;
}

function isTableCell(line: RunLine): boolean {
  return line.words <= TABLE_CELL_WORDS;
}

function isListRow(line: RunLine): boolean {
  return line.words >= LIST_ROW_MIN_WORDS && line.words <= LIST_ROW_WORDS && DIGIT.test(line.text);
}

/** The texts of a run's cells that are bare numbers. */
function numericCells(lines: readonly RunLine[], run: Run): string[] {
  const numbers: string[] = [];
  for (let i = run.start; i < run.end; i++) if (NUMERIC_CELL.test(lines[i]!.text)) numbers.push(lines[i]!.text);
  return numbers;
}

/** Keeps lines `start` … `end` − 1 that were judged boilerplate, saying what they are. */
function keepRows(result: LineJudgement[], start: number, end: number, what: string): void {
  for (let i = start; i < end; i++) {
    if (result[i]!.boilerplate) result[i] = { ...result[i]!, boilerplate: false, revision: `kept: a ${what}` };
  }
}

/** Keeps a run and the lines within {@link PROSE_REACH} of it (its lead-in and footnotes) that were judged boilerplate. */
function keepWithReach(result: LineJudgement[], lineCount: number, run: Run, what: string): void {
  for (let i = Math.max(0, run.start - PROSE_REACH); i < Math.min(lineCount, run.end + PROSE_REACH); i++) {
    if (result[i]!.boilerplate) result[i] = { ...result[i]!, boilerplate: false, revision: `kept: a ${what} beside the story, or its lead-in` };
  }
}

/**
 * A site's archive menu counts the years down one by one ("2019", "2018", … "2010" under "Archive",
 * aeb page b0cf2bbf…, right above the story): its cells are bare numbers, but no table's figures
 * run as consecutive years.
 */
const YEAR = /^(?:19|20)\d{2}$/u;

function isYearArchive(numbers: readonly string[]): boolean {
  if (numbers.length < 3 || !numbers.every((text) => YEAR.test(text))) return false;
  const step = Number(numbers[1]) - Number(numbers[0]);
  return Math.abs(step) === 1 && numbers.every((text, i) => i === 0 || Number(text) - Number(numbers[i - 1]) === step);
}

/**
 * A list's footnotes and source, right under it: "* Calendário sujeito a inúmeras alterações…",
 * "www.autoracing.com.br", "AS - www.autoracing.com.br". A footnote opens with its marker; a
 * source line is a few words holding a web address.
 */
const FOOTNOTE = /^[*†‡¹²³]\s?\S/u;
const SOURCE_LINE = /(?:^|\s)(?:https?:\/\/|www\.)\S+$/u;
const SOURCE_MAX_WORDS = 5;

/** Index after the footnote and source lines (at most {@link PROSE_REACH}) that follow a list ending at `end`. */
function footnotesEnd(lines: readonly RunLine[], end: number): number {
  let after = end;
  while (after < Math.min(lines.length, end + PROSE_REACH) && isFootnote(lines[after]!)) after++;
  return after;
}

function isFootnote(line: RunLine): boolean {
  return FOOTNOTE.test(line.text) || (line.words <= SOURCE_MAX_WORDS && SOURCE_LINE.test(line.text));
}

interface Run {
  /** 0-based index of the first line. */
  start: number;
  /** 0-based index after the last line. */
  end: number;
}

/** Maximal runs of consecutive lines that satisfy `test`. */
function runsOf(lines: readonly RunLine[], test: (line: RunLine) => boolean): Run[] {
  const runs: Run[] = [];
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (test(lines[i]!)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      runs.push({ start, end: i });
      start = -1;
    }
  }
  if (start !== -1) runs.push({ start, end: lines.length });
  return runs;
}

function keptShare(judgements: readonly LineJudgement[], run: Run): number {
  let kept = 0;
  for (let i = run.start; i < run.end; i++) if (!judgements[i]!.boilerplate) kept++;
  return kept / (run.end - run.start);
}

function wordsIn(lines: readonly RunLine[], run: Run): number {
  let words = 0;
  for (let i = run.start; i < run.end; i++) words += lines[i]!.words;
  return words;
}

function proseBefore(lines: readonly RunLine[], run: Run): boolean {
  return lines.slice(Math.max(0, run.start - PROSE_REACH), run.start).some((line) => line.prose);
}

function proseAfter(lines: readonly RunLine[], run: Run): boolean {
  return lines.slice(run.end, run.end + PROSE_REACH).some((line) => line.prose);
}
