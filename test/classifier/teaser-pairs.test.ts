import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { dropTeaserPairsOutsideStory, teaserPairRuns, type PairLine } from '../../src/classifier/teaser-pairs.js';

const kept: LineJudgement = { probability: 0.5, initial: 'uncertain', boilerplate: false, revision: 'a sentence next to story paragraphs' };

function line(text: string): PairLine {
  return { text, words: text.split(' ').length };
}

// aeb page aade2ec8…: the "Deals" box well below the story.
const deals = [
  'Big Amazon Echo Show 8 discount available even before launch',
  'In September Amazon announced a slew of devices that expands all nooks and crannies of the Amazon Echo ecosystem.',
  'Deal Alert: Newest iPad Pro up to $200 off',
  'Amazon is not waiting until Black Friday to offer deep iPad Pro discounts at their web store.',
  'Microsoft offers “Build your own Surface Go Kids Bundle” plus JBL he...',
  'Microsoft is now offering a deal on its Surface Go that’s specially tailored to families with tech-savvy kids.',
];
// aeb container ff0f958a…: other diets under "Самые популярные диеты", each a name over a summary.
const diets = [
  'Белковая диета',
  'Популярная диета при активном ритме жизни. Результаты похудения до 10 кг за 14 дней.',
  'Гречневая диета',
  'Самая популярная диета. Сбрасывается до 12 кг за 14 дней. Два варианта меню.',
  'Диета Дюкана',
  'Эффективная диета без отката. Результат 5 кг за 7 дней. Сброшенный вес не вернется.',
];
// aeb gold 52111884…: the story's quoted reviews, each over its author.
const reviews = [
  '“Very talented people! Super fun & entertaining! Very cultural! We also won Tony Moly cosmetics 🙂 which was a plus!”',
  '– Ali***',
  '“It’s really good, and my cousin got to participate on stage. Seating is good and we also had the chance to have a picture with the cast after the show.”',
  '– Ni** My**',
  '“A gorgeous play with an interesting storytelling style. The actors were very happy and interactive with the audience.”',
  '– Tur**',
  '“It was a 75-minute long non-verbal play with the narrative texts shown occasionally on screen.”',
  '– Jo** Al****',
];
// aeb gold 680c2848…: the story's round-up of critics' verdicts, each over its source.
const verdicts = [
  '[ The Verge ]',
  'Is Google Stadia the future? That\'s really two questions, I guess. First, "Is streaming the future of gaming?" Possibly.',
  '[ PC World ]',
  'Game streaming is finally viable, and Stadia is leading the charge — but with this launch, it\'s turning out to be more of a stroll.',
  '[ Engadget ]',
  'There\'s no reason anyone should buy into Stadia right now. Google has made sure of that.',
];
// aeb gold ff0f958a…: the story's own list, items alternating with and without a bracket.
const listItems = [
  'жиры искусственного происхождения',
  'сахар в любом виде (иначе выйдите за пределы дневной нормы по другим продуктам)',
  'кондитерские изделия (все содержат сахар)',
  'овощи с большим содержанием крахмала (картофель, кукуруза - рассчитать рецепт)',
  'алкоголь в любом виде',
  'хлебобулочные изделия (большое содержание крахмала)',
];
// A glued story's sections, each a subheading over a long paragraph.
const sections = [0, 1, 2].flatMap((i) => [
  `What happened on day ${i + 1}`,
  `${'The council met again and the members went over the plans for the new bridge once more, '.repeat(5)}and nothing was decided.`,
]);
// A transcript: each speaker's name over what they said.
const transcript = ['SMITH', 'We went over the figures twice.', 'JONES', 'And they did not add up.', 'SMITH', 'So we asked for the accounts.'];
// aeb page of a Q&A interview (glued pages, train, seed 1): each labelled question over its answer.
const interview = [
  'Q: Most memorable live event experience?',
  'A: Watching from courtside as Russell Westbrook and Kevin Durant scored 50 plus points a piece in a triple overtime game.',
  'Q: What are your hobbies?',
  'A: Watching NBA League Pass, reading, travel, and spending time with my family.',
  'Q: Favorite apps?',
  'A: Bleacher Report, Uber Eats, and ParkMobile.',
];
// Al Jazeera's teaser list once its counters are gone: headlines that are questions, then the story again.
const questionHeadlines = [
  'UN says aid to Gaza has dropped to lowest level in months',
  'What is the Rafah crossing and why is it important?',
  'Photos: Displaced Palestinians shelter in Rafah schools',
  'Analysis: Can Israel achieve its war aims?',
  'end of list',
  'Witnesses said several houses were hit overnight, and rescuers were searching through the rubble for survivors on Sunday morning.',
];
const story = Array.from({ length: 6 }, (_, i) => `The story's paragraph number ${i + 1} goes on about the subject at length.`);
const furniture = ['Advertisement', 'Deals'];

