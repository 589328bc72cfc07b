import { classifyParagraphs, type LineJudgement } from '../classifier/classify.js';
import { UNTOUCHED, type RuleNeighbourhood } from '../classifier/features.js';
import { shippedModel, type ClassifierModel } from '../classifier/model.js';
import { ParagraphMemo, type Tokeniser } from '../classifier/paragraph-memo.js';
import type { CleaningOptions } from '../options.js';
import { activeRules, type ActiveRules, type LineRule, type RuleContext, type SpanRule } from '../rules/index.js';
import { cutSpanJoined } from '../rules/helpers.js';
import { isPageEndCopyright } from '../rules/copyright-footer.js';
import { rule as imageCaption } from '../rules/image-caption.js';
import { rule as sourceCredit } from '../rules/source-credit.js';
import { isSkipLinkToContent } from '../rules/navigation-chrome.js';
import { isTranslatedSkipLink } from '../rules/navigation-translated.js';
import { dominantScript, scriptCounts } from '../segment/language-profile.js';
import { paragraphLanguages } from '../segment/paragraph-languages.js';
import { isHeadlineLike, opensWithWireDateline } from '../segment/openings.js';
import { headlineOverLead } from '../classifier/headline-over-lead.js';
import type { SpanVerdict } from '../rules/types.js';
import { languageOfSample, languageSample, stopwordsFor, type LanguageCode } from '../text/language.js';
import { countWords } from '../text/lines.js';
import { tokenise, unspacedWords } from '../text/words.js';
import type { CleanedDocument, DocumentMetadata, Message, NormalisedDocument, Paragraph } from '../types.js';
import { OTHER_SENTENCE_ENDS } from '../text/sentence-end.js';

/**
 * Clean stage: trims inline spans (headers, flattened widgets), removes paragraphs the rule catalogue
 * recognises, then lets the line classifier judge the rest. Every removal is a message with its rule
 * id (or `classifier` and its score), reason, raw lines and text.
 */
export function cleanDocument(doc: NormalisedDocument, options: CleaningOptions): CleanedDocument {
  return cleanWithModel(doc, options, shippedModel());
}

/**
 * How many times the stage may clean its own result. A line's verdict depends on its neighbours, so
 * removing junk can expose more junk (a stray symbol that sat between two menus); cleaning again
 * until nothing changes makes the stage idempotent: cleaning its own output changes nothing.
 * Almost every document settles after one extra round.
 */
const MAX_CLEANING_ROUNDS = 4;

/** How many languages the stage may try before it settles (see {@link cleanWithModel}). */
const MAX_LANGUAGE_ROUNDS = 3;

/**
 * {@link cleanDocument} with an explicit model, for training and tests.
 *
 * The story's language is the language of what stays: junk lines in another script can sway a guess
 * made over the whole page and switch the English wording rules off. So the result must agree with
 * itself: the language the document was cleaned in is the language of the paragraphs kept. The
 * first guess is kept when the kept paragraphs give franc the same sample, as they usually do;
 * otherwise the document is cleaned again in the language of what was kept. On mixed-language text
 * the guesses can alternate (cleaning in English drops lines, so the rest reads as French, and the
 * other way round); then the candidate that keeps least is taken, as cleaning it again keeps it.
 * Together with {@link MAX_CLEANING_ROUNDS} this makes the stage idempotent.
 */
export function cleanWithModel(doc: NormalisedDocument, options: CleaningOptions, model: ClassifierModel): CleanedDocument {
  let sample = languageSample(textsOf(doc.paragraphs));
  let language = languageOfSample(sample);
  const tried = new Map<LanguageCode, CleanedDocument>();
  const memo = new CleaningMemo();
  let cleaned = cleanUntilSettled(doc, options, model, memo.in(language));
  for (let round = 0; round < MAX_LANGUAGE_ROUNDS; round++) {
    tried.set(language, cleaned);
    const keptSample = languageSample(textsOf(cleaned.paragraphs));
    const keptLanguage = keptSample === sample ? language : languageOfSample(keptSample);
    if (keptLanguage === language) break;
    if (tried.has(keptLanguage)) {
      cleaned = [...tried.values()].reduce((least, other) => (other.paragraphs.length < least.paragraphs.length ? other : least));
      break;
    }
    language = keptLanguage;
    sample = keptSample;
    cleaned = cleanUntilSettled(doc, options, model, memo.in(language));
  }
  const messages = [...doc.messages, ...cleaned.messages].sort(byPosition);
  return { ...cleaned, messages, removalGaps: removalGapsOf(doc.paragraphs, cleaned.paragraphs) };
}

// Code run for every document uses loops and functions made once, not callbacks made anew on every
// call: such a callback's optimised code is dropped at each full garbage collection and compiled
// again on a background thread (DEVELOPERS.md, "Workers").

