import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { announcesNext, dropRunsAfterRelatedHeadings, type RelatedLine } from '../../src/classifier/related-runs.js';

const kept: LineJudgement = { probability: 0.3, initial: 'good', boilerplate: false, revision: null };

function line(text: string, marks: Partial<RelatedLine> = {}): RelatedLine {
  return { text, words: text.split(' ').length, afterRelatedHeading: false, beforeRelatedHeading: false, linkLike: false, ...marks };
}

// aeb container 35b15891…: the teasers under "You may also like..." (removed by related-links).
const underHeading = [
  line('Who will make the Rock Hall in 2020?', { afterRelatedHeading: true }),
  line('Dave Matthews Band takes over Rock Hall Fan Vote'),
  line('Doobie Brothers perform with Santana at Blossom Music Center in 2019'),
  line('Fans really want The Doobie Brothers in the Rock Hall'),
];
const storyProse = line('However, the other 28 people have showed no signs or symptoms of the plague.');
// aeb container 7a664e40…: a box whose "More in Trump Impeachment Inquiry" link closes it, then the story again.
const aboveLink = [
  line('Trump Impeachment Inquiry More'),
  line('Watch live: Sondland testifies about Ukraine at pivotal impeachment hearing'),
  line("Key moments from Kurt Volker's and Tim Morrison's testimony"),
  line("7 key moments from Tuesday's first impeachment hearing"),
  line("Volker says he didn't realize link between Ukraine investigations and Bidens"),
  line('White House aides testify about "unusual," "improper" Ukraine call at hearing', { beforeRelatedHeading: true }),
];
const leadIn = line('Here are some of the highlights:', { afterRelatedHeading: true });
// aeb gold 9a440270…: a story's own list, ending above a related heading in the synthetic concatenations (--synth, seed 1).
const ownList = [
  line('England (Group A): 10th appearance'),
  line('Czech Republic (Group A): Seventh appearance'),
  line('Ukraine (Group B): Third appearance'),
  line('Spain (Group F): 11th appearance'),
  line('Sweden (Group F): Seventh appearance', { beforeRelatedHeading: true }),
];

