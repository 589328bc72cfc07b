import type { PipelineOptions } from '../options.js';
import { processDocument } from '../pipeline/process.js';
import { SPLIT_RULE } from '../stages/split-stories.js';
import { splitLines, type RawLine } from '../text/lines.js';
import type { ArticleRecord, DocumentResult, DocumentSource, Message } from '../types.js';
import type {
  LineStatus,
  ReviewArticleRow,
  ReviewCandidateRow,
  ReviewDocument,
  ReviewLineRow,
  ReviewRemoval,
  ReviewRow,
} from './model.js';

/**
 * Runs the pipeline with explanations on one text and builds its review view. Pure: the same text
 * and options always give the same view.
 *
 * @param name short name for lists (see {@link ReviewDocument.name}); default the source as given
 */
export function reviewText(text: string, source: DocumentSource, options: PipelineOptions, name?: string): ReviewDocument {
  return toReviewDocument(text, processDocument(text, source, { ...options, explain: true }), name);
}

/** A document that could not be read or processed, shown in the review with its error. */
export function failedReviewDocument(source: string, error: string, name = source): ReviewDocument {
  return {
    source,
    name,
    lineCount: 0,
    articleCount: 0,
    removals: [],
    rows: [],
    linesByRule: {},
    boundaryScores: [],
    notes: [],
    error,
  };
}

/**
 * Lays the pipeline's result over the raw text: every raw line once, in input order, with an
 * article row before the first line of each article (its promoted title, if any).
 *
 * @param text the raw input exactly as the pipeline received it
 * @param result the pipeline's result for that text; removals are read from its messages
 * @param name short name for lists; default the source as given
 */
export function toReviewDocument(text: string, result: DocumentResult, name = result.source.source): ReviewDocument {
  const rawLines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const removalMessages = result.messages.filter(isRemoval);
  const removals = removalMessages.map(toReviewRemoval);
  const articleStarts = findArticleStarts(rawLines, result.records, result.messages);
  const lineRows = rawLines.map(
    (raw): ReviewLineRow => ({ kind: 'line', line: raw.lineNumber, text: raw.text, status: 'kept', removals: [] }),
  );

  removalMessages.forEach((message, index) => markRemoval(lineRows, message, index));
  markMetadata(lineRows, result.messages, result.records);
  for (const start of articleStarts) if (start.titleLine !== null) setStatus(lineRows, start.titleLine, 'title');
  markUnexplained(lineRows, result.records, articleStarts);

  return {
    source: result.source.source,
    name,
    lineCount: rawLines.length,
    articleCount: result.records.length,
    removals,
    rows: interleave(lineRows, articleRows(result.records), articleStarts, candidateRows(result.messages, articleStarts)),
    linesByRule: countLinesByRule(lineRows, removals),
    boundaryScores: result.records.flatMap((record) => (record.boundary === null ? [] : [record.boundary.score])),
    notes: result.messages.filter((m) => m.action === 'normalise' || m.action === 'metadata').map(describeNote),
  };
}

function isRemoval(message: Message): boolean {
  return message.action === 'remove-line' || message.action === 'remove-span';
}

function toReviewRemoval(message: Message): ReviewRemoval {
  const removal: ReviewRemoval = { ruleId: message.ruleId, category: message.category, reason: message.reason };
  if (message.score !== undefined) removal.score = message.score;
  return removal;
}

/** Where an article's rule is drawn: its title line when one was promoted, else its first content line. */
interface ArticleStart {
  /** 1-based raw line the article row goes before. */
  line: number;
  titleLine: number | null;
}

function findArticleStarts(rawLines: RawLine[], records: ArticleRecord[], messages: Message[]): ArticleStart[] {
  const titleLines = messages.filter((m) => m.action === 'title').map((m) => m.line);
  return records.map((record, index) => {
    const previousEnd = index === 0 ? 0 : records[index - 1]!.lines[1];
    const titleLine = record.title === null ? null : locateTitle(rawLines, record, previousEnd, titleLines);
    const first = titleLine ?? record.lines[0];
    // The first article's rule heads the listing, above any furniture before its first line.
    return { line: index === 0 ? 1 : first, titleLine };
  });
}

/**
 * The title's raw line: a `title` message between the previous article and this one, else the raw
 * line there whose text, spaces collapsed, equals the title.
 */
