import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/cohesion/tfidf-windows.js';
import { FEATURE_NAMES } from '../../src/segment/gap-features.js';
import { isListGap, vetoListGaps } from '../../src/segment/list-veto.js';
import { mergeCohesiveArticles, SURE_SPLIT_MARGIN } from '../../src/segment/merge-cohesive.js';
import { paragraphLanguages } from '../../src/segment/paragraph-languages.js';
import { isRowShape, paragraphShape, recurringOpeners, runAfterShare } from '../../src/segment/paragraph-shape.js';

const GUIDE_A = ['appl', 'watch', 'batteri', 'price', 'deal'];
const GUIDE_B = ['appl', 'airpod', 'batteri', 'price', 'deal'];
const SENATE = ['senat', 'bill', 'vote', 'reserv', 'bitcoin'];

/** Margins of a six-paragraph document's gaps, each above the threshold but short of sure. */
const UNSURE = [1, 1, 1, 1, 1];

describe('mergeCohesiveArticles', () => {
  it('undoes a split between two parts of one gift guide and keeps the split before an unrelated story', () => {
    const units = [GUIDE_A, GUIDE_A, GUIDE_B, GUIDE_B, SENATE, SENATE];
    const result = mergeCohesiveArticles([2, 4], indexTerms(units), 0.1, UNSURE);
    expect(result.starts).toEqual([4]);
    expect(result.merged.map((m) => m.index)).toEqual([2]);
    expect(result.merged[0]!.cohesion).toBeGreaterThan(0.1);
  });

  it('keeps every split when the limit is 1 and has nothing to do without splits', () => {
    const units = [GUIDE_A, GUIDE_B, GUIDE_A];
    expect(mergeCohesiveArticles([1, 2], indexTerms(units), 1, UNSURE)).toEqual({ starts: [1, 2], merged: [] });
    expect(mergeCohesiveArticles([], indexTerms(units), 0.1, UNSURE)).toEqual({ starts: [], merged: [] });
  });

  it('never undoes a split the model is sure of, however much the two articles share', () => {
    const units = [GUIDE_A, GUIDE_A, GUIDE_B, GUIDE_B, SENATE, SENATE];
    const margins = [...UNSURE];
    margins[1] = SURE_SPLIT_MARGIN;
    expect(mergeCohesiveArticles([2, 4], indexTerms(units), 0.1, margins)).toEqual({ starts: [2, 4], merged: [] });
    margins[1] = SURE_SPLIT_MARGIN - 0.01;
    expect(mergeCohesiveArticles([2, 4], indexTerms(units), 0.1, margins).starts).toEqual([4]);
  });
});