describe('dropRunsAfterRelatedHeadings', () => {
  const cases: Array<{ name: string; lines: RelatedLine[]; dropped: boolean[]; headlineAt?: number }> = [
    { name: 'drops the headlines under a related heading, to the end', lines: underHeading, dropped: [true, true, true, true] },
    {
      name: 'stops at the story prose after the box',
      lines: [...underHeading.slice(0, 2), storyProse],
      dropped: [true, true, false],
    },
    {
      // A NOS-style page (probe of 2026-12-07): "Lees ook", two teasers, then the story resumes under its subheading.
      name: "keeps the story's subheading that ends a box inside it, a few words over prose",
      lines: [
        ...underHeading.slice(1, 3),
        line('Kosten voor huishoudens'),
        line('Het geld komt voor een deel uit het programma van het Rijk, de rest moet worden opgebracht door de waterschappen zelf.'),
      ].map((row, i) => (i === 0 ? { ...row, afterRelatedHeading: true } : row)),
      dropped: [true, true, false, false],
    },
    {
      // tagesschau (probe r30): German teasers of 5 words, the subheading of 3.
      name: "keeps the story's subheading under teasers of fewer, longer words, two words shorter than theirs",
      lines: [
        line('Bahn: Generalsanierung der Riedbahn abgeschlossen', { afterRelatedHeading: true }),
        line('Pünktlichkeit der Bahn auf Tiefstand'),
        line('Kritik am Zeitplan'),
        line('Der Fahrgastverband Pro Bahn kritisierte die kurze Vorwarnzeit. "Viele Menschen haben ihren Alltag auf den Sommer ausgerichtet. Jetzt bleiben ihnen acht Wochen", sagte der Bundesvorsitzende.'),
      ],
      dropped: [true, true, false, false],
    },
    {
      // Kathimerini (probe r33): a Greek teaser of 8 words, the subheading of 5 with its article.
      name: "keeps the story's subheading of five words under a teaser two words longer",
      lines: [
        line('Η Εθνική Πινακοθήκη ανοίγει τις αποθήκες της στο κοινό', { afterRelatedHeading: true }),
        line('Η τέχνη ως καθημερινή δουλειά'),
        line('«Δεν περίμενα ποτέ την έμπνευση. Πήγαινα στο εργαστήριο κάθε πρωί στις οκτώ, όπως ο μπακάλης στο μαγαζί του», είχε πει σε συνέντευξή του στην «Κ» το 2015.'),
      ],
      dropped: [true, false, false],
    },
    {
      // The ABC (probe r34): a two-part teaser of 9 words under "Read more about health:", the subheading a question of 6.
      name: "keeps the story's subheading of six words under a teaser two words longer",
      lines: [
        line("Are you drinking enough water? Here's what experts say", { afterRelatedHeading: true }),
        line('How much sun do you need?'),
        line('Professor Mason said that in summer most people needed only a few minutes of sun on their arms and hands on most days.'),
      ],
      dropped: [true, false, false],
    },
    {
      // NRK (probe r31): the story resumes under its subheading with a sentence of 12 words.
      name: "keeps the story's subheading over a short paragraph closed by its full stop",
      lines: [
        line('Ekstremværet «Hedda»: Dette må du vite', { afterRelatedHeading: true }),
        line('Ber folk sjekke naboen'),
        line('Kommunene ber innbyggerne holde kontakt med eldre og syke som bor alene.'),
      ],
      dropped: [true, false, false],
    },
    {
      name: 'drops a short last teaser over a short paragraph that ends without a full stop',
      lines: [
        line('Ekstremværet «Hedda»: Dette må du vite', { afterRelatedHeading: true }),
        line('Ber folk sjekke naboen'),
        line('Jernbanen stengt mellom Trondheim og Røros i hele helgen etter uværet'),
      ],
      dropped: [true, true, true],
    },
    {
      // Rzeczpospolita and Sözcü (probe r31): a teaser of two parts under "Czytaj też" / "İLGİNİZİ ÇEKEBİLİR".
      name: 'drops a two-part headline, a statement and a question or a question and its answer',
      lines: [
        line('Rachunki za gaz w 2027 roku. Co się zmieni?', { afterRelatedHeading: true }),
        line('Źródło: rp.pl', {}),
      ],
      dropped: [true, false],
    },
    {
      name: 'drops a question and its answer, and stops at a summary closed by its full stop',
      lines: [
        line('Emekli zammı ne kadar olacak? Ocak ayı hesabı netleşiyor', { afterRelatedHeading: true }),
        line('İşveren tarafı ise maliyet artışlarına dikkat çekti. TİSK yetkilileri, yüksek bir artışın istihdamı olumsuz etkileyebileceğini söyledi.'),
      ],
      dropped: [true, false],
    },
    {
      name: 'drops a last teaser of a few words when the teasers above it run barely longer, though prose follows it',
      lines: [
        line('Bahn: Generalsanierung der Riedbahn abgeschlossen', { afterRelatedHeading: true }),
        line('Pünktlichkeit der Bahn auf Tiefstand'),
        line('Bahn streicht Fernzüge ab'),
        line('Der Fahrgastverband Pro Bahn kritisierte die kurze Vorwarnzeit. "Viele Menschen haben ihren Alltag auf den Sommer ausgerichtet. Jetzt bleiben ihnen acht Wochen", sagte der Bundesvorsitzende.'),
      ],
      dropped: [true, true, true, false],
    },
    {
      name: 'still drops a short last teaser when no prose follows it',
      lines: [...underHeading.slice(1, 3), line('Brexit deal explained')].map((row, i) => (i === 0 ? { ...row, afterRelatedHeading: true } : row)),
      dropped: [true, true, true],
    },
    {
      name: 'drops a box of headlines right above the link that closes it, and not the lead-in after it',
      lines: [storyProse, ...aboveLink, leadIn],
      dropped: [false, true, true, true, true, true, true, false],
    },
    {
      // The Guardian's topic links under "Explore more on these topics", as its pages print them.
      name: 'drops the topic labels under a topics heading, up to the story prose',
      lines: [line('Oil', { afterRelatedHeading: true }), line('Opec'), line('Commodities'), line('Business'), storyProse],
      dropped: [true, true, true, true, false],
    },
    {
      // aeb gold e7d77f18…'s product list right under a "Related Topics:" the synthetic joins put inside it (--synth, train, seed 1).
      name: 'keeps a story list under a heading when fewer than two of its rows read as topic labels',
      lines: [line('Apple AirPods', { afterRelatedHeading: true }), line('Automatically on, automatically connected'), line('Easy setup for all your Apple devices.')],
      dropped: [false, false, false],
    },
    {
      // Al Jazeera's teaser list under its stories, as its pages print it: a counter ("list 2 of 4", removed) above each headline.
      name: 'drops the headlines of a list whose counters the rules removed, each a heading',
      lines: [
        line('UN says aid to Gaza has dropped to lowest level in months', { afterRelatedHeading: true }),
        line('What is the Rafah crossing and why is it important?', { afterRelatedHeading: true }),
        line('Analysis: Can Israel achieve its war aims?', { afterRelatedHeading: true }),
        storyProse,
      ],
      dropped: [true, true, true, false],
    },
    {
      // aeb train ec3878db… (Beachbody blog): "Related Articles" (removed), then its category label over every teaser.
      name: 'drops the rows of a box that prints one category label over each headline, questions too',
      lines: [
        line('Weight Loss', { afterRelatedHeading: true }),
        line('Why Am I Not Losing Weight?'),
        line('Weight Loss'),
        line('You CAN Lose Weight Without “Starving”'),
        line('Weight Loss'),
        line('Smart Food Swaps to Outsmart Diet Deprivation'),
        line('Facebook'),
      ],
      dropped: [true, true, true, true, true, true, false],
    },
    {
      name: "keeps a story's own subheadings and Q&A lines under a related heading: their short rows differ",
      lines: [
        line('Q', { afterRelatedHeading: true }),
        line('Why am I not losing weight?'),
        line('A'),
        line('You may be eating more than you think'),
        line('Weight Loss'),
        line('Smart food swaps help you lose weight'),
      ],
      dropped: [false, false, false, false, false, false],
    },
    {
      name: 'keeps a story whose one short subheading comes back under a related heading only once',
      lines: [
        line('Weight Loss', { afterRelatedHeading: true }),
        line('Why am I not losing weight?'),
        line('Weight Loss'),
        line('Most people who stop losing weight are eating more than they think, the study found.'),
      ],
      dropped: [false, false, false, false],
    },
    { name: 'keeps a story list that ends above a related heading', lines: [storyProse, ...ownList], dropped: [false, false, false, false, false, false] },
    {
      name: 'keeps a box of links above a heading (a gift list with its shop links)',
      lines: [storyProse, ...aboveLink.map((row) => ({ ...row, linkLike: true }))],
      dropped: [false, false, false, false, false, false, false],
    },
    {
      // aeb gold f105de6e… (a Japanese story) after "Latest Business news" in the synthetic joins (--synth, train, seed 2).
      name: 'keeps Japanese sentences under a related heading: they end with 。',
      lines: [
        line('Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、パソコンでそのまま読みたい時もあります。', { afterRelatedHeading: true, words: 6 }),
        line('Kindle for PCの起動ホットキーがKeePassと被る', { words: 4 }),
      ],
      dropped: [false, false],
    },
    {
      // aeb gold (train) 'US service members killed…' after a synthetic "Latest Business news" heading: the next story's headline.
      name: 'keeps a lone row over the lead it announces',
      lines: [line('US service members killed in Afghanistan helicopter crash', { afterRelatedHeading: true }), storyProse],
      headlineAt: 0,
      dropped: [false, false],
    },
    {
      // aeb gold (train) 'Cat found in New Mexico…' after a synthetic "You might also like" box of two rows.
      name: 'drops the teasers of a run but its last row when that one announces the prose after it',
      lines: [...underHeading.slice(0, 2), line('Cat found in New Mexico after going missing in Oregon'), storyProse],
      headlineAt: 2,
      dropped: [true, true, false, false],
    },
    {
      name: 'asks only about the last row of a run',
      lines: [...underHeading.slice(0, 3), storyProse],
      headlineAt: 1,
      dropped: [true, true, true, false],
    },
    {
      name: 'keeps a Japanese row with a sentence break inside, even without a final 。',
      lines: [line('これでようやく元の操作性を取り戻せました。詳しくは次回', { afterRelatedHeading: true, words: 3 })],
      dropped: [false],
    },
  ];
  it.each(cases)('$name', ({ lines, dropped, headlineAt }) => {
    const judged = dropRunsAfterRelatedHeadings(lines.map(() => kept), lines, (index) => index === headlineAt);
    expect(judged.map((j) => j.boilerplate)).toEqual(dropped);
    const first = judged.find((j) => j.boilerplate);
    if (first !== undefined) expect(first.revision).toMatch(/related-stories (?:heading|link)/);
  });
});

