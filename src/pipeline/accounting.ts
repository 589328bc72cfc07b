import { TITLE_RECOVERED } from '../segment/titles.js';
import { normaliseText } from '../stages/normalise.js';
import { wordsOf } from '../text/words.js';
import type { ArticleRecord, Message, Paragraph } from '../types.js';

/**
 * The accounting invariant of a run: every non-blank input line is either kept in exactly one
 * article or listed as removed with a rule id, and no article holds text that is not in the
 * normalised input. Pure; usable on any document result (the library's, or the CLI's records
 * read back together with their `--explain` messages).
 */

/** One breach of the invariant. Line numbers are 1-based raw input lines, inclusive. */
export interface AccountingViolation {
  line: number;
  endLine: number;
  /**
   * `lost`: neither kept nor removed; `duplicated`: kept in more than one place; `kept-and-removed`:
   * kept although a removal covers it; `untraceable`: output text with no source in the input.
   */
  kind: 'lost' | 'duplicated' | 'kept-and-removed' | 'untraceable';
  /** The text concerned (cut to 120 characters). */
  text: string;
}

/** The books of one document. */
export interface AccountingReport {
  /** Normalised input paragraphs (each covers one or more non-blank raw lines). */
  paragraphs: number;
  /** Paragraphs kept in an article (as a paragraph or a title). */
  kept: number;
  /** Paragraphs removed whole or trimmed away by spans, each with a rule id. */
  removed: number;
  violations: AccountingViolation[];
}

/** What the checker reads of a result: the records and every message (removals, titles). */
export interface AccountedResult {
  records: readonly ArticleRecord[];
  messages: readonly Message[];
}

/** Checks the accounting invariant of `result` against the raw input `raw` it was produced from. */
export function checkAccounting(raw: string, result: AccountedResult): AccountingReport {
  const paragraphs = normaliseText(raw).paragraphs;
  const spans = spansByLine(result.messages);
  const keptCount = new Array<number>(paragraphs.length).fill(0);
  const violations: AccountingViolation[] = [];
  const titles = result.messages.filter((m) => m.action === 'title');
  const usedTitles = new Set<Message>();
  const removedWhole = paragraphs.map((paragraph) =>
    result.messages.some(
      (m) => m.action === 'remove-line' && m.ruleId !== '' && m.line <= paragraph.firstLine && m.endLine >= paragraph.lastLine,
    ),
  );

  for (const record of result.records) {
    if (record.title !== null) {
      const message = titles.find((m) => !usedTitles.has(m) && m.text === record.title && m.line <= record.lines[0]);
      const index = message === undefined ? -1 : paragraphs.findIndex((p) => p.firstLine === message.line);
      const paragraph = paragraphs[index];
      if (message !== undefined) usedTitles.add(message);
      // A title read from a removed line is metadata: that line stays removed, and is not counted as kept.
      const recovered = message?.ruleId === TITLE_RECOVERED;
      const traced =
        paragraph !== undefined && keptFrom(paragraph, spans.get(paragraph.firstLine) ?? [], record.title) && (!recovered || removedWhole[index]!);
      if (!traced) violations.push(untraceable(record.lines[0], record.title));
      else if (!recovered) keptCount[index]!++;
    }
    let next = paragraphs.findIndex((p) => p.firstLine >= record.lines[0]);
    for (const text of record.paragraphs) {
      let index = next;
      while (index >= 0 && index < paragraphs.length && paragraphs[index]!.lastLine <= record.lines[1]) {
        const paragraph = paragraphs[index]!;
        // A repeated line (a stats table's "1 tackle") may be removed in one place and kept in another.
        if (!removedWhole[index] && keptFrom(paragraph, spans.get(paragraph.firstLine) ?? [], text)) break;
        index++;
      }
      if (index < 0 || index >= paragraphs.length || paragraphs[index]!.lastLine > record.lines[1]) {
        violations.push(untraceable(record.lines[0], text));
        continue;
      }
      keptCount[index]!++;
      next = index + 1;
    }
  }

  let kept = 0;
  let removed = 0;
  paragraphs.forEach((paragraph, index) => {
    const count = keptCount[index]!;
    const trimmedAway = consumedBySpans(paragraph.text, spans.get(paragraph.firstLine) ?? []);
    const at = { line: paragraph.firstLine, endLine: paragraph.lastLine, text: cut(paragraph.text) };
    if (count > 1) violations.push({ ...at, kind: 'duplicated' });
    else if (count === 1 && removedWhole[index]) violations.push({ ...at, kind: 'kept-and-removed' });
    else if (count === 1) kept++;
    else if (removedWhole[index] || trimmedAway) removed++;
    else violations.push({ ...at, kind: 'lost' });
  });
  violations.sort((a, b) => a.line - b.line);
  return { paragraphs: paragraphs.length, kept, removed, violations };
}

/** Span removals and metadata spans (a `date …` header), by the raw line of their paragraph. */
function spansByLine(messages: readonly Message[]): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  for (const m of messages) {
    if ((m.action !== 'remove-span' && m.action !== 'metadata') || m.ruleId === '') continue;
    byLine.set(m.line, [...(byLine.get(m.line) ?? []), m.text]);
  }
  return byLine;
}

/**
 * Whether `text` is what remains of `paragraph` after its listed spans: the paragraph itself, or
 * (with spans) a character subsequence of it whose words plus the spans' words are exactly its words.
 */
function keptFrom(paragraph: Paragraph, spans: readonly string[], text: string): boolean {
  if (text === paragraph.text) return true;
  if (spans.length === 0 || !isSubsequence(text, paragraph.text)) return false;
  return sameMultiset(wordsOf(paragraph.text), [...wordsOf(text), ...spans.flatMap((span) => wordsOf(span))]);
}

function consumedBySpans(text: string, spans: readonly string[]): boolean {
  return spans.length > 0 && sameMultiset(wordsOf(text), spans.flatMap((span) => wordsOf(span)));
}

/** Whether the non-space characters of `part` occur in `whole` in order (linear time). */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of part) {
    if (char === ' ') continue;
    at = whole.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const word of b) {
    const count = counts.get(word);
    if (count === undefined || count === 0) return false;
    counts.set(word, count - 1);
  }
  return true;
}

function untraceable(line: number, text: string): AccountingViolation {
  return { line, endLine: line, kind: 'untraceable', text: cut(text) };
}

function cut(text: string): string {
  return text.length <= 120 ? text : `${text.slice(0, 119)}…`;
}
