import { describe, expect, it } from 'vitest';
import { chooseTitle, isTitleShaped } from '../../src/segment/titles.js';
import type { Message, Paragraph } from '../../src/types.js';

/** Paragraphs on consecutive raw lines from `firstLine`. */
function paragraphsFrom(firstLine: number, texts: readonly string[]): Paragraph[] {
  return texts.map((text, i) => ({ text, firstLine: firstLine + i, lastLine: firstLine + i }));
}

function removed(line: number, text: string, category = 'classifier'): Message {
  return { stage: 'clean', action: 'remove-line', ruleId: category, category, reason: 'test', line, endLine: line, text };
}

// aeb page 8267acac… (The Hollywood Reporter, 2019-11-19): the headline sits among the lines the cleaner
// removed, between a section label and the byline and share bar; "EMAIL ME" was kept as the first line.
const STADIA_ABOVE = [
  removed(24, 'Video Games Behind The Screen'),
  removed(25, 'TECH'),
  removed(26, 'Google Bets on the Future With Launch of Stadia Game Streaming Service'),
  removed(27, '5:45 AM PST 11/19/2019 by Patrick Shanley', 'byline'),
  removed(28, 'FACEBOOK', 'share'),
  removed(29, 'TWITTER', 'share'),
];
const STADIA_BODY = paragraphsFrom(30, [
  'EMAIL ME',
  "Google's long-gestating foray into gaming has finally arrived as the tech giant's game streaming service, Stadia, launched Tuesday morning.",
  '"Stadia has been built from the ground up to be a cloud platform," Jack Buser, director for games at Google, tells The Hollywood Reporter.',
]);

// fixtures/docs/removes-teaser-list-and-topic-links (MailOnline, 2023-08-26).
const BIRTHDAY_LEAD = [
  "Britain's oldest man has celebrated his 111th birthday with a pint of ale and a slice of cake surrounded by his family in a care home in Lancashire.",
  "John Tinniswood, who was born in Liverpool in 1912, the year the Titanic sank, said the secret to a long life was 'pure luck'.",
];
const BIRTHDAY_HEADLINE = "Britain's oldest man celebrates his 111th birthday with a pint of ale";

describe('isTitleShaped', () => {
  it.each([
    'Google Bets on the Future With Launch of Stadia Game Streaming Service',
    'Is Football Violence a Crime?',
    '‘We had some issues,’ exec says on Disney+ glitches',
    'Kindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法',
    '東京都で新たに三百人が感染',
    // A Japanese headline whose halves a space parts (NHK's shape, probe of 2026-12-07).
    '新しい紙幣の発行始まる 20年ぶりのデザイン刷新',
    "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?",
    // GOV.UK's press release (probe r32, a made-up page in its shape): a headline may open with a currency sign.
    '£120 million to protect homes in northern England from flooding',
  ])('takes %s', (text) => {
    expect(isTitleShaped(text)).toBe(true);
  });

  it.each([
    ['a sentence', 'The symptoms came on quickly.'],
    ['a quote closed like a sentence', '"$53 million a week is coming across the border in drugs."'],
    ['a label', 'Related Topics:'],
    ['a breadcrumb', 'Home › News › Business'],
    ['a reading-time line', 'Nov 18, 2019 at 9:24 pm ET • 2 min read'],
    ['two words', 'EMAIL ME'],
    ['a lowercase start', 'posted by the editors in London'],
    ['a link', 'Read it at https://example.com/story'],
    ['a truncated teaser', 'Só quem se Ama…'],
    ['a caption ending in its credit', 'BERLIN -- The European Space Agency says putting astronauts into a state of (Alamy)'],
    ['a tagline of two sentences', 'お客様のブランドをお守りします。商標登録出願で弁理士をお探しなら'],
  ])('refuses %s', (_, text) => {
    expect(isTitleShaped(text)).toBe(false);
  });
});

