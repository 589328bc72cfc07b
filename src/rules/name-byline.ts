import type { BlockRule } from './types.js';
import { isStoryProse, PAGE_HEADER_REACH, wordCount } from './helpers.js';
import { rule as bylineTimestamp } from './byline-timestamp.js';
import { rule as cookieBanner } from './cookie-banner.js';
import { rule as cookieBannerTranslated } from './cookie-banner-translated.js';

/**
 * A byline without "By" above the story: the authors' names and their paper, every word
 * capitalised, under the headline and before the first paragraph:
 *
 *   Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide
 *   Kevin Johnson and Kevin McCoy USA TODAY
 *   NEW YORK – Two federal prison officers …
 *
 * Also "Tom Davies Associated Press", "Jane Smith, Reuters", "Jane Smith | Staff writer". Only
 * right under the headline (a line of 5+ words with lowercase words and no full stop) and above
 * the story: once a paragraph of prose has gone by, a line of capitalised names is a list in the
 * story (a cast, a team) or a subheading. A menu is a run of capitalised lines ("Your Dollar Goes
 * Further Overseas", "Quick Start Guide", "How We Work"), so a line with another such line right
 * after it is not a byline. Line shape alone, no list of papers: a first
 * name-like pair of capitalised words, then only capitalised words and "and"/"&", then optionally
 * a separator and a short role ("| Staff writer").
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\.?`;
/** The first author: a capital then a lowercase letter ("Kevin"), so an all-capitals line ("LOOK WHAT YOU MADE ME DO") is not a byline. */
const FIRST_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*`;
/** The "By" of other languages opens a byline that `byline-timestamp` takes ("Von Anna Schmidt", "Par Flora Genoux"): no name. */
const FOREIGN_BY = String.raw`(?:Von|Par|Por|Di|Door|Av|Oleh) `;
const BYLINE = new RegExp(
  String.raw`^(?!${FOREIGN_BY})${FIRST_NAME} ${NAME_WORD}(?:,? (?:${NAME_WORD}|and|&|de|van|von|da|del|der|la|le))*(?: ?[,|–—] [\p{L} ]{2,40})?$`,
  'u',
);
const MIN_WORDS = 3;
const MAX_WORDS = 12;
const DIGIT = /\p{N}/u;
/** The headline right above: a line of 5+ words, not all capitalised, without a closing full stop. */
const HEADLINE_MIN_WORDS = 5;
const FULL_STOP = /\.["”’)]*$/u;

function isBylineShaped(text: string): boolean {
  const words = wordCount(text);
  return words >= MIN_WORDS && words <= MAX_WORDS && !DIGIT.test(text) && BYLINE.test(text);
}

function isHeadline(text: string): boolean {
  return wordCount(text) >= HEADLINE_MIN_WORDS && !FULL_STOP.test(text) && !BYLINE.test(text);
}

/**
 * A headline in title case under a breadcrumb that ends in a shortened copy of it ("Home | India | Monsoon Session: Rajya
 * Sabha Clears Dam Safety Amendment Bill After Walkout" over "Rajya Sabha Clears Dam Safety Amendment Bill After
 * Opposition Walkout", NDTV; probe r25), or under itself: the line above holds most of its words. A byline's names are
 * not in the headline over them.
 */
const RESTATED_SHARE = 0.75;

function restates(above: string, text: string): boolean {
  const aboveWords = new Set(above.toLowerCase().split(' '));
  const words = text.toLowerCase().split(' ');
  return words.filter((word) => aboveWords.has(word)).length >= RESTATED_SHARE * words.length;
}

/**
 * A bare name of two or three words over the byline's next line, a stamp or the author's role ("Tom Gillespie" over "News
 * reporter @TomGillespie1", Sky News, aeb train page 92101975…; "Sipho Ndlovu" over "Published 2h ago", News24;
 * "Alexander Lee" over "March 12, 2026 - 3:04PM", news.com.au; probe r25). The headline's standfirst may sit above it, a
 * sentence of prose: one such paragraph before it, no more. Not an agency or a "By" line: "The Associated Press" over a
 * syndicated story, booked as a byline on aeb train page b37be353…, moved the classifier's reading of the page (a story
 * paragraph after its "Related Links" box went, `page` recall 0.99564 → 0.99375 over the train pages). Nor the "By" of other
 * languages ("Von Anna Schmidt" is `byline-timestamp`'s), now that the rule reads every language (probe r30). A consent banner's
 * sentences at the page's top are no prose of the story (probe r32, Yle: "Yle käyttää evästeitä …" over the headline, the
 * standfirst and "Jussi Kärkkäinen" over "7.12.2026 klo 08:15").
 */
const BARE_NAME = new RegExp(String.raw`^(?!(?:The|By|A|An|From|With) |${FOREIGN_BY})${FIRST_NAME}(?: ${NAME_WORD}){1,2}$`, 'u');
const MAX_PROSE_BEFORE_BARE_NAME = 1;
/**
 * The reporter's city on a line of its own between the name and the stamp, as La Vanguardia prints its byline (probe r30):
 * "Lluís Sierra" / "Barcelona" / "07/12/2026 10:15". One to three capitalised words, no digit, no punctuation but a
 * name's; the name and the city go together.
 */
const PLACE_LINE = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$`, 'u');