function byPosition(a: Message, b: Message): number {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

/** Cleans in one language, then cleans the result again until nothing more goes. */
function cleanUntilSettled(doc: NormalisedDocument, options: CleaningOptions, model: ClassifierModel, memo: LanguageMemo): CleanedDocument {
  let cleaned = cleanInLanguage(doc, options, model, memo);
  for (let round = 1; round < MAX_CLEANING_ROUNDS; round++) {
    const again = cleanInLanguage({ ...doc, paragraphs: cleaned.paragraphs }, options, model, memo);
    if (again.paragraphs.length === cleaned.paragraphs.length) break;
    // A later round reads a file without the headers the first one removed: the first round's page heads hold.
    const { pageHeadLines } = cleaned;
    cleaned = { ...again, messages: [...cleaned.messages, ...again.messages], metadata: { ...again.metadata, ...cleaned.metadata } };
    if (pageHeadLines === undefined) delete cleaned.pageHeadLines;
    else cleaned.pageHeadLines = pageHeadLines;
  }
  return cleaned;
}

function textsOf(paragraphs: readonly { text: string }[]): string[] {
  const texts: string[] = [];
  for (const paragraph of paragraphs) texts.push(paragraph.text);
  return texts;
}

/** Indexes into `kept` before which the cleaner removed one or more input paragraphs. */
function removalGapsOf(input: readonly Paragraph[], kept: readonly Paragraph[]): number[] {
  const inputIndex = new Map<number, number>();
  for (let index = 0; index < input.length; index++) inputIndex.set(input[index]!.firstLine, index);
  const gaps: number[] = [];
  for (let k = 1; k < kept.length; k++) {
    if (inputIndex.get(kept[k]!.firstLine)! > inputIndex.get(kept[k - 1]!.firstLine)! + 1) gaps.push(k);
  }
  return gaps;
}

function cleanInLanguage(doc: NormalisedDocument, options: CleaningOptions, model: ClassifierModel, memo: LanguageMemo): CleanedDocument {
  const language = memo.language;
  const pass = applyRules(doc, options, language, memo);
  const judgements = options.classifier
    ? classifyParagraphs(
        textsOf(pass.survivors),
        pass.language,
        model,
        { ...options, threshold: options.classifierThreshold ?? model.threshold },
        neighbourhoodsOf(pass.survivors),
        memo.paragraphs,
        pass.pageStarts,
      )
    : pass.survivors.map(keepJudgement);
  const messages = [...pass.messages];
  const kept: Paragraph[] = [];
  for (let i = 0; i < pass.survivors.length; i++) {
    const survivor = pass.survivors[i]!;
    const judgement = judgements[i]!;
    if (judgement.boilerplate) messages.push(classifierMessage(survivor.paragraph, survivor.text, judgement));
    else kept.push({ ...survivor.paragraph, text: survivor.text });
  }
  const pageHeadLines = firstKeptLines(pass.headerPageStarts, judgements, pass.survivors);
  return { ...doc, paragraphs: kept, messages, metadata: pass.metadata, removalGaps: [], language, ...(pageHeadLines.length > 0 ? { pageHeadLines } : {}) };
}

/** For each page start (an index into `survivors`), the line of the first survivor the classifier kept from there on its page. */
function firstKeptLines(starts: readonly number[], judgements: readonly LineJudgement[], survivors: readonly Survivor[]): number[] {
  const lines: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const end = starts[k + 1] ?? survivors.length;
    let i = starts[k]!;
    while (i < end && judgements[i]!.boilerplate) i++;
    if (i < end) lines.push(survivors[i]!.paragraph.firstLine);
  }
  return lines;
}

/** A paragraph the rules left, with its text after inline trims and its index in the input. */
export interface Survivor {
  paragraph: Paragraph;
  /** 0-based index in the normalised document's paragraphs. */
  index: number;
  text: string;
  /** What the rules removed around it, as classifier context. */
  around: RuleNeighbourhood;
}

/** Removing these categories marks where the story's furniture sections begin. */
const SECTION_BREAK_CATEGORIES = new Set(['comments', 'related']);
/**
 * Removing these marks that the page's story is over, so the next story of a glued file may open:
 * its furniture sections, or its legal footer (a page without comments or a related box ends
 * "About Us", "Cookie Settings", and the next page's menu and headline follow).
 */
const STORY_END_CATEGORIES = new Set([...SECTION_BREAK_CATEGORIES, 'legal']);
/**
 * The comment-thread cut needs this many prose words (sentence-final paragraphs of 8+ words, 30 %
 * of them stopwords) among the last {@link STORY_WINDOW} paragraphs before the comments heading:
 * the story ends right there. A "Comments" link in a share bar above the story follows menus and
 * teasers, not a run of prose.
 */
const STORY_WORDS_BEFORE_COMMENTS = 40;
const STORY_WINDOW = 8;
/**
 * A comments heading printed again within this many paragraphs is a link to the comments first:
 * "Comments" between a story's last two paragraphs, then "Comments" over the thread (train
 * f5c90a6d). The thread starts at the later copy, so the paragraph between them is judged as story.
 */
const HEADING_REPEAT_REACH = 3;
/**
 * A page's first line is its skip link (`navigation-chrome`'s "Skip to main content", "Jump directly to the content",
 * `navigation-translated`'s "Zum Inhalt springen"), once story prose came before it. In a file a scraper wrote from
 * several pages it starts the next page: the comment thread and the furniture sections of the page before end there,
 * the rules' context counts from there, and the classifier reads the page on its own (measured with `eval
 * --glue-pages`, docs/cleaning.md). Menus are no such mark: runs of site controls recur inside one page (35 of the 131
 * aeb train pages have a second run of three within 12 lines), skip links do not.
 */
function isSkipLink(text: string): boolean {
  return isSkipLinkToContent(text) || isTranslatedSkipLink(text);
}