describe('list and table rows', () => {
  const rows = [
    'The Doobie Brothers Tour Dates',
    'June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre',
    'June 11 – Tampa, FL @ MidFlorida Credit Union Amphitheatre',
    'June 12 – Atlanta, GA @ Cellairis Amphitheatre',
    'June 14 – Raleigh, NC @ Coastal Credit Union Music Park',
  ];
  const shapes = rows.map(paragraphShape);

  it('sees a list start at its first row and not at a prose paragraph', () => {
    expect(runAfterShare(shapes, 1)).toBe(1);
    const prose = 'The band will play twenty dates across the South this summer, its first tour since the pandemic began, with every show outdoors.';
    expect(isRowShape(paragraphShape(prose))).toBe(false);
    expect(runAfterShare([paragraphShape(prose), ...shapes.slice(1)], 0)).toBe(0);
  });

  it('sees a list of two-line items (a name, then its link) start at its first item, not at prose or a lone link', () => {
    // aeb train 20b2b649…: a Black Friday list under "…da non lasciarsi sfuggire su a Amazon:".
    const items = [
      'E chi siamo noi per astenersi da questa corsa consumistica? Ecco allora le offerte PRO-NOSTALGICI anni ’80 e ’90 da non lasciarsi sfuggire su a Amazon:',
      '1) Lego Star Wars 75188 Bombardiere della Resistenza',
      'http://amzn.to/2iJFhRj',
      '2) Polistil 960574 Pista Elettrica Sorpasso',
      'http://amzn.to/2hZfWFJ',
      '3) Cofanetto Nolan: Interstellar/Il Cavaliere Oscuro – La Trilogia/Inception/The Prestige/Insomnia/Memento (Blu-Ray)',
      'http://amzn.to/2hWw372',
      '4) Blade Runner The Final Cut (4K Ultra HD + Blu-Ray)',
      'http://amzn.to/2hWEIX7',
    ].map(paragraphShape);
    expect(runAfterShare(items, 1)).toBe(2 / 3);
    expect(runAfterShare(items, 0)).toBe(0);
    // The second lines must all repeat one shape: one link among other rows is no list of pairs.
    const broken = [...items];
    broken[4] = paragraphShape('Free delivery on every order');
    expect(runAfterShare(broken, 1)).toBe(0);
  });

  it('makes a gap inside a list, after its lead-in, after a recurring row, inside an interview or before a bare link impossible to split, and leaves other gaps alone', () => {
    const gap = (values: Partial<Record<string, number>>): number[] => FEATURE_NAMES.map((name) => values[name] ?? 0);
    expect(isListGap(gap({ 'same-row-shape': 1 }))).toBe(true);
    expect(isListGap(gap({ 'list-starts-after': 1, 'after-headline-like': 1 }))).toBe(true);
    expect(isListGap(gap({ 'list-starts-after': 1, 'before-unfinished': 1 }))).toBe(true);
    expect(isListGap(gap({ 'before-recurring-row': 1, 'listing-goes-on': 1 }))).toBe(true);
    expect(isListGap(gap({ 'inside-interview': 1 }))).toBe(true);
    expect(isListGap(gap({ 'opens-with-link': 1 }))).toBe(true);
    // A list right after a finished sentence may open the next story ("Claim", "Rating", … of a fact check).
    expect(isListGap(gap({ 'list-starts-after': 1 }))).toBe(false);
    expect(isListGap(gap({ 'list-starts-after': 1 / 3, 'after-headline-like': 1 }))).toBe(false);
    // After the last recurring row the listing is over: a recipe's "Portion Fix Containers: 1 tsp.", then the next story.
    expect(isListGap(gap({ 'before-recurring-row': 1 }))).toBe(false);
    expect(vetoListGaps([2, 2], [gap({ 'same-row-shape': 1 }), gap({})])).toEqual([Number.NEGATIVE_INFINITY, 2]);
  });
});

describe('paragraphLanguages', () => {
  it('gives an English story inside a Russian document its own language, and short lines their neighbour’s', () => {
    const languages = paragraphLanguages(
      [
        'Это было не так просто, как казалось, но мы все же решили попробовать еще раз и не пожалели об этом.',
        'Hong Kong is burning. The authorities continue to pour fuel on the fire, and the people of the city are on the streets.',
        'Photo: AP',
      ],
      'ru',
    );
    expect(languages).toEqual(['ru', 'en', 'en']);
  });

  it('gives a short line in another script than the paragraph before it the language of the next paragraph in its script', () => {
    // aeb train article: a Russian diet story, glued after an English one, opens with a kicker line.
    const languages = paragraphLanguages(
      [
        'The Pittsburgh quarterback did not suffer a concussion, and the league said on Friday that it would review the play.',
        'Средняя суточная калорийность 1694 Ккал.',
        'Эта диета пришла к нам с запада и в своей основе содержит ограничение на количество углеводов.',
      ],
      'en',
    );
    expect(languages).toEqual(['en', 'ru', 'ru']);
  });

  it('keeps the document language when its stopwords are as frequent as another language’s', () => {
    expect(paragraphLanguages(['The bill was passed by the Senate on Friday and it now goes to the House.'], 'en')).toEqual(['en']);
  });
});

describe('recurringOpeners', () => {
  it('counts the rows that share an opener, digits masked, and never prose, and how many of them come later', () => {
    const paragraphs = [
      'PS4 DualShock Controller in Crystal for $39.99',
      'Get it on Amazon for 39.99',
      'Get it on Amazon for $649.99',
      'Get it on Amazon for $169.99',
      'The company said on Friday that it would cut its forecast for the year because demand for its controllers had fallen sharply.',
      'The company said on Monday that it expected demand to recover in the spring, once stocks had been cleared from the shops.',
    ];
    const recurring = recurringOpeners(paragraphs, paragraphs.map(paragraphShape));
    expect(recurring.others).toEqual([0, 2, 2, 2, 0, 0]);
    expect(recurring.later).toEqual([0, 2, 1, 0, 0, 0]);
  });
});
