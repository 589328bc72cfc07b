import type { Message, NormalisedDocument, Paragraph } from '../types.js';
import { splitLines, type RawLine } from '../text/lines.js';
import { INVISIBLE, SPACE_LIKE, SPACE_RUN } from '../text/unicode.js';

/**
 * Normalise stage: text → paragraphs with raw line numbers.
 *
 * Line breaks are never added or removed, so every raw line number stays valid for explanations.
 * Within a line: NFC, space-like characters to spaces, invisible characters dropped, runs of spaces
 * collapsed, ends trimmed. Curly quotes, dashes and case are kept.
 */
export function normaliseText(raw: string): NormalisedDocument {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const rawLines = splitLines(text);
  const tally = new NormalisationTally();
  // Loops, not callbacks made anew on every call: this runs for every document (segment/gap-features.ts says why).
  const lines: RawLine[] = [];
  for (const line of rawLines) lines.push({ lineNumber: line.lineNumber, text: normaliseLine(line, tally) });
  const paragraphStyle = detectParagraphStyle(lines);
  const paragraphs = paragraphStyle === 'blank-line' ? groupBlankLineParagraphs(lines) : lineParagraphs(lines);
  return { paragraphs, paragraphStyle, lineCount: rawLines.length, messages: tally.messages() };
}

function normaliseLine(line: RawLine, tally: NormalisationTally): string {
  let text = line.text;
  if (!isAscii(text)) {
    const nfc = text.normalize('NFC');
    if (nfc !== text) tally.note('unicode-nfc', line.lineNumber);
    const visible = nfc.replace(INVISIBLE, '');
    if (visible !== nfc) tally.note('invisible-characters', line.lineNumber);
    text = visible;
  }
  const spaced = text.replace(SPACE_LIKE, ' ');
  if (spaced !== text) tally.note('space-characters', line.lineNumber);
  return spaced.replace(SPACE_RUN, ' ').trim();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

/**
 * Blank-line style when blank lines separate most of the text's lines (seed 000: every paragraph
 * followed by an empty line); otherwise one paragraph per line (seed 004, flattened HTML).
 */
function detectParagraphStyle(lines: RawLine[]): NormalisedDocument['paragraphStyle'] {
  // Gaps between consecutive non-blank lines, and how many of them hold a blank line.
  let gaps = 0;
  let blankGaps = 0;
  let previousNonBlank = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text === '') continue;
    if (previousNonBlank >= 0) {
      gaps++;
      if (i - previousNonBlank > 1) blankGaps++;
    }
    previousNonBlank = i;
  }
  return gaps > 0 && blankGaps / gaps >= 0.5 ? 'blank-line' : 'line';
}

function lineParagraphs(lines: RawLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) if (line.text !== '') paragraphs.push({ text: line.text, firstLine: line.lineNumber, lastLine: line.lineNumber });
  return paragraphs;
}

/**
 * In blank-line style, a block's lines are joined into one paragraph only where the text was
 * hard-wrapped (a line that does not end a sentence runs on into the next); a block of short items
 * such as a menu keeps one paragraph per line so the cleaner can judge each item.
 */
function groupBlankLineParagraphs(lines: RawLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previousWasBlank = true;
  for (const line of lines) {
    if (line.text === '') {
      current = null;
      previousWasBlank = true;
      continue;
    }
    if (current !== null && !previousWasBlank && isWrappedContinuation(current.text)) {
      current.text = `${current.text} ${line.text}`;
      current.lastLine = line.lineNumber;
    } else {
      current = { text: line.text, firstLine: line.lineNumber, lastLine: line.lineNumber };
      paragraphs.push(current);
    }
    previousWasBlank = false;
  }
  return paragraphs;
}

const WRAP_MIN_LENGTH = 50;
const SENTENCE_END = /[.!?:;…"”’»)\]]$/u;

function isWrappedContinuation(previous: string): boolean {
  const lastLineOfPrevious = previous.length > 200 ? previous.slice(-200) : previous;
  return lastLineOfPrevious.length >= WRAP_MIN_LENGTH && !SENTENCE_END.test(previous);
}

/** Collects normalisation facts as one message per kind, naming the first and last line touched. */
class NormalisationTally {
  private readonly seen = new Map<string, { first: number; last: number; count: number }>();

  note(kind: string, lineNumber: number): void {
    const entry = this.seen.get(kind);
    if (entry === undefined) this.seen.set(kind, { first: lineNumber, last: lineNumber, count: 1 });
    else {
      entry.last = lineNumber;
      entry.count++;
    }
  }

  messages(): Message[] {
    return [...this.seen].map(([kind, entry]) => ({
      stage: 'normalise',
      action: 'normalise',
      ruleId: kind,
      category: 'normalise',
      reason: `${NORMALISATION_REASONS[kind] ?? kind} on ${entry.count} line${entry.count === 1 ? '' : 's'}`,
      line: entry.first,
      endLine: entry.last,
      text: '',
    }));
  }
}

const NORMALISATION_REASONS: Record<string, string> = {
  'unicode-nfc': 'composed characters to Unicode NFC',
  'invisible-characters': 'dropped zero-width and soft-hyphen characters',
  'space-characters': 'replaced non-breaking and other space characters with spaces',
};