/**
 * Where the next story of a glued file opens, after the last one's comment thread or related
 * section: a headline over a lead that restates it, or a wire story's dateline lead. A thread's
 * comments and a related box's summaries read like story prose, so prose alone is no such sign
 * (runs of three long prose paragraphs occur inside the aeb pages' threads); a headline that the
 * next paragraphs restate, or a dateline, is a story's opening.
 */
function nextStoryStarts(texts: readonly string[], at: number, memo: LanguageMemo): boolean {
  const text = texts[at]!;
  if (opensWithWireDateline(text) || opensStoryInAnotherLanguage(texts, at, memo)) return true;
  if (!isHeadlineLike(text)) return false;
  const lead = leadUnder(texts, at, memo);
  return lead !== null && headlineOverLead(texts, at, memo.paragraphs, lead);
}

/**
 * A page's header puts its standfirst, byline, date, the author's handle, a share bar and a kicker
 * between the headline and the lead ("Oscar-winning actress Mary Steenburgen went under…", "David
 * Ehrlich", "Nov 13, 2019 4:26 pm", "@davidehrlich", "Share This Article", "Reddit", …, "“Wild
 * Rose”"): up to this many lines, each short and not prose, except the line right under the
 * headline (a standfirst), which may be either.
 */
const HEADER_LINES_UNDER_HEADLINE = 12;
const HEADER_LINE_MAX_WORDS = 12;

/** Index of the lead under the headline at `at`, past its page header, when story prose follows from there; else null. */
function leadUnder(texts: readonly string[], at: number, memo: LanguageMemo): number | null {
  for (let lead = at + 1; lead < texts.length && lead <= at + HEADER_LINES_UNDER_HEADLINE + 1; lead++) {
    const headerLine = memo.proseWordsInOwnLanguage(texts[lead]!) === 0 && countWords(texts[lead]!) <= HEADER_LINE_MAX_WORDS;
    if (headerLine) continue;
    if (storyProseFollows(texts, lead, memo)) return lead;
    if (lead !== at + 1) return null;
  }
  return null;
}

/**
 * A story goes on under its headline for paragraphs: three of the four after it are prose of 15+
 * words (one may be a line of furniture, Yahoo's "Story continues"). A teaser box below a thread
 * ("Apple Pay Now Available in Belarus…" over its one-line summary, then the next teaser) does not.
 */
const STORY_PARAGRAPHS_UNDER_HEADLINE = 3;
const PARAGRAPHS_LOOKED_AT = 4;
const STORY_PARAGRAPH_MIN_PROSE_WORDS = 15;
/** Or two of the four are long: a roundup's paragraphs between its subheadings and source tags; a teaser's summary is one sentence. */
const LONG_PARAGRAPHS_UNDER_HEADLINE = 2;
const LONG_PARAGRAPH_PROSE_WORDS = 40;

/**
 * Story prose in another language than the last story's prose: the next page of a file glued from
 * two sites, headline or not (an English page, its footer and menus, then a Japanese blog post whose
 * headline, printed twice, went as a repeated paragraph: read with the English page, the classifier
 * took its every paragraph for junk). The last story's prose is looked for this many lines back,
 * past the furniture between them.
 */
const PROSE_LOOK_BACK = 100;

function opensStoryInAnotherLanguage(texts: readonly string[], at: number, memo: LanguageMemo): boolean {
  if (!storyProseFollows(texts, at, memo)) return false;
  for (let k = at - 1; k >= Math.max(0, at - PROSE_LOOK_BACK); k--) {
    if (memo.proseWordsInOwnLanguage(texts[k]!) >= STORY_PARAGRAPH_MIN_PROSE_WORDS) return memo.tongueOf(texts[k]!) !== memo.tongueOf(texts[at]!);
  }
  return false;
}

/**
 * @param kept whether paragraph `k` is read: one a rule removes (a cookie notice, a sign-up box, a
 *   "Also: See Black Friday coverage at CNET" between two paragraphs) is passed over.
 */
function storyProseFollows(texts: readonly string[], from: number, memo: LanguageMemo, kept: (k: number) => boolean = () => true): boolean {
  let prose = 0;
  let long = 0;
  let read = 0;
  for (let k = from; k < texts.length && read < PARAGRAPHS_LOOKED_AT; k++) {
    if (!kept(k)) continue;
    read++;
    const words = memo.proseWordsInOwnLanguage(texts[k]!);
    if (words >= STORY_PARAGRAPH_MIN_PROSE_WORDS) prose++;
    if (words >= LONG_PARAGRAPH_PROSE_WORDS) long++;
  }
  return prose >= STORY_PARAGRAPHS_UNDER_HEADLINE || long >= LONG_PARAGRAPHS_UNDER_HEADLINE;
}

/**
 * A scraper that follows "next story" links on one site writes each page with the site's masthead
 * and menu on top: the file's first lines ("NHK NEWS WEB", "メニュー") come back where the next
 * page begins. A footer may repeat the menu too, but no story follows it: the next page's prose
 * must follow within its header's reach.
 */
const PAGE_TOP_LINES = 2;
const PAGE_TOP_MAX_WORDS = 6;
const PAGE_HEADER_REACH = 20;

/**
 * The next page may leave out the masthead and print its menu after a rule-removed "Menu" control
 * (The Conversation, probe r28: "Academic rigour, journalistic flair" / "Arts + Culture" / "Business +
 * Economy" / … on top, "Menu" / "Arts + Culture" / "Business + Economy" / "Education" on the next
 * page): three short lines in a row that the first page's header printed in the same order, above
 * its first prose, and story prose within the header's reach. Three, not two: a story's own pair of
 * short lines (a subheading and a label) may come back.
 */
