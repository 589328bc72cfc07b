import { isLivePostClock, wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * A live blog's post header, flattened to two lines: the post's age and its clock time, as the Guardian
 * prints it over every post:
 *
 *   1h ago
 *   17.41 GMT
 *   Red warning ends in Northern Ireland
 *
 * Either line alone stays: a bare age stamps a teaser list's rows as often (aeb 7a664e40, e1c7023e: "15
 * hours ago" over a headline), and a bare entry time is story in the gold (AP's "4:14 p.m." in 5caf91b8).
 * The pair says one moment twice, relative and absolute, which only a post header does.
 *
 * Only between posts: a post's prose ends a few lines above the pair. The first post's header sits in
 * the page's header run, which the classifier takes whole; booked by a rule there, the pair made the
 * first post's lead, right under it, read as more header ("We are going to wrap up our live coverage
 * for today. Here is a summary of where things stand:", probe r24, lost at 0.69).
 *
 * A bare clock alone over a post's heading goes too when it is one of a series of post times (`isLivePostClock`: another bare
 * clock 3–20 paragraphs away, prose between) and a post's prose lies above it (probe r28, The Independent: "14:31" over "Aberystwyth
 * seafront closed as waves top sea wall"). AP's "4:14 p.m." names its half of the day and stays with the gold. A series of bare
 * clocks with prose between them is no wording, so live pages in any language are read (probe r33, Ukrainska Pravda: "10:20" over a
 * post); the age of the two-line header is English ("1h ago") and matches nothing elsewhere.
 */
const POST_PROSE_REACH = 6;
const PROSE_MIN_WORDS = 8;
const SENTENCE_END = /[.!?]["”’)]?$/u;

function followsProse(texts: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - POST_PROSE_REACH; i--) {
    const text = texts[i]!;
    if (SENTENCE_END.test(text) && wordCount(text) >= PROSE_MIN_WORDS) return true;
  }
  return false;
}
const AGE = /^(?:\d{1,2} ?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?) ago|just now)$/i;
/** "17.41 GMT", "5:41pm BST", "12.20 EST": a clock and its zone, nothing else. */
const ZONED_CLOCK = /^\d{1,2}[.:]\d{2} ?(?:[ap]\.?m\.?)? ?(?:GMT|BST|UTC|CET|CEST|EET|EEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|IST|AEST|AEDT|HKT|SGT|JST)$/i;

export const rule: BlockRule = {
  kind: 'block',
  id: 'live-post-stamp',
  category: 'byline',
  description: 'A live blog\'s post header between posts: the post\'s age and its clock time on two lines, in either order ("1h ago" / "17.41 GMT", the Guardian), or a bare clock one of a series of post times ("14:31", The Independent), a post\'s prose at most 6 paragraphs above; an age or a zoned clock alone stays.',
  englishOnly: false,
  match(texts, start) {
    const first = texts[start]!;
    if (isLivePostClock(texts, start) && followsProse(texts, start)) return { length: 1, reason: 'live blog post time, one of a series' };
    const second = texts[start + 1];
    if (second === undefined || first.length > 16 || second.length > 16) return null;
    const paired = (AGE.test(first) && ZONED_CLOCK.test(second)) || (ZONED_CLOCK.test(first) && AGE.test(second));
    return paired && followsProse(texts, start) ? { length: 2, reason: 'live blog post header: its age and its time' } : null;
  },
  examples: {
    source: 'probe r24, a made-up page in the shape of a Guardian live blog (01 lines 42–43, 48–49, 55–56)',
    remove: [],
    inContext: [
      { texts: ['Thanks for following along. Our news story is here.', 'Share', 'Updated at 18.05 GMT', '1h ago', '17.41 GMT', 'Red warning ends in Northern Ireland'], start: 3, length: 2 },
      { texts: ['One resident of Hyndland told me her bin had been blown “three gardens down”.', 'Share', '17:41 BST', '35 min ago'], start: 2, length: 2 },
      // Probe r28, a made-up page in the shape of an Independent live blog (01 lines 23–37): the second post's time.
      {
        texts: [
          '14:50',
          'Power cuts climb past 62,000 homes',
          'National Grid says 62,400 homes and businesses in Wales are now without electricity, most of them in Pembrokeshire.',
          'Tom Beresford7 December 2026 14:50',
          '14:31',
          'Aberystwyth seafront closed as waves top sea wall',
          'Ceredigion County Council has closed the promenade in Aberystwyth after waves broke over the sea wall.',
          'Tom Beresford7 December 2026 14:31',
          '14:02',
          'Transport for Wales cancels all services west of Cardiff',
          'Transport for Wales said no trains would run west of Cardiff Central for the rest of the day.',
        ],
        start: 4,
        length: 1,
      },
      // Probe r33, a made-up page in the shape of Ukrainska Pravda's live page: a post's time between two posts.
      {
        texts: [
          '11:40',
          'Укренерго: у Київській, Житомирській та Черкаській областях застосовуються аварійні відключення.',
          'Графіки погодинних відключень у решті регіонів діють у звичайному режимі.',
          '10:55',
          'Голова Київської ОВА повідомив, що в Білоцерківському районі пошкоджено підстанцію. Без світла залишаються близько 40 тисяч абонентів.',
          'Енергетики вже працюють на місці, повідомили в обласній адміністрації.',
          '10:20',
          'Повітряні сили: вночі росіяни запустили 48 ракет і 112 дронів. Збито 41 ракету і 96 дронів.',
        ],
        start: 3,
        length: 1,
      },
      {
        texts: [
          'The Police Service of Northern Ireland urged people not to travel unless absolutely necessary.',
          'Share',
          '3h ago',
          '15.30 GMT',
          'Irish taoiseach Micheál Martin has said the damage from the storm is “unprecedented”.',
        ],
        start: 2,
        length: 2,
      },
    ],
    keep: [
      // aeb 7a664e40 and e1c7023e (pages): a teaser row's age over its headline.
      ['15 hours ago', 'Fed holds rates steady as inflation cools'],
      // aeb 5caf91b8 (gold): AP's entry time alone over the entry.
      ['4:14 p.m.', 'The Senate has voted to confirm the nominee.'],
      ['14:18 GMT', 'The minister said the talks would resume on Monday.'],
      // A timetable in another language: clocks with no prose between them.
      ['Розклад поїздів на неділю:', '08:30', 'Київ — Львів', '10:20', 'Київ — Одеса', '11:40', 'Київ — Харків'],
      // A bare clock without a series: a score or a time in a story's table.
      ['The ferry left on time and reached the island before noon, the operator said.', '11:45', 'The return sailing was cancelled.'],
      ['The train left at 17.41 GMT', 'It arrived 1h ago'],
      // The first post's header, in the page's header run: the classifier's (probe r24, 01 lines 31–32).
      ['Gusts of up to 100mph recorded in Ireland and Scotland; ScotRail suspends all services', 'Key events', 'Please turn on JavaScript to use this feature', '1h ago', '18.02 GMT', 'We are going to wrap up our live coverage for today. Here is a summary of where things stand:'],
    ],
  },
};
