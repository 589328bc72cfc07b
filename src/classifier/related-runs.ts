import type { LineJudgement } from './classify.js';
import { OTHER_FULL_STOPS } from '../text/sentence-end.js';

/**
 * The teasers under a related-stories heading the rules removed:
 *
 *   You may also like...                                   (removed by `related-links`)
 *   Who will make the Rock Hall in 2020?
 *   Dave Matthews Band takes over Rock Hall Fan Vote
 *   Fans really want The Doobie Brothers in the Rock Hall
 *
 * Each row reads like a subheading of the story, and shares its words (the widget picks stories on
 * the same subject), so line by line the classifier keeps them. Under the heading they give
 * themselves away: the run of headline-shaped rows right after it goes, up to the first paragraph
 * that is not one (the story's prose when the box sits inside the story). A question is a
 * headline too ("Who will make the Rock Hall in 2020?"), though jusText would call it prose. Under
 * a topics heading the rows are labels of a word or two ("Explore more on these topics" / "Oil" /
 * "Opec" / "Commodities"), which go the same way. When
 * a headline row stands right before the heading, the heading is the box's closing "More in X"
 * link, and what follows it is the story again:
 *
 *   White House aides testify about "unusual," "improper" Ukraine call at hearing
 *   More in Trump Impeachment Inquiry                       (removed by `related-links`)
 *   Here are some of the highlights:
 *
 * Then the box is the run of 4+ headline-shaped rows right above the link (5+ words a row on
 * average, at most half of them with a number, none a link, no last word shared by more than
 * half of them: not the end of the story's own results list or gift list), and those rows go
 * ("Trump Impeachment Inquiry More", "Watch live: Sondland testifies about Ukraine at pivotal
 * impeachment hearing", "Key moments from Kurt Volker's and Tim Morrison's testimony", …).
 */

/**
 * Rows above a closing "More in X" link that make a box: a story's own list may end right above
 * a related heading too, so a box above its link needs more rows than one below its heading.
 */
const MIN_ROWS_ABOVE = 4;
const MIN_MEAN_WORDS_ABOVE = 5;
const MAX_DIGIT_SHARE_ABOVE = 0.5;
const DIGIT = /\p{N}/u;
/**
 * Rows of a story's own list repeat a pattern ("England (Group A): 10th appearance", "Czech
 * Republic (Group A): Seventh appearance", …); teasers end each in their own way.
 */
const MAX_SHARED_LAST_WORD = 0.5;
const LAST_WORD = /[\p{L}\p{N}]+(?=[^\p{L}\p{N}]*$)/u;
/** A teaser row: a headline's length. */
const MIN_ROW_WORDS = 3;
/**
 * A topic's label under its heading ("Explore more on these topics" / "Oil" / "Opec"): a few
 * words, no punctuation inside, no full stop. Two at least, so that a story's own list row right
 * under a heading inserted into it ("Related Topics:" / "Apple AirPods" / "Automatically on,
 * automatically connected" / …) is not taken for one.
 */
const MAX_LABEL_WORDS = 4;
const MIN_LABELS = 2;
const LABEL_BREAK = /[,;:!?"“”]|\.$|^[^\p{L}]/u;
const MAX_ROW_WORDS = 20;
/**
 * A headline ends without a full stop; a question mark or a cut-off ellipsis is fine ("Who will
 * make the Rock Hall in 2020?", "UK weather alert: Plague of mosquitos to devastate Britain as Hurri...").
 * Chinese and Japanese end sentences with 。: without it, the first paragraphs of a Japanese story
 * after a "Latest Business news" heading went as teasers (their clauses count as few words).
 */
const FULL_STOP = new RegExp(`(?:(?:^|[^.])\\.|[。．${OTHER_FULL_STOPS}])["”’')」』]*$`, 'u');
/** A lead-in ("Here are some of the highlights:") introduces the story's own list. */
const FINAL_COLON = /:$/u;
/** A sentence break inside the row: a caption or a summary, not a headline. */
const INNER_SENTENCE = /[.!?]["”’)]* \p{Lu}|[。！？]["”’)」』]*\S/u;
/**
 * A headline of two parts, a question and its answer or a statement and its question, as Polish and Turkish sites print their
 * teasers ("Rachunki za gaz w 2027 roku. Co się zmieni?", "Emekli zammı ne kadar olacak? Ocak ayı hesabı netleşiyor"; probe
 * r31): one break, the row ending in its question mark or a letter, never in a full stop, as a caption's or a summary's does.
 */
