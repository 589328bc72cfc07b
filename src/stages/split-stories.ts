import type { SegmentationOptions } from '../options.js';
import type { RemovedLine } from '../segment/gap-features.js';
import { effectiveThreshold, gapInputFor, round, segmentParagraphs, topSignals, type Candidate, type SureStart } from '../segment/segment-paragraphs.js';
import { SURE_SPLIT_MARGIN } from '../segment/merge-cohesive.js';
import { rule as livePostStamp } from '../rules/live-post-stamp.js';
import { shippedSegmenterModel } from '../segment/shipped-model.js';
import { chooseTitle, TITLE_RECOVERED, type TitleChoice } from '../segment/titles.js';
import type { BoundarySignal, CleanedDocument, Message, Paragraph, SegmentedArticle, SegmentedDocument } from '../types.js';

/**
 * Segment stage: finds where one story ends and the next begins (see docs/segmentation.md).
 * Every gap between cleaned paragraphs is a candidate; a learned model scores it from lexical
 * cohesion, names, dates, openings, house style and the cleaner's removals, and a global decoder
 * picks the splits. Each split and each plausible rejected candidate becomes a message, so
 * `--explain` shows why a story was or was not cut; and a title is chosen for each article (segment/titles.ts).
 */
export function splitStories(doc: CleanedDocument, options: SegmentationOptions): SegmentedDocument {
  const base = { metadata: doc.metadata, lineCount: doc.lineCount };
  if (doc.paragraphs.length === 0) return { ...base, articles: [], messages: doc.messages };
  if (!options.enabled) {
    return { ...base, articles: [{ paragraphs: doc.paragraphs, title: null, boundary: null, startLine: doc.paragraphs[0]!.firstLine }], messages: doc.messages };
  }
  // This runs for every document: loops, not callbacks made anew on every call (segment/gap-features.ts says why).
  const texts: string[] = [];
  for (const paragraph of doc.paragraphs) texts.push(paragraph.text);
  const removals = doc.messages.filter((m) => m.action === 'remove-line').sort((a, b) => a.line - b.line);
  const input = gapInputFor(texts, doc.removalGaps, doc.language, removedAtBylineGaps(doc.paragraphs, removals));
  const model = shippedSegmenterModel();
  const candidates = segmentParagraphs(input, model, options);
  const threshold = effectiveThreshold(model, options);
  const messages: Message[] = [...doc.messages];
  const articles: SegmentedArticle[] = [];
  const starts = [0];
  const chosenAt = new Map<number, Candidate>();
  for (const candidate of candidates) {
    if (!candidate.chosen) continue;
    starts.push(candidate.index);
    chosenAt.set(candidate.index, candidate);
  }
  const movedTo = moveStartsToPageHeads(starts, chosenAt, doc);
  for (let position = 0; position < starts.length; position++) {
    const start = starts[position]!;
    const end = starts[position + 1] ?? doc.paragraphs.length;
    const candidate = chosenAt.get(start);
    let paragraphs = doc.paragraphs.slice(start, end);
    const after = start === 0 ? 0 : doc.paragraphs[start - 1]!.lastLine;
    const title = chooseTitle(paragraphs, removalsBetween(removals, after, paragraphs[0]!.firstLine), input.languages[start] ?? 'und');
    if (title !== null) {
      if (title.source === 'first-line') paragraphs = paragraphs.slice(1);
      messages.push(titleMessage(title));
    }
    articles.push({
      paragraphs,
      title: title?.text ?? null,
      boundary: candidate === undefined ? null : { score: round(candidate.score.probability), signals: boundarySignals(candidate) },
      startLine: doc.paragraphs[start]!.firstLine,
    });
  }
  for (const candidate of candidates) {
    if (candidate.chosen || candidate.mergedAt !== undefined || candidate.score.probability >= REPORT_FLOOR) {
      const head = movedTo.get(candidate.index);
      if (head === undefined) messages.push(candidateMessage(candidate, doc.paragraphs[candidate.index]!, threshold));
      else messages.push(movedSplitMessage(candidateMessage(candidate, doc.paragraphs[head]!, threshold), candidate.index - head));
    }
  }
  return { ...base, articles, messages };
}

