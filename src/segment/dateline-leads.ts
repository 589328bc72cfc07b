import { announcesNext } from '../classifier/related-runs.js';
import { unseenShare, type GapInput } from './gap-features.js';
import { endsLikeSentence, isHeadlineLike, opensWithStoryDateline } from './openings.js';

/**
 * A story's dateline lead inside a file: "NEW YORK, March 12 (Reuters) - Oil prices slipped…",
 * "LONDON (AP) — Arsenal missed the chance…", "BARCELONA, 3 mar (EFE).- El Ayuntamiento…",
 * "WASHINGTON — Dana Whitfield, the nominee…". The dateline opens a story and nothing else (in the
 * aeb development articles and pages it stands only before a story's first paragraph), so a second
 * one in a file starts the next story, whatever vocabulary the two share: two oil-market reports of
 * consecutive days, three reports on one league, scored 0.0005–0.06 by the model, are two and three
 * stories. The split goes before the lead's headline when it stands above it.
 */

/** Words of a paragraph that can be a story's lead: a full sentence after its dateline. */
const MIN_LEAD_WORDS = 15;
/**
 * Lines above a lead that may be its header: a headline, a kept byline or kicker between it and
 * the lead ("St. Louis County police investigating deadly crash on Interstate 270" / "Author: 5 On
 * Your Side Staff" / "ST. LOUIS COUNTY, Mo. — One person was killed…").
 */
const HEADER_REACH = 3;
/** Paragraphs from the lead whose terms a headline announces (page-headers.ts reads two as well). */
const LEAD_PARAGRAPHS = 2;

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
    const start = headerStart(input, units, lead);
    if (hasStoryBefore(input, start) && !restatesAbove(units, lead, start)) gaps.add(start);
  }
  return gaps;
}

function restatesAbove(units: readonly (readonly string[])[], lead: number, start: number): boolean {
  const terms = new Set(units[lead]);
  const above = new Set(units.slice(Math.max(0, start - RESTATEMENT_REACH), start).flat());
  return terms.size > 0 && 1 - unseenShare(terms, above) >= RESTATED_SHARE;
}

/**
 * The first paragraph of the lead's story: the highest of the unfinished lines right above it that
 * announces the lead (its headline), else the lead. A line that shares nothing with the lead, a
 * related link closing the story before ("Why Can't Taylor Swift Perform Her Own Songs?…" over
 * "PG&E begins new mass power shutoff…" over "SAN FRANCISCO (AP) — Pacific Gas & Electric…"), is
 * not its header.
 */
function headerStart(input: GapInput, units: readonly (readonly string[])[], lead: number): number {
  const leadTerms = units.slice(lead, lead + LEAD_PARAGRAPHS).flat();
  let start = lead;
  for (let line = lead - 1; line >= 1 && lead - line <= HEADER_REACH && !endsLikeSentence(input.paragraphs[line]!); line--) {
    if (isHeadlineLike(input.paragraphs[line]!) && announcesNext(units[line]!, leadTerms)) start = line;
  }
  return start;
}

/**
 * Whether the paragraphs before `end` that end like sentences (the story before, not a header's lines)
 * hold {@link MIN_STORY_WORDS_BEFORE} words: counted back from `end`, so a file of many datelines
 * stays linear.
 */
function hasStoryBefore(input: GapInput, end: number): boolean {
  let words = 0;
  for (let i = end - 1; i >= 0 && words < MIN_STORY_WORDS_BEFORE; i--) if (endsLikeSentence(input.paragraphs[i]!)) words += input.words[i]!;
  return words >= MIN_STORY_WORDS_BEFORE;
}
