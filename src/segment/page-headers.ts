import { announcesNext } from '../classifier/related-runs.js';
import { contentTerms } from '../cohesion/terms.js';
import { stopwordsFor } from '../text/language.js';
import { unseenShare, type GapInput, type RemovedLine } from './gap-features.js';
import { endsLikeSentence, isHeadlineLike, opensWithAnaphor, opensWithQuote } from './openings.js';
import { properNouns } from './proper-nouns.js';
import { calendarDay } from './time-refs.js';

/**
 * A story's page header left between two stories of a file: its headline, a byline or date the
 * cleaner removed, then a lead that restates the headline ("OPEC+ delays output increase as demand
 * outlook dims" / "By …" / "November 21, 2024" / "The Organization of the Petroleum Exporting
 * Countries … agreed on Sunday to postpone a planned increase in oil output…"). The headline may be
 * kept (with or without a standfirst under it), or removed with the byline (a page's top
 * furniture). Two stories on one subject share their vocabulary across such a join, so the cohesion
 * signals speak against it however plain the header is; the header itself is the evidence. A
 * subheading inside a story has no byline under it.
 */

/** Words of a paragraph that can be a story's lead: a full sentence, not a caption's fragment. */
const MIN_LEAD_WORDS = 15;
/** Paragraphs under the headline its terms are looked for in: a lead's first sentence may paraphrase it. */
const LEAD_PARAGRAPHS = 2;
/** Paragraphs before the headline that tell what the story before it said. */
const CONTEXT_PARAGRAPHS = 8;

/**
 * Gaps (before paragraph `g`, as in gap-features.ts) where a story's page header begins: before a
 * kept headline with a byline removed under it, or before a lead whose headline went with the byline.
 * @param units each paragraph's content terms (gap-features.ts `contentTermsOf`)
 */
export function pageHeaderGaps(input: GapInput, units: readonly (readonly string[])[]): Set<number> {
  const headers = new Set<number>();
  for (const [gap, removedLines] of input.bylineGaps ?? []) {
    if (gap === 0) continue;
    const removed = removedLines.map((line) => line.text);
    if (gap >= 2 && isHeadlineLike(input.paragraphs[gap - 1]!) && opensStory(input, units, gap, units[gap - 1]!, gap - 1)) {
      headers.add(gap - 1);
      continue;
    }
    if (gap >= 3 && isStandfirst(input, gap - 1) && isHeadlineLike(input.paragraphs[gap - 2]!) && opensStory(input, units, gap, units[gap - 2]!, gap - 2)) {
      headers.add(gap - 2);
      continue;
    }
    const language = input.languages[gap]!;
    const headlines = removed.filter(isHeadlineLike);
    const terms = contentTerms(headlines, stopwordsFor(language), language);
    if (terms.some((headline) => opensStory(input, units, gap, headline, gap))) headers.add(gap);
  }
  return withoutRecords(headers);
}

/**
 * A removed byline or date naming another day than the one before it ("June 30, 2025" under the
 * first story's headline, "August 12, 2025" under the next one's): a story names its day once, at
 * its top, so a new day under a byline is the next page of the site. Two stories on one subject
 * (the same politicians, the same club a week on) pass every other test of a header, or none: the
 * next story's headline was kept as the last one's words, or its lead opens with a name the story
 * before gave. The split goes before a kept headline (and its standfirst) above the byline.
 */
export function datedHeaderGaps(input: GapInput): Set<number> {
  const headers = new Set<number>();
  let previousDay: string | null = null;
  // In order of the gaps, so the day before each is the one above it (the first gap has none).
  for (const [gap, removed] of [...(input.bylineGaps ?? [])].sort(([a], [b]) => a - b)) {
    const day = dayOfByline(removed);
    if (day === null) continue;
    if (previousDay !== null && day !== previousDay && readsAsLead(input, gap)) headers.add(headerStart(input, gap));
    previousDay = day;
  }
  return headers;
}

/** The day the first dated byline line of a gap names. */
function dayOfByline(removed: readonly RemovedLine[]): string | null {
  for (const line of removed) {
    if (!line.byline) continue;
    const day = calendarDay(line.text);
    if (day !== null) return day;
  }
  return null;
}

function readsAsLead(input: GapInput, paragraph: number): boolean {
  const text = input.paragraphs[paragraph]!;
  return input.words[paragraph]! >= MIN_LEAD_WORDS && endsLikeSentence(text) && !opensWithQuote(text);
}