describe('chooseTitle', () => {
  it('takes the removed headline that names the lead, over the section label, byline and share bar', () => {
    const title = chooseTitle(STADIA_BODY, STADIA_ABOVE, 'en');
    expect(title).toMatchObject({ text: 'Google Bets on the Future With Launch of Stadia Game Streaming Service', source: 'removed-line', line: 26 });
    expect(title!.shared).toEqual(expect.arrayContaining(['googl', 'stadia', 'game', 'stream', 'servic']));
  });

  it('promotes a first line that names the lead better than a removed teaser of the same story does', () => {
    const body = paragraphsFrom(3, [BIRTHDAY_HEADLINE, ...BIRTHDAY_LEAD]);
    const teaser = removed(1, "Britain's oldest man gets a birthday card from the King");
    expect(chooseTitle(body, [teaser], 'en')).toMatchObject({ text: BIRTHDAY_HEADLINE, source: 'first-line', line: 3 });
  });

  it('prefers the headline to a teaser of a related story that shares fewer of the lead’s terms', () => {
    const body = paragraphsFrom(10, BIRTHDAY_LEAD);
    const above = [removed(1, BIRTHDAY_HEADLINE), removed(2, 'Oldest woman in Lancashire turns 110 at her care home')];
    expect(chooseTitle(body, above, 'en')?.text).toBe(BIRTHDAY_HEADLINE);
  });

  it('never takes a caption, a byline or a share bar, however many terms it shares', () => {
    const body = paragraphsFrom(10, BIRTHDAY_LEAD);
    const above = [removed(1, "Britain's oldest man John Tinniswood celebrates his 111th birthday in Lancashire", 'caption')];
    expect(chooseTitle(body, above, 'en')).toBeNull();
  });

  it('does not take the line under an image credit, the picture’s caption, over the headline', () => {
    // Probe r24 (a made-up page in the shape of a BBC News article): the caption names more of the lead's words.
    const body = paragraphsFrom(33, [
      'Patients and visitors will pay up to 40% more to park at three hospitals from April, in a move campaigners have called "a tax on the sick".',
      'The Royal Infirmary, Southmead and Weston General hospitals will all raise their charges, with a two-hour stay at the Royal Infirmary going from £3 to £4.20.',
    ]);
    const above = [
      removed(25, 'Hospital car park charges to rise by 40% at three NHS trusts'),
      removed(29, 'Harriet Heywood'),
      { ...removed(31, 'Getty Images', 'caption'), ruleId: 'source-credit' },
      removed(32, 'Parking at the Royal Infirmary will cost £4.20 for up to two hours from April'),
    ];
    expect(chooseTitle(body, above, 'en')).toMatchObject({ line: 25, source: 'removed-line' });
  });

  it('does not take a breadcrumb trail that ends on the headline over the headline itself', () => {
    // Probe r25 (a made-up page in the shape of a Hindustan Times story): the trail names the lead's "India" too.
    const headline = 'IMD issues heatwave alert for nine states as mercury crosses 45 degrees';
    const body = paragraphsFrom(2, [
      headline,
      'The India Meteorological Department said temperatures would stay above normal across north and central India for the rest of the week.',
      'The India Meteorological Department (IMD) on Tuesday issued a heatwave alert for nine states, warning that temperatures across north and central India would stay four to six degrees above normal until the weekend.',
    ]);
    const trail = { ...removed(1, `Home / India News / ${headline}`, 'navigation'), ruleId: 'navigation-chrome' };
    expect(chooseTitle(body, [trail], 'en')).toMatchObject({ text: headline, source: 'first-line' });
    // A paragraph printed twice shares the category but may be the headline's second copy.
    const repeat = { ...removed(1, headline, 'navigation'), ruleId: 'repeated-paragraph' };
    expect(chooseTitle(body.slice(1), [repeat], 'en')).toMatchObject({ text: headline, source: 'removed-line' });
  });

  it('does not take a row of a timed list of key events, however many of the lead’s terms it names', () => {
    // Probe r24 (a made-up page in the shape of a Guardian live blog): the key events list under the headline.
    const body = paragraphsFrom(33, [
      'We are going to wrap up our live coverage for today. Here is a summary of where things stand:',
      'More than 700,000 homes and businesses in Ireland remain without electricity, according to ESB Networks.',
      'In Northern Ireland, about 280,000 customers lost power at the peak of the storm.',
      'A man in his 20s died in Ayrshire when a tree fell on his car on the A77.',
    ]);
    const above = [
      removed(21, 'Storm Eowyn: more than 700,000 homes without power as red warning expires – as it happened'),
      removed(25, 'Key events'),
      removed(26, '1h ago Red warning ends in Northern Ireland'),
      removed(27, '4h ago Man dies after tree falls on car in Ayrshire'),
      removed(28, '6h ago ScotRail confirms no trains until Saturday'),
    ];
    expect(chooseTitle(body, above, 'en')).toMatchObject({ line: 21, source: 'removed-line' });
  });

  it('leaves a teaser of another story at the top of the body, headline-like as it is', () => {
    // aeb page 9eef8162…: a "2 US service members die…" teaser kept above a story about a duvet.
    const body = paragraphsFrom(1, [
      '2 US service members die in Afghanistan chopper crash',
      'The symptoms came on quickly. First it was hard to breathe, then dizzy spells caused by any amount of exertion.',
    ]);
    expect(chooseTitle(body, [], 'en')).toBeNull();
  });

  it('does not promote a first line ending like a sentence on one shared term: a question lede is no headline', () => {
    // The lede of a synthetic article without its headline (built from aeb gold), and a quotation.
    const lead = 'The state ran a contest and the public voted on five finalists. The winner was announced on Tuesday.';
    expect(chooseTitle(paragraphsFrom(1, ['Remember the quest to find a state slogan?', lead]), [], 'en')).toBeNull();
    expect(chooseTitle(paragraphsFrom(1, ['“The state has no slogan”', lead]), [], 'en')).toBeNull();
  });

  it('promotes a headline-like first line before a sentence when it shares one term with the lead', () => {
    const body = paragraphsFrom(1, ['Oil slips as OPEC talks drag on', 'Oil prices fell 2% on Tuesday as producers met in Vienna.']);
    expect(chooseTitle(body, [], 'en')).toMatchObject({ text: 'Oil slips as OPEC talks drag on', source: 'first-line', shared: [] });
  });

  it('never takes a block removal of several paragraphs', () => {
    const body = paragraphsFrom(10, BIRTHDAY_LEAD);
    const block = { ...removed(1, "Britain's oldest man\ncelebrates his 111th birthday"), endLine: 2 };
    expect(chooseTitle(body, [block], 'en')).toBeNull();
  });

  // Probe r31, a made-up page in the shape of the Manchester Evening News: headline and standfirst both removed by the classifier.
  const TRAM_LEAD = paragraphsFrom(20, [
    "Passengers on one of Metrolink's busiest lines face three weeks of disruption in the new year while engineers replace worn-out track.",
    'The Bury line will close between Whitefield and Crumpsall from January 5, Transport for Greater Manchester said.',
  ]);
  const TRAM_HEADLINE = 'Tram passengers face three weeks of disruption as Metrolink line shuts for track repairs';
  const TRAM_STANDFIRST = 'Engineers will replace worn-out rails on the Bury line between Whitefield and Crumpsall from January 5, with replacement buses running every ten minutes';

  it('takes the headline over the standfirst right under it, though the standfirst names more of the lead', () => {
    const title = chooseTitle(TRAM_LEAD, [removed(14, 'Greater Manchester News'), removed(15, TRAM_HEADLINE), removed(16, TRAM_STANDFIRST), removed(17, 'Bookmark', 'share')], 'en');
    expect(title?.text).toBe(TRAM_HEADLINE);
  });

  it('keeps the headline when the line above it is a kicker of three words that names the lead, not a headline', () => {
    const title = chooseTitle(TRAM_LEAD, [removed(15, 'METROLINK BURY LINE'), removed(16, TRAM_HEADLINE)], 'en');
    expect(title?.text).toBe(TRAM_HEADLINE);
  });

  it('gives no title when nothing above names the lead', () => {
    const body = paragraphsFrom(10, BIRTHDAY_LEAD);
    expect(chooseTitle(body, [removed(1, 'Most Read Stories Today'), removed(2, 'Sport Football Cricket Rugby')], 'en')).toBeNull();
  });
});
