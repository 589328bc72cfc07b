import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSynthSources } from '../../src/eval/article-folder.js';
import { headlineInPage, slugOf } from '../../src/eval/datasets/page-headlines.js';
import { temporaryDirectory } from '../temporary-directories.js';

// Shaped like an aeb page dump (made-up text): menus, a caption that shares the slug's words, the headline, a byline, the body.
const page = [
  'Home | World | Business',
  'Business » Energy',
  'Oil prices fall as talks stall. Photograph by Jo Reed',
  'Oil prices fall as Opec talks stall',
  'By Sam Hill',
  'Oil prices fell on Tuesday after talks between Opec members ended without agreement.',
  'Brent crude dropped 2.4% to $78.10 a barrel.',
];
const body = page[5]!;

describe('slugOf', () => {
  it('takes the path segment of most words, without its extension or numbers', () => {
    expect(slugOf('https://example.com/2019/11/19/oil-prices-fall-as-opec-talks-stall-14848.php')).toEqual(['oil', 'prices', 'fall', 'opec', 'talks', 'stall']);
    expect(slugOf('https://example.com/news/article?id=3')).toEqual(['article']);
    expect(slugOf('not a url')).toEqual([]);
  });

  it('folds accents, as slugs do', () => {
    expect(slugOf('https://example.com/calendario-da-stock-car')).toEqual(['calendario', 'stock', 'car']);
  });
});

describe('headlineInPage', () => {
  const slug = slugOf('https://example.com/oil-prices-fall-as-opec-talks-stall');

  it('finds the line above the body that holds most of the slug, passing over menus and captions', () => {
    expect(headlineInPage(page, body, slug)).toBe('Oil prices fall as Opec talks stall');
  });

  it('finds none when the slug says too little, the body is not on the page, or no line matches enough', () => {
    expect(headlineInPage(page, body, ['oil'])).toBeNull();
    expect(headlineInPage(page, 'A paragraph the page does not hold.', slug)).toBeNull();
    expect(headlineInPage(page, body, slugOf('https://example.com/diesel-shortage-winter-refiners'))).toBeNull();
  });

  it('never takes a line from the body or below it', () => {
    const below = [body, 'Oil prices fall as Opec talks stall'];
    expect(headlineInPage(below, body, slug)).toBeNull();
  });
});

describe('readSynthSources', () => {
  function dataset(withManifest: boolean): string {
    const root = temporaryDirectory();
    for (const folder of ['gold', 'page']) mkdirSync(path.join(root, folder));
    writeFileSync(path.join(root, 'gold', 'a.txt'), `${body}\n${page[6]}\n`);
    writeFileSync(path.join(root, 'gold', 'b.txt'), 'Refiners warn of shortage\nEuropean refiners have warned that diesel stocks could run short.\n');
    writeFileSync(path.join(root, 'page', 'a.txt'), `${page.join('\n')}\n`);
    if (withManifest) writeFileSync(path.join(root, 'manifest.tsv'), 'id\turl\nb\thttps://example.com/b\na\thttps://example.com/oil-prices-fall-as-opec-talks-stall\n');
    return root;
  }

  it("gives a gold article its page's headline, and keeps a title the article has", async () => {
    const articles = await readSynthSources(path.join(dataset(true), 'gold'));
    expect(articles.map((a) => [a.id, a.title])).toEqual([
      ['a', 'Oil prices fall as Opec talks stall'],
      ['b', 'Refiners warn of shortage'],
    ]);
    expect(articles[0]!.paragraphs[0]).toBe(body);
  });

  it('reads only the articles asked for', async () => {
    const articles = await readSynthSources(path.join(dataset(true), 'gold'), (id) => id === 'b');
    expect(articles.map((a) => a.id)).toEqual(['b']);
  });

  it('leaves the articles as they are without a manifest, or for a folder that is not a gold folder', async () => {
    const root = dataset(false);
    expect((await readSynthSources(path.join(root, 'gold')))[0]!.title).toBeNull();
    const plain = temporaryDirectory();
    writeFileSync(path.join(plain, 'a.txt'), `${body}\n`);
    expect((await readSynthSources(plain))[0]!.title).toBeNull();
  });
});