const PAGE_MENU_LINES = 3;

function repeatsPageTop(texts: readonly string[], at: number, memo: LanguageMemo, firstProse: number): boolean {
  if (at < PAGE_TOP_LINES || at + PAGE_TOP_LINES > texts.length) return false;
  if (!printedAtTop(texts, at, PAGE_TOP_LINES, 0) && !repeatsHeaderMenu(texts, at, firstProse)) return false;
  return storyProseWithin(texts, at + PAGE_TOP_LINES, memo);
}

/** Story prose within a page header's reach from `from`: the next page prints its masthead and menu, then its story. */
function storyProseWithin(texts: readonly string[], from: number, memo: LanguageMemo): boolean {
  for (let lead = from; lead < Math.min(texts.length, from + PAGE_HEADER_REACH); lead++) {
    if (storyProseFollows(texts, lead, memo)) return true;
  }
  return false;
}

/** How far past a copyright line the next page's story is looked for (lines): its menus alone may run to 90 (ZDNet's editions and topics). */
const AFTER_COPYRIGHT_REACH = 200;

/**
 * The next page's story after a page's copyright line: story prose before another copyright line
 * (a page may print its footer twice, National Review's around its menu). Only paragraphs the rules
 * keep are read (`kept`): a page's own footer may hold a sign-up box and a cookie notice in prose
 * (pv magazine's, aeb train b0cf2bbf…), but not a story.
 */
function storyFollowsCopyright(texts: readonly string[], from: number, memo: LanguageMemo, kept: (k: number) => boolean): boolean {
  for (let at = from; at < Math.min(texts.length, from + AFTER_COPYRIGHT_REACH); at++) {
    if (isPageEndCopyright(texts[at]!)) return false;
    if (storyProseFollows(texts, at, memo, kept)) return true;
  }
  return false;
}

/** Whether the `count` short lines from `at` are the ones from `top`, word for word. */
function printedAtTop(texts: readonly string[], at: number, count: number, top: number): boolean {
  if (at + count > texts.length || top + count > at) return false;
  for (let k = 0; k < count; k++) {
    if (texts[at + k] !== texts[top + k] || countWords(texts[top + k]!) > PAGE_TOP_MAX_WORDS) return false;
  }
  return true;
}

/** Whether the lines from `at` repeat {@link PAGE_MENU_LINES} lines of the file's header, above its first prose (`firstProse`). */
function repeatsHeaderMenu(texts: readonly string[], at: number, firstProse: number): boolean {
  for (let top = 0; top + PAGE_MENU_LINES <= Math.min(firstProse, PAGE_HEADER_REACH); top++) {
    if (printedAtTop(texts, at, PAGE_MENU_LINES, top)) return true;
  }
  return false;
}

/** Prose words (see {@link proseWordsOf}) a page holds before a skip link can start the next one. */
const PAGE_MIN_PROSE_WORDS = 40;
const PROSE_MIN_WORDS = 8;
const PROSE_MIN_STOPWORD_SHARE = 0.3;
const SENTENCE_END = new RegExp(`[.!?…。！？"”’»)${OTHER_SENTENCE_ENDS}]$`, 'u');

/** What the rule catalogue decided; the classifier judges `survivors` only. */
export interface RulePass {
  survivors: Survivor[];
  /** Indexes into `survivors` where a page header began a new page (a file written from several pages). */
  pageStarts: number[];
  /** Those of `pageStarts` that the page's own header marked (a skip link, the masthead or menu again), not a story's opening. */
  headerPageStarts: number[];
  messages: Message[];
  metadata: DocumentMetadata;
  language: LanguageCode;
}

/**
 * Runs span, block and line rules; exported so training fits the classifier on what the rules leave.
 * `memo`, when given, must be for `language` and for these options; it only saves work.
 */
