/** A run of text that is drawn one way: plain, or struck out as removed. */
export interface Segment {
  text: string;
  struck: boolean;
}

/**
 * Greedy word wrap over styled segments, so a struck span keeps its style across a line break.
 *
 * @param width maximum characters (UTF-16 code units) per output line; at least 1
 * @returns one segment list per output line; spaces at the break are dropped
 */
export function wrapSegments(segments: Segment[], width: number): Segment[][] {
  const lines: Segment[][] = [[]];
  let used = 0;
  const append = (text: string, struck: boolean): void => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last !== undefined && last.struck === struck) last.text += text;
    else line.push({ text, struck });
    used += text.length;
  };
  const breakLine = (): void => {
    trimLineEnd(lines[lines.length - 1]!);
    lines.push([]);
    used = 0;
  };
  for (const segment of segments) {
    // Words keep their trailing spaces so that rejoining the pieces gives the text back.
    for (const word of segment.text.match(/\S+\s*|\s+/gu) ?? []) {
      let rest = used === 0 ? word.trimStart() : word;
      if (rest === '') continue;
      if (used > 0 && used + rest.trimEnd().length > width) {
        breakLine();
        rest = rest.trimStart();
      }
      while (rest.trimEnd().length > width) {
        append(rest.slice(0, width), segment.struck);
        breakLine();
        rest = rest.slice(width);
      }
      if (rest !== '') append(rest, segment.struck);
    }
  }
  trimLineEnd(lines[lines.length - 1]!);
  return lines;
}

function trimLineEnd(line: Segment[]): void {
  while (line.length > 0) {
    const last = line[line.length - 1]!;
    last.text = last.text.trimEnd();
    if (last.text !== '') return;
    line.pop();
  }
}
