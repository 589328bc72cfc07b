import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { recoverHeadlines } from './datasets/page-headlines.js';
import type { SourceArticle } from './synth.js';
import { collapseWhitespace } from './tokens.js';

/**
 * Reads a folder of single clean articles, one per `.txt` file (sorted by name, so the order and
 * hence any synthetic set built from it is stable). Paragraphs are the non-blank lines, whitespace
 * collapsed. The first line becomes the title only when it looks like a headline (see
 * {@link looksLikeHeadline}) and a body remains after it.
 * @param keep which article ids (file names without `.txt`) to read
 */
export async function readArticleFolder(folder: string, keep: (id: string) => boolean = () => true): Promise<SourceArticle[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt') && keep(path.basename(name, '.txt'))).sort();
  const articles: SourceArticle[] = [];
  for (const name of names) {
    const text = await readFile(path.join(folder, name), 'utf8');
    articles.push(parseArticleText(path.basename(name, '.txt'), text));
  }
  return articles;
}

/**
 * The source articles of synthetic concatenations ({@link readArticleFolder}). When the folder is
 * the gold of a dataset built from web pages (`<root>/gold` beside `<root>/page/` and
 * `<root>/manifest.tsv`, as aeb), each article without a title gets the headline recovered from
 * its page (datasets/page-headlines.ts), so that joins with and without a headline are both made.
 * @param keep which article ids to read (training reads the train side of the split only)
 */
export async function readSynthSources(folder: string, keep: (id: string) => boolean = () => true): Promise<SourceArticle[]> {
  const articles = await readArticleFolder(folder, keep);
  const gold = path.resolve(folder);
  if (path.basename(gold) !== 'gold') return articles;
  const firstParagraphs = new Map(articles.map((article) => [article.id, article.paragraphs[0] ?? '']));
  const headlines = await recoverHeadlines(path.dirname(gold), firstParagraphs);
  return articles.map((article) => {
    const headline = headlines.get(article.id);
    return article.title === null && headline !== undefined ? { ...article, title: headline } : article;
  });
}

/** Splits one clean article's text into an optional title and body paragraphs. */
export function parseArticleText(id: string, text: string): SourceArticle {
  const lines = text
    .split(/\r?\n/)
    .map(collapseWhitespace)
    .filter((line) => line.length > 0);
  const [first, ...rest] = lines;
  if (first !== undefined && rest.length > 0 && looksLikeHeadline(first)) return { id, title: first, paragraphs: rest };
  return { id, title: null, paragraphs: lines };
}

const MAX_HEADLINE_WORDS = 15;
const MAX_HEADLINE_CHARS = 120;
// A headline rarely ends a sentence; "He said:" or a quote-closing line is body text.
const TERMINAL_PUNCTUATION = /[.!?:;,…"”’»)\]。！？]$/u;
// Hashtags, handles and pipes mark social or product furniture ("RRP: £23.99 | More info"), not headlines.
const FURNITURE_MARK = /[#@|]/u;

/**
 * Short, not all capitals (datelines such as "BAAR, SWITZERLAND" and kickers are), and without the
 * terminal punctuation that marks a sentence: "Arizona Senate passes Bitcoin bill".
 */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(' ').length;
  const allCaps = line === line.toUpperCase() && line !== line.toLowerCase();
  return (
    words >= 2 &&
    words <= MAX_HEADLINE_WORDS &&
    line.length <= MAX_HEADLINE_CHARS &&
    !allCaps &&
    !FURNITURE_MARK.test(line) &&
    !TERMINAL_PUNCTUATION.test(line)
  );
}