const TWO_PART_HEADLINE = /^[^.!?。！？]{1,100}[.?] \p{Lu}[^.!?。！？]{0,100}[\p{L}\p{N}?]$/u;

/** One paragraph as the related-run search sees it. */
export interface RelatedLine {
  text: string;
  /** Word tokens. */
  words: number;
  /** Whether the rules removed a related-stories heading right before it. */
  afterRelatedHeading: boolean;
  /** Whether the first paragraph the rules removed right after it was a related-stories heading. */
  beforeRelatedHeading: boolean;
  /** Holds a URL, a handle, a domain or menu separators. */
  linkLike: boolean;
}

/**
 * Marks the headline-shaped rows right under every removed related-stories heading as boilerplate,
 * but for a last row over a lead that opens with a dateline or restates it (the caller's
 * `headlineOverNext` tells): the next story's headline, after a "More from US" link or a "You
 * might also like" box that closed the last story's page (in a scraper's concatenation of pages,
 * the usual seam). A teaser shares the story's subject at most, not most of its words with the
 * paragraphs right under it.
 */
export function dropRunsAfterRelatedHeadings(
  judgements: readonly LineJudgement[],
  lines: readonly RelatedLine[],
  /** Whether paragraph `index` is a headline over paragraph `index + 1` (see {@link announcesNext}); asked of a run's last row only. */
  headlineOverNext: (index: number) => boolean = () => false,
): LineJudgement[] {
  const result = [...judgements];
  let lastRunEnd = -1;
  for (let start = 0; start < lines.length; start++) {
    // A "More in X" link closing the box above (its rows right before it) announces nothing below;
    // a counter between the rows of one list ("list 2 of 4") goes on with it.
    if (!lines[start]!.afterRelatedHeading || (start > 0 && start !== lastRunEnd && isTeaserRow(lines[start - 1]!))) continue;
    let end = runEnd(lines, start, isTeaserRow);
    const labelsEnd = runEnd(lines, start, isTopicLabel);
    if (labelsEnd - start >= MIN_LABELS && labelsEnd > end) end = labelsEnd;
    end = Math.max(end, labelledRunEnd(lines, start));
    // The run's last row may be the next story's headline, over its lead, or the story's own subheading.
    if (end > start && (headlineOverNext(end - 1) || resumesStory(lines, start, end))) end--;
    if (end > start) lastRunEnd = end;
    const why = `removed: one of ${end - start} headlines or topic labels right under a related-stories heading`;
    for (let i = start; i < end; i++) {
      if (!result[i]!.boilerplate) result[i] = { ...result[i]!, boilerplate: true, revision: why };
    }
  }
  for (let end = 0; end < lines.length; end++) {
    if (!lines[end]!.beforeRelatedHeading || !isTeaserRow(lines[end]!)) continue;
    let start = end;
    while (start > 0 && isTeaserRow(lines[start - 1]!) && !lines[start]!.afterRelatedHeading) start--;
    if (!isBoxAbove(lines.slice(start, end + 1))) continue;
    const why = `removed: one of ${end + 1 - start} headlines right above a related-stories link that closes their box`;
    for (let i = start; i <= end; i++) {
      if (!result[i]!.boilerplate) result[i] = { ...result[i]!, boilerplate: true, revision: why };
    }
  }
  return result;
}

/**
 * A box inside a story ends where the story resumes, often under its next subheading: "Lees ook" /
 * "Hoogwater in Limburg: bewoners Roermond mogen terug naar huis" / "Zo werkt het Deltaprogramma:
 * vijf vragen over de dijken" / "Kosten voor huishoudens" / the story's prose. The subheading is a
 * few words where the teasers above it run to a headline's length, two words or more longer on
 * average, and prose follows it. German headlines run to fewer, longer words: tagesschau's "Mehr zum
 * Thema" / "Bahn: Generalsanierung der Riedbahn abgeschlossen" / "Pünktlichkeit der Bahn auf
 * Tiefstand" / "Kritik am Zeitplan" (5 words a teaser, 3 for the subheading; probe r30) lost the
 * subheading while teasers had to average 6 words. Greek spells a subheading with its articles: Kathimerini's "Διαβάστε επίσης" /
 * "Η Εθνική Πινακοθήκη ανοίγει τις αποθήκες της στο κοινό" / "Η τέχνη ως καθημερινή δουλειά" (8 words a teaser, 5 for the
 * subheading; probe r33) lost the subheading at four words at most. An explainer's subheading is often a question: the ABC's
 * "Read more about health:" / "Are you drinking enough water? Here's what experts say" / "How much sun do you need?" (9 words a
 * teaser, 6 for the subheading; probe r34) lost it at five words at most.
 */