function locateTitle(rawLines: RawLine[], record: ArticleRecord, previousEnd: number, titleLines: number[]): number | null {
  const between = (line: number): boolean => line > previousEnd && line <= record.lines[0];
  const fromMessage = titleLines.find(between);
  if (fromMessage !== undefined) return fromMessage;
  const wanted = collapseSpaces(record.title ?? '');
  const match = rawLines.find((raw) => between(raw.lineNumber) && collapseSpaces(raw.text) === wanted);
  return match === undefined ? null : match.lineNumber;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function markRemoval(rows: ReviewLineRow[], message: Message, index: number): void {
  for (let line = message.line; line <= message.endLine; line++) {
    const row = rows[line - 1];
    if (row === undefined) continue;
    row.removals.push(index);
    if (message.action === 'remove-line') {
      row.status = 'removed';
      delete row.spans;
    } else if (row.status !== 'removed') {
      row.status = 'trimmed';
      addSpan(row, message, index);
    }
  }
}

/**
 * Finds a removed span in the raw line. The message's text comes from the normalised line, which
 * differs from the raw one only in whitespace, so an exact search usually hits; when it does not,
 * the line is still marked trimmed and the span text is shown with the reason.
 */
function addSpan(row: ReviewLineRow, message: Message, index: number): void {
  const spans = row.spans ?? [];
  row.spans = spans;
  if (message.text === '') return;
  let from = 0;
  for (;;) {
    const start = row.text.indexOf(message.text, from);
    if (start < 0) return;
    const end = start + message.text.length;
    if (spans.every((span) => end <= span.start || start >= span.end)) {
      spans.push({ start, end, removal: index });
      spans.sort((a, b) => a.start - b.start);
      return;
    }
    from = start + 1;
  }
}

/**
 * A header line read as metadata (seed 000's `date 2023-10-27 …`) is marked so unless part of it
 * stays as story text; its removed spans are drawn either way.
 */
function markMetadata(rows: ReviewLineRow[], messages: Message[], records: ArticleRecord[]): void {
  const inContent = (line: number): boolean => records.some((record) => line >= record.lines[0] && line <= record.lines[1]);
  for (const message of messages) {
    if (message.action !== 'metadata') continue;
    for (let line = message.line; line <= message.endLine; line++) if (!inContent(line)) setStatus(rows, line, 'metadata');
  }
}

/** Whole-line removals win over every other status: a struck line is never shown as kept. */
function setStatus(rows: ReviewLineRow[], line: number, status: LineStatus): void {
  const row = rows[line - 1];
  if (row !== undefined && row.status !== 'removed') row.status = status;
}

/** Blank lines are blank; a non-blank kept line outside every article's stretch was dropped silently. */
function markUnexplained(rows: ReviewLineRow[], records: ArticleRecord[], starts: ArticleStart[]): void {
  const inArticle = (line: number): boolean =>
    records.some((record, index) => line >= starts[index]!.line && line <= record.lines[1]);
  for (const row of rows) {
    if (row.text.trim() === '') row.status = row.status === 'removed' ? 'removed' : 'blank';
    else if (row.status === 'kept' && !inArticle(row.line)) row.status = 'unexplained';
  }
}

function articleRows(records: ArticleRecord[]): ReviewArticleRow[] {
  return records.map((record) => ({
    kind: 'article',
    index: record.index,
    count: record.count,
    title: record.title,
    words: record.words,
    lines: record.lines,
    boundary: record.boundary === null ? null : { score: record.boundary.score, signals: record.boundary.signals },
  }));
}

/**
 * Boundaries the segmenter weighed but did not take. A split taken is never one of them, though its
 * line may lie above the article's first line (a headline promoted to the title, a removed byline).
 */
function candidateRows(messages: Message[], starts: ArticleStart[]): ReviewCandidateRow[] {
  const taken = new Set(starts.map((start) => start.line));
  return messages
    .filter((m) => m.action === 'split' && m.ruleId !== SPLIT_RULE && !taken.has(m.line))
    .map((m) => ({ kind: 'candidate', line: m.line, score: m.score ?? null, reason: m.reason }));
}

/** Puts article and candidate rows before the line they belong to; rows past the last line go last. */
function interleave(
  lines: ReviewLineRow[],
  articles: ReviewArticleRow[],
  starts: ArticleStart[],
  candidates: ReviewCandidateRow[],
): ReviewRow[] {
  const before = new Map<number, ReviewRow[]>();
  const put = (line: number, row: ReviewRow): void => {
    const list = before.get(line) ?? [];
    list.push(row);
    before.set(line, list);
  };
  candidates.forEach((row) => put(row.line, row));
  articles.forEach((row, index) => put(starts[index]!.line, row));
  const rows: ReviewRow[] = [];
  for (const line of lines) rows.push(...(before.get(line.line) ?? []), line);
  const lastLine = lines.length;
  for (const [line, extra] of before) if (line > lastLine) rows.push(...extra);
  return rows;
}

function countLinesByRule(rows: ReviewLineRow[], removals: ReviewRemoval[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const rules = new Set(row.removals.map((index) => removals[index]!.ruleId));
    for (const rule of rules) counts[rule] = (counts[rule] ?? 0) + 1;
  }
  return counts;
}

function describeNote(message: Message): string {
  const where = message.line === message.endLine ? `line ${message.line}` : `lines ${message.line}–${message.endLine}`;
  return `${message.action === 'metadata' ? 'metadata: ' : ''}${message.reason} (${where})`;
}
