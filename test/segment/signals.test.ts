import { describe, expect, it } from 'vitest';
import { STYLE_MARKERS, styleConflicts, styleCounts } from '../../src/segment/house-style.js';
import { wordTokens } from '../../src/cohesion/terms.js';
import { languageProfile, scriptCounts, scriptShift, stopwordRateShift } from '../../src/segment/language-profile.js';
import { repeatedShapeShare, paragraphShape } from '../../src/segment/paragraph-shape.js';
import { properNouns } from '../../src/segment/proper-nouns.js';
import { timeReferences } from '../../src/segment/time-refs.js';
import { FEATURE_NAMES, gapFeatures, type FeatureName } from '../../src/segment/gap-features.js';
import { gapInputFor } from '../../src/segment/segment-paragraphs.js';

/** One feature's value at every gap of an English document. */
function featureAtGaps(name: FeatureName, paragraphs: string[]): number[] {
  const index = FEATURE_NAMES.indexOf(name);
  return gapFeatures(gapInputFor(paragraphs, [], 'en')).map((row) => row[index]!);
}

const STOPWORDS = new Set(['the', 'on', 'said', 'a', 'and', 'of', 'in', 'to', 'is', 'it', 'was', 'for']);

describe('properNouns', () => {
  it('keeps capitalised words that do not open a sentence, without titles or stopwords', () => {
    expect([...properNouns('On Friday Mr Khan said the Labour leader was wrong. The SNP agreed.', STOPWORDS)]).toEqual([
      'friday', 'khan', 'labour', 'snp',
    ]);
  });
});

describe('timeReferences', () => {
  it('reads years, months in both date orders and weekdays', () => {
    expect([...timeReferences('On Feb. 27, 2025 and on 7 October 2023, on Friday')].sort()).toEqual(['d5', 'm10', 'm2', 'y2023', 'y2025']);
  });

  it('ignores the modal verb may and lowercase march', () => {
    expect([...timeReferences('They may march on.')]).toEqual([]);
  });
});

describe('house style', () => {
  it('counts a flip of quote style and date order across a gap', () => {
    const uk = styleCounts('He said: “It would stop the killing,” on 7 October. Mr Khan agreed.');
    const us = styleCounts('He said "no," on Feb. 27. Mr. Finchem disagreed.');
    expect(STYLE_MARKERS.map((m) => m.name)).toContain('dates');
    expect(styleConflicts(uk, us)).toBe(3);
    expect(styleConflicts(uk, uk)).toBe(0);
  });
});

const profileOf = (text: string, stopwords: ReadonlySet<string>) => languageProfile(wordTokens(text), stopwords, scriptCounts(text));

describe('language profile', () => {
  it('sees a change of script and of stopword rate', () => {
    const korean = profileOf('정덕현 칼럼니스트 엘제이의 리벤지인가, 류화영의 피해자 코스프레인가.', STOPWORDS);
    const russian = profileOf('Наши герои знают толк не только во вкусе, но и в красоте еды.', STOPWORDS);
    expect(scriptShift(korean, russian)).toBe(1);
    expect(scriptShift(russian, russian)).toBe(0);
    const english = profileOf('It was said that the minister of the interior is to go. '.repeat(4), STOPWORDS);
    const spanish = profileOf('El ministro del interior dijo que se iría pronto de casa. '.repeat(4), STOPWORDS);
    expect(stopwordRateShift(english, spanish)).toBeGreaterThan(0.3);
  });
});

describe('paragraph shape', () => {
  it('finds the rows of a table repeated around a row, never prose', () => {
    const rows = ['1 Kyle Busch 5040 5 1 17 27', '2 Kevin Harvick 4833 4 1 12 21', '3 Denny Hamlin 4810 6 0 16 19'];
    const shapes = rows.map(paragraphShape);
    expect(repeatedShapeShare(shapes, 1, 8)).toBe(1);
    const prose = 'This is a long paragraph of prose that goes on and on for well over forty words so that it counts as prose rather than a table row or a list item, which is what the bucket is for, and it keeps going a bit more.';
    expect(repeatedShapeShare([prose, prose].map(paragraphShape), 0, 8)).toBe(0);
  });
});

describe('timeReferences skips the scans a text cannot match, and finds the same keys', () => {
  const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;
  const MONTH =
    /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\bmay\s+\d{1,2}\b|\b\d{1,2}\s+may\b/giu;
  const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/giu;
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  /** Every scan on every text, as before the cheap tests. */
  function everyScan(text: string): string[] {
    const keys = new Set<string>();
    for (const match of text.matchAll(YEAR)) keys.add(`y${match[1]}`);
    for (const match of text.matchAll(MONTH)) {
      if (!/^\p{Lu}/u.test(match[0]) && !/\d/u.test(match[0])) continue;
      keys.add(`m${months.indexOf((match[1] ?? 'may').slice(0, 3).toLowerCase()) + 1}`);
    }
    for (const match of text.matchAll(WEEKDAY)) {
      if (!/^\p{Lu}/u.test(match[0])) continue;
      keys.add(`d${days.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1}`);
    }
    return [...keys];
  }

  it.each([
    'On Feb. 27, 2025 and on 7 October 2023, on Friday',
    'MAY 5 and 12 may, then SEPT. 1 and DECEMBER',
    'No digits, no months here at all',
    'Tuesday, Wednesday and ſunday; the 1990s and 2030',
    'They may march on Sunday May 3 in Kyiv',
    '２０２３年 and 2023年',
  ])('%s', (text) => {
    expect([...timeReferences(text)]).toEqual(everyScan(text));
  });
});