/** Where the header above the lead at `gap` begins: its kept headline, over a standfirst or not, or the lead itself. */
function headerStart(input: GapInput, gap: number): number {
  if (isHeadlineLike(input.paragraphs[gap - 1]!)) return gap - 1;
  if (gap >= 2 && isStandfirst(input, gap - 1) && isHeadlineLike(input.paragraphs[gap - 2]!)) return gap - 2;
  return gap;
}

/**
 * A standfirst between a kept headline and its removed byline: one sentence under the headline
 * ("Senegal's Ba concedes defeat as opposition's Faye heads for first-round win" / "Ruling coalition
 * candidate congratulates rival as provisional results show Faye with an unassailable lead." /
 * "Published On 25 Mar 2024"), as Al Jazeera, the Guardian and many others print it.
 */
const MAX_STANDFIRST_WORDS = 40;

function isStandfirst(input: GapInput, paragraph: number): boolean {
  return input.words[paragraph]! <= MAX_STANDFIRST_WORDS && endsLikeSentence(input.paragraphs[paragraph]!) && !opensWithQuote(input.paragraphs[paragraph]!);
}

/** Whether paragraph `lead` reads as the lead of a new story under a headline of these terms, the story before ending at paragraph `end`. */
function opensStory(input: GapInput, units: readonly (readonly string[])[], lead: number, headline: readonly string[], end: number): boolean {
  const text = input.paragraphs[lead]!;
  if (input.words[lead]! < MIN_LEAD_WORDS || !endsLikeSentence(text) || opensWithAnaphor(text) || opensWithQuote(text)) return false;
  return announcesNext(headline, units.slice(lead, lead + LEAD_PARAGRAPHS).flat()) && bringsNewTerms(units, headline, end) && !opensWithKnownName(input, lead, end);
}

/**
 * A story's own headline printed again inside it (over a gallery: "LeBron sets triple-double mark,
 * Lakers hold off OKC 112-107", the gallery's controls removed, then the story's next paragraph,
 * which names the same) says only what the story before it said; the next story's headline says
 * something new even on the same subject ("OPEC+ delays output increase as demand outlook dims"
 * after a story on oil prices: 4 of its 7 terms unseen).
 */
const MIN_NEW_TERM_SHARE = 1 / 3;

function bringsNewTerms(units: readonly (readonly string[])[], headline: readonly string[], end: number): boolean {
  const seen = new Set(units.slice(Math.max(0, end - CONTEXT_PARAGRAPHS), end).flat());
  return unseenShare(new Set(headline), seen) >= MIN_NEW_TERM_SHARE;
}

/**
 * A name in the possessive opening a lead qualifies what the lead is about ("Senegal's ruling
 * coalition candidate Amadou Ba has conceded defeat…" under its own header, after a story on the
 * same election): the place or the body, not the person the story before was telling of.
 */
const POSSESSIVE_OPENING = /^\p{Lu}[\p{L}.-]*['’]s\s/u;

/**
 * A lead introduces whom it names; a paragraph opening with a name the story before it already gave
 * ("James has five triple-doubles in the Lakers' last 10 games…" after "…LeBron James…") goes on
 * with that story.
 */
function opensWithKnownName(input: GapInput, lead: number, end: number): boolean {
  const first = input.tokens[lead]![0];
  if (first === undefined || !/^\p{Lu}/u.test(first) || POSSESSIVE_OPENING.test(input.paragraphs[lead]!)) return false;
  const stopwords = stopwordsFor(input.languages[lead]!);
  const name = first.toLowerCase();
  for (let i = Math.max(0, end - CONTEXT_PARAGRAPHS); i < end; i++) if (properNouns(input.paragraphs[i]!, stopwords).has(name)) return true;
  return false;
}

/**
 * A list's records take the same shape: a deals post's "Apple AirPods Pro for $235", its removed
 * "See it now: Amazon" and a description naming the product; a results page's "Palm Bay Magnet d.
 * Astronaut 5-0" over its match report. Shapes that recur within this many paragraphs of each other
 * are records, not stories' headers.
 */
const RECORD_REACH = 12;

function withoutRecords(headers: ReadonlySet<number>): Set<number> {
  const gaps = [...headers].sort((a, b) => a - b);
  return new Set(gaps.filter((gap, k) => (gaps[k - 1] ?? -Infinity) < gap - RECORD_REACH && (gaps[k + 1] ?? Infinity) > gap + RECORD_REACH));
}