const MAX_SUBHEADING_WORDS = 6;
const MIN_TEASER_EXTRA_WORDS = 2;
const MIN_RESUMED_PROSE_WORDS = 15;
/**
 * Or a shorter paragraph closed by its full stop, as Scandinavian stories resume under a subheading: NRK's "Les også" / "Ekstremværet
 * «Hedda»: Dette må du vite" / "Ber folk sjekke naboen" / "Kommunene ber innbyggerne holde kontakt med eldre og syke som bor alene."
 * (12 words; probe r31). A teaser row never ends in a full stop.
 */
const MIN_RESUMED_SENTENCE_WORDS = 8;

function resumesStory(lines: readonly RelatedLine[], start: number, end: number): boolean {
  const next = lines[end];
  return next !== undefined && isResumedProse(next) && endsWithSubheading(lines.slice(start, end));
}

/**
 * Whether a run's last row is a subheading by its length: at most {@link MAX_SUBHEADING_WORDS} words, where the rows above it run
 * {@link MIN_TEASER_EXTRA_WORDS} or more words longer on average. Shared with the teaser widgets between two paragraphs
 * (teaser-runs.ts), whose run ends the same way.
 */
export function endsWithSubheading(rows: ReadonlyArray<{ readonly words: number }>): boolean {
  const last = rows.at(-1);
  if (rows.length < 2 || last === undefined || last.words > MAX_SUBHEADING_WORDS) return false;
  let words = 0;
  for (let i = 0; i < rows.length - 1; i++) words += rows[i]!.words;
  return words / (rows.length - 1) >= last.words + MIN_TEASER_EXTRA_WORDS;
}

function isResumedProse(line: RelatedLine): boolean {
  return line.words >= MIN_RESUMED_PROSE_WORDS || (line.words >= MIN_RESUMED_SENTENCE_WORDS && FULL_STOP.test(line.text));
}

/**
 * Above its link, a box must look like teasers, not like the end of the story's own list: full
 * headlines (5+ words on average), few of them with a number (a results list, a numbered gift list
 * carry one on most rows), none a link (a gift list's shop links).
 */
function isBoxAbove(rows: readonly RelatedLine[]): boolean {
  if (rows.length < MIN_ROWS_ABOVE || rows.some((row) => row.linkLike)) return false;
  const mean = (value: (row: RelatedLine) => number): number => rows.reduce((sum, row) => sum + value(row), 0) / rows.length;
  return (
    mean((row) => row.words) >= MIN_MEAN_WORDS_ABOVE &&
    mean((row) => (DIGIT.test(row.text) ? 1 : 0)) <= MAX_DIGIT_SHARE_ABOVE &&
    mostCommonLastWordShare(rows) <= MAX_SHARED_LAST_WORD
  );
}

/** Share of rows ending in the most common last word: a list's rows share a pattern ("…: Seventh appearance"). */
function mostCommonLastWordShare(rows: readonly RelatedLine[]): number {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const last = row.text.toLowerCase().match(LAST_WORD)?.[0] ?? '';
    counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  return Math.max(...counts.values()) / rows.length;
}

/**
 * A headline over its own lead ("Sweden Drops Its Investigation Into Rape Allegation Against Julian
 * Assange" / "Sweden has dropped its investigation into a 2010 rape allegation against … Julian
 * Assange"): at least {@link MIN_ANNOUNCED_TERMS} of its content terms, and
 * {@link MIN_ANNOUNCED_SHARE} of them, come back in the lead. The lead restates the headline in
 * full sentences ("US service members killed in Afghanistan helicopter crash" / "Two
 * United States service members have been killed in a helicopter crash in Afghanistan": 6 of 6).
 * @param row content terms (stemmed) of the row
 * @param lead content terms of the paragraphs after it (the lead)
 */