function isConsentBanner(text: string): boolean {
  return cookieBanner.match(text, { language: 'en' }) !== null || cookieBannerTranslated.match(text, { language: 'en' }) !== null;
}

/** How many lines the bare name and the city under it make when a stamp or role follows them (1 or 2), else 0. */
function bareNameOverByline(texts: readonly string[], start: number, pageTop: number): number {
  const text = texts[start]!;
  const next = texts[start + 1];
  if (next === undefined || DIGIT.test(text) || !BARE_NAME.test(text)) return 0;
  let prose = 0;
  for (let i = pageTop; i < start; i++) {
    const before = texts[i]!;
    if (isStoryProse(before) && !isConsentBanner(before) && ++prose > MAX_PROSE_BEFORE_BARE_NAME) return 0;
  }
  // Last: a menu's two-word items ("World News", "Health News") look like names, and the byline rule is the costly test.
  if (bylineTimestamp.match(next, { language: 'en' }) !== null) return 1;
  const stamp = texts[start + 2];
  return stamp !== undefined && PLACE_LINE.test(next) && bylineTimestamp.match(stamp, { language: 'en' }) !== null ? 2 : 0;
}

/**
 * A byline sits near the top of its page ({@link PAGE_HEADER_REACH}): the later page's "Daniel Kerrigan, University of Oregon"
 * under its headline (probe r28, The Conversation) is as much a byline as the first page's.
 */