describe('language-shift', () => {
  const shifts = (paragraphs: string[]): number[] => featureAtGaps('language-shift', paragraphs);
  const english = [
    'The council voted on Tuesday to close the library for the rest of the year, and the mayor said it was the hardest decision of her term.',
    'Residents who spoke at the meeting said that the building had been part of their lives for as long as they could remember.',
  ];
  // aeb train articles: a German trade-fair report and a recipe's ingredient rows.
  const german = [
    'Am 12. bis 13. September startet wieder die DMEXCO 2018 in Köln, und comwrap ist mit dabei, wie in jedem Jahr seit der ersten Messe.',
    'Auf Europas größter Expo und Conference für die Digitalbranche werden mehr als 40.000 Besucher erwartet, die sich über die neuesten Trends informieren.',
  ];

  it('fires once, where the prose of one language gives way to the prose of another', () => {
    expect(shifts([...english, ...german])).toEqual([0, 1, 0]);
  });

  it('never fires at a row whose language is only a guess', () => {
    expect(shifts([...english, '1/2 tsp ground cloves', '1 jar Don Victor® Honey, or 1 1/2 cups', ...english])).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('script-turns', () => {
  const turns = (paragraphs: string[]): number[] => featureAtGaps('script-turns', paragraphs);
  const english = [
    'The council voted on Tuesday to close the library for the rest of the year, and the mayor said it was the hardest decision of her term.',
    'Residents who spoke at the meeting said that the building had been part of their lives for as long as they could remember.',
  ];
  // aeb train article: a Russian diet story opens with a one-line kicker.
  const russian = [
    'Средняя суточная калорийность 1694 Ккал.',
    'Эта диета пришла к нам с запада и в своей основе содержит ограничение на количество углеводов.',
    'Этой диете с успехом следуют зарубежные и отечественные знаменитости и видные политические деятели.',
  ];

  it('fires at the short kicker line where the script turns, not after it', () => {
    expect(turns([...english, ...russian])).toEqual([0, 1, 0, 0]);
  });

  it('never fires at a foreign name or a line too short to tell', () => {
    expect(turns([english[0]!, 'Путин', english[1]!])).toEqual([0, 0]);
    expect(turns([english[0]!, 'Владимир Путин выступил с заявлением.', english[1]!, english[0]!])).toEqual([0, 0, 0]);
  });
});

describe('listing-goes-on', () => {
  const goesOn = (paragraphs: string[]): number[] => featureAtGaps('listing-goes-on', paragraphs);
  // aeb train articles: a recipe’s container rows (5f03fc17…), then the lead of an unrelated report.
  const rows = ['Portion Fix Containers: 1 tsp.', 'Beachbody Performance Recharge, 1 tsp. nut butter', 'Portion Fix Containers: 2 tsp.', 'Portion Fix Containers: 1 tsp.'];
  const lead = 'Health authorities in China’s Inner Mongolia have confirmed that a third instance of the plague has been reported in the region.';

  it('holds while the row’s opener comes again further on (gaps 1 and 3; gap 2 follows a row that does not recur, before a finished row), and ends with the last such row before a finished sentence', () => {
    expect(goesOn([...rows, lead])).toEqual([1, 0, 1, 0]);
  });

  it('holds after the last row when the next paragraph is a title, not a finished sentence', () => {
    expect(goesOn([...rows, 'Holiday Deals on Headphones and Speakers, Save 30% Today'])).toEqual([1, 0, 1, 1]);
  });
});

describe('cohesion without names', () => {
  // Probe (made-up, 2026-12-07): two stories on the same politicians, the second without its headline.
  const winterFuel = [
    'Keir Starmer and Rachel Reeves were accused of chaos on Wednesday after ministers reversed plans to cut winter fuel payments for most pensioners.',
    'Rachel Reeves told MPs the winter fuel payment would be restored to pensioners with an income under £35,000, Keir Starmer said.',
  ];
  const washington = [
    'Keir Starmer will travel to Washington next week for talks on tariffs on steel and pharmaceuticals, with Rachel Reeves.',
    'Keir Starmer is expected to press for lower tariffs on steel, and Rachel Reeves will discuss a trade agreement in Washington.',
  ];
  const gap = winterFuel.length - 1;

  it('sees the change of subject that the shared names hide', () => {
    const all = featureAtGaps('low-cohesion-near', [...winterFuel, ...washington])[gap]!;
    const common = featureAtGaps('low-common-cohesion-near', [...winterFuel, ...washington])[gap]!;
    expect(common).toBeGreaterThan(all + 0.2);
    expect(common).toBeGreaterThan(0.9);
  });

  it('still coheres where the subject goes on under other names', () => {
    const sameSubject = [...winterFuel, 'Kemi Badenoch said the winter fuel payment reversal showed chaos, and pensioners deserved better.'];
    expect(featureAtGaps('low-common-cohesion-near', sameSubject)[gap]!).toBeLessThan(0.4);
  });
});