describe('announcesNext', () => {
  const terms = (text: string): string[] => text.toLowerCase().split(/\W+/).filter((word) => word.length > 2);
  it('holds when most of the row comes back in the paragraph after it', () => {
    expect(
      announcesNext(
        terms('US service members killed in Afghanistan helicopter crash'),
        terms('Two United States service members have been killed in a helicopter crash in Afghanistan, the US military said.'),
      ),
    ).toBe(true);
  });
  it('fails for a teaser on the same subject, and for a row of too few terms', () => {
    expect(announcesNext(terms('Fans really want The Doobie Brothers in the Rock Hall'), terms('The Doobie Brothers played two sold-out nights in Cleveland last week.'))).toBe(false);
    expect(announcesNext(terms('Rock Hall'), terms('The Rock Hall opens on Monday.'))).toBe(false);
  });
  it('reads a German compound and participle as the words the lead writes apart (probe r35)', () => {
    // Stemmed as contentTerms gives them: the compound also yields its last part.
    const row = ['lokfuhrergewerkschaft', 'droht', 'warnstreik', 'gewerkschaft'];
    const lead = ['gewerkschaft', 'deutsch', 'lokomotivfuhr', 'gdl', 'tarifstreit', 'bahn', 'warnstreik', 'gedroht', 'konz'];
    expect(announcesNext(row, lead)).toBe(true);
    // An ending of four letters is no word of its own: "port" in "airport".
    expect(announcesNext(['airport', 'strike', 'talks'], ['port', 'strike', 'talks'])).toBe(false);
  });
});
