import { wordTokens } from '../cohesion/terms.js';
import { HONORIFICS } from './proper-nouns.js';
import { OTHER_QUESTION_MARKS, OTHER_SENTENCE_ENDS } from '../text/sentence-end.js';

/**
 * How a paragraph opens. A story's lead introduces its subject in full ("Sir Keir Starmer is…",
 * "Arizona's Senate has…", "LONDON (Reuters) -"); a paragraph inside a story leans on what came
 * before ("He said…", "That's how…", "But the Labour leader…", a quotation).
 */

/**
 * Openers that refer back or continue: pronouns, demonstratives and connectives. English only;
 * other languages rely on the stopword opener signal.
 */
const CONTINUATION_OPENERS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'them', 'him',
  'this', 'that', "that's", 'that’s', 'these', 'those', 'such', 'there', 'here', 'but', 'and', 'or',
  'so', 'yet', 'however', 'meanwhile', 'also', 'still', 'then', 'instead', 'moreover', 'furthermore',
  'besides', 'likewise', 'similarly', 'nevertheless', 'nonetheless', 'though', 'although', 'because',
  'thus', 'therefore', 'hence', 'otherwise', 'indeed', 'later', 'afterwards', 'earlier', 'now',
  'another', 'other', 'others', 'both', 'neither', 'either', 'the', 'ultimately', 'finally', 'after',
  'since', 'despite',
]);

/** Continuation openers strong enough to count alone (not "the", "after", "since"…). */
const ANAPHORIC_OPENERS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'their', 'its', 'them', 'this', 'that', "that's",
  'that’s', 'these', 'those', 'such', 'but', 'and', 'so', 'yet', 'however', 'meanwhile', 'also',
  'still', 'then', 'instead', 'moreover', 'furthermore', 'likewise', 'similarly', 'nevertheless',
  'nonetheless', 'thus', 'therefore', 'indeed', 'another', 'both', 'ultimately', 'finally',
]);

/** First word of a paragraph, lowercased, without leading punctuation. */
export function firstWord(text: string): string {
  return (wordTokens(text.slice(0, 80))[0] ?? '').toLowerCase();
}

