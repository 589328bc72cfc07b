import type { LineJudgement } from './classify.js';
import { BETWEEN_BOILERPLATE } from './revise.js';

/**
 * The story's last paragraphs under a box dropped into it: a "Recommended" box of teasers, a photo
 * credit, a sign-up prompt. On a page that is mostly menus, a short story's paragraphs score in the
 * uncertain band (their context windows are menus and the box's rows), and below the box the nearest
 * certain lines are the box's teasers above and the bios and footer below, so the neighbours'
 * revision removes them as "between boilerplate lines":
 *
 *   No deaths were reported, but two people were taken to a hospital in Prescott …   (kept, 0.52)
 *   [Recommended]                                                                  (rule: related)
 *   U.S. NEWS                                                                      (0.92)
 *   Man charged after stolen ambulance chase ends in Denver suburb                  (0.92, bad)
 *   U.S. NEWS                                                                      (0.95)
 *   School district apologizes after sending lockdown alert by mistake              (0.87, bad)
 *   The National Weather Service had issued a flash flood warning about forty …    (0.72, uncertain)
 *   Crews expected the southbound lanes to remain closed until at least Monday …   (0.71, uncertain)
 *   Marisa Trenholm                                                                (a bio follows)
 *
 * Such a run of prose is kept when it stands close under the story's prose that the revision kept,
 * with only lines that are no prose between them (at most {@link MAX_BOX_LINES}, the rules' removals
 * counted), when it speaks of the story's subject ({@link MIN_SHARED_STEMS} or more of its content
 * words' stems occur in the paragraphs kept above it), and when no headline-shaped line the classifier
 * removed follows it right away (the box does not go on under it). What else stands under a box reads
 * as prose too, but speaks of something else or of the site: a newsletter prompt ("Every day we send
 * an email with the top stories from Digg.", 1 stem shared, aeb 680c2848), a teaser's summary ("Could
 * an astronaut lost in space use gravity to get around?", 1, 2f42ef1d), a bio ("Marisa Trenholm is a
 * reporter for NBC News…", 0). A list of teasers on the story's own subject shares its words, but is
 * a list: headline, author, summary, and the next headline right under the summary (an opinion
 * page's "Kurt Volker throws Rudy Giuliani under the bus" / "Kaylee McGhee" / "Kurt Volker, a former
 * special envoy to Ukraine, has been tied to…", aeb 87bf6057, glued after another politics story).
 * Only the revision's own labels are read: a run kept here is no anchor for the next one.
 */

/** What the revision reads of one paragraph. */
export interface BoxLine {
  /** jusText's "good" and ending like a sentence (`prose.ts`). */
  prose: boolean;
  /** Paragraphs the rules removed right before this one. */
  removedBefore: number;
  /** Lowercase content words (no stopwords, 3+ characters: `overlap.ts`). */
  contentWords: readonly string[];
  /** Headline-shaped: 4–20 words, no sentence end (`features.ts`). */
  headline: boolean;
}

/**
 * Lines between the story's prose and the run, rule removals included: a related heading and two
 * teasers under their kickers make 5. Train pages' prose further under a box is furniture: a
 * comment-policy line 8 lines under a box of teasers with their bylines shares "close" and "time"
 * with its story (0d461229), a publisher's line 8 under the author box "the Hollywood Reporter" (8267acac).
 */
const MAX_BOX_LINES = 6;
/** A run may go on past this many rule removals between its paragraphs (the Straits Times' WhatsApp prompt). */
const MAX_REMOVED_INSIDE_RUN = 1;
/**
 * Content-word stems the run shares with the story kept so far. Two: NBC's run shares "water",
 * "minutes", "reach" and "crews", aeb 51d066b0's last paragraph "Webb" and "kidna" (kidnapping,
 * kidnapped); the train pages' other prose close under a box shares at most one with its story,
 * unless it is a teaser's summary in a list.
 */
const MIN_SHARED_STEMS = 2;
/**
 * A stem is a word's first five letters: truncation, which needs no language's rules ("flooding" and
 * "flood", "kidnapping" and "kidnapped" meet; a Russian or Portuguese word loses its ending as well).
 */
const STEM_LENGTH = 5;
/** Paragraphs after the run in which a removed headline-shaped line means the box goes on. */
const BOX_GOES_ON_REACH = 2;

const REASON = 'kept: the story goes on under a box inside it (prose on its subject, close under its kept prose)';

/** Keeps the runs of prose removed "between boilerplate lines" that carry the story on under a box. */
export function keepStoryAfterBox(judgements: readonly LineJudgement[], lines: readonly BoxLine[]): LineJudgement[] {
  const result = [...judgements];
  // The stems of the paragraphs kept above the current one, gathered once as the loop goes down.
  const story = new Set<string>();
  let gathered = 0;
  for (let start = 0; start < lines.length; start++) {
    if (!removedBetweenJunk(judgements, lines, start)) continue;
    let end = start + 1;
    while (end < lines.length && removedBetweenJunk(judgements, lines, end) && lines[end]!.removedBefore <= MAX_REMOVED_INSIDE_RUN) end++;
    if (underKeptProse(judgements, lines, start) && !boxGoesOn(judgements, lines, end)) {
      for (; gathered < start; gathered++) {
        if (!judgements[gathered]!.boilerplate) for (const word of lines[gathered]!.contentWords) story.add(stemOf(word));
      }
      if (sharedStems(story, lines, start, end) >= MIN_SHARED_STEMS) {
        for (let k = start; k < end; k++) result[k] = { ...result[k]!, boilerplate: false, revision: REASON };
      }
    }
    start = end - 1;
  }
  return result;
}

function removedBetweenJunk(judgements: readonly LineJudgement[], lines: readonly BoxLine[], i: number): boolean {
  return judgements[i]!.boilerplate && judgements[i]!.revision === BETWEEN_BOILERPLATE && lines[i]!.prose;
}

/** Whether kept prose stands above `start`, with at most {@link MAX_BOX_LINES} lines between that are no prose. */
function underKeptProse(judgements: readonly LineJudgement[], lines: readonly BoxLine[], start: number): boolean {
  let between = lines[start]!.removedBefore;
  for (let k = start - 1; k >= 0 && between <= MAX_BOX_LINES; k--) {
    if (lines[k]!.prose) return !judgements[k]!.boilerplate;
    between += 1 + lines[k]!.removedBefore;
  }
  return false;
}

/** Whether a removed headline-shaped row follows the run within {@link BOX_GOES_ON_REACH} paragraphs: the run is a teaser's summary in a list of them. */
function boxGoesOn(judgements: readonly LineJudgement[], lines: readonly BoxLine[], end: number): boolean {
  for (let k = end; k < Math.min(lines.length, end + BOX_GOES_ON_REACH); k++) {
    if (judgements[k]!.boilerplate && lines[k]!.headline) return true;
  }
  return false;
}

/** Distinct stems of the run [start, end) among the story's stems. */
function sharedStems(story: ReadonlySet<string>, lines: readonly BoxLine[], start: number, end: number): number {
  const shared = new Set<string>();
  for (let k = start; k < end; k++) {
    for (const word of lines[k]!.contentWords) {
      const stem = stemOf(word);
      if (story.has(stem)) shared.add(stem);
    }
  }
  return shared.size;
}

function stemOf(word: string): string {
  return word.slice(0, STEM_LENGTH);
}
