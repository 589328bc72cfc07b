import { collapseWhitespace } from '../tokens.js';

/**
 * Titles against known headlines. A gold article whose headline is known (aeb: from its URL's slug,
 * datasets/page-headlines.ts) is scored by the title of the system article that holds its first
 * paragraph: `exact` when the two are the same text (whitespace collapsed), `wrong` when the system
 * gave another title, `missed` when it gave none although the headline is a line of the input. A
 * headline the input does not hold (an extract of the article's container often starts below it)
 * cannot be found, and no title is then right. `extra` counts titles given to articles whose headline
 * is not known, for the reader to inspect, not to score.
 */
export interface TitleCounts {
  headlines: number;
  /** Of the headlines, those the input holds as a line. */
  inInput: number;
  exact: number;
  wrong: number;
  missed: number;
  extra: number;
}

const NO_TITLES: TitleCounts = { headlines: 0, inInput: 0, exact: 0, wrong: 0, missed: 0, extra: 0 };

/**
 * @param raw the input text
 * @param headlines known headline of each gold article (null: unknown)
 * @param systemArticleOf index of the system article holding each gold article's first paragraph (null: none)
 * @param titles each system article's title
 */
export function countTitles(
  raw: string,
  headlines: ReadonlyArray<string | null>,
  systemArticleOf: ReadonlyArray<number | null>,
  titles: ReadonlyArray<string | null>,
): TitleCounts {
  const counts = { ...NO_TITLES };
  const lines = new Set(raw.split(/\r?\n/u).map(collapseWhitespace));
  headlines.forEach((headline, article) => {
    const at = systemArticleOf[article];
    const title = at === null || at === undefined ? null : (titles[at] ?? null);
    if (headline === null) {
      if (title !== null) counts.extra++;
      return;
    }
    counts.headlines++;
    const inInput = lines.has(collapseWhitespace(headline));
    if (inInput) counts.inInput++;
    if (title === null) {
      if (inInput) counts.missed++;
    } else if (collapseWhitespace(title) === collapseWhitespace(headline)) counts.exact++;
    else counts.wrong++;
  });
  return counts;
}

export function addTitleCounts(a: TitleCounts, b: TitleCounts): TitleCounts {
  return {
    headlines: a.headlines + b.headlines,
    inInput: a.inInput + b.inInput,
    exact: a.exact + b.exact,
    wrong: a.wrong + b.wrong,
    missed: a.missed + b.missed,
    extra: a.extra + b.extra,
  };
}
