import type { GapInput } from './gap-features.js';
import { endsLikeSentence, isHeadlineLike, opensWithStoryDateline } from './openings.js';

/**
 * A story's dateline lead inside a file: "NEW YORK, March 12 (Reuters) - Oil prices slipped…",
 * "LONDON (AP) — Arsenal missed the chance…", "BARCELONA, 3 mar (EFE).- El Ayuntamiento…",
 * "WASHINGTON — Dana Whitfield, the nominee…". The dateline opens a story and nothing else (in the
 * aeb development articles and pages it stands only before a story's first paragraph), so a second
 * one in a file starts the next story, whatever vocabulary the two share: two oil-market reports of
 * consecutive days, three reports on one league, scored 0.0005–0.06 by the model, are two and three
 * stories. The split goes before the lead's headline and kicker when they stand above it.
 */

/** Words of a paragraph that can be a story's lead: a full sentence after its dateline. */
const MIN_LEAD_WORDS = 15;
/** Headline lines above a lead that belong to its story (a kicker above it is kickers.ts's to find). */
const MAX_HEADER_LINES = 1;
/** Prose the file must hold before the header for there to be a story before it. */
const MIN_STORY_WORDS_BEFORE = 40;

/**
 * A page may sum its story up above the dateline (CNBC's "Key Points": "Dubai's flagship carrier
 * Emirates Airline has finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets…" over
 * "DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates Airline finalized a deal…"):
 * a lead whose terms the paragraphs right above already hold, this share of them, restates them.
 * Two stories on one subject share far fewer (an oil report after an oil report: 0.26; a summary: 0.89).
 */
const RESTATED_SHARE = 0.6;
const RESTATEMENT_REACH = 2;

/**
 * Gaps (before paragraph `g`, as in gap-features.ts) where a story opening with a dateline begins.
 * @param units each paragraph's content terms (gap-features.ts `contentTermsOf`)
 */
export function datelineLeadGaps(input: GapInput, units: readonly (readonly string[])[]): Set<number> {
  const gaps = new Set<number>();
  for (let lead = 1; lead < input.paragraphs.length; lead++) {
    const text = input.paragraphs[lead]!;
    if (input.words[lead]! < MIN_LEAD_WORDS || !endsLikeSentence(text) || !opensWithStoryDateline(text)) continue;
    const start = headerStart(input, lead);
    if (proseWordsBefore(input, start) >= MIN_STORY_WORDS_BEFORE && !restatesAbove(units, lead, start)) gaps.add(start);
  }
  return gaps;
}

function restatesAbove(units: readonly (readonly string[])[], lead: number, start: number): boolean {
  const terms = new Set(units[lead]);
  if (terms.size === 0) return false;
  const above = new Set(units.slice(Math.max(0, start - RESTATEMENT_REACH), start).flat());
  let shared = 0;
  for (const term of terms) if (above.has(term)) shared++;
  return shared >= RESTATED_SHARE * terms.size;
}

/** The first paragraph of the lead's story: the lead, or the headline and kicker lines right above it. */
function headerStart(input: GapInput, lead: number): number {
  let start = lead;
  while (start > 1 && lead - start < MAX_HEADER_LINES && isHeadlineLike(input.paragraphs[start - 1]!)) start--;
  return start;
}

/** Words of the paragraphs before `end` that end like sentences: the story before, not a header's lines. */
function proseWordsBefore(input: GapInput, end: number): number {
  let words = 0;
  for (let i = 0; i < end; i++) if (endsLikeSentence(input.paragraphs[i]!)) words += input.words[i]!;
  return words;
}
