import type { LanguageCode } from '../text/language.js';

/**
 * The shapes of a boilerplate rule. A rule reads a read-only context and returns a verdict or null;
 * it never counts, logs or edits the document: the clean stage keeps the books.
 */

/** Rule categories: the `category` of a removal message. */
export type RuleCategory =
  | 'metadata'
  | 'embed-consent'
  | 'video'
  | 'newsletter'
  | 'caption'
  | 'related'
  | 'share'
  | 'advertisement'
  | 'comments'
  | 'byline'
  | 'legal'
  | 'cookie-banner'
  | 'navigation'
  | 'paywall'
  | 'markup'
  | 'user';

/** What every rule sees besides the text. */
export interface RuleContext {
  /** ISO 639-1 language of the document, or `und`. */
  language: LanguageCode;
  /**
   * Index (0-based, into the block rules' `texts`) of the paragraph where the current page began, in a
   * file a scraper wrote from several pages; 0 or absent on the first page. Rules that look at the
   * top of a document look at the top of each page from here.
   */
  pageTop?: number;
}

/** Fields every rule carries, so the catalogue documents and tests itself. */
export interface RuleInfo {
  /** Kebab-case id, equal to the rule's file name under src/rules/. */
  id: string;
  category: RuleCategory | string;
  /** One sentence for `--explain` and docs/cleaning.md. */
  description: string;
  /** True when the rule matches English wording only; it stands aside for other languages. */
  englishOnly: boolean;
}

/** Why a line or block goes. */
export interface Verdict {
  reason: string;
}

/** A rule over one normalised paragraph (one line in one-per-line input). */
export interface LineRule extends RuleInfo {
  kind: 'line';
  match(text: string, context: RuleContext): Verdict | null;
  /** Real lines it must remove and must keep, each list with its source. */
  examples: { remove: string[]; keep: string[]; source: string };
}

/** A block verdict: how many paragraphs from the start index go. */
export interface BlockVerdict extends Verdict {
  /** Number of paragraphs removed, starting at the index given to the rule; at least 1. */
  length: number;
}

/** A rule over a run of paragraphs, for furniture only recognisable by its shape (embed, video). */
export interface BlockRule extends RuleInfo {
  kind: 'block';
  /** Whether a block starts at `texts[start]`; `start` is a 0-based paragraph index. */
  match(texts: readonly string[], start: number, context: RuleContext): BlockVerdict | null;
  /**
   * Real blocks it must remove whole (matched at their first line), blocks it must find inside a
   * longer run (`inContext`, for rules that look back), and runs it must not match at any line.
   */
  examples: {
    remove: string[][];
    inContext?: Array<{ texts: string[]; start: number; length: number }>;
    keep: string[][];
    source: string;
  };
}

/** A span verdict: what to cut from a paragraph, and metadata it carried. */
export interface SpanVerdict extends Verdict {
  /** 0-based UTF-16 offset of the first character removed. */
  start: number;
  /** 0-based UTF-16 offset after the last character removed. */
  end: number;
  /** Fields read from the span (`date` from a `date 2023-10-27` header). */
  metadata?: Record<string, string>;
}

/** A rule that trims a span inside a paragraph (a header or a widget flattened into a line). */
export interface SpanRule extends RuleInfo {
  kind: 'span';
  match(text: string, context: RuleContext): SpanVerdict | null;
  /** Real lines and what must remain of them after the span goes (`''` when nothing remains). */
  examples: { cases: Array<{ input: string; remains: string }>; keep: string[]; source: string };
}

export type Rule = LineRule | BlockRule | SpanRule;
