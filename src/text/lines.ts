/** A raw line of input with its 1-based line number. */
export interface RawLine {
  text: string;
  lineNumber: number;
}

/**
 * Splits text into lines on LF or CRLF. A final line break does not start an extra line, so
 * `"a\nb\n"` has two lines, as editors and `wc -l` count them.
 */
export function splitLines(text: string): RawLine[] {
  if (text.length === 0) return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  // A loop, not a callback made anew on every call: this runs for every document (segment/gap-features.ts says why).
  const lines: RawLine[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    lines.push({ text: part.endsWith('\r') ? part.slice(0, -1) : part, lineNumber: index + 1 });
  }
  return lines;
}

/** Counts whitespace-separated words. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || code === 9 || code === 10 || code === 13;
    if (!isSpace && !inWord) count++;
    inWord = !isSpace;
  }
  return count;
}