export const rule: BlockRule = {
  kind: 'block',
  id: 'name-byline',
  category: 'byline',
  description: 'A byline without "By" above the story: capitalised names and their paper or role ("Kevin Johnson and Kevin McCoy USA TODAY", "Jane Smith | Staff writer"), before any prose.',
  // A name is a name in any language (probe r30: La Vanguardia's byline); the shapes hold without English words.
  englishOnly: false,
  match(texts, start, context) {
    const pageTop = Math.min(context?.pageTop ?? 0, start);
    if (start - pageTop >= PAGE_HEADER_REACH) return null;
    const text = texts[start]!;
    const bareName = bareNameOverByline(texts, start, pageTop);
    if (bareName > 0) return { reason: bareName === 2 ? 'a bare name and its city over the byline\'s stamp' : 'a bare name over the byline\'s stamp or role', length: bareName };
    if (!isBylineShaped(text)) return null;
    const headline = texts[start - 1];
    const after = texts[start + 1];
    if (headline === undefined || !isHeadline(headline) || (after !== undefined && isBylineShaped(after))) return null;
    if (start === pageTop || restates(headline, text)) return null;
    for (let i = pageTop; i < start; i++) {
      const before = texts[i]!;
      if (isStoryProse(before)) return null;
    }
    return { reason: 'byline without "By" above the story', length: 1 };
  },
  examples: {
    source: 'aeb container c58aa5…, 7de524…, 776a1c…, c81e13… (line 2, under the headline)',
    remove: [],
    inContext: [
      // Sky News' header (aeb train page 92101975…): headline, standfirst, the author's name over the role and handle.
      {
        texts: [
          'Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager',
          'The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.',
          'Tom Gillespie',
          'News reporter @TomGillespie1',
          'Wednesday 20 November 2019 11:42, UK',
        ],
        start: 2,
        length: 1,
      },
      // Yle's byline under its consent banner, headline and standfirst (probe r32, a made-up page): the banner is no prose.
      {
        texts: [
          'Yle käyttää evästeitä ja muita tekniikoita sivuston toiminnan varmistamiseen, palveluiden kehittämiseen ja sisältöjen personointiin. Voit hyväksyä kaikki evästeet tai valita vain välttämättömät.',
          'Oulun ratikkahanke jäihin – valtuusto hylkäsi rahoituksen äänin 35–32',
          'Pikaraitiotien suunnittelu keskeytyy ainakin kahdeksi vuodeksi. Kannattajat puhuvat menetetystä tilaisuudesta, vastustajat vastuullisesta päätöksestä.',
          'Jussi Kärkkäinen',
          '7.12.2026 klo 08:15',
        ],
        start: 3,
        length: 1,
      },
      // La Vanguardia's byline, the reporter's city between the name and the stamp, under the standfirst (probe r30, made-up page).
      {
        texts: [
          'Barcelona limitará los pisos turísticos en el Eixample a partir de marzo',
          'El Ayuntamiento no renovará 1.200 licencias que caducan el próximo año y destinará los inmuebles al alquiler residencial',
          'Lluís Sierra',
          'Barcelona',
          '07/12/2026 10:15',
        ],
        start: 2,
        length: 2,
      },
      // News24's header (probe r25, made-up page).
      { texts: ['Load shedding returns as Eskom loses six units overnight', 'Sipho Ndlovu', 'Published 2h ago'], start: 1, length: 1 },
      {
        texts: [
          "Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide",
          'Kevin Johnson and Kevin McCoy USA TODAY',
          'Published 6:39 PM EST Nov 19, 2019',
        ],
        start: 1,
        length: 1,
      },
      { texts: ['Thousands of teachers pack Indiana Statehouse for protest', 'Tom Davies Associated Press'], start: 1, length: 1 },
      { texts: ['High School Roundup: Viera defeats Rockledge to remain undefeated', 'Elliot Brownstein Florida Today'], start: 1, length: 1 },
      { texts: ['Markets slide as trade talks stall again', 'Jane Smith, Reuters'], start: 1, length: 1 },
      { texts: ['Markets slide as trade talks stall again', 'Jane Smith | Staff writer'], start: 1, length: 1 },
      {
        texts: [
          "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?",
          'Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader',
          'South Dakota is drawing national attention for its new anti-meth campaign.',
        ],
        start: 1,
        length: 1,
      },
    ],
    keep: [
      // A bare name deep in a story, over a dated line: the story's prose came first.
      [
        'The council met on Monday to discuss the plan for the new library, which has been delayed twice.',
        'Residents said they had not been told about the change until the letters arrived last week.',
        'Jane Smith',
        'Published 2h ago',
      ],
      // An agency's credit over a stamp (aeb train page b37be353…, where booking it cost a story paragraph).
      ['Nation & World', 'The Associated Press', 'Published 6:39 PM EST Nov 19, 2019'],
      // A name over a line that is no stamp.
      ['Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager', 'Tom Gillespie', 'Barcelona', 'The Portuguese boss had been out of work.'],
      ['Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager', 'Tom Gillespie', 'The Portuguese boss had been out of work.'],
      // aeb gold 55bb63… line 1, 5fbc7c… line 2: a story's capitalised first lines.
      ['LOOK WHAT YOU MADE ME DO', 'Black Friday'],
      // NDTV's headline in title case under the breadcrumb that ends in a shortened copy of it (probe r25, made-up page): no byline.
      [
        'Home | India | Monsoon Session: Rajya Sabha Clears Dam Safety Amendment Bill After Walkout',
        'Rajya Sabha Clears Dam Safety Amendment Bill After Opposition Walkout',
        'The bill gives the Centre oversight of nearly 5,700 large dams and sets up a national authority to inspect them.',
      ],
      // aeb page ac3c03…: a menu of capitalised lines.
      ['Your Donation Can Change Someone’s Life', 'The Wrong Donation Can Accomplish Nothing', 'Your Dollar Goes Further Overseas'],
      // aeb container 05844…: a subheading in capitalised words, after the story began.
      [
        'Ford will sell the Mustang Mach E in late 2020, with a starting price just under $44,000.',
        'Ford Mustang Mach E',
        'Nam Yongwoo, Lee Gisoo and Lee Jungdae',
      ],
    ],
  },
};
