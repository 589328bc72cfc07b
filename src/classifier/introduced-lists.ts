import type { LineJudgement } from './classify.js';
import type { FactLine } from './fact-boxes.js';

/**
 * A list the story introduces with a colon, kept whole:
 *
 *   Here are the key specs:
 *   7-inch Kaleido 3 color E Ink display, 300ppi in black and white, 150ppi in color
 *   32GB of storage
 *   USB-C and Wi-Fi 6                        (0.87: short, no verb, no full stop)
 *   IPX8 water resistance
 *   Up to six weeks of battery life, according to Kestrel
 *
 * Line by line its rows read like furniture and the classifier splits them, keeping some and
 * dropping others. Under a lead-in the story kept, they are one block: when the classifier kept at
 * least half of the rows, the rest are the same kind of line and stay. The list ends at the first
 * prose paragraph, at a line longer than a row, or where the rules removed something (a "Related"
 * box after the list is not part of it).
 */

const MAX_ROW_WORDS = 25;
const MAX_ROWS = 12;
const MIN_ROWS = 3;
const MIN_KEPT_SHARE = 0.5;
const LEAD_IN = /:\s*$/u;

export function keepIntroducedLists(judgements: readonly LineJudgement[], lines: readonly FactLine[]): LineJudgement[] {
  const result = [...judgements];
  for (let leadIn = 0; leadIn < lines.length - 1; leadIn++) {
    if (result[leadIn]!.boilerplate || !LEAD_IN.test(lines[leadIn]!.text)) continue;
    const end = listEnd(lines, leadIn + 1);
    const rows = end - leadIn - 1;
    if (rows < MIN_ROWS) continue;
    let kept = 0;
    for (let i = leadIn + 1; i < end; i++) if (!result[i]!.boilerplate) kept++;
    if (kept < MIN_KEPT_SHARE * rows || kept === rows) continue;
    for (let i = leadIn + 1; i < end; i++) {
      if (result[i]!.boilerplate) result[i] = { ...result[i]!, boilerplate: false, revision: `kept: a row of a ${rows}-row list the story introduces, whose other rows are story` };
    }
  }
  return result;
}

/** The end of the rows from `start`: short lines, none prose, none after a rule's removal, at most {@link MAX_ROWS}. */
function listEnd(lines: readonly FactLine[], start: number): number {
  let end = start;
  while (end < lines.length && end - start < MAX_ROWS && isRow(lines[end]!)) end++;
  return end;
}

function isRow(line: FactLine): boolean {
  return line.words <= MAX_ROW_WORDS && !line.prose && line.removedBefore === 0 && !LEAD_IN.test(line.text);
}
