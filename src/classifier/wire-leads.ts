import { opensWithWireDateline } from '../segment/openings.js';
import type { LineJudgement } from './classify.js';

/**
 * A wire story's lead opens with its dateline and agency: "HAYWARD, Calif. (AP) — The Latest on a
 * deadly stabbing…", "TOKYO, Nov 30 (Reuters) - Japan's factory output fell…". Under a page's
 * timestamps and share buttons the classifier can read it as one more line of furniture (aeb page
 * 5caf91b8, 0.61), yet nothing but a story opens so: across the aeb pages and containers, all 26
 * lines of 8+ words that open with a place in capitals, an agency in brackets and a dash are gold
 * ({@link opensWithWireDateline}).
 */

/** A lead is a sentence or more; a bare "WASHINGTON (AP) —" line announces the paragraph after it. */
const MIN_LEAD_WORDS = 8;

/** Keeps every paragraph of {@link MIN_LEAD_WORDS}+ words that opens with a wire dateline. */
export function keepWireLeads(judgements: readonly LineJudgement[], lines: readonly { text: string; words: number }[]): LineJudgement[] {
  const result = [...judgements];
  for (let i = 0; i < lines.length; i++) {
    if (result[i]!.boilerplate && lines[i]!.words >= MIN_LEAD_WORDS && opensWithWireDateline(lines[i]!.text)) {
      result[i] = { ...result[i]!, boilerplate: false, revision: "kept: a wire story's lead, opening with its dateline and agency" };
    }
  }
  return result;
}
