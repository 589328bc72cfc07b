import { contentTerms } from '../cohesion/terms.js';
import { stopwordsFor } from '../text/language.js';
import { countWords } from '../text/lines.js';
import { unspacedWords } from '../text/words.js';
import type { Message, Paragraph } from '../types.js';
import { endsLikeSentence, isHeadlineLike } from './openings.js';
import { paragraphShape } from './paragraph-shape.js';

/**
 * An article's title. A page dump holds its headline above the body, among the page furniture the
 * cleaner removed (the breadcrumb, the section label, the byline, the share bar and the headline
 * itself, since all are short lines without a sentence's stopwords), or as the article's first kept
 * line. Of the title-shaped lines there, the title is the one that names what the article's lead is
 * about: the line sharing the most content terms with the lead, relative to its own length, so that
 * "Google Bets on the Future With Launch of Stadia Game Streaming Service" wins over "TECH" and over
 * a teaser of another story. A first kept line that shares too few terms for that still becomes the
 * title when it reads as a headline before a sentence (openings.ts `isHeadlineLike`) and shares at
 * least one term with the lead (a teaser of another story left at the top shares none). Tuned on the
 * train side of aeb pages, whose headlines are known from their URLs, and on synthetic sets built
 * from train articles (the eval's "Titles" table; docs/segmentation.md "Titles").
 */

/** Rule id of the `title` message of a title read from a removed line: the line stays removed, so its text is not the article's. */
export const TITLE_RECOVERED = 'title-recovered';

/** Where a title was found: the article's first kept paragraph (it leaves the body), or a removed line (the body is unchanged). */
export type TitleSource = 'first-line' | 'removed-line';

export interface TitleChoice {
  text: string;
  source: TitleSource;
  line: number;
  endLine: number;
  /** Content terms (stems) the title shares with the article's lead; empty for a headline promoted on its shape (it shares one or more, too few to score). */
  shared: string[];
}

/** Removals of these categories are never a headline: they are told by what they are, not by their shape. */
const NEVER_TITLE_CATEGORIES: ReadonlySet<string> = new Set([
  'advertisement',
  'byline',
  'caption',
  'comments',
  'cookie-banner',
  'embed-consent',
  'legal',
  'newsletter',
  'paywall',
  'related',
  'share',
  'video',
]);

/** The rule that removes an image's credit line ("Getty Images", "Photo: Jane Doe/Reuters"). */
const IMAGE_CREDIT_RULE = 'source-credit';
/**
 * Site controls and breadcrumb trails are never a headline, though a breadcrumb often ends on it
 * ("Home / India News / IMD issues heatwave alert…") and then names the lead's words as well. Their
 * category, navigation, is not refused whole: it also holds a paragraph printed twice, which may be
 * the headline's second copy.
 */
const SITE_CONTROLS_RULE = 'navigation-chrome';
/** How far above the body a headline is looked for, in removed lines (the furniture between them: byline, date, share bar, image credit). */
const MAX_REMOVED_CANDIDATES = 30;
/** The lead a title is compared with: the article's first paragraphs, up to these many words or paragraphs. */
const LEAD_WORDS = 80;
const LEAD_PARAGRAPHS = 5;
/** A title names the lead: it shares at least this many content terms with it, and at least this share of its own. */
const MIN_SHARED_TERMS = 2;
const MIN_SHARED_SHARE = 0.3;
const MIN_WORDS = 3;
const MAX_WORDS = 24;
/** Chinese and Japanese headlines, written without spaces, in characters. */
const MIN_CJK_CHARS = 6;
const MAX_CJK_CHARS = 80;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/**
 * A headline starts with a capital, a digit, a currency sign or an opening quote, in any script without case
 * ("£120 million to protect homes from flooding", GOV.UK's press release; probe r32).
 */
