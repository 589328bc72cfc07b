import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { dropTeaserRunsInsideStory, teaserWidgets, widgetRowsInside, type TeaserLine } from '../../src/classifier/teaser-runs.js';

const kept: LineJudgement = { probability: 0.5, initial: 'uncertain', boilerplate: false, revision: 'between story paragraphs' };

function prose(text: string): TeaserLine {
  return { text, words: text.split(' ').length, headline: false, prose: true, linkLike: false, overlap: 0.6 };
}
function headline(text: string, overlap: number): TeaserLine {
  return { text, words: text.split(' ').length, headline: true, prose: false, linkLike: false, overlap };
}

const before = prose('Tottenham said in a statement: "Jose is one of the world\'s most accomplished managers."');
const after = prose('"He is renowned for his tactical prowess and has managed FC Porto, Inter Milan and Chelsea."');
// aeb container 92101975…: a related-stories widget in the middle of the story.
const teasers = [
  headline('Prince Andrew: BT and three universities abandon ties with duke after Epstein TV interview', 0.1),
  headline('Babies and mothers died in what may be worst ever NHS maternity scandal, report finds', 0.2),
  headline('Harry Dunn: Foreign Secretary Dominic Raab defends seeking legal costs from family', 0.1),
];
// aeb container e7d77f18…: the story's own feature list, in its words.
const features = [
  headline('Double-tap to play or skip forward with the AirPods', 0.9),
  headline('New Apple H1 headphone chip delivers faster wireless connection to your devices', 0.9),
  headline('Case can be charged using the Lightning connector of the AirPods', 0.9),
];

describe('dropTeaserRunsInsideStory', () => {
  const cases: Array<{ name: string; lines: TeaserLine[]; dropped: boolean }> = [
    { name: 'drops a headline run between prose that talks of other things', lines: [before, ...teasers, after], dropped: true },
    { name: 'keeps a list that reuses the story\'s words', lines: [before, ...features, after], dropped: false },
    { name: 'keeps a run of two', lines: [before, ...teasers.slice(0, 2), after], dropped: false },
    { name: 'leaves a run after the story\'s end to the classifier', lines: [before, ...teasers], dropped: false },
    {
      name: 'keeps a run of links',
      lines: [before, ...teasers.map((t) => ({ ...t, linkLike: true })), after],
      dropped: false,
    },
    {
      name: 'keeps a run of dated rows (a data list)',
      lines: [before, ...teasers.map((t) => ({ ...t, text: `${t.text} 2019` })), after],
      dropped: false,
    },
  ];
  it.each(cases)('$name', ({ lines, dropped }) => {
    const judged = dropTeaserRunsInsideStory(lines.map(() => kept), teaserWidgets(lines));
    const rows = judged.slice(1, lines.length - 1).filter((_, i) => lines[i + 1]!.headline);
    expect(rows.every((j) => j.boilerplate === dropped)).toBe(true);
    expect(judged[0]!.boilerplate).toBe(false);
    if (dropped) expect(rows[0]!.revision).toContain('teaser widget');
  });
});

describe('teaserWidgets', () => {
  // The widget ends one story's page; the next story opens under its headline (made-up text).
  const nextHeadline = headline('LeBron sets triple-double mark as Lakers hold off Thunder', 0);
  const nextLead = prose('LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal, but he reached another milestone.');

  it("stops a widget before the next story's headline, which the caller recognises over its lead", () => {
    const lines = [before, ...teasers, nextHeadline, nextLead];
    expect(teaserWidgets(lines, (index) => index === 4)).toEqual([{ start: 1, end: 4 }]);
    // Not recognised, the headline is one more teaser.
    expect(teaserWidgets(lines)).toEqual([{ start: 1, end: 5 }]);
  });

  // Estadão (probe r34): two teasers under a "Leia também" the rules removed, then the story's subheading over its prose.
  const estadaoBefore = prose('Segundo a estatal, a prioridade será concluir o segundo trem da Refinaria Abreu e Lima, em Pernambuco, e retomar as obras.');
  const estadaoTeasers = [
    headline('Dólar abre em queda com investidores atentos a dados de inflação nos EUA', 0.1),
    headline('Ibovespa renova máxima histórica e supera os 160 mil pontos', 0.1),
  ];
  const estadaoAfter = prose('As obras do antigo Comperj foram paralisadas em 2015, no auge da Operação Lava Jato, e a companhia chegou a registrar perdas.');

  it("ends a widget before the story's own subheading, a few words under longer teasers", () => {
    const subheading = headline('Comperj volta ao plano', 0.4);
    expect(teaserWidgets([estadaoBefore, ...estadaoTeasers, subheading, estadaoAfter])).toEqual([{ start: 1, end: 3 }]);
    // A last row as long as the teasers is one more teaser.
    expect(teaserWidgets([before, ...teasers, after])).toEqual([{ start: 1, end: 4 }]);
  });

  it('finds each widget\'s span from the lines alone, in document order', () => {
    const lines = [before, ...teasers, after, ...features, after, ...teasers, after];
    expect(teaserWidgets(lines)).toEqual([
      { start: 1, end: 4 },
      { start: 9, end: 12 },
    ]);
  });
});

describe('widgetRowsInside', () => {
  it('marks the rows of widgets inside the story span, not those of a box after the story', () => {
    // aeb page 7916ecca…: a widget between the story's second and third paragraphs (rows 3–5).
    // aeb page d48aeb9c…: "More Great WIRED Stories" after the story's last paragraph (rows 8–10),
    // then a promo ending in a full stop that passes for prose.
    const rows = widgetRowsInside([{ start: 3, end: 6 }, { start: 8, end: 11 }], { start: 1, end: 8 }, 12);
    expect(rows).toEqual([false, false, false, true, true, true, false, false, false, false, false, false]);
  });
});