/**
 * Kept paragraphs a split may move back to the page's head. A glued file's next page, its header marked by the cleaner
 * (the site's masthead and menu printed again), keeps its standfirst and byline while its headline goes:
 *
 *   POLITICO / Congress / … / White House                        (removed: the header again; the cleaner starts a page)
 *   Trump taps former Fed official to lead Treasury's debt office (removed by the classifier, 0.75)
 *   The pick signals a push to shorten the maturity of U.S. borrowing.   (kept: the standfirst)
 *   By Victoria Guida / 12/07/2026 03:40 PM EST / Link Copied     (removed)
 *   President Donald Trump has chosen Michelle Harlan, …          (the lead: the segmenter splits here)
 *
 * The split at the lead left the standfirst as the last line of the story above (probe r29, POLITICO and El Mundo glued).
 * A split at most this many kept paragraphs past the page's head, with no other split between, moves to the head.
 */
const MAX_HEAD_SHIFT = 3;

/** Moves the splits (`starts`, sorted, and their candidates); returns each moved split's paragraph index → its new one. */
function moveStartsToPageHeads(starts: number[], chosenAt: Map<number, Candidate>, doc: CleanedDocument): Map<number, number> {
  const movedTo = new Map<number, number>();
  for (const line of doc.pageHeadLines ?? []) {
    let head = 0;
    while (head < doc.paragraphs.length && doc.paragraphs[head]!.firstLine < line) head++;
    let next = 0;
    while (next < starts.length && starts[next]! < head) next++;
    const start = starts[next];
    if (head === 0 || start === undefined || start === head || start - head > MAX_HEAD_SHIFT) continue;
    starts[next] = head;
    chosenAt.set(head, { ...chosenAt.get(start)!, index: head });
    movedTo.set(start, head);
  }
  return movedTo;
}

function movedSplitMessage(message: Message, shift: number): Message {
  const paragraphs = shift === 1 ? 'paragraph' : 'paragraphs';
  return { ...message, reason: `${message.reason}; moved back ${shift} ${paragraphs} to the head of the page the cleaner saw begin (its header printed again above it)` };
}

/** The signals shown for a split: a sure start's (a page header, a dateline lead), which made it whatever the model scored, first. */
function boundarySignals(candidate: Candidate): BoundarySignal[] {
  const signals = topSignals(candidate.score);
  return candidate.sureStart === undefined ? signals : [{ name: candidate.sureStart, weight: round(SURE_SPLIT_MARGIN) }, ...signals];
}

/** What `--explain` says made a sure start a story's. */
const SURE_START_REASONS: Record<SureStart, string> = {
  'page-header': 'a page header (a headline, a byline or date removed under it, a lead restating the headline)',
  'dated-byline': 'a byline or date removed at its top naming another day than the story above it (a story names its day once, at its top)',
  'dateline-lead': 'a lead opening with a dateline ("NEW YORK (Reuters) -", "WASHINGTON —"), which only a story\'s first paragraph carries',
};

/** Rule id of a split the segmenter made; a rejected candidate's is `segmenter-rejected`. */
export const SPLIT_RULE = 'segmenter';

/** Rejected candidates below this probability are not worth an explanation line. */
const REPORT_FLOOR = 0.1;

function candidateMessage(candidate: Candidate, paragraph: Paragraph, threshold: number): Message {
  const probability = round(candidate.score.probability);
  return {
    stage: 'segment',
    action: 'split',
    ruleId: candidate.chosen ? SPLIT_RULE : 'segmenter-rejected',
    category: candidate.chosen ? 'segment' : 'candidate',
    reason: candidateReason(candidate, threshold),
    line: paragraph.firstLine,
    endLine: paragraph.firstLine,
    text: firstWords(paragraph.text),
    score: probability,
  };
}

