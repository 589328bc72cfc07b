import type {
  LineStatus,
  ReviewArticleRow,
  ReviewCandidateRow,
  ReviewDocument,
  ReviewLineRow,
  ReviewRemoval,
} from './model.js';
import { wrapSegments, type Segment } from './wrap.js';

/**
 * How the terminal listing decorates its parts. The plain style leaves text as it is (the margin
 * markers carry the meaning); `src/report/review-terminal.ts` supplies a coloured one.
 */
export interface TerminalStyle {
  /** The document header. */
  heading(text: string): string;
  /** The rule drawn where an article starts. */
  articleRule(text: string): string;
  /** A line removed as a whole. */
  removedLine(text: string): string;
  /** A removed span inside a kept line. */
  removedSpan(text: string): string;
  /** A rule id in the margin, coloured by its category. */
  ruleId(text: string, category: string): string;
  /** A promoted title. */
  title(text: string): string;
  /** Secondary text: line numbers, rejected boundaries, notes. */
  faint(text: string): string;
  /** A line the pipeline dropped without saying why. */
  warning(text: string): string;
}

/** Wraps removed spans in `[-…-]` so a listing without colour still shows what went. */
export const plainStyle: TerminalStyle = {
  heading: (text) => text,
  articleRule: (text) => text,
  removedLine: (text) => text,
  removedSpan: (text) => `[-${text}-]`,
  ruleId: (text) => text,
  title: (text) => text,
  faint: (text) => text,
  warning: (text) => text,
};

export interface TerminalLayout {
  /** Total width of the listing in columns; the text column wraps to what is left after the margin. */
  width: number;
  style: TerminalStyle;
}

/** The margin marker of each line status; the listing's legend. */
const MARKERS: Record<LineStatus, string> = {
  kept: ' ',
  blank: ' ',
  removed: '-',
  trimmed: '~',
  title: '#',
  metadata: '@',
  unexplained: '?',
};

/** Rule ids longer than this are cut in the margin (the full id is in the per-document summary). */
const MAX_RULE_COLUMN = 24;
const MIN_TEXT_WIDTH = 20;

/**
 * Renders one document as a text listing: every raw line with its number, a marker (`-` removed,
 * `~` trimmed, `#` title, `@` metadata, `?` dropped without a reason) and the rule id in the margin,
 * a rule between articles with the split score and its strongest signals, and a per-rule summary.
 */
export function renderTerminalDocument(doc: ReviewDocument, layout: TerminalLayout): string {
  const { style } = layout;
  const out: string[] = [style.heading(`${doc.source}`), style.faint(describeDocument(doc))];
  if (doc.error !== undefined) return [...out, style.warning(`error: ${doc.error}`), ''].join('\n');
  const margin = measureMargin(doc);
  for (const row of doc.rows) {
    if (row.kind === 'article') out.push(...renderArticleRule(row, layout));
    else if (row.kind === 'candidate') out.push(...renderCandidate(row, margin, layout));
    else out.push(...renderLine(row, doc.removals, margin, layout));
  }
  out.push(...renderSummary(doc, style), '');
  return out.join('\n');
}

function describeDocument(doc: ReviewDocument): string {
  const removed = doc.rows.filter((row) => row.kind === 'line' && row.status === 'removed').length;
  const trimmed = doc.rows.filter((row) => row.kind === 'line' && row.status !== 'removed' && (row.spans?.length ?? 0) > 0).length;
  const parts = [
    plural(doc.lineCount, 'line'),
    plural(doc.articleCount, 'article'),
    `${removed} removed`,
    ...(trimmed > 0 ? [`${trimmed} trimmed`] : []),
  ];
  return parts.join(' · ');
}

interface Margin {
  numberWidth: number;
  ruleWidth: number;
}

function measureMargin(doc: ReviewDocument): Margin {
  const longest = Math.max(0, ...doc.removals.map((removal) => removal.ruleId.length + 2));
  return { numberWidth: String(Math.max(doc.lineCount, 1)).length, ruleWidth: Math.min(longest, MAX_RULE_COLUMN) };
}

function renderArticleRule(row: ReviewArticleRow, layout: TerminalLayout): string[] {
  const parts = [`article ${row.index + 1}/${row.count}`];
  if (row.boundary !== null) parts.push(`split score ${row.boundary.score.toFixed(2)}`);
  parts.push(describeLines(row.lines), plural(row.words, 'word'));
  const label = `══ ${parts.join(' · ')} `;
  const lines = ['', layout.style.articleRule(label + '═'.repeat(Math.max(3, layout.width - label.length)))];
  if (row.boundary !== null && row.boundary.signals.length > 0) {
    const signals = row.boundary.signals.slice(0, 4).map((s) => `${s.name} ${formatWeight(s.weight)}`);
    lines.push(layout.style.articleRule(`   signals: ${signals.join(', ')}`));
  }
  // A title read from a removed line is marked removed below; this line says it is the title.
  if (row.title !== null) lines.push(layout.style.articleRule(`   title: ${row.title}`));
  return lines;
}

