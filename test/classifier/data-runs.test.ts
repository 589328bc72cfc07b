import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { keepDataRunsBesideProse, type RunLine } from '../../src/classifier/data-runs.js';

const junk: LineJudgement = { probability: 0.9, initial: 'bad', boilerplate: true, revision: null };
const story: LineJudgement = { probability: 0.1, initial: 'good', boilerplate: false, revision: null };

// aeb container cc03ddb5…: a race calendar that is the whole story, with no prose before it.
const calendar = [
  '1a etapa: 10 de março – Interlagos',
  '2a etapa: 8 de abril – Curitiba / Alternativa',
  '3a etapa: 22 de abril – Velopark',
  '4a etapa: 06 de maio – Londrina',
  '5a etapa: 20 de maio – Santa Cruz do Sul',
  '6a etapa: 5 de agosto – Corrida do Milhão',
];
const rows: RunLine[] = calendar.map((text) => ({ text, words: text.split(' ').length, prose: false }));
const comment: RunLine = {
  text: 'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.',
  words: 17,
  prose: true,
};

describe('keepDataRunsBesideProse', () => {
  it('keeps the rows of a data list the classifier mostly kept', () => {
    const judged = keepDataRunsBesideProse([junk, story, story, junk, story, junk], rows);
    expect(judged.every((j) => !j.boilerplate)).toBe(true);
    expect(judged[0]!.revision).toContain('other rows are story');
  });

  it('keeps a data list that holds more words than the prose kept: the list is the story', () => {
    const judged = keepDataRunsBesideProse([...rows.map(() => junk), story], [...rows, comment]);
    expect(judged.slice(0, rows.length).every((j) => !j.boilerplate)).toBe(true);
  });

  it('keeps the footnotes and the source line under a list that is the story, not the lines after them', () => {
    const under: RunLine[] = [
      '* Calendário sujeito a inúmeras alterações usualmente feitas pelo Organizador',
      '* Calendário acima divulgado pela categoria em janeiro de 2018',
      'www.autoracing.com.br',
      'calendario stock car 2018, stock car brasil',
    ].map((text) => ({ text, words: text.split(' ').length, prose: false }));
    const judged = keepDataRunsBesideProse([junk, story, story, junk, story, junk, junk, junk, junk, junk], [...rows, ...under]);
    expect(judged.slice(0, rows.length + 3).every((j) => !j.boilerplate)).toBe(true);
    expect(judged[rows.length]!.revision).toContain('footnotes');
    expect(judged[rows.length + 3]!.boilerplate).toBe(true);
  });

  it('leaves a dated list above a longer story, with no prose before it, to the classifier', () => {
    const longStory: RunLine = { text: 'The story.', words: 400, prose: true };
    const judged = keepDataRunsBesideProse([...rows.map(() => junk), story], [...rows, longStory]);
    expect(judged.slice(0, rows.length).every((j) => j.boilerplate)).toBe(true);
  });

  it('leaves an archive menu of years counted down above the story to the classifier (aeb page b0cf2bbf…)', () => {
    const menu = ['PV Project Exchange', 'Archive', 'Special editions', '2019', '2018', '2017', '2016', '2015', '2014', '2013', '2012', '2011', '2010', 'About'];
    const lead: RunLine = {
      text: 'The government has unveiled a plan to help the PV industry reduce the cost of solar panels from around $0.23/W to $0.15/W by 2030.',
      words: 27,
      prose: true,
    };
    const cells: RunLine[] = menu.map((text) => ({ text, words: text.split(' ').length, prose: false }));
    const judged = keepDataRunsBesideProse([...menu.map(() => junk), story], [...cells, lead]);
    expect(judged.slice(0, menu.length).every((j) => j.boilerplate)).toBe(true);
  });

  it('still keeps a table with years among its figures', () => {
    const table = ['Year', 'Sales', 'Share', '2016', '1.2m', '12%', '2018', '1.9m', '17%', '2019', '2.4m', '21%'];
    const cells: RunLine[] = table.map((text) => ({ text, words: 1, prose: false }));
    const judged = keepDataRunsBesideProse([story, ...table.map(() => junk)], [comment, ...cells]);
    expect(judged.every((j) => !j.boilerplate)).toBe(true);
  });
});