export function applyRules(
  doc: NormalisedDocument,
  options: CleaningOptions,
  language: LanguageCode = languageOfSample(languageSample(textsOf(doc.paragraphs))),
  memo: LanguageMemo = new CleaningMemo().in(language),
): RulePass {
  if (memo.language !== language) throw new Error(`cleaning memo for ${memo.language} used for ${language}`);
  let context: RuleContext = { language };
  const ruleSets = ruleSetsByParagraph(activeRules(options.rules, options.keepCaptions), language, doc.paragraphs);
  const messages: Message[] = [];
  const metadata: DocumentMetadata = {};
  const trimmed: Survivor[] = [];
  for (let index = 0; index < doc.paragraphs.length; index++) {
    const paragraph = doc.paragraphs[index]!;
    const text = trimSpans(paragraph, memo.trimOf(paragraph.text, ruleSets[index]!, context), messages, metadata);
    if (text !== '') trimmed.push({ paragraph, index, text, around: UNTOUCHED });
  }
  const texts = textsOf(trimmed);
  const survivors: Survivor[] = [];
  const removals = new RemovalTally(survivors, memo);
  // Once a comments heading follows the story's prose, the rest is the thread and what follows it.
  // Prose is counted in each paragraph's own language: in a file glued from an English page and a
  // Portuguese one, cleaned in Portuguese, the English story had no prose, so no page could start
  // after it and the classifier read it with the Portuguese page (glued-page-1-17: story lost).
  const recentProse: number[] = [];
  let threadFrom: number | null = null;
  let proseOnPage = 0;
  const pageOf: number[] = [];
  const pageStarts: number[] = [];
  const headerPageStarts: number[] = [];
  /** The first paragraph of prose in the file: the first page's header is above it. */
  let firstProse = trimmed.length;
  /**
   * A new page of a glued file: a skip link (booked as removed just now), the file's header again, or the next story's
   * opening, at paragraph `at`. Only a page's header (`header`) tells the rules where its top is: a story's own
   * subheading over a paragraph that restates it may pass for an opening (BBC's "One chapter over, another barely begun"
   * over its correspondent's analysis, aeb c7e39ac4…), and the analyst's name under it is story, not a byline.
   */
  const beginPage = (atRemovedMark: boolean, at: number, header: boolean): void => {
    if (header) context = { language, pageTop: at };
    threadFrom = null;
    recentProse.length = 0;
    proseOnPage = 0;
    removals.startPage(atRemovedMark);
    // The prose the page needed came from survivors, so this start is past them and not a repeat.
    pageStarts.push(survivors.length);
    if (header) headerPageStarts.push(survivors.length);
  };
  const keptByRules = (k: number): boolean => memo.lineVerdict(texts[k]!, ruleSets[trimmed[k]!.index]!, context) === null;
  /** The paragraph after a page's copyright line when the next page's story follows: the rules or the classifier may remove the line, it ends its page either way. */
  let nextPageAt: number | null = null;
  for (let i = 0; i < trimmed.length; i++) {
    if (nextPageAt === i || (proseOnPage >= PAGE_MIN_PROSE_WORDS && repeatsPageTop(texts, i, memo, firstProse))) beginPage(false, i, true);
    if (proseOnPage >= PAGE_MIN_PROSE_WORDS && isPageEndCopyright(texts[i]!) && storyFollowsCopyright(texts, i + 1, memo, keptByRules)) nextPageAt = i + 1;
    const ruleSet = ruleSets[trimmed[i]!.index]!;
    const block = firstBlock(ruleSet.rules, texts, i, context);
    if (block !== null) {
      removals.note(block.rule, block.verdict.length);
      const first = trimmed[i]!.paragraph;
      const last = trimmed[i + block.verdict.length - 1]!.paragraph;
      messages.push(removal(block.rule, block.verdict.reason, first.firstLine, last.lastLine, texts.slice(i, i + block.verdict.length).join('\n')));
      i += block.verdict.length - 1;
      continue;
    }
    const line = memo.lineVerdict(texts[i]!, ruleSet, context);
    const paragraph = trimmed[i]!.paragraph;
    if (line !== null) {
      removals.note(line.rule, 1, texts[i]!);
      if (proseOnPage >= PAGE_MIN_PROSE_WORDS && isSkipLink(texts[i]!)) beginPage(true, i, true);
      messages.push(removal(line.rule, line.reason, paragraph.firstLine, paragraph.lastLine, texts[i]!));
      const startsThread =
        options.cutCommentThreads && line.rule.category === 'comments' && sum(recentProse) >= STORY_WORDS_BEFORE_COMMENTS && !headingComesAgain(texts, i);
      if (startsThread) threadFrom ??= paragraph.firstLine;
      continue;
    }
    // A file that glues stories one after another: past the last one's comments or related
    // section, a new page begins where the next story opens (and a comment thread ends there).
    if ((threadFrom !== null || removals.pastStoryEnd) && proseOnPage >= PAGE_MIN_PROSE_WORDS && nextStoryStarts(texts, i, memo)) beginPage(false, i, false);
    if (threadFrom !== null) {
      removals.note(COMMENT_THREAD, 1);
      messages.push(removal(COMMENT_THREAD, `after the comments heading at line ${threadFrom}`, paragraph.firstLine, paragraph.lastLine, texts[i]!));
      continue;
    }
    recentProse.push(memo.proseWordsInOwnLanguage(texts[i]!));
    proseOnPage += recentProse[recentProse.length - 1]!;
    if (recentProse[recentProse.length - 1]! > 0 && firstProse === trimmed.length) firstProse = i;
    if (recentProse.length > STORY_WINDOW) recentProse.shift();
    const previous = survivors[survivors.length - 1];
    if (previous !== undefined) previous.around = { ...previous.around, removedAfter: removals.run };
    pageOf.push(removals.page);
    survivors.push({
      ...trimmed[i]!,
      around: {
        removedBefore: removals.run,
        removedAfter: 0,
        afterSectionBreak: removals.afterSectionBreak,
        removedShareBefore: removals.total - removals.pageStart,
        ...(removals.run > 0 && removals.lastWasRelatedHeading ? { relatedHeadingBefore: true } : {}),
      },
    });
    removals.run = 0;
  }
  const last = survivors[survivors.length - 1];
  if (last !== undefined) last.around = { ...last.around, removedAfter: removals.run };
  const pageTotals = removals.pageTotals();
  survivors.forEach((survivor, k) => {
    const before = survivor.around.removedShareBefore;
    const total = pageTotals[pageOf[k]!]!;
    survivor.around = { ...survivor.around, removedShareBefore: total === 0 ? 0 : before / total };
  });
  return { survivors, pageStarts, headerPageStarts, messages, metadata, language };
}