function describeLines([first, last]: [number, number]): string {
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

function formatWeight(weight: number): string {
  return `${weight >= 0 ? '+' : '−'}${Math.abs(weight).toFixed(2)}`;
}

/** A faint note under the margin, wrapped to the listing width. */
function renderCandidate(row: ReviewCandidateRow, margin: Margin, layout: TerminalLayout): string[] {
  const score = row.score === null ? '' : ` · score ${row.score.toFixed(2)}`;
  const indent = ' '.repeat(margin.numberWidth + 1);
  const text = `·· no split here${score} · ${row.reason}`;
  return wrapSegments([{ text, struck: false }], Math.max(MIN_TEXT_WIDTH, layout.width - indent.length - 3)).map(
    (segments, index) => layout.style.faint(`${indent}${index === 0 ? '' : '   '}${segments.map((s) => s.text).join('')}`),
  );
}

function renderLine(row: ReviewLineRow, removals: ReviewRemoval[], margin: Margin, layout: TerminalLayout): string[] {
  const { style } = layout;
  const number = style.faint(String(row.line).padStart(margin.numberWidth));
  const prefix = `${number} ${MARKERS[row.status]}${margin.ruleWidth > 0 ? ` ${ruleCell(row, removals, margin, style)}` : ''} `;
  const indent = ' '.repeat(margin.numberWidth + 3 + (margin.ruleWidth > 0 ? margin.ruleWidth + 1 : 0));
  const textWidth = Math.max(MIN_TEXT_WIDTH, layout.width - indent.length);
  return wrapSegments(segmentsOf(row), textWidth).map((segments, index) => {
    const text = segments.map((segment) => drawSegment(segment, row.status, style)).join('');
    return `${index === 0 ? prefix : indent}${text}`.trimEnd();
  });
}

/** The rule id column of one line, padded to the margin width; blank for a line nothing took. */
function ruleCell(row: ReviewLineRow, removals: ReviewRemoval[], margin: Margin, style: TerminalStyle): string {
  const taken = row.removals.map((index) => removals[index]!);
  if (taken.length === 0) return ' '.repeat(margin.ruleWidth);
  const label = fitRuleLabel(taken.map((removal) => removal.ruleId), margin.ruleWidth);
  return style.ruleId(label, taken[0]!.category) + ' '.repeat(margin.ruleWidth - label.length);
}

/** `[rule-id]`, or `[first-rule,+1]` when several rules took the line, cut to the margin width. */
function fitRuleLabel(ids: string[], width: number): string {
  const unique = [...new Set(ids)];
  const label = unique.length === 1 ? `[${unique[0]}]` : `[${unique[0]},+${unique.length - 1}]`;
  return label.length <= width ? label : `${label.slice(0, width - 2)}…]`;
}

function segmentsOf(row: ReviewLineRow): Segment[] {
  if (row.spans === undefined || row.spans.length === 0) return [{ text: row.text, struck: false }];
  const segments: Segment[] = [];
  let at = 0;
  for (const span of row.spans) {
    if (span.start > at) segments.push({ text: row.text.slice(at, span.start), struck: false });
    segments.push({ text: row.text.slice(span.start, span.end), struck: true });
    at = span.end;
  }
  if (at < row.text.length) segments.push({ text: row.text.slice(at), struck: false });
  return segments;
}

function drawSegment(segment: Segment, status: LineStatus, style: TerminalStyle): string {
  if (segment.struck) return style.removedSpan(segment.text);
  switch (status) {
    case 'removed':
      return style.removedLine(segment.text);
    case 'title':
      return style.title(segment.text);
    case 'metadata':
      return style.faint(segment.text);
    case 'unexplained':
      return style.warning(segment.text);
    default:
      return segment.text;
  }
}

/** Per rule: lines taken, category and the reason given (the first, when reasons differ by line). */
function renderSummary(doc: ReviewDocument, style: TerminalStyle): string[] {
  const rules = Object.entries(doc.linesByRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const out = [''];
  if (rules.length === 0) out.push(style.faint('nothing removed'));
  else out.push(style.heading('removed by rule'));
  for (const [ruleId, lines] of rules) {
    const removal = doc.removals.find((r) => r.ruleId === ruleId)!;
    out.push(`  ${style.ruleId(ruleId, removal.category)} ${style.faint(`(${removal.category}) · ${plural(lines, 'line')} · ${removal.reason}`)}`);
  }
  for (const note of doc.notes) out.push(style.faint(`note: ${note}`));
  return out;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