describe('dropTeaserPairsOutsideStory', () => {
  const block = { start: 0, end: story.length };
  const cases: Array<{ name: string; rows: string[]; gap?: string[]; dropped: boolean }> = [
    { name: 'drops headline-and-summary pairs past the story\'s furniture', rows: deals, dropped: true },
    { name: 'drops short names over their summaries', rows: diets, dropped: true },
    { name: 'keeps two pairs', rows: deals.slice(0, 4), dropped: false },
    { name: 'keeps pairs right after the main block', rows: deals, gap: ['Advertisement'], dropped: false },
    { name: 'keeps quoted reviews over their authors', rows: reviews, dropped: false },
    { name: 'keeps verdicts under bracketed sources', rows: verdicts, dropped: false },
    { name: 'keeps a list whose items end in a bracket', rows: listItems, dropped: false },
    { name: 'keeps a glued story\'s sections, long paragraphs under subheadings', rows: sections, dropped: false },
    { name: 'keeps one-word labels over sentences (a transcript\'s speakers)', rows: transcript, dropped: false },
    { name: 'keeps an interview\'s labelled questions over their answers', rows: interview, dropped: false },
    { name: 'reads a headline-shaped question as a headline, not a summary', rows: questionHeadlines, dropped: false },
  ];
  it.each(cases)('$name', ({ rows, gap = furniture, dropped }) => {
    const lines = [...story, ...gap, ...rows].map(line);
    const judged = dropTeaserPairsOutsideStory(lines.map(() => kept), lines, block);
    const tail = judged.slice(story.length + gap.length);
    expect(tail.every((j) => j.boilerplate === dropped)).toBe(true);
    expect(judged.slice(0, story.length).every((j) => !j.boilerplate)).toBe(true);
    if (dropped) expect(tail[0]!.revision).toContain(`one of ${rows.length / 2} teaser pairs`);
  });
});

describe('teaserPairRuns', () => {
  it('finds runs before and after the main block, never inside it', () => {
    const lines = [...deals, ...furniture, ...story, ...deals, ...furniture, ...deals].map(line);
    const start = deals.length + furniture.length;
    expect(teaserPairRuns(lines, { start, end: start + story.length + deals.length })).toEqual([
      { start: 0, end: 6 },
      { start: 22, end: 28 },
    ]);
  });

  it('reads a Japanese sentence ending in 。 as no headline (aeb page f105de6e…)', () => {
    const steps = [
      'Kindle for PCの起動ホットキーがKeePassと被る',
      'さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。',
      '特に困ったのが、起動ショートカットキーに関する設定。',
      'Kindle for PCをインストールすると自動でホットキーが設定され、「Ctrl＋Alt＋K」で立ち上がるようになります。',
      'ショートカットキーの変更手順',
      '開かれたフォルダの中にあるKindleのショートカットアイコンを右クリック。',
    ].map((text) => ({ text, words: Math.ceil(text.length / 2) }));
    expect(teaserPairRuns([...story, ...furniture, ...steps].map((l) => (typeof l === 'string' ? line(l) : l)), { start: 0, end: story.length })).toEqual([]);
  });

  it('finds nothing when there is no main block', () => {
    expect(teaserPairRuns([...furniture, ...deals].map(line), { start: 0, end: 0 })).toEqual([]);
  });
});