/** What the rules removed so far in a document, for the context of the paragraphs they leave. */
class RemovalTally {
  /** Paragraphs removed since the last survivor. */
  run = 0;
  /** Paragraphs removed in all. */
  total = 0;
  /** 1 once a comments or related section was removed, else 0. */
  afterSectionBreak = 0;
  /** Whether a section or footer that ends the page's story was removed since the page began. */
  pastStoryEnd = false;
  /** Whether the last removal was a related-stories heading. */
  lastWasRelatedHeading = false;
  /** `total` when each page of a file a scraper wrote from several pages began (the first at 0). */
  private readonly pageStarts: number[] = [0];

  constructor(
    private readonly survivors: Survivor[],
    private readonly memo: LanguageMemo,
  ) {}

  /** Books `count` paragraphs removed by `rule`; `text` is the paragraph's when it was one. */
  note(rule: { id: string; category: string }, count: number, text = ''): void {
    const { category } = rule;
    this.lastWasRelatedHeading = category === 'related' && count === 1 && isRelatedHeading(text, this.memo);
    const previous = this.survivors[this.survivors.length - 1];
    if (this.run === 0 && previous !== undefined) {
      if (this.lastWasRelatedHeading) previous.around = { ...previous.around, relatedHeadingAfter: true };
      if (count === 1 && isCreditLine(rule.id, text, this.memo)) previous.around = { ...previous.around, creditAfter: true };
    }
    this.run += count;
    this.total += count;
    if (SECTION_BREAK_CATEGORIES.has(category)) this.afterSectionBreak = 1;
    if (STORY_END_CATEGORIES.has(category)) this.pastStoryEnd = true;
  }

  /**
   * A new page began: its furniture sections and removal shares count afresh.
   * @param atRemovedMark whether the page header that began it (a skip link) was booked just now: it counts for the new page
   */
  startPage(atRemovedMark: boolean): void {
    this.afterSectionBreak = 0;
    this.pastStoryEnd = false;
    this.pageStarts.push(this.total - (atRemovedMark ? 1 : 0));
  }

  /** The current page (0 first). */
  get page(): number {
    return this.pageStarts.length - 1;
  }

  /** `total` when the current page began. */
  get pageStart(): number {
    return this.pageStarts[this.pageStarts.length - 1]!;
  }

  /** Paragraphs removed on each page. */
  pageTotals(): number[] {
    return this.pageStarts.map((start, page) => (this.pageStarts[page + 1] ?? this.total) - start);
  }
}

function neighbourhoodsOf(survivors: readonly Survivor[]): RuleNeighbourhood[] {
  const neighbourhoods: RuleNeighbourhood[] = [];
  for (const survivor of survivors) neighbourhoods.push(survivor.around);
  return neighbourhoods;
}

/**
 * A related-stories heading announces the teasers under it: "You may also like...", "Related
 * articles", "DON'T MISS", "More in Trump Impeachment Inquiry", "Read more from Sky News:". A
 * pointer with its headline on the same line ("READ MORE: China plague outbreak confirmed: …")
 * announces nothing more, and a topics label with a colon ("Related Topics:", "Tags:") announces
 * links to topic pages, which the flattening often drops: the story goes on under it (seed 004).
 */
const RELATED_HEADING_MAX_WORDS = 6;
const COLON = /:/u;
const TEXT_AFTER_COLON = /:\s*\S/u;
const TOPICS_LABEL = /\b(?:topics?|tags?)\b/iu;

function isRelatedHeading(text: string, tokens: Tokeniser): boolean {
  if (text === '' || TEXT_AFTER_COLON.test(text) || (COLON.test(text) && TOPICS_LABEL.test(text))) return false;
  return tokens.tokensOf(text).length <= RELATED_HEADING_MAX_WORDS;
}

/**
 * A picture's credit on a line of its own, booked by a caption rule: "Image Credit: Supplied", "Bildrechte: dpa", "Foto
 * Marcel van den Bergh", "Rachel Whitaker/KCUR". A caption with its credit glued on runs longer.
 */
const CREDIT_LINE_MAX_WORDS = 8;
/** The rules that book a picture's credit (a gallery's counter, "1 / 4", is a caption's furniture too, but no credit). */
const CREDIT_RULES: ReadonlySet<string> = new Set([imageCaption.id, sourceCredit.id]);

function isCreditLine(ruleId: string, text: string, tokens: Tokeniser): boolean {
  return CREDIT_RULES.has(ruleId) && tokens.tokensOf(text).length <= CREDIT_LINE_MAX_WORDS;
}

/** Whether the paragraph at `index` comes again, word for word, within {@link HEADING_REPEAT_REACH} paragraphs. */
function headingComesAgain(texts: readonly string[], index: number): boolean {
  for (let next = index + 1; next <= Math.min(texts.length - 1, index + HEADING_REPEAT_REACH); next++) {
    if (texts[next] === texts[index]) return true;
  }
  return false;
}

/** The pseudo-rule of the comment-thread cut (`cutCommentThreads`), for messages and `--explain`. */
const COMMENT_THREAD = { id: 'comment-thread', category: 'comments' };

