import type { GoldLineLabel } from './metrics/line-decision.js';

/** What a dataset lets us measure. */
export type Measure = 'cleaning' | 'lines' | 'segmentation';

/** One raw input with its gold, whatever the dataset layout. */
export interface GoldDocument {
  /** Stable id: the file name without extension (choi: relative path); the dev split hashes it. */
  id: string;
  /** Report group: a raw variant (`container`, `page`), a Choi subset (`3-5`), or the layout name. */
  group: string;
  /** The raw text the pipeline reads. */
  raw: string;
  /** Gold articles in order, each as its content paragraphs (title first when the gold has one). */
  articles: string[][];
  /** Gold label per raw line (entry i is line i + 1), when the layout has line labels. */
  lineLabels: GoldLineLabel[] | null;
  /**
   * How each gold boundary (before the 2nd, 3rd… article) was made, when known: synthetic sets say
   * which joins were same-topic, lost their headline, or hold boilerplate (`joinKinds` in synth.ts).
   */
  boundaryKinds?: ReadonlyArray<readonly string[]>;
  /** Each gold article's headline where it is known apart from the gold text (aeb: from the page URL), else null; absent when none is. */
  headlines?: ReadonlyArray<string | null>;
}

/** A loaded dataset. */
export interface Dataset {
  layout: 'seeds' | 'pairs' | 'choi' | 'synth';
  /** Folder it was read from. */
  root: string;
  documents: GoldDocument[];
  /** The figures this layout supports, in report order. */
  measures: Measure[];
}

/** The line that separates articles in `pairs` gold files and segments in Choi files: exactly ten `=`. */
export const ARTICLE_MARKER = '==========';

/** Splits gold text into articles at marker lines; paragraphs are the non-blank lines, trimmed. */
export function splitGoldArticles(text: string): string[][] {
  const articles: string[][] = [[]];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === ARTICLE_MARKER) articles.push([]);
    else if (line !== '') articles[articles.length - 1]!.push(line);
  }
  return articles.filter((article) => article.length > 0);
}