/** Why a candidate gap was split, or why not: what `--explain` shows for it. */
export function candidateReason(candidate: Candidate, threshold: number): string {
  const probability = round(candidate.score.probability);
  const signals = topSignals(candidate.score).map(signalName).join(', ');
  // The decoder weighs whole articles too (decode.ts): a gap a little below the threshold can win when
  // the stories either side hold together better apart than as one.
  const belowThreshold = probability < threshold ? ', below it but chosen by the whole-article decoding' : '';
  if (candidate.chosen && candidate.sureStart !== undefined) {
    return `new story: ${SURE_START_REASONS[candidate.sureStart]}, whatever the vocabulary either side shares; boundary score ${probability}; strongest signals: ${signals || 'none'}`;
  }
  return candidate.chosen
    ? `new story: boundary score ${probability} (threshold ${threshold}${belowThreshold}); strongest signals: ${signals || 'none'}`
    : candidate.betweenLivePosts === true
      ? `candidate boundary ${probability} not split: between two posts of a live blog (a post's stamp was removed here)`
      : candidate.inList
      ? `candidate boundary ${probability} not split: inside a list or table, or before its first row`
      : candidate.movedToKicker === true
      ? `candidate boundary ${probability} not split: the story starts one paragraph earlier, at the kicker or dateline line before this one`
      : candidate.mergedAt !== undefined
      ? `candidate boundary ${probability} not split: the articles either side share their vocabulary (cohesion ${round(candidate.mergedAt)})`
      : probability >= threshold
      ? `candidate boundary ${probability} not split: a stronger boundary nearby or an article shorter than the minimum would result`
      : `candidate boundary ${probability} below threshold ${threshold}; strongest signals: ${signals || 'none'}`;
}

/** The title's explanation; a title read from a removed line stays removed (ruleId `title-recovered`): it is the record's metadata, not its text. */
function titleMessage(title: TitleChoice): Message {
  const evidence =
    title.shared.length === 0
      ? 'headline-like first line (short, no closing punctuation, followed by a sentence, naming a word of the lead)'
      : `shares ${title.shared.length} content terms with the lead (${title.shared.slice(0, 6).join(', ')})`;
  return {
    stage: 'segment',
    action: 'title',
    ruleId: title.source === 'first-line' ? 'segmenter' : TITLE_RECOVERED,
    category: 'segment',
    reason:
      title.source === 'first-line'
        ? `first line promoted to title: ${evidence}`
        : `removed line above the article taken as its title (it stays removed): ${evidence}`,
    line: title.line,
    endLine: title.endLine,
    text: title.text,
  };
}

/**
 * The gaps (before paragraph `g`) where the cleaner removed a byline or date line (rule category
 * `byline`: a story's page header may lie there; a live blog's post stamp is one too), each with
 * every line removed there; the gap before the first paragraph too. One walk over the removals,
 * sorted by line, as the paragraphs are.
 */
function removedAtBylineGaps(paragraphs: readonly Paragraph[], removals: readonly Message[]): Map<number, RemovedLine[]> {
  const removed = new Map<number, RemovedLine[]>();
  let gap = 0;
  for (const message of removals) {
    if (message.category !== BYLINE_CATEGORY) continue;
    while (gap < paragraphs.length && paragraphs[gap]!.firstLine < message.line) gap++;
    if (gap === paragraphs.length || removed.has(gap)) continue;
    const between = removalsBetween(removals, gap === 0 ? 0 : paragraphs[gap - 1]!.lastLine, paragraphs[gap]!.firstLine);
    removed.set(
      gap,
      between.map((removal) => ({ text: removal.text, byline: removal.category === BYLINE_CATEGORY, livePostStamp: removal.ruleId === livePostStamp.id })),
    );
  }
  return removed;
}

const BYLINE_CATEGORY = 'byline';

/**
 * The `remove-line` messages strictly between raw lines `after` and `before`, from `removals` sorted
 * by line: a binary search, so a listing of thousands of articles over as many removals stays linear-ish.
 */
function removalsBetween(removals: readonly Message[], after: number, before: number): Message[] {
  let low = 0;
  let high = removals.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (removals[middle]!.line > after) high = middle;
    else low = middle + 1;
  }
  const between: Message[] = [];
  for (let index = low; index < removals.length && removals[index]!.line < before; index++) {
    if (removals[index]!.endLine < before) between.push(removals[index]!);
  }
  return between;
}

function signalName(signal: BoundarySignal): string {
  return signal.name;
}

/** The first words after a split, enough to recognise the story. */
function firstWords(text: string): string {
  const words = text.split(/\s+/u);
  return words.length <= 12 ? text : `${words.slice(0, 12).join(' ')}…`;
}
