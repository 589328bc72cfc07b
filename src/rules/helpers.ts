/** Small shared checks for line rules: cheap, no backtracking. */

/** Number of space-separated words of a normalised line. */
export function wordCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  return text.length === 0 ? 0 : count;
}

/**
 * A verb of reported speech: a story tells who said, urged or found what it quotes ("Download the FEMA
 * app for alerts, officials urged."), where a promo, an advert's small print or a site's own notice
 * speaks for itself.
 */
/**
 * Whether a paragraph is story prose, the sign that a page's story has begun: 12+ words ending a sentence with a full stop, an
 * exclamation mark or a closing quote. A headline may be long, but ends without one or with a question. Rules that read a page's
 * header (a byline, a stamp) stop there.
 */
export function isStoryProse(text: string): boolean {
  return STORY_PROSE_END.test(text) && wordCount(text) >= STORY_PROSE_MIN_WORDS;
}
const STORY_PROSE_MIN_WORDS = 12;

/**
 * How far below its page's top a header line (a byline, a stamp) may stand, in paragraphs: looking no further keeps the rules that
 * read a header linear on a page of a million lines. In a file glued from several pages (`RuleContext.pageTop`) each page's top
 * counts.
 */
export const PAGE_HEADER_REACH = 60;
const STORY_PROSE_END = /[.!"”]$/u;

export const REPORTED_SPEECH = /\b(?:said|says|told|added|urged|advised|warned|asked|recommended|reported|found|according to)\b/i;

const ITEM_SEPARATOR = /[\s|•·,/]+/u;

/**
 * Whether every item of a short line is in `vocabulary` (lowercase, compared after trimming
 * punctuation): "Share this: Facebook Twitter Email" is, "Twitter said on Monday" is not.
 */
export function isVocabularyLine(text: string, vocabulary: ReadonlySet<string>, maxWords: number): boolean {
  if (wordCount(text) > maxWords) return false;
  const items = text.toLowerCase().split(ITEM_SEPARATOR).map(trimPunctuation).filter((item) => item !== '');
  return items.length > 0 && items.every((item) => vocabulary.has(item));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Drops non-word characters at both ends, by scanning (an end-anchored `[^…]+$` is quadratic on long runs). */
function trimPunctuation(item: string): string {
  let start = 0;
  let end = item.length;
  while (start < end && !WORD_CHARACTER.test(item[start]!)) start++;
  while (end > start && !WORD_CHARACTER.test(item[end - 1]!)) end--;
  return item.slice(start, end);
}

/** Drops trailing characters found in `marks`, by scanning from the end (linear on any input). */
export function trimTrailing(text: string, marks: string): string {
  let end = text.length;
  while (end > 0 && marks.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * A live blog's post times, one a line over each post's heading (The Independent: "14:50" / "Power cuts climb past 62,000
 * homes" / the post's prose / "14:31" / …; probe r28). A bare clock in a chain of three or more bare clocks, each 3–20
 * paragraphs from the next with a post's prose (8+ words, sentence end) between them, is a post's time: a video's duration
 * is printed once or twice in a story, a video list's durations two lines apart. `i` is a 0-based paragraph index.
 */
const BARE_CLOCK = /^\d{1,2}:\d{2}$/u;
const POST_SERIES_MIN_GAP = 3;
const POST_SERIES_MAX_GAP = 20;
const POST_PROSE_MIN_WORDS = 8;
const POST_SENTENCE_END = /[.!?]["'”’)]?$/u;
const MIN_POST_SERIES = 3;

/** The next post time from bare clock `i` in direction `step`, or -1. */
function nextPostClock(texts: readonly string[], i: number, step: number): number {
  let prose = false;
  for (let gap = 1; gap <= POST_SERIES_MAX_GAP; gap++) {
    const text = texts[i + step * gap];
    if (text === undefined) return -1;
    if (BARE_CLOCK.test(text)) return gap >= POST_SERIES_MIN_GAP && prose ? i + step * gap : -1;
    if (POST_SENTENCE_END.test(text) && wordCount(text) >= POST_PROSE_MIN_WORDS) prose = true;
  }
  return -1;
}

export function isLivePostClock(texts: readonly string[], i: number): boolean {
  if (!BARE_CLOCK.test(texts[i]!)) return false;
  let count = 1;
  for (const step of [1, -1]) {
    for (let at = nextPostClock(texts, i, step); at >= 0 && count < MIN_POST_SERIES; at = nextPostClock(texts, at, step)) count++;
  }
  return count >= MIN_POST_SERIES;
}

/**
 * A pattern for a line that opens with any of `alternatives` (regular-expression sources, each a
 * wording of the same furniture), followed by `after`: the shape of the catalogue's phrase lists.
 */
export function opensWithAny(alternatives: readonly string[], flags: string, after = ''): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})${after}`, flags);
}

/** Punctuation that closes what comes before it: no space goes before it when a span is cut out. */
const CLOSES = /^[.,;:!?)\]}”’»…]/u;

/** What remains of a text when a span rule cuts [start, end) out of it: the two sides, one space between them unless the second opens with closing punctuation. */
export function cutSpan(text: string, start: number, end: number): string {
  return cutSpanJoined(text, start, end).text;
}

/**
 * {@link cutSpan}'s text, and where its two sides meet: characters from `join` (0-based, in the new
 * text) on stood `shift` characters further right before the cut, so a later cut's column can be
 * told against the text before any cut.
 */
export function cutSpanJoined(text: string, start: number, end: number): { text: string; join: number; shift: number } {
  const before = text.slice(0, start).trimEnd();
  const rest = text.slice(end);
  const after = rest.trimStart();
  const separator = before !== '' && after !== '' && !CLOSES.test(after) ? ' ' : '';
  const join = before.length + separator.length;
  return { text: `${before}${separator}${after}`.trim(), join, shift: end + (rest.length - after.length) - join };
}
