import { describe, expect, it } from 'vitest';
import { contentTermsOf, type GapInput, type RemovedLine } from '../../src/segment/gap-features.js';
import { datedHeaderGaps, pageHeaderGaps } from '../../src/segment/page-headers.js';
import { gapInputFor } from '../../src/segment/segment-paragraphs.js';

// Two made-up stories on one subject (oil), as the probes of 2026-12-07 joined them.
const oilPrices = [
  'Oil prices rose on Tuesday as traders weighed the prospect of tighter supply from the Middle East against signs of weaker demand in China.',
  'Brent crude futures gained 1.2 per cent to $83.40 a barrel by midday in London, while U.S. West Texas Intermediate crude climbed 1.1 per cent.',
  'Prices have swung in a range of about $10 a barrel since the summer, as OPEC and its allies have kept output curbs in place.',
];
const headline = 'OPEC+ delays output increase as demand outlook dims';
const opecLead = [
  'The Organization of the Petroleum Exporting Countries and its allies agreed on Sunday to postpone a planned increase in oil output, citing a softer outlook for demand.',
  'The group, known as OPEC+, had been due to begin unwinding some of its voluntary production cuts in January.',
];

/** The segmenter's input for these paragraphs, every line removed at these gaps a byline's. */
function inputWith(paragraphs: string[], bylineGaps: Array<[number, string[]]>): GapInput {
  const removed = bylineGaps.map(([gap, texts]): [number, RemovedLine[]] => [gap, texts.map((text) => ({ text, byline: true, livePostStamp: false }))]);
  return gapInputFor(paragraphs, bylineGaps.map(([gap]) => gap), 'en', new Map(removed));
}

function headers(paragraphs: string[], bylineGaps: Array<[number, string[]]>): number[] {
  const input = inputWith(paragraphs, bylineGaps);
  return [...pageHeaderGaps(input, contentTermsOf(input))];
}

describe('pageHeaderGaps', () => {
  it('finds a kept headline with a byline removed under it and a lead restating it', () => {
    expect(headers([...oilPrices, headline, ...opecLead], [[4, ['By Samuel Okafor', 'November 21, 2024']]])).toEqual([3]);
  });

  it('finds the gap before the lead when the headline went with the byline', () => {
    expect(headers([...oilPrices, ...opecLead], [[3, [headline, 'By Samuel Okafor', 'November 21, 2024']]])).toEqual([3]);
  });

  it('finds a kept headline over its standfirst, the byline removed under them', () => {
    // Probe r24 (made-up pages in the shape of Al Jazeera's): the second story on one election, its lead opening with the country's name.
    const vote = [
      'Senegalese voters have begun casting ballots in a presidential election that was postponed twice and that many feared would not happen at all.',
      'The main contest is between Amadou Ba, a former prime minister backed by the ruling coalition, and Bassirou Diomaye Faye, a former tax inspector.',
      'Who is Bassirou Diomaye Faye, Senegal’s opposition candidate?',
    ];
    const header = [
      'Senegal’s Ba concedes defeat as opposition’s Faye heads for first-round win',
      'Ruling coalition candidate congratulates rival as provisional results show Faye with an unassailable lead.',
    ];
    const lead = [
      'Senegal’s ruling coalition candidate Amadou Ba has conceded defeat in Sunday’s presidential election, congratulating opposition candidate Bassirou Diomaye Faye on his victory.',
      'Provisional results compiled by local media showed Faye winning about 54 percent of the vote. Ba had about 35 percent.',
    ];
    expect(headers([...vote, ...header, ...lead], [[5, ['Published On 25 Mar 2024', '25 Mar 2024']]])).toEqual([3]);
  });

  it('needs the byline: a headline-shaped line over a restating paragraph alone is left to the model', () => {
    expect(headers([...oilPrices, headline, ...opecLead], [])).toEqual([]);
  });

  it('does not take a lead that goes on with someone the story before named', () => {
    const lakers = [
      'LeBron James became the first player in NBA history to record a triple-double against every team in the league on Tuesday night.',
      'The Lakers beat the Oklahoma City Thunder 112-107 for their 12th win in 13 games.',
    ];
    const gallery = 'LeBron sets triple-double mark, Lakers hold off OKC 112-107';
    const next = 'James has five triple-doubles in the Lakers last 10 games, getting four in victories as the team sets the pace in the West.';
    expect(headers([...lakers, gallery, next], [[3, ['Photo: Ringo H.W. Chiu, AP', 'Published November 19, 2019']]])).toEqual([]);
  });

  it('does not take a headline that says nothing the story before it did not', () => {
    const repeated = 'Oil prices rose as supply tightened and demand weakened in China';
    const lead = 'Oil prices rose on Tuesday, with Brent crude gaining as traders weighed tighter supply against weaker demand in China and elsewhere.';
    expect(headers([...oilPrices, repeated, lead], [[4, ['By Samuel Okafor']]])).toEqual([]);
  });

  it('leaves records of a list alone: the same shape again within a few paragraphs', () => {
    const record = (name: string, detail: string): string[] => [name, `The ${name} ${detail}, and it is the best price we have seen for it so far this year at any large store.`];
    const list = [...record('Acme Blender Pro', 'blends ice in seconds'), ...record('Acme Toaster Max', 'toasts four slices at once')];
    expect(headers([...oilPrices, ...list], [[4, ['Published November 21, 2024']], [6, ['Published November 21, 2024']]])).toEqual([]);
  });

  describe('datedHeaderGaps: a byline naming another day than the one before it', () => {
    const dated = (paragraphs: string[], bylineGaps: Array<[number, string[]]>): number[] => [...datedHeaderGaps(inputWith(paragraphs, bylineGaps))];
    // Probe r24 (made-up pages in the shape of a local paper's football reports): the same club a week on.
    const first = [
      'Calderbrook Town went top of the table with a 3-1 win over Ashby Rovers on Saturday, their fifth straight league victory.',
      'Striker Dean Okoro scored twice before half-time, and manager Lisa Hart said her side had earned their place at the top.',
      'Town travel next week to face Pelham United, who have lost once at home all season.',
    ];
    const headline = 'Pelham United 2-0 Calderbrook Town: Town knocked off top by Pelham';
    const lead = [
      'Calderbrook Town lost their place at the top of the table after a 2-0 defeat at Pelham United on Saturday, their first loss since August.',
      'Pelham scored either side of half-time, and Hart admitted her side had been second best for most of the afternoon.',
    ];

    it('starts a story there, before its kept headline, though its lead opens with a name the story before gave', () => {
      const bylines: Array<[number, string[]]> = [[0, ['By Tom Reed', 'October 18, 2025']], [4, ['By Tom Reed', 'October 25, 2025']]];
      expect(dated([...first, headline, ...lead], bylines)).toEqual([3]);
      expect(headers([...first, headline, ...lead], bylines)).toEqual([]);
    });

    it('does not on the same day: a story’s own header printed again, or two stories of one day', () => {
      const bylines: Array<[number, string[]]> = [[0, ['By Tom Reed', 'October 18, 2025']], [4, ['By Tom Reed', 'October 18, 2025']]];
      expect(dated([...first, headline, ...lead], bylines)).toEqual([]);
    });
  });
});
