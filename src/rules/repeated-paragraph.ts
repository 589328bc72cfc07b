import type { BlockRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A paragraph repeated word for word within a few paragraphs: a gallery caption shown once per
 * slide. Every copy goes, the first one too, unless it is a story sentence quoted again further on
 * (a pull-quote), or each occurrence introduces different prose (a recurring
 * interview question), closes different prose (an embedded post's attribution) or belongs to each
 * record of a list (a deals post's "Available from Amazon"). A paragraph of a whole passage written
 * twice is different: the first copy is the story, and only the later one goes.
 */
const MIN_WORDS = 3;
/**
 * How far back to look, in paragraphs. Repeated captions sit within a few lines of each other;
 * a meal plan or a results table repeats its rows much further apart, and those rows are story
 * (aeb 5f03fc…), so the window stays short.
 */
const LOOK_BACK = 12;

/** Words of prose that must follow each occurrence of a recurring heading. */
const MIN_FOLLOWING_WORDS = 8;

/**
 * An interview's recurring question or a recipe series' recurring heading introduces different
 * prose each time; a repeated caption is followed by its own copy, a slide counter or nothing.
 */
function isRecurringHeading(texts: readonly string[], start: number, copies: readonly number[]): boolean {
  const following = texts[start + 1];
  if (following === undefined || following === texts[start] || wordCount(following) < MIN_FOLLOWING_WORDS) return false;
  return copies.every((i) => {
    const introduced = texts[i + 1];
    return (
      introduced !== undefined && introduced !== following && introduced !== texts[start] && wordCount(introduced) >= MIN_FOLLOWING_WORDS
    );
  });
}

/**
 * An embedded post's attribution repeats when one account is quoted twice ("— The Nigerian Senate
 * (@NGRSenate) October 9, 2018" under two different tweets): it opens with a dash and each occurrence
 * closes different prose. A repeated caption has no dash, and follows its own copy, a slide counter,
 * a price or the slide's other caption.
 */
const SIGN_OFF = /^[—–] ?\S/u;

/** A line of every record of a list recurs at least this often within {@link RECORD_REACH} paragraphs… */
const RECORD_MIN_OCCURRENCES = 4;
/** …never closer than this to its previous occurrence; a slide's caption repeats within a line or two. */
const RECORD_MIN_GAP = 8;
/**
 * Paragraphs looked at on each side: room for four records of up to 15 lines, and a bound that
 * keeps the rule O(n) on a document of a million repeated lines.
 */
const RECORD_REACH = 60;

/**
 * A line that belongs to every record of a list: "Available from Amazon" and "BGR may receive a
 * commission" under each product of a deals post (aeb container e7d77f…), once per record all
 * down the list. A caption repeated per slide sits next to its copy.
 */
function isRecordLine(texts: readonly string[], start: number): boolean {
  const text = texts[start]!;
  let occurrences = 0;
  let previous = -Infinity;
  const last = Math.min(texts.length - 1, start + RECORD_REACH);
  for (let i = Math.max(0, start - RECORD_REACH); i <= last; i++) {
    if (texts[i] !== text) continue;
    if (i - previous < RECORD_MIN_GAP) return false;
    occurrences++;
    previous = i;
  }
  return occurrences >= RECORD_MIN_OCCURRENCES;
}

function isRecurringSignOff(texts: readonly string[], start: number, copies: readonly number[]): boolean {
  if (!SIGN_OFF.test(texts[start]!)) return false;
  const closed = [start, ...copies].map((i) => texts[i - 1]);
  return (
    closed.every((before) => before !== undefined && before !== texts[start] && wordCount(before) >= MIN_FOLLOWING_WORDS) &&
    new Set(closed).size === closed.length
  );
}

/**
 * A standfirst printed under the headline and again inside the story ("The Portuguese boss had been
 * out of work since being sacked by Manchester United in December 2018.", aeb page 92101975…, nine
 * paragraphs apart): a sentence printed twice, once with a different prose paragraph on each side.
 * That copy is the story's and stays; the one under the headline goes. A caption repeated per slide
 * sits next to its copy, a counter or a credit, or comes back with every photo (aeb 8cad00dc…: the
 * same caption under four photos between the story's paragraphs, all four junk; its longer variant,
 * printed twice, ends in names, not a sentence).
 */
function isStandfirstInStory(texts: readonly string[], start: number, copies: readonly number[]): boolean {
  return copies.length === 1 && SENTENCE_END.test(texts[start]!) && isInsideProse(texts, start) && !isInsideProse(texts, copies[0]!);
}

/**
 * A pull-quote printed word for word: a story sentence shown again, set apart, a few paragraphs
 * later (Medium, magazines: "When you are the only developer, every boundary between services is a
 * boundary inside your own head."), next to the story's prose. The first copy is the story's and
 * stays unless only the later copy sits between prose paragraphs (a standfirst, above). A caption
 * repeated per slide sits between its counter and its credit, within a line or two of its copy, or
 * comes back with every photo.
 */
function isQuotedLater(texts: readonly string[], start: number, copies: readonly number[]): boolean {
  if (copies.length !== 1 || copies[0]! - start < PULL_QUOTE_MIN_DISTANCE) return false;
  const text = texts[start]!;
  return SENTENCE_END.test(text) && !TRAILING_ELLIPSIS.test(text) && wordCount(text) >= PULL_QUOTE_MIN_WORDS && touchesProse(texts, start) && (isInsideProse(texts, start) || !isInsideProse(texts, copies[0]!));
}

/** Paragraphs between a sentence and its pull-quote, at least; and the words of a sentence worth quoting. */
const PULL_QUOTE_MIN_DISTANCE = 3;
const PULL_QUOTE_MIN_WORDS = 10;
/** A teaser trails off ("T-Swift is beefing with The Carlyle Group ... what a time to be alive ..."); a quoted sentence ends. */
const TRAILING_ELLIPSIS = /(?:\.\.\.|…)["”’]?$/u;

const SENTENCE_END = /[.!?]["”’]?$/u;

function isInsideProse(texts: readonly string[], index: number): boolean {
  return [texts[index - 1], texts[index + 1]].every((neighbour) => isProseNeighbour(texts, index, neighbour));
}

/** A prose paragraph on at least one side: a slide's caption sits between its counter and its credit. */
function touchesProse(texts: readonly string[], index: number): boolean {
  return [texts[index - 1], texts[index + 1]].some((neighbour) => isProseNeighbour(texts, index, neighbour));
}

function isProseNeighbour(texts: readonly string[], index: number, neighbour: string | undefined): boolean {
  return neighbour !== undefined && neighbour !== texts[index] && wordCount(neighbour) >= MIN_FOLLOWING_WORDS;
}

/** Consecutive paragraphs repeated in the same order that make a duplicated passage rather than a caption. */
const PASSAGE_PARAGRAPHS = 3;
/** Words each paragraph of a duplicated passage holds: prose, not a credit, counter or price. */
const PASSAGE_WORDS = 8;

/**
 * The length of the passage through `start` that is repeated in the same order at `copy` (paragraph
 * `start + k` equals paragraph `copy + k`), counting only paragraphs of prose length and never
 * letting a passage overlap its own copy.
 */
function repeatedPassageLength(texts: readonly string[], start: number, copy: number): number {
  const offset = copy - start;
  const same = (i: number): boolean => {
    const j = i + offset;
    return i >= 0 && j >= 0 && i < texts.length && j < texts.length && texts[i] === texts[j] && wordCount(texts[i]!) >= PASSAGE_WORDS;
  };
  let first = start;
  while (same(first - 1) && start - (first - 1) < Math.abs(offset)) first--;
  let last = start;
  while (same(last + 1) && last + 1 - first < Math.abs(offset)) last++;
  return same(start) ? last - first + 1 : 0;
}

/**
 * A passage of story paragraphs the scraper wrote twice (a page that prints its story again below,
 * an excerpt repeated): the first copy is the story and stays, later copies go. A caption repeated
 * per slide is one line, or a line and its credit.
 */
function duplicatedPassage(texts: readonly string[], start: number, copies: readonly number[]): { earlier: number; length: number } | 'first' | null {
  let first = false;
  for (const copy of copies) {
    const length = repeatedPassageLength(texts, start, copy);
    if (length < PASSAGE_PARAGRAPHS) continue;
    if (copy < start) return { earlier: start - copy, length };
    first = true;
  }
  return first ? 'first' : null;
}

export const rule: BlockRule = {
  kind: 'block',
  id: 'repeated-paragraph',
  category: 'navigation',
  description:
    'A paragraph of three or more words repeated exactly within 12 paragraphs before or after it (captions shown once per slide): all copies go; of a passage of three or more prose paragraphs written twice, the later copy goes; of a sentence printed twice, once between two prose paragraphs (a standfirst repeated in the story), that copy stays; of a story sentence printed again 3+ paragraphs later (a pull-quote), the first copy stays.',
  englishOnly: false,
  match(texts, start) {
    const text = texts[start]!;
    if (wordCount(text) < MIN_WORDS) return null;
    const copies: number[] = [];
    const last = Math.min(texts.length - 1, start + LOOK_BACK);
    for (let i = Math.max(0, start - LOOK_BACK); i <= last; i++) if (i !== start && texts[i] === text) copies.push(i);
    if (copies.length === 0 || isRecurringHeading(texts, start, copies) || isRecurringSignOff(texts, start, copies) || isRecordLine(texts, start)) return null;
    const passage = duplicatedPassage(texts, start, copies);
    if (passage === 'first' || (passage === null && (isStandfirstInStory(texts, start, copies) || isQuotedLater(texts, start, copies)))) return null;
    if (passage !== null) {
      return { length: 1, reason: `repeats a passage of ${passage.length} paragraphs ${passage.earlier} paragraphs earlier` };
    }
    const nearest = copies.reduce((a, b) => (Math.abs(b - start) < Math.abs(a - start) ? b : a));
    const distance = Math.abs(nearest - start);
    return { length: 1, reason: `repeated ${distance} paragraph${distance === 1 ? '' : 's'} ${nearest < start ? 'earlier' : 'later'}` };
  },
  examples: {
    source: 'aeb container db6b08… (the same caption on lines 1, 2, 9 and 10); seed 004 lines 18 and 36 (a quote and its pull-quote differ)',
    remove: [],
    inContext: [
      {
        texts: [
          'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.',
          'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.',
        ],
        start: 1,
        length: 1,
      },
      {
        texts: [
          'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.',
          'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.',
        ],
        start: 0,
        length: 1,
      },
    ],
    keep: [
      ['“Let me be clear, that means a ceasefire right now,” he said.', '“Let me be clear: that means a ceasefire right now.”'],
      // aeb container 0dd135…: two tweets from one account, each with its attribution.
      [
        'Observe a minute silence in honour of the departed souls.',
        '— The Nigerian Senate (@NGRSenate) October 9, 2018',
        'Senate Leader, Ahmad Lawan raises a motion on the deaths of former Speaker of the House of Representatives.',
        '— The Nigerian Senate (@NGRSenate) October 9, 2018',
      ],
      // aeb container e7d77f…: a deals post's per-record lines, once per product.
      ['AirPods', 'Automatically on, automatically connected', 'Easy setup for all your Apple devices', 'Quick access to Siri',
        'Double-tap to play or skip forward', 'Charges quickly in the case', '$139.00', 'Available from Amazon', 'Buy Now',
        'Watch Series 3', 'Optical heart sensor', 'Digital Crown', 'Swim proof', 'Aluminum case', 'watchOS', '$169.99', 'Available from Amazon', 'Buy Now',
        'iPhone 7', 'New 7MP front-facing camera', 'A10 Fusion chipset', '12MP iSight back camera', 'Advanced solid-state home button', 'Renewed', '$217.99', 'Available from Amazon', 'Buy Now',
        'iPad Pro', 'A12X Bionic chip', 'Face ID', 'Four speaker audio', 'Up to 10 hours of battery life', '11-inch display', '$674.00', 'Available from Amazon', 'Buy Now'],
      // aeb container 3c6d33…: the same question put to each food blogger, a different answer each time.
      [
        'Что вас вдохновило на создание кулинарной страницы?',
        '— Я очень люблю шоколад: горький, молочный, белый, пористый, и всегда хотела научиться делать его сама.',
        'Что вас вдохновило на создание кулинарной страницы?',
        '— Поскольку часть детства я прожила в Узбекистане, мои вкусы сложились под влиянием восточной кухни.',
      ],
    ],
  },
};