/** Words of a paragraph that reads as prose (8+ words, sentence-final, stopword-dense), else 0. */
function proseWordsOf(text: string, tokens: Tokeniser, stopwords: ReadonlySet<string>): number {
  if (!SENTENCE_END.test(text)) return 0;
  // Chinese and Japanese have no spaces to find words or stopwords by: a sentence that runs on counts by its characters.
  const unspaced = unspacedWords(text);
  if (unspaced >= PROSE_MIN_WORDS) return unspaced;
  const words = tokens.tokensOf(text);
  if (words.length < PROSE_MIN_WORDS) return 0;
  let stop = 0;
  for (const word of words) if (stopwords.has(word)) stop++;
  return stop >= PROSE_MIN_STOPWORD_SHARE * words.length ? words.length : 0;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The rules in force on a paragraph, named so that a memo keeps the verdicts of each set apart. */
interface RuleSet {
  name: 'all' | 'without-english-only';
  rules: ActiveRules;
}

/**
 * The rules for each paragraph (by input index). English wording rules stand aside for documents in
 * other languages, except on the paragraphs that are English themselves (told by their stopwords;
 * a line too short to tell takes the language of the paragraph before it, or of the next one in its
 * own script when the one before is in another, segment/paragraph-languages.ts): a consent block or a
 * sign-up widget left in English after an English story glued into a Portuguese or Russian page is
 * removed as it would be on an English page.
 */
function ruleSetsByParagraph(rules: ActiveRules, language: LanguageCode, paragraphs: readonly Paragraph[]): RuleSet[] {
  const all: RuleSet = { name: 'all', rules };
  if (language === 'en' || language === 'und') return new Array<RuleSet>(paragraphs.length).fill(all);
  const withoutEnglishOnly: RuleSet = { name: 'without-english-only', rules: withoutEnglishOnlyRules(rules) };
  const languages = paragraphLanguages(textsOf(paragraphs), language);
  const ruleSets: RuleSet[] = [];
  for (let index = 0; index < paragraphs.length; index++) ruleSets.push(languages[index] === 'en' ? all : withoutEnglishOnly);
  return ruleSets;
}

function withoutEnglishOnlyRules(rules: ActiveRules): ActiveRules {
  return {
    span: rules.span.filter((r) => !r.englishOnly),
    block: rules.block.filter((r) => !r.englishOnly),
    line: rules.line.filter((r) => !r.englishOnly),
  };
}

/** One span cut from a paragraph's text: the rule, its verdict, what went and its 1-based column in the paragraph. */
interface SpanCut {
  rule: SpanRule;
  verdict: SpanVerdict;
  removed: string;
  column: number;
}

/** What the span rules make of a paragraph's text: the cuts in order and the text that remains. */
interface SpanTrim {
  cuts: SpanCut[];
  text: string;
}

/**
 * A bound on one rule's cuts in one paragraph: a rule cuts every occurrence of its span (Reuters
 * prints ", opens new tab" after each link of a sentence), and a rule whose cut left its own match
 * in place must not loop.
 */
const MAX_CUTS_PER_RULE = 50;

/** Runs the span rules over a text, each until it finds no more; depends on the text, the rules and the context only. */
function spanTrimOf(original: string, rules: ActiveRules, context: RuleContext): SpanTrim {
  let text = original;
  // Columns are reported against the normalised paragraph: where each cut joined the text, and by how much it shifted it.
  const joins: Array<{ join: number; shift: number }> = [];
  const cuts: SpanCut[] = [];
  for (const rule of rules.span) {
    for (let count = 0; count < MAX_CUTS_PER_RULE && text !== ''; count++) {
      const verdict = rule.match(text, context);
      if (verdict === null || verdict.end <= verdict.start) break;
      cuts.push({ rule, verdict, removed: text.slice(verdict.start, verdict.end), column: originalOffset(joins, verdict.start) + 1 });
      const cut = cutSpanJoined(text, verdict.start, verdict.end);
      joins.push({ join: cut.join, shift: cut.shift });
      text = cut.text;
    }
    if (text === '') break;
  }
  return { cuts, text };
}

/** The 0-based offset in the text before any cut of `offset` in the text after `joins`' cuts (latest last). */
function originalOffset(joins: ReadonlyArray<{ join: number; shift: number }>, offset: number): number {
  let position = offset;
  for (let i = joins.length - 1; i >= 0; i--) if (position >= joins[i]!.join) position += joins[i]!.shift;
  return position;
}

/** Books a paragraph's span cuts (messages, metadata) and returns what remains of its text. */
function trimSpans(paragraph: Paragraph, trim: SpanTrim, messages: Message[], metadata: DocumentMetadata): string {
  for (const { rule, verdict, removed, column } of trim.cuts) {
    const carriesMetadata = verdict.metadata !== undefined;
    for (const [field, value] of Object.entries(verdict.metadata ?? {})) metadata[field] ??= value;
    messages.push({
      stage: 'clean',
      action: carriesMetadata ? 'metadata' : 'remove-span',
      ruleId: rule.id,
      category: rule.category,
      reason: verdict.reason,
      line: paragraph.firstLine,
      endLine: paragraph.lastLine,
      column,
      text: removed.trim(),
    });
  }
  return trim.text;
}

function firstBlock(rules: ActiveRules, texts: readonly string[], start: number, context: RuleContext) {
  for (const rule of rules.block) {
    const verdict = rule.match(texts, start, context);
    if (verdict !== null && verdict.length >= 1) {
      return { rule, verdict: { ...verdict, length: Math.min(verdict.length, texts.length - start) } };
    }
  }
  return null;
}

/** The first line rule that matches, and its reason. */
interface LineMatch {
  rule: LineRule;
  reason: string;
}

function firstLine(rules: ActiveRules, text: string, context: RuleContext): LineMatch | null {
  for (const rule of rules.line) {
    const verdict = rule.match(text, context);
    if (verdict !== null) return { rule, reason: verdict.reason };
  }
  return null;
}

/**
 * What one document's cleaning has computed from a paragraph's text alone, by language. The stage
 * cleans a document up to {@link MAX_CLEANING_ROUNDS} times per language and most paragraphs come
 * back unchanged, so span cuts, line-rule verdicts and classifier text features are remembered by
 * text. Each entry is a pure function of the text, the language and the options (the same for the
 * whole call), and a memo lives for one {@link cleanWithModel} call only: results cannot depend on
 * call order. Block rules read their neighbours and are not remembered.
 */
class CleaningMemo implements Tokeniser {
  private readonly tokens = new Map<string, readonly string[]>();
  private readonly languages = new Map<LanguageCode, LanguageMemo>();

  /** {@link tokenise}'s tokens of a text (callers must not change the array). */
  tokensOf(text: string): readonly string[] {
    let tokens = this.tokens.get(text);
    if (tokens === undefined) {
      tokens = tokenise(text);
      this.tokens.set(text, tokens);
    }
    return tokens;
  }

  in(language: LanguageCode): LanguageMemo {
    let memo = this.languages.get(language);
    if (memo === undefined) {
      memo = new LanguageMemo(language, this);
      this.languages.set(language, memo);
    }
    return memo;
  }
}

/** The part of a {@link CleaningMemo} for one language (the rules in force and the stopwords depend on it). */
class LanguageMemo implements Tokeniser {
  readonly paragraphs: ParagraphMemo;
  private readonly stopwords: ReadonlySet<string>;
  private readonly trims: Record<RuleSet['name'], Map<string, SpanTrim>> = { all: new Map(), 'without-english-only': new Map() };
  private readonly lines: Record<RuleSet['name'], Map<string, LineMatch | null>> = { all: new Map(), 'without-english-only': new Map() };
  private readonly prose = new Map<string, number>();
  private readonly ownLanguageProse = new Map<string, number>();
  private readonly tongues = new Map<string, string>();

  constructor(
    readonly language: LanguageCode,
    private readonly tokens: CleaningMemo,
  ) {
    this.paragraphs = new ParagraphMemo(language, tokens);
    this.stopwords = stopwordsFor(language);
  }

  /**
   * {@link proseWords} counted in the paragraph's own language (segment/paragraph-languages.ts): on
   * a German page, an Italian story glued after the comments has no German stopwords, and would
   * read as no prose at all.
   */
  proseWordsInOwnLanguage(text: string): number {
    let words = this.ownLanguageProse.get(text);
    if (words === undefined) {
      // Every paragraph the rules leave is counted: telling its language is the costly part, so it
      // is told only for a sentence that is no prose in the document's language.
      words = this.proseWords(text);
      if (words === 0 && SENTENCE_END.test(text)) {
        const language = paragraphLanguages([text], this.language)[0]!;
        if (language !== this.language) words = this.tokens.in(language).proseWords(text);
      }
      this.ownLanguageProse.set(text, words);
    }
    return words;
  }

  /**
   * The paragraph's own language told against the document's (segment/paragraph-languages.ts, which
   * tells languages of one script by their stopwords), with its script: alone, a Japanese paragraph
   * is the whole of its sample, so its script is the sample's and tells nothing there.
   */
  tongueOf(text: string): string {
    let tongue = this.tongues.get(text);
    if (tongue === undefined) {
      tongue = `${paragraphLanguages([text], this.language)[0]!} ${dominantScript(scriptCounts(text)) ?? ''}`;
      this.tongues.set(text, tongue);
    }
    return tongue;
  }

  tokensOf(text: string): readonly string[] {
    return this.tokens.tokensOf(text);
  }

  trimOf(text: string, ruleSet: RuleSet, context: RuleContext): SpanTrim {
    const trims = this.trims[ruleSet.name];
    let trim = trims.get(text);
    if (trim === undefined) {
      trim = spanTrimOf(text, ruleSet.rules, context);
      trims.set(text, trim);
    }
    return trim;
  }

  lineVerdict(text: string, ruleSet: RuleSet, context: RuleContext): LineMatch | null {
    const lines = this.lines[ruleSet.name];
    let verdict = lines.get(text);
    if (verdict === undefined) {
      verdict = firstLine(ruleSet.rules, text, context);
      lines.set(text, verdict);
    }
    return verdict;
  }

  proseWords(text: string): number {
    let words = this.prose.get(text);
    if (words === undefined) {
      words = proseWordsOf(text, this.tokens, this.stopwords);
      this.prose.set(text, words);
    }
    return words;
  }
}

function removal(rule: { id: string; category: string }, reason: string, line: number, endLine: number, text: string): Message {
  return { stage: 'clean', action: 'remove-line', ruleId: rule.id, category: rule.category, reason, line, endLine, text };
}

function classifierMessage(paragraph: Paragraph, text: string, judgement: LineJudgement): Message {
  const score = Math.round(judgement.probability * 1000) / 1000;
  const revision = judgement.revision === null ? '' : `; ${judgement.revision} (first label: ${judgement.initial})`;
  return {
    stage: 'clean',
    action: 'remove-line',
    ruleId: 'classifier',
    category: 'classifier',
    reason: `boilerplate probability ${score.toFixed(3)}${revision}`,
    line: paragraph.firstLine,
    endLine: paragraph.lastLine,
    text,
    score,
  };
}

function keepJudgement(): LineJudgement {
  return { probability: 0, initial: 'good', boilerplate: false, revision: null };
}