export function announcesNext(row: readonly string[], lead: readonly string[]): boolean {
  const unique = new Set(row);
  if (unique.size < MIN_ANNOUNCED_TERMS) return false;
  const following = new Set(lead);
  let shared = 0;
  for (const term of unique) if (following.has(term) || endsAnother(term, following)) shared++;
  return shared >= MIN_ANNOUNCED_TERMS && shared >= MIN_ANNOUNCED_SHARE * unique.size;
}

/**
 * Whether `term` and one of `others` are one word the stemmer left apart: one ends the other, the shorter of
 * {@link MIN_WORD_ENDING} letters or more. German writes its compounds and participles whole: the headline's
 * "Lokführergewerkschaft droht" is the lead's "Gewerkschaft … gedroht" (probe r35).
 */
function endsAnother(term: string, others: ReadonlySet<string>): boolean {
  for (const other of others) {
    const [shorter, longer] = term.length <= other.length ? [term, other] : [other, term];
    if (shorter.length >= MIN_WORD_ENDING && longer.length > shorter.length && longer.endsWith(shorter)) return true;
  }
  return false;
}

const MIN_WORD_ENDING = 5;

const MIN_ANNOUNCED_TERMS = 3;
const MIN_ANNOUNCED_SHARE = 0.5;

/**
 * A box that prints its section's label over every teaser ("Related Articles" / "Weight Loss" /
 * "Why Am I Not Losing Weight?" / "Weight Loss" / "You CAN Lose Weight Without “Starving”" / …):
 * the label is a topic label, too short for a teaser row, and the headlines are no topic labels
 * (a question mark), so neither run takes them. The same label on alternate rows, at least
 * {@link MIN_LABELLED_PAIRS} times, each next to a headline-shaped row, is such a box, whatever the
 * words; a story's own subheadings differ from one another, and a Q&A's "Q" / "A" alternate.
 * Returns the end of the alternating rows from `start`, or `start` when there is no such box.
 */
function labelledRunEnd(lines: readonly RelatedLine[], start: number): number {
  const first = lines[start];
  const second = lines[start + 1];
  if (first === undefined || second === undefined) return start;
  const labelFirst = isTopicLabel(first) && isTeaserRow(second);
  if (!labelFirst && !(isTeaserRow(first) && isTopicLabel(second))) return start;
  const label = normaliseLabel((labelFirst ? first : second).text);
  const isLabel = (line: RelatedLine): boolean => isTopicLabel(line) && normaliseLabel(line.text) === label;
  let end = start;
  let labels = 0;
  let teasers = 0;
  while (end < lines.length && (end === start || !lines[end]!.afterRelatedHeading)) {
    const wantLabel = (end - start) % 2 === (labelFirst ? 0 : 1);
    const line = lines[end]!;
    if (wantLabel ? !isLabel(line) : !isTeaserRow(line)) break;
    if (wantLabel) labels++;
    else teasers++;
    end++;
  }
  return labels >= MIN_LABELLED_PAIRS && teasers >= MIN_LABELLED_PAIRS ? end : start;
}

const MIN_LABELLED_PAIRS = 2;

function normaliseLabel(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** The end of the rows from `start` that `isRow` accepts, up to the next heading's. */
function runEnd(lines: readonly RelatedLine[], start: number, isRow: (line: RelatedLine) => boolean): number {
  let end = start;
  while (end < lines.length && isRow(lines[end]!) && (end === start || !lines[end]!.afterRelatedHeading)) end++;
  return end;
}

function isTopicLabel(line: RelatedLine): boolean {
  return line.words <= MAX_LABEL_WORDS && !line.linkLike && !LABEL_BREAK.test(line.text);
}

function isTeaserRow(line: RelatedLine): boolean {
  return (
    line.words >= MIN_ROW_WORDS &&
    line.words <= MAX_ROW_WORDS &&
    !FULL_STOP.test(line.text) &&
    !FINAL_COLON.test(line.text) &&
    (!INNER_SENTENCE.test(line.text) || TWO_PART_HEADLINE.test(line.text))
  );
}