/** "He said…", "That's how…", "But…": the paragraph leans on the one before. */
export function opensWithAnaphor(text: string): boolean {
  const word = firstWord(text);
  return ANAPHORIC_OPENERS.has(word) || ANAPHORIC_OPENERS.has(word.replace(/['’]s$/u, ''));
}

/**
 * A paragraph that opens with a quotation mark or a dialogue dash ("— Я всегда любила готовить."):
 * quotes and interview answers continue a story far more often than they start one.
 */
export function opensWithQuote(text: string): boolean {
  return /^(?:["“‘'«„]|[—–-]\s)/u.test(text.trimStart());
}

/** A question ("What inspired you?"): in a Q&A the answer that follows belongs to the same story. */
const QUESTION_END = new RegExp(`[?${OTHER_QUESTION_MARKS}]["”’»)]*$`, 'u');

export function endsWithQuestion(text: string): boolean {
  return QUESTION_END.test(text.trim());
}

/**
 * An interview's labelled question and answer ("Q: Where did you grow up?" / "A: St. Croix in the
 * U.S. Virgin Islands…"): the answer belongs to the question's story, whatever words it brings.
 */
export function isLabelledQuestion(text: string): boolean {
  return /^(?:Q|Question)\s?[:.]\s/u.test(text.trimStart()) && endsWithQuestion(text);
}

export function opensWithAnswerLabel(text: string): boolean {
  return /^(?:A|Answer)\s?:\s/u.test(text.trimStart());
}

/**
 * Two paragraphs of one interview: a question and its answer, or an answer and the next labelled
 * question ("A: St. Croix…" / "Q: Favorite childhood memory?"). A Q&A changes subject at every
 * question; its labels, not its words, say it goes on.
 * @param beforeEndsWithQuestion whether `before` ends with a question mark ({@link endsWithQuestion}, computed once)
 */
export function insideInterview(before: string, after: string, beforeEndsWithQuestion: boolean): boolean {
  const questionThenAnswer = beforeEndsWithQuestion && (isLabelledQuestion(before) || opensWithAnswerLabel(after));
  return questionThenAnswer || (opensWithAnswerLabel(before) && isLabelledQuestion(after));
}

/**
 * A paragraph that is nothing but a web address ("http://amzn.to/2iJFhRj"): the link of a list item
 * or a source line, never the lead of a story.
 */
export function isBareLink(text: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/u.test(text.trim());
}

/** Whether the first word is a stopword of the document's language: a language-neutral continuation cue. */
export function opensWithStopword(text: string, stopwords: ReadonlySet<string>): boolean {
  const word = firstWord(text);
  return word.length > 0 && (stopwords.has(word) || CONTINUATION_OPENERS.has(word));
}

/**
 * A dateline: "LONDON (Reuters) -", "WASHINGTON —", "NEW DELHI:", "ST. JOSEPH, Mich. (AP) —",
 * "Santa Barbara, Calif. (AP) --". The place in capitals before a dash or colon; in ordinary case
 * only with an agency or a double hyphen. "Claim:", "Note:", "6A: Wichita…" and "October 9 – Irving"
 * (a row of a list) are labels and rows, not datelines: with any capitalised word before a dash or
 * colon, one in twenty paragraphs inside stories read as a dateline.
 */
const PLACE_IN_CAPITALS = String.raw`(?:\p{Lu}[\p{Lu}.'’]+\s?){1,4}`;
/** A wire dateline's place: capitals, its words possibly joined by hyphens. */
const WIRE_PLACE = String.raw`(?:\p{Lu}[\p{Lu}.'’-]+\s?){1,4}`;
const PLACE = String.raw`(?:\p{Lu}[\p{L}.'’]*\s?){1,4}`;
const REGION = String.raw`(?:,\s*[\p{Lu}\d][\p{L}\d. ]{0,20})?\s*`;
const AGENCY = String.raw`\([^)]{1,30}\)\s*`;
const DATELINE = new RegExp(
  `^(?:${PLACE_IN_CAPITALS}${REGION}(?:${AGENCY})?(?:--|[-–—:])|${PLACE}${REGION}(?:${AGENCY}(?:--|[-–—])|--))\\s`,
  'u',
);

/**
 * A broadcaster's dateline with no dash: "Hong Kong (CNN Business) A muddled view…", "(CNN)President
 * Donald Trump…". A short name in brackets then a capital opens other lines too ("Ascom (Holding) AG,
 * Zugerstrasse 32…", "At Any (Court) Cost"), but no lead-length paragraph in the development pages.
 */
const BRACKETED_SOURCE_DATELINE = new RegExp(`^(?:${PLACE}${REGION})?\\(\\p{Lu}[\\p{L} ]{0,28}\\)\\s*[\\p{Lu}“"]`, 'u');
const MIN_BRACKETED_LEAD_WORDS = 12;

/**
 * The wire datelines of Korean, Japanese and Chinese agencies, which put place and agency in
 * brackets before the lead: "(부산=연합뉴스) 박지영 기자 = …", "【ワシントン=共同】…", "新华社北京12月6日电 …".
 * A Japanese label in lenticular brackets without the equals sign ("【写真】", "【関連記事】") is no dateline.
 */
const EAST_ASIAN_WIRE_DATELINE = /^(?:\([^()=\s]{1,12}=[^()\s]{1,12}\)\s*(?:[^\s=]{1,12}\s+){0,3}(?:기자|특파원)?\s*=|【[^【】\s=＝]{1,12}[=＝][^【】\s]{1,10}】|(?:新华社|中新社|中新网)[^\s，。]{1,20}电)/u;

export function opensWithDateline(text: string): boolean {
  const opening = text.trimStart();
  if (DATELINE.test(opening) || EAST_ASIAN_WIRE_DATELINE.test(opening)) return true;
  return BRACKETED_SOURCE_DATELINE.test(opening) && wordTokens(opening).length >= MIN_BRACKETED_LEAD_WORDS;
}

/**
 * A wire story's dateline proper: the place in capitals (its words may be joined by hyphens), the
 * agency in brackets and a dash ("TOKYO, Nov 30 (Reuters) -", "HAYWARD, Calif. (AP) —"). Nothing but
 * a story's lead opens so (classifier/wire-leads.ts); a place before a colon or a bare dash, which
 * {@link opensWithDateline} also takes, is no such proof ("READ MORE:", "FILE PHOTO:").
 */
const WIRE_DATELINE = new RegExp(`^${WIRE_PLACE}${REGION}${AGENCY}\\.?(?:--|[-–—])\\s`, 'u');

export function opensWithWireDateline(text: string): boolean {
  const opening = text.trimStart();
  return WIRE_DATELINE.test(opening) || EAST_ASIAN_WIRE_DATELINE.test(opening);
}

/**
 * A story's dateline as papers print it without an agency too: the place in capitals before a
 * dash, then the lead's first word ("WASHINGTON — Dana Whitfield…", "SIOUX FALLS, S.D. – People…").
 * Not a place before a colon ("DEAR ABBY:", "READ MORE:", "FTC:"), which labels a letter or a link.
 */
const DASH_DATELINE = new RegExp(`^${WIRE_PLACE}${REGION}(?:--|[-–—])\\s+[\\p{Lu}\\p{N}"“‘']`, 'u');

/**
 * A place in ordinary case needs a news agency's name in the brackets ("Leipzig (dpa) - Die SPD…",
 * "Madrid (Europa Press) –"): with any word there, a row such as "Apple (AAPL) - The company…" reads
 * as one.
 */
const AGENCIES = ['AP', 'AFP', 'Reuters', 'dpa', 'DPA', 'dpa-AFX', 'EFE', 'Europa Press', 'ANSA', 'APA', 'SDA', 'KNA', 'epd', 'PAP', 'ČTK', 'TASR', 'MTI', 'Belga', 'ANP', 'NTB', 'TT', 'Ritzau', 'Lusa', 'Xinhua', 'Kyodo', 'Yonhap', 'PTI', 'IANS', 'UNI', 'Bernama', 'Anadolu', 'AA', 'Interfax', 'TASS', 'Ukrinform', 'CNN'];
const AGENCY_DATELINE = new RegExp(`^${PLACE}${REGION}\\((?:${AGENCIES.join('|')})(?:/[^)]{1,20})?\\)\\s*\\.?(?:--|[-–—])\\s`, 'u');

export function opensWithStoryDateline(text: string): boolean {
  const opening = text.trimStart();
  return opensWithWireDateline(opening) || DASH_DATELINE.test(opening) || AGENCY_DATELINE.test(opening);
}

/**
 * Opens with a named subject in full: two or more capitalised words within the first four
 * ("Sir Keir Starmer is…", "Hong Kong's Cyberport, a…", "Arizona's Senate has…") rather than
 * a title and a surname ("Mr Khan said…"), which refers back to someone already introduced.
 */
export function opensWithFullName(text: string): boolean {
  const tokens = wordTokens(text.slice(0, 120)).slice(0, 5);
  const first = tokens[0];
  if (first === undefined) return false;
  const lower = first.toLowerCase();
  if (['mr', 'mrs', 'ms', 'dr'].includes(lower)) return false;
  let run = 0;
  let longest = 0;
  for (const token of tokens.slice(0, 4)) {
    run = /^\p{Lu}/u.test(token) && !HONORIFICS.has(token.toLowerCase()) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest >= 2 || /^\p{Lu}[\p{L}]+['’]s\s+\p{Lu}/u.test(text.trimStart());
}

/** Words of a line that can still read as a headline or subheading. */
const MAX_HEADLINE_WORDS = 16;

/**
 * A headline or subheading: short, capitalised, not ended like a sentence
 * ("Ministers also resist ceasefire pressure", "Streamlining AI research and talent development").
 */
export function isHeadlineLike(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/u).length;
  return words >= 2 && words <= MAX_HEADLINE_WORDS && /^[\p{Lu}\p{N}"“‘']/u.test(trimmed) && !endsLikeSentence(trimmed);
}

/** Ends with sentence punctuation, possibly inside closing quotes or brackets. */
const SENTENCE_END = new RegExp(`[.!?…。！？${OTHER_SENTENCE_ENDS}]["”’')\\]]*$`, 'u');

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim()) || /["”]$/u.test(text.trim());
}

/** Ends with a colon or dash: it introduces what follows (a quote, a list). */
export function endsOpen(text: string): boolean {
  return /[:;,–—-]$/u.test(text.trim());
}