const TITLE_START = /^[\p{Lu}\p{Lo}\p{N}\p{Sc}"“‘'¿¡«„]/u;
/**
 * A sentence's ending, also inside a closing quote ("…coming across the border in drugs."), a label's
 * colon, or a closing bracket: a caption's credit ("… a state of suspended animation (Alamy)").
 */
const TITLE_END_REFUSED = /[.:;,…。：；，]["”’'」』]?$|\)$/u;
/** Two sentences in Chinese or Japanese: a tagline ("…お守りします。商標登録…"). In Latin script a full stop inside a headline is often a quote's ("'Meth. We're on it.'"). */
const SENTENCE_BREAK = /[。！？](?!$)/u;
/** Links, handles, hashtags, breadcrumbs and menus ("Home › News", "Sport | Football", "5 min read • Updated"). */
const FURNITURE_MARK = /https?:|www\.|[|»•›@#]/u;

/** Whether a line has a headline's shape: short, opening with a capital, not closed like a sentence or a label, no link marks. */
export function isTitleShaped(text: string): boolean {
  const trimmed = text.trim();
  if (!TITLE_START.test(trimmed) || TITLE_END_REFUSED.test(trimmed) || FURNITURE_MARK.test(trimmed) || SENTENCE_BREAK.test(trimmed)) return false;
  const words = countWords(trimmed);
  // Mostly Chinese or Japanese: a space may part its two halves ("新しい紙幣の発行始まる 20年ぶりのデザイン刷新").
  if (CJK.test(trimmed) && unspacedWords(trimmed) > words) return trimmed.length >= MIN_CJK_CHARS && trimmed.length <= MAX_CJK_CHARS;
  return words >= MIN_WORDS && words <= MAX_WORDS;
}

/** A line that may be the title, with its terms. */
interface Candidate {
  text: string;
  source: TitleSource;
  line: number;
  endLine: number;
  terms: ReadonlySet<string>;
}

/**
 * The title of one article, or null.
 * @param paragraphs the article's paragraphs
 * @param removedBefore the cleaner's removals between the previous article's last paragraph and this article's first, in order
 * @param language ISO 639-1 code of the article's language (stopwords and stemmer)
 */
export function chooseTitle(paragraphs: readonly Paragraph[], removedBefore: readonly Message[], language: string): TitleChoice | null {
  const first = paragraphs[0];
  if (first === undefined) return null;
  const creditEnds = new Set<number>();
  for (const m of removedBefore) if (m.ruleId === IMAGE_CREDIT_RULE) creditEnds.add(m.endLine);
  const textAt = new Map<number, string>();
  for (const m of removedBefore) if (m.line === m.endLine) textAt.set(m.line, m.text);
  // A numbered or timed row of a list of teasers or key events ("4h ago Man dies after tree falls on
  // car in Ayrshire" between "1h ago Red warning ends…" and "6h ago ScotRail confirms…") opens like
  // the row above or below it. Only rows opening with a number: a headline often shares its shape
  // with the lines around it (the page's title printed twice, a standfirst), as 13 aeb train pages'
  // headlines did.
  const inNumberedRun = (m: Message): boolean => {
    const shape = paragraphShape(m.text);
    if (!shape.startsWith('n')) return false;
    const [above, below] = [textAt.get(m.line - 1), textAt.get(m.line + 1)];
    return (above !== undefined && paragraphShape(above) === shape) || (below !== undefined && paragraphShape(below) === shape);
  };
  const removed = removedBefore
    // A block removal (several paragraphs, joined by newlines) is no headline; nor is the line right
    // under an image credit, the picture's caption ("Getty Images" / "Parking at the Royal Infirmary
    // will cost £4.20…": it names the lead's words as well as the headline does).
    .filter((m) => m.action === 'remove-line' && !m.text.includes('\n') && !NEVER_TITLE_CATEGORIES.has(m.category) && m.ruleId !== SITE_CONTROLS_RULE && !creditEnds.has(m.line - 1) && isTitleShaped(m.text) && !inNumberedRun(m))
    .slice(-MAX_REMOVED_CANDIDATES);
  const firstIsTitleShaped = paragraphs.length > 1 && isTitleShaped(first.text);
  if (removed.length === 0 && !firstIsTitleShaped) return null;

  const stopwords = stopwordsFor(language);
  const termsOf = (texts: readonly string[]): Set<string>[] => contentTerms(texts, stopwords, language).map((terms) => new Set(terms));
  // A title-shaped first line is itself a candidate, so the lead every candidate is compared with starts after it.
  const [lead, firstTerms, ...removedTerms] = termsOf([leadText(paragraphs, firstIsTitleShaped ? 1 : 0), first.text, ...removed.map((m) => m.text)]);
  const candidates: Candidate[] = removed.map((m, index) => ({
    text: m.text.trim(),
    source: 'removed-line',
    line: m.line,
    endLine: m.endLine,
    terms: removedTerms[index]!,
  }));
  if (firstIsTitleShaped) candidates.push({ text: first.text, source: 'first-line', line: first.firstLine, endLine: first.lastLine, terms: firstTerms! });

  let best: NamingCandidate | null = null;
  for (const candidate of candidates) {
    const naming = namingTheLead(candidate, lead!);
    if (naming === null) continue;
    // Later candidates win ties: the headline sits nearer its body than a teaser of the same story, and the first line is last.
    if (best === null || naming.score >= best.score) best = naming;
  }
  if (best !== null) {
    const { candidate, shared } = headlineOverStandfirst(best.candidate, candidates, lead!) ?? best;
    return { text: candidate.text, source: candidate.source, line: candidate.line, endLine: candidate.endLine, shared };
  }
  const second = paragraphs[1];
  const sharesWithLead = [...firstTerms!].some((term) => lead!.has(term));
  if (firstIsTitleShaped && second !== undefined && isHeadlineLike(first.text) && endsLikeSentence(second.text) && sharesWithLead) {
    return { text: first.text, source: 'first-line', line: first.firstLine, endLine: first.lastLine, shared: [] };
  }
  return null;
}

/** A candidate that names the lead, with the lead's terms it shares and its score. */
interface NamingCandidate {
  candidate: Candidate;
  shared: string[];
  score: number;
}

/**
 * The candidate with the lead's terms it names, when it names enough of them (at least
 * {@link MIN_SHARED_TERMS}, and {@link MIN_SHARED_SHARE} of its own), scored by shared² / its terms.
 */
function namingTheLead(candidate: Candidate, lead: ReadonlySet<string>): NamingCandidate | null {
  const shared = [...candidate.terms].filter((term) => lead.has(term));
  if (shared.length < MIN_SHARED_TERMS || shared.length < MIN_SHARED_SHARE * candidate.terms.size) return null;
  return { candidate, shared, score: (shared.length * shared.length) / candidate.terms.size };
}

/**
 * A page prints its headline right over its standfirst, and the standfirst, longer, names more of the lead's words: "Tram
 * passengers face three weeks of disruption as Metrolink line shuts for track repairs" over "Engineers will replace worn-out
 * rails on the Bury line between Whitefield and Crumpsall from January 5, …" (probe r31), CBC's "N.S. ferry to P.E.I. cancelled
 * for season after engine failure" over "Northumberland Ferries says replacement parts won't arrive before ice season" (probe
 * r32). When the chosen line is such a standfirst, a candidate no longer than it on the line right above it that also names the lead
 * is the headline; a kicker of a few words ("BLACK DEATH FEARS") is too short to be one.
 */
function headlineOverStandfirst(chosen: Candidate, candidates: readonly Candidate[], lead: ReadonlySet<string>): NamingCandidate | null {
  const above = candidates.find((candidate) => candidate.endLine === chosen.line - 1);
  if (above === undefined || countWords(above.text) < MIN_HEADLINE_OVER_STANDFIRST_WORDS || countWords(above.text) > countWords(chosen.text)) return null;
  return namingTheLead(above, lead);
}

const MIN_HEADLINE_OVER_STANDFIRST_WORDS = 4;

/** The article's lead from paragraph `from`: whole paragraphs until {@link LEAD_WORDS} words or {@link LEAD_PARAGRAPHS} paragraphs. */
function leadText(paragraphs: readonly Paragraph[], from: number): string {
  const parts: string[] = [];
  let words = 0;
  for (let index = from; index < paragraphs.length && parts.length < LEAD_PARAGRAPHS && words < LEAD_WORDS; index++) {
    const text = paragraphs[index]!.text;
    parts.push(text);
    words += countWords(text);
  }
  return parts.join('\n');
}
