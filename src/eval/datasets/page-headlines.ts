import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { collapseWhitespace } from '../tokens.js';
import { exists } from './detect.js';

/**
 * Headlines for the articles of a `pairs` dataset built from web pages (aeb): its gold holds the
 * article bodies only, so synthetic concatenations built from it had a headline at 2 % of their
 * joins, while a scraper that follows "next story" links writes one at most. The page dumps
 * (`page/<id>.txt`) still hold each headline somewhere above the body, and the manifest's URL
 * (`manifest.tsv`: id, url) names it in its slug ("…/snooze-cruise-study-sees-future-for-hibernating-astronauts-1").
 * The headline is the line above the body's first paragraph, within {@link SEARCH_LINES}, that
 * holds most of the slug's words: at least {@link MIN_SLUG_SHARE} of them, from a slug of at least
 * {@link MIN_SLUG_WORDS} words (URLs named by a number or a single word are left without). Lines
 * that are links, breadcrumbs or sentences (a caption ends with a full stop) are not headlines.
 *
 * On aeb (181 pages): a headline for 119, which gives 114 articles without a title one (122 have
 * one now, 91 of the 131 train articles); most of the rest name their URL by a number or a word.
 * Read by eye, nearly all are the page's headline; a few are its standfirst or a section title.
 */

const SEARCH_LINES = 40;
const MIN_SLUG_WORDS = 3;
const MIN_SLUG_SHARE = 0.6;
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 30;
/**
 * Links, breadcrumbs ("Mensagens » Mensagens de Autoestima"), menus, a sentence's full stop at the
 * end, and a sentence break inside (a caption: "… third-quarter earnings. Photograph by …").
 */
const NOT_A_HEADLINE = /https?:|www\.|[»|]|[^.]\.$|[.!?]["”’)]* \p{Lu}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercase words of three characters or more, accents folded (slugs drop them: "calendario" for "Calendário"). */
function slugWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return (folded.match(WORD) ?? []).filter((word) => word.length >= 3 && !/^\d+$/.test(word));
}

/** The words of a URL's slug: its path segment with the most hyphenated words, extension dropped. */
export function slugOf(url: string): string[] {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return [];
  }
  const segments = pathname.split('/').filter((segment) => segment !== '');
  // Of equally long segments the last: the slug ends the path.
  const longest = segments.reduce((best, segment) => (segment.split(/[-_]/).length >= best.split(/[-_]/).length ? segment : best), '');
  return slugWords(longest.replace(/\.\w+$/, ''));
}

/**
 * The headline of one page: see the module comment.
 * @param pageLines the page dump's lines
 * @param firstParagraph the article body's first paragraph (gold), whitespace collapsed
 * @param slug {@link slugOf} the page's URL
 * @returns the headline line, trimmed, or null
 */
export function headlineInPage(pageLines: readonly string[], firstParagraph: string, slug: readonly string[]): string | null {
  const wanted = new Set(slug);
  if (wanted.size < MIN_SLUG_WORDS) return null;
  const bodyAt = pageLines.findIndex((line) => collapseWhitespace(line) === firstParagraph);
  if (bodyAt < 0) return null;
  let best: string | null = null;
  let bestShare = MIN_SLUG_SHARE;
  for (let i = Math.max(0, bodyAt - SEARCH_LINES); i < bodyAt; i++) {
    const line = collapseWhitespace(pageLines[i]!);
    const words = line.split(/\s+/).length;
    if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS || NOT_A_HEADLINE.test(line)) continue;
    const found = new Set(slugWords(line).filter((word) => wanted.has(word)));
    const share = found.size / wanted.size;
    // The later line wins a tie: the headline sits closer to its body than a teaser of the same story.
    if (share >= bestShare) {
      best = line;
      bestShare = share;
    }
  }
  return best;
}

/**
 * Headlines recovered for a dataset folder (see the module comment), by article id; empty when the
 * folder has no `manifest.tsv` with `id` and `url` columns, or no `page/` dumps.
 * @param root the dataset folder (holding `gold/`, `page/`, `manifest.tsv`)
 * @param firstParagraphs each article's first body paragraph, by id
 */
export async function recoverHeadlines(root: string, firstParagraphs: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const headlines = new Map<string, string>();
  const manifest = path.join(root, 'manifest.tsv');
  if (!(await exists(manifest)) || !(await exists(path.join(root, 'page')))) return headlines;
  const [header, ...rows] = (await readFile(manifest, 'utf8')).split(/\r?\n/).filter((row) => row !== '');
  const columns = (header ?? '').split('\t');
  const idColumn = columns.indexOf('id');
  const urlColumn = columns.indexOf('url');
  if (idColumn < 0 || urlColumn < 0) return headlines;
  for (const row of rows) {
    const cells = row.split('\t');
    const id = cells[idColumn]!;
    const first = firstParagraphs.get(id);
    const page = path.join(root, 'page', `${id}.txt`);
    if (first === undefined || !(await exists(page))) continue;
    const headline = headlineInPage((await readFile(page, 'utf8')).split(/\r?\n/), first, slugOf(cells[urlColumn] ?? ''));
    if (headline !== null) headlines.set(id, headline);
  }
  return headlines;
}
