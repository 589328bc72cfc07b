import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/repeated-paragraph.js';
import type { RuleContext } from '../../src/rules/types.js';

const context = {} as RuleContext;

/** Paragraphs the rule removes, with their reasons. */
function removed(texts: readonly string[]): Array<[number, string]> {
  return texts.flatMap((_, start) => {
    const verdict = rule.match(texts, start, context);
    return verdict === null ? [] : [[start, verdict.reason] as [number, string]];
  });
}

// Choi's set, Brown ca… (a news excerpt): the same three sentences written twice, another story between.
const passage = [
  'A royal decree issued in 1910, two years after the Belgian government assumed authority from King Leopold, required the registration of every adult male.',
  'Further decrees along this line were issued in 1916 and 1919, extending the registry to the women and children of the larger towns.',
  'In 1922 a continuous registration of the whole indigenous population was instituted by ordinance of the governor general.',
];
const between = ['The Orioles tonight retained the distinction of being the only winless team among the eighteen clubs.', 'Siebern hit a two-run homer in the sixth.'];

describe('repeated-paragraph: a passage written twice', () => {
  it('keeps the first copy and removes the later one, saying what it repeats', () => {
    expect(removed([...passage, ...between, ...passage])).toEqual([
      [5, 'repeats a passage of 3 paragraphs 5 paragraphs earlier'],
      [6, 'repeats a passage of 3 paragraphs 5 paragraphs earlier'],
      [7, 'repeats a passage of 3 paragraphs 5 paragraphs earlier'],
    ]);
  });

  it('still removes every copy of a caption and its credit repeated per slide (two paragraphs, not a passage)', () => {
    const slide = ['U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi.', 'AP Photo/Hau Dinh'];
    expect(removed([...slide, 'Image 2 of 3', ...slide, 'Image 3 of 3']).map(([index]) => index)).toEqual([0, 1, 3, 4]);
  });

  it('does not take a run of one paragraph repeated back to back for a passage', () => {
    const caption = passage[0]!;
    expect(removed([caption, caption, caption, caption]).map(([index]) => index)).toEqual([0, 1, 2, 3]);
  });
});

describe('repeated-paragraph: a standfirst printed again inside the story', () => {
  // aeb page 92101975…: the standfirst under the headline, then the same sentence between story paragraphs.
  const page = [
    'Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager',
    'The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.',
    'Tom Gillespie',
    'News reporter @TomGillespie1',
    'Wednesday 20 November 2019 11:42, UK',
    'Image: Jose Mourinho has agreed a deal to become manager of Tottenham Hotspur',
    'Why you can trust Sky News',
    "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager until the end of the 2022/23 season.",
    'Pochettino was sacked last night after five-and-a-half years in charge, and less than six months after leading Spurs to their first ever Champions League final.',
    "Negotiations between the London side and Mourinho's representatives intensified over the last few days, with talks continuing into Tuesday night.",
    'The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.',
    'The 56-year-old said after his appointment: "I am excited to be joining a club with such a great heritage and such passionate supporters.',
  ];

  it('keeps the copy between two story paragraphs and removes the one under the headline', () => {
    expect(removed(page)).toEqual([[1, 'repeated 9 paragraphs later']]);
  });

  it('still removes a caption that comes back between the story paragraphs without ending a sentence (aeb 8cad00dc…)', () => {
    const caption = '2018 Jeongdong Theater Tradition Series Performance [The Palace: Tale of Jang Noksu] ‘2018 Welcome Daehak-ro Festival’ Training team_Kim Hana, Kim Hyesu';
    const texts = [...page.slice(7, 9), caption, page[9]!, 'There’s a saying that goes “a figure is formed at the presence of flowers” which describes the Hwajeontae Dance!', caption];
    expect(removed(texts).map(([index]) => index)).toEqual([2, 5]);
  });
});

describe('repeated-paragraph: a pull-quote printed word for word', () => {
  // Made-up page in the shape of a Medium post (probe of 2026-12-07): the sentence, then its highlight further down.
  const quoted = 'When you are the only developer, every boundary between services is a boundary inside your own head.';
  const story = [
    'The real cost was attention: every free evening began with an hour of remembering how the pieces fitted together.',
    'Top highlight',
    quoted,
    'At work, those boundaries map onto teams, and the contract between two services is a conversation between people.',
    'How the merge actually went',
    'I expected the migration to take a month of weekends, and it took nine days, most of them spent deleting code.',
    'The trickiest part was background jobs, which moved from a queue to a simple table and a loop that polls it.',
    quoted,
    'What I lost',
  ];

  it('keeps the story sentence and removes the later copy', () => {
    expect(removed(story)).toEqual([[7, 'repeated 5 paragraphs earlier']]);
  });

  it('does not keep a teaser that trails off', () => {
    const teaser = 'T-Swift is beefing with The Carlyle Group and the rest of Wall Street ... what a time to be alive ...';
    expect(removed([teaser, 'Author:', 'The Water Coolest', 'Nov 18, 2019', teaser]).map(([index]) => index)).toEqual([0, 4]);
  });
});
