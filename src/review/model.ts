/**
 * The review view model: one document as it came in, line by line, annotated with what the pipeline
 * did to each line, and a marker where each article starts. The terminal and HTML renderers only
 * draw these rows; every decision about what a line is happens when the model is built.
 *
 * Positions: `line` numbers are 1-based raw input lines; span offsets are 0-based UTF-16 offsets
 * into the raw line's text, end exclusive.
 */
import type { BoundarySignal } from '../types.js';

/** A removal as the reviewer sees it: which rule, why, how sure. */
export interface ReviewRemoval {
  ruleId: string;
  category: string;
  reason: string;
  /** Model score in [0, 1] when a model decided (classifier probability). */
  score?: number;
}

/** What became of one raw line. */
export type LineStatus =
  /** Story text that stays. */
  | 'kept'
  /** Empty or whitespace-only line. */
  | 'blank'
  /** Removed as a whole line (or as part of a removed multi-line block). */
  | 'removed'
  /** Kept, but one or more spans inside it were removed. */
  | 'trimmed'
  /** Promoted to an article title. */
  | 'title'
  /** Read as document metadata (a header line such as `date 2023-10-27`). */
  | 'metadata'
  /** Neither in an article nor explained by any message: the pipeline dropped it silently. */
  | 'unexplained';

/** A removed stretch inside a line: 0-based UTF-16 offsets into the raw line, `end` exclusive. */
export interface ReviewSpan {
  start: number;
  end: number;
  /** Index into {@link ReviewDocument.removals}. */
  removal: number;
}

export interface ReviewLineRow {
  kind: 'line';
  /** 1-based raw line number. */
  line: number;
  /** The raw line as it came in (line break stripped). */
  text: string;
  status: LineStatus;
  /** Indexes into {@link ReviewDocument.removals} of the decisions that took this line; may be empty. */
  removals: number[];
  /** Removed spans of a `trimmed` line, in order; absent otherwise. */
  spans?: ReviewSpan[];
}

/** The rule drawn where an article starts (also drawn for the first article, without a boundary). */
export interface ReviewArticleRow {
  kind: 'article';
  /** 0-based article index in the document. */
  index: number;
  /** Articles in the document. */
  count: number;
  title: string | null;
  words: number;
  /** First and last raw content lines (1-based, inclusive). */
  lines: [number, number];
  /** Why the article starts here; null for the first article. */
  boundary: { score: number; signals: BoundarySignal[] } | null;
}

/** A boundary the segmenter considered and rejected: drawn as a faint marker before `line`. */
export interface ReviewCandidateRow {
  kind: 'candidate';
  /** 1-based raw line the rejected boundary would have started at. */
  line: number;
  score: number | null;
  reason: string;
}

export type ReviewRow = ReviewLineRow | ReviewArticleRow | ReviewCandidateRow;

/** Everything a renderer needs to show one document. */
export interface ReviewDocument {
  /** The input path as the user named it. */
  source: string;
  /** A short name for lists: the path relative to the folder common to the whole run. */
  name: string;
  /** Raw lines in the input. */
  lineCount: number;
  articleCount: number;
  /** Distinct removal decisions; rows point into this list. */
  removals: ReviewRemoval[];
  rows: ReviewRow[];
  /** Raw lines removed or trimmed per rule id (a line touched by two rules counts for both). */
  linesByRule: Record<string, number>;
  /** Split scores of the article boundaries, in order (one fewer than the articles). */
  boundaryScores: number[];
  /** Document-level notes, e.g. normalisations applied; one sentence each. */
  notes: string[];
  /** Set when the document could not be read or processed; rows are then empty. */
  error?: string;
}
