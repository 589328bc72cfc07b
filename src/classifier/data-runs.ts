import type { LineJudgement } from './classify.js';

/**
 * Data that reads like furniture line by line but is story as a block: a table flattened one cell
 * per line (a stats table, standings) and a list whose every row carries a number (tour dates, a
 * numbered gift list with its links). Menus and related-story lists rarely carry numbers on every
 * line, and neither sits right against the story's prose.
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

/** Keeps every table or data list that sits beside prose, with its lead-in and footnotes. */
export function keepDataRunsBesideProse(judgements: readonly LineJudgement[], lines: readonly RunLine[]): LineJudgement[] {
  const result = [...judgements];
  const keep = (start: number, end: number, what: string): void => {
    for (let i = Math.max(0, start - PROSE_REACH); i < Math.min(lines.length, end + PROSE_REACH); i++) {
      if (result[i]!.boilerplate) result[i] = { ...result[i]!, boilerplate: false, revision: `kept: a ${what} beside the story, or its lead-in` };
    }
  };
  for (const run of runsOf(lines, (line) => line.words <= TABLE_CELL_WORDS)) {
    const numeric = lines.slice(run.start, run.end).filter((line) => NUMERIC_CELL.test(line.text)).length;
    const isTable = run.end - run.start >= TABLE_MIN_CELLS && numeric >= TABLE_MIN_NUMERIC_SHARE * (run.end - run.start);
    if (isTable && (proseBefore(lines, run) || proseAfter(lines, run))) keep(run.start, run.end, 'data table');
  }
  for (const run of runsOf(lines, (line) => line.words >= LIST_ROW_MIN_WORDS && line.words <= LIST_ROW_WORDS && DIGIT.test(line.text))) {
    // A list follows the prose that introduces it; a sidebar archive after the story does not.
    if (run.end - run.start >= LIST_MIN_ROWS && proseBefore(lines, run)) keep(run.start, run.end, 'data list');
  }
  return result;
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
  lines.forEach((line, i) => {
    if (test(line)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      runs.push({ start, end: i });
      start = -1;
    }
  });
  if (start !== -1) runs.push({ start, end: lines.length });
  return runs;
}

function proseBefore(lines: readonly RunLine[], run: Run): boolean {
  return lines.slice(Math.max(0, run.start - PROSE_REACH), run.start).some((line) => line.prose);
}

function proseAfter(lines: readonly RunLine[], run: Run): boolean {
  return lines.slice(run.end, run.end + PROSE_REACH).some((line) => line.prose);
}
