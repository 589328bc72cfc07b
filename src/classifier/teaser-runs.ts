import type { LineJudgement } from './classify.js';
import type { Span } from './main-block.js';
import { endsWithSubheading } from './related-runs.js';

/**
 * A related-stories widget dropped into the middle of a story: a run of headlines, each a line of
 * its own, with the story's prose right before and right after it:
 *
 *   "… Tottenham said in a statement: "Jose is one of the world's most accomplished managers."
 *   Prince Andrew: BT and three universities abandon ties with duke after Epstein TV interview
 *   Babies and mothers died in what may be worst ever NHS maternity scandal, report finds
 *   Harry Dunn: Foreign Secretary Dominic Raab defends seeking legal costs from family
 *   "He is renowned for his tactical prowess …"
 *
 * Inside the story span the classifier's threshold is high and the neighbours' revision keeps
 * short lines between story paragraphs, so these headlines survive line by line. As a block they
 * give themselves away: every row is headline-shaped and the rows talk of other things than the
 * main block does. A list the story itself holds between two paragraphs (a product's features, a
 * company's sites) reuses the story's words; a data list (tour dates) carries a digit on most rows
 * and a link list carries its URLs, and both are left alone. Where one story ends with such a box
 * and the next begins under its headline, that headline closes the run: it is the next story's,
 * not a teaser (see related-runs.ts).
 */

/** At least this many headline-shaped rows in a row. */
const MIN_ROWS = 3;
/** Teaser headlines are full headlines; feature bullets ("Sweat and water resistant") are shorter. */
const MIN_MEAN_WORDS = 7;
/**
 * Mean share of a row's content words that the main block also uses, at or above which the run is
 * the story's own list. Teaser widgets in the aeb train split: 0.13–0.72; in-story lists 0.89.
 */
const MAX_OVERLAP = 0.8;
/** A data list carries a digit on about every row; teasers on a few. */
const MAX_DIGIT_SHARE = 0.5;
const DIGIT = /\p{N}/u;

/** One paragraph as the teaser-run search sees it. */
export interface TeaserLine {
  text: string;
  /** Word tokens. */
  words: number;
  /** 4–20 words, no sentence end, no final colon, no sentence break inside. */
  headline: boolean;
  /** jusText-style prose: long, stopword-dense, sentence-final. */
  prose: boolean;
  /** Holds a URL, a handle, a domain or menu separators. */
  linkLike: boolean;
  /** Share of its content words the main block also uses, in [0, 1]. */
  overlap: number;
}

/** Marks the rows of every teaser widget ({@link teaserWidgets}) as boilerplate. */
export function dropTeaserRunsInsideStory(judgements: readonly LineJudgement[], widgets: readonly Span[]): LineJudgement[] {
  const result = [...judgements];
  for (const widget of widgets) {
    const why = `removed: one of ${widget.end - widget.start} headlines between story paragraphs that share little of the story's words (a teaser widget)`;
    for (let i = widget.start; i < widget.end; i++) {
      if (!result[i]!.boilerplate) result[i] = { ...result[i]!, boilerplate: true, revision: why };
    }
  }
  return result;
}

/**
 * Every headline run between two prose paragraphs that shares little of the story's vocabulary, in
 * document order. It depends on the lines' shapes and words alone, not on any label, so the
 * neighbours' revision can look past the widgets before {@link dropTeaserRunsInsideStory} removes them.
 */
export function teaserWidgets(
  lines: readonly TeaserLine[],
  /** Whether paragraph `index` is the headline of the paragraphs after it (classify.ts); asked of a run's last row only. */
  headlineOverNext: (index: number) => boolean = () => false,
): Span[] {
  const widgets: Span[] = [];
  let start = 0;
  while (start < lines.length) {
    if (!lines[start]!.headline) {
      start++;
      continue;
    }
    let end = start;
    while (end < lines.length && lines[end]!.headline) end++;
    // The run's last row may be the next story's headline, over its lead: that story starts there. Or it is the story's own
    // subheading, where the story resumes under the box (probe r34, Estadão: "Leia também" / "Dólar abre em queda com investidores
    // atentos a dados de inflação nos EUA" / "Ibovespa renova máxima histórica e supera os 160 mil pontos" / "Comperj volta ao
    // plano" / the story's prose: with the heading removed by rule, the subheading made the run's third row).
    if (isTeaserWidget(lines, start, end)) widgets.push({ start, end: headlineOverNext(end - 1) || endsWithSubheading(lines.slice(start, end)) ? end - 1 : end });
    start = end;
  }
  return widgets;
}

/**
 * For each of `count` paragraphs, whether it is a row of a widget lying inside the story span: the
 * rows the neighbours' revision looks past. Only a widget with story on its far side hides the story
 * from the lines before it; after the story's end, what follows a widget is more furniture (a promo,
 * "Want the best tools to get healthy? Check out our Gear team's picks…", under WIRED's "More Great
 * WIRED Stories" box).
 */
export function widgetRowsInside(widgets: readonly Span[], story: Span, count: number): boolean[] {
  const rows = new Array<boolean>(count).fill(false);
  for (const widget of widgets) if (widget.start >= story.start && widget.end <= story.end) rows.fill(true, widget.start, widget.end);
  return rows;
}

function isTeaserWidget(lines: readonly TeaserLine[], start: number, end: number): boolean {
  const rows = lines.slice(start, end);
  if (rows.length < MIN_ROWS) return false;
  if (!lines[start - 1]?.prose || !lines[end]?.prose) return false;
  if (rows.some((row) => row.linkLike)) return false;
  const mean = (value: (row: TeaserLine) => number): number => rows.reduce((sum, row) => sum + value(row), 0) / rows.length;
  return (
    mean((row) => row.words) >= MIN_MEAN_WORDS &&
    mean((row) => row.overlap) < MAX_OVERLAP &&
    mean((row) => (DIGIT.test(row.text) ? 1 : 0)) <= MAX_DIGIT_SHARE
  );
}
