import type { LineJudgement } from './classify.js';
import type { Span } from './main-block.js';
import { OTHER_FULL_STOPS, OTHER_SENTENCE_ENDS } from '../text/sentence-end.js';

/**
 * A teaser list away from the story: each teaser a headline over a one-sentence summary, so the
 * rows alternate (aade2ec8's "Deals" box, well below the story and its furniture):
 *
 *   Big Amazon Echo Show 8 discount available even before launch
 *   In September Amazon announced a slew of devices that expands all nooks and crannies of …
 *   Deal Alert: Newest iPad Pro up to $200 off
 *   Amazon is not waiting until Black Friday to offer deep iPad Pro discounts at their web store. …
 *   Here are Dell’s great upcoming Black Friday deals
 *   Dell has released its list of Black Friday deals to help get the holiday shopping season …
 *
 * Line by line the summaries read as prose and stretch the story span down to the last of them,
 * where the raised threshold and the neighbours' revision keep the headlines too. As a block they
 * give themselves away: a story's own subheadings alternate with paragraphs inside the main block
 * (the densest run of story evidence), while these pairs lie outside it, past menus or a box
 * heading the classifier removed ("Самые популярные диеты" above ff0f958a's twelve other diets).
 */

/** At least this many headline-and-summary pairs in a row. */
const MIN_PAIRS = 3;
/** Paragraphs at least between the main block and the run: the box lies beyond the story's furniture. */
const MIN_GAP = 2;
/**
 * A teaser's headline: a name ("Белковая диета") up to a full headline. A single word over each
 * sentence is a transcript's speaker or a list's label.
 */
const MIN_HEADLINE_WORDS = 2;
const MAX_HEADLINE_WORDS = 20;
/** A teaser's summary: a sentence or three, not a glued story's section under its subheading. */
const MAX_SUMMARY_WORDS = 60;
/**
 * A headline ends without a full stop or an exclamation; a question or a cut-off ellipsis is fine
 * ("Microsoft offers “Build your own Surface Go Kids Bundle” plus JBL he...").
 */
const STATEMENT_END = new RegExp(`(?:^|[^.])[.!。！${OTHER_FULL_STOPS}]["”’')」』]*$`, 'u');
/**
 * A summary ends in a full stop, a question, an exclamation or a cut-off ellipsis; a closing
 * bracket is not enough (a story's list: "сахар в любом виде (иначе выйдите за пределы дневной нормы…)").
 */
const SENTENCE_END = new RegExp(`[.!?…。！？${OTHER_SENTENCE_ENDS}]["”’»」』]*$`, 'u');
const FINAL_COLON = /:$/u;
const QUESTION_END = /[?？]["”’»」』]*$/u;
/** A sentence break inside: a summary, not a headline. */
const INNER_SENTENCE = /[.!?]["”’)]* \p{Lu}/u;
/**
 * Quoted reviews over their authors ("“Very talented people! …”", "– Ali***") and critics' verdicts
 * over their sources ("There's no reason anyone should buy into Stadia right now. …", "[ The Verge ]")
 * alternate as teasers do, but they are the story's: a teaser's headline opens with neither a
 * quotation mark, a dash nor a bracket.
 */
const QUOTED_OR_ATTRIBUTED = /^["“‘'«„–—\-[(]/u;
/** An interview's labelled questions and answers ("Q: Favorite apps?" / "A: Bleacher Report, Uber Eats…") alternate too. */
const INTERVIEW_LABEL = /^(?:Q|A|Question|Answer)\s?[:.]\s/u;

/** One paragraph as the teaser-pair search sees it. */
export interface PairLine {
  text: string;
  /** Words, unspaced text counted by its characters (`prose.ts`). */
  words: number;
}

/** Marks every run of teaser pairs ({@link teaserPairRuns}) as boilerplate. */
export function dropTeaserPairsOutsideStory(judgements: readonly LineJudgement[], lines: readonly PairLine[], block: Span): LineJudgement[] {
  const result = [...judgements];
  for (const run of teaserPairRuns(lines, block)) {
    const why = `removed: one of ${(run.end - run.start) / 2} teaser pairs (a headline over a one-sentence summary) away from the story's main block`;
    for (let i = run.start; i < run.end; i++) {
      if (!result[i]!.boilerplate) result[i] = { ...result[i]!, boilerplate: true, revision: why };
    }
  }
  return result;
}

/** Runs of {@link MIN_PAIRS}+ alternating headlines and summaries at least {@link MIN_GAP} paragraphs outside the main block. */
export function teaserPairRuns(lines: readonly PairLine[], block: Span): Span[] {
  const runs: Span[] = [];
  if (block.end === block.start) return runs;
  let start = 0;
  while (start < lines.length - 1) {
    let end = start;
    while (end + 1 < lines.length && isHeadline(lines[end]!) && isSummary(lines[end + 1]!)) end += 2;
    if ((end - start) / 2 >= MIN_PAIRS && isAwayFrom(block, start, end)) runs.push({ start, end });
    start = end > start ? end : start + 1;
  }
  return runs;
}

function isAwayFrom(block: Span, start: number, end: number): boolean {
  return start >= block.end + MIN_GAP || end <= block.start - MIN_GAP;
}

function isHeadline(line: PairLine): boolean {
  return (
    !QUOTED_OR_ATTRIBUTED.test(line.text) &&
    !INTERVIEW_LABEL.test(line.text) &&
    line.words >= MIN_HEADLINE_WORDS &&
    line.words <= MAX_HEADLINE_WORDS &&
    !STATEMENT_END.test(line.text) &&
    !FINAL_COLON.test(line.text) &&
    !INNER_SENTENCE.test(line.text)
  );
}

/**
 * A question of a headline's shape is a teaser's headline, not the summary under one: Al Jazeera's
 * flattened teaser list alternates counters with headlines ("list 3 of 4" / "What is the Rafah
 * crossing and why is it important?"), and read as pairs, the list's last line ("end of list") and
 * the story's next paragraph made one more.
 */
function isSummary(line: PairLine): boolean {
  return SENTENCE_END.test(line.text) && line.words <= MAX_SUMMARY_WORDS && !(QUESTION_END.test(line.text) && isHeadline(line));
}
