import type { LineJudgement } from './classify.js';

/**
 * The fact box that closes an event or product story: what, when, who, how much, whom to call,
 * right after the story's last paragraph:
 *
 *   Book your tickets through KLOOK easily and come and experience this spectacular … today! 🙂
 *   Jeongdong Theater Tradition Series Performance
 *   <The Palace: Jang Noksu>
 *   2018.04.05 ~ OPEN RUN
 *   Tue – Sat 4PM (Closed on Sun & Mon)
 *   STAFF
 *   Choreographer_Jeong Hye Jin, Director_Oh Kyeong Taek, …
 *   Ticketing
 *   VIP : 60,000₩
 *   Inquiry
 *   02-751-1500
 *
 * Line by line it reads like a page footer: short lines, labels, numbers, after the prose. As a
 * block it is dense with facts: most of its short lines carry a date, a time, a price or a phone
 * number, and the lines between them are their labels. What follows a story otherwise is a run of
 * related headlines (full headlines of 6+ words without a number) or menus and tags (no numbers),
 * and neither stays. A site's footer carries numbers too (an address, a switchboard, follower
 * counts), but it speaks of the site, not of the story, and a share bar or a comments widget the
 * rules removed stands between it and the story. So the box must start within {@link MAX_LEAD}
 * lines of the last story paragraph the classifier kept (nothing after it kept), follow it with
 * no rule removal in between (the first one after it ends the box), and name the story's subject
 * in a line of its own.
 */

/** A fact: a short line with a digit ("VIP : 60,000₩", "02-751-1500", "Viewing age of 48 months and above") or a bare website. */
const FACT_MAX_WORDS = 8;
/** A bare website is a fact too: where to book ("www.jeongdongtheater.com"). */
const WEBSITE = /^(?:https?:\/\/|www\.)\S+$/u;
/** At least this many facts… */
const MIN_FACTS = 4;
/** …making up at least this share of the box's lines. */
const MIN_FACT_SHARE = 0.4;
/** Lines between two facts (a label, a staff list) at most. */
const MAX_GAP = 3;
/** Lines between the story's last kept prose paragraph and the first fact (a sign-off, "We hope to see you soon! 🙂", the box's title). */
const MAX_LEAD = 4;
/** A related headline: this many words or more, no digit, no sentence end. */
const TEASER_MIN_WORDS = 6;
const DIGIT = /\p{N}/u;
/**
 * The box names the story's subject: one of its lines without a number shares this much of its
 * content words with the main block ("<The Palace: Jang Noksu>": 1.0). A site footer after the
 * story ("POLL", "STAY CONNECTED", "299FollowersFollow", "Main Switchboard: (812) 372-7811")
 * shares none.
 */
const MIN_TITLE_OVERLAP = 0.5;

/** One paragraph as the fact-box search sees it. */
export interface FactLine {
  text: string;
  /** Word tokens. */
  words: number;
  /** jusText-style prose: long, stopword-dense, sentence-final. */
  prose: boolean;
  /** 4–20 words, no sentence end, no final colon, no sentence break inside. */
  headline: boolean;
  /** jusText's "good": long and stopword-dense, whether or not it ends a sentence. */
  good: boolean;
  /** Share of its content words the main block also uses, in [0, 1]. */
  overlap: number;
  /** Paragraphs the rules removed right before it. */
  removedBefore: number;
}

/** Keeps the fact box right after the story's last kept prose paragraph, when nothing after the box was kept. */
export function keepFactBoxAfterStory(judgements: readonly LineJudgement[], lines: readonly FactLine[]): LineJudgement[] {
  const storyEnd = lastKeptGoodLine(judgements, lines);
  if (storyEnd === -1) return [...judgements];
  const box = factBoxAfter(lines, storyEnd);
  if (box === null || judgements.slice(box.end).some((judgement) => !judgement.boilerplate)) return [...judgements];
  const why = `kept: a fact box of ${box.facts} dates, prices and numbers right after the story`;
  return judgements.map((judgement, i) => (i > storyEnd && i < box.end && judgement.boilerplate ? { ...judgement, boilerplate: false, revision: why } : judgement));
}

/** Index of the last jusText-"good" paragraph the classifier kept, or −1. */
function lastKeptGoodLine(judgements: readonly LineJudgement[], lines: readonly FactLine[]): number {
  // A loop, not a callback made anew on every call: this runs for every document (DEVELOPERS.md, "Workers").
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.good && !judgements[i]!.boilerplate) return i;
  return -1;
}

function factBoxAfter(lines: readonly FactLine[], storyEnd: number): { end: number; facts: number } | null {
  let facts = 0;
  let end = -1;
  let gap = 0;
  for (let i = storyEnd + 1; i < lines.length; i++) {
    const line = lines[i]!;
    // A rule removal (a share bar, a comments widget) ends the box, or shows there was none.
    if (line.removedBefore > 0) {
      if (end === -1) return null;
      break;
    }
    if (end !== -1 && line.headline && line.words >= TEASER_MIN_WORDS && !DIGIT.test(line.text)) break;
    if (isFact(line)) {
      if (end === -1 && i - storyEnd - 1 > MAX_LEAD) return null;
      facts++;
      end = i + 1;
      gap = 0;
    } else if (end !== -1 && ++gap > MAX_GAP) break;
  }
  if (end === -1 || facts < MIN_FACTS || facts < MIN_FACT_SHARE * (end - storyEnd - 1)) return null;
  if (!lines.slice(storyEnd + 1, end).some((line) => !isFact(line) && line.overlap >= MIN_TITLE_OVERLAP)) return null;
  return { end, facts };
}

function isFact(line: FactLine): boolean {
  return line.words > 0 && line.words <= FACT_MAX_WORDS && (DIGIT.test(line.text) || WEBSITE.test(line.text));
}
