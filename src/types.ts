/**
 * The shared vocabulary of the pipeline. Every stage takes one of these shapes and returns the next:
 * raw text → {@link NormalisedDocument} → {@link CleanedDocument} → {@link SegmentedDocument} → records.
 *
 * Positions: line numbers are 1-based and refer to the raw input (before normalisation, which never
 * adds or removes line breaks); columns are 1-based UTF-16 code-unit positions within that line.
 */

/** Which stage produced a message. */
export type StageName = 'normalise' | 'clean' | 'segment' | 'assemble';

/**
 * One fact about what the pipeline did to the input, with its reason. Removals, splits, inline
 * trims, normalisations and metadata extractions are all messages, so `--explain` and the tests
 * read the same record.
 */
export interface Message {
  stage: StageName;
  /** What happened: a whole line/paragraph removed, a span inside a line removed, a split, etc. */
  action: 'remove-line' | 'remove-span' | 'split' | 'normalise' | 'metadata' | 'title';
  /** Rule id (file name under src/rules/), or a stage-level id such as `classifier` or `segmenter`. */
  ruleId: string;
  /** Rule category, e.g. `embed-consent`, `video`, `caption`; stages use their own name. */
  category: string;
  /** A human sentence: why this happened. */
  reason: string;
  /** First raw line concerned (1-based). */
  line: number;
  /** Last raw line concerned (1-based, inclusive); equals `line` for one line. */
  endLine: number;
  /** For spans: 1-based column of the first character removed, in the normalised line. */
  column?: number;
  /** The text concerned (the removed line or span, or the first words after a split). */
  text: string;
  /** A score in [0, 1] where the decision came from a model (classifier probability, boundary score). */
  score?: number;
}

/**
 * A paragraph of the document: one non-blank line in one-paragraph-per-line input, or a run of
 * non-blank lines between blank lines in blank-line-separated input.
 */
export interface Paragraph {
  /** Text after normalisation and any inline removals; never empty. */
  text: string;
  /** First raw line (1-based). */
  firstLine: number;
  /** Last raw line (1-based, inclusive). */
  lastLine: number;
}

/** Fields read from header lines such as `date 2023-10-27`. */
export interface DocumentMetadata {
  date?: string;
  title?: string;
  [field: string]: string | undefined;
}

/** Counters the runner keeps per document; keys are `removed:<ruleId>`, `split`, and so on. */
export type Counters = Record<string, number>;

/** Output of the normalise stage. */
export interface NormalisedDocument {
  paragraphs: Paragraph[];
  /** How paragraphs were delimited in the input. */
  paragraphStyle: 'line' | 'blank-line';
  /** Number of raw lines in the input (a final newline does not start a line). */
  lineCount: number;
  messages: Message[];
}

/** Output of the clean stage: the paragraphs that stay, and what went and why. */
export interface CleanedDocument extends NormalisedDocument {
  metadata: DocumentMetadata;
  /**
   * ISO 639-1 code of the language the cleaner settled on (`und` when unknown), so later stages do
   * not detect it again; absent when a caller built the document by hand.
   */
  language?: string;
  /**
   * Paragraph indexes (into `paragraphs` of the cleaned document) before which the cleaner removed
   * one or more paragraphs: weak evidence for the segmenter.
   */
  removalGaps: number[];
  /**
   * 1-based input line of the first kept paragraph of each page after the first that the cleaner saw begin at a page's
   * header (a skip link, the file's masthead or menu printed again: a file a scraper wrote from several pages); absent
   * when none did or a caller built the document by hand.
   */
  pageHeadLines?: number[];
}

/** The signals that made a split, strongest first. */
export interface BoundarySignal {
  name: string;
  /** Contribution to the boundary's log-odds (positive pushes towards a split). */
  weight: number;
}

export interface Boundary {
  /** Probability-like score in [0, 1] that a new story starts here. */
  score: number;
  signals: BoundarySignal[];
}

/** One article found by the segmenter, as a run of cleaned paragraphs. */
export interface SegmentedArticle {
  paragraphs: Paragraph[];
  /** The article's headline (segment/titles.ts): its first line, which then leaves `paragraphs`, or a line removed above it, which stays removed. */
  title: string | null;
  /** Why this article starts a new story; null for the first article of a document. */
  boundary: Boundary | null;
  /** First raw line of the article's first paragraph, its title's when the title was taken from it: where its `--explain` stretch starts. */
  startLine: number;
}

/** Output of the segment stage. */
export interface SegmentedDocument {
  articles: SegmentedArticle[];
  metadata: DocumentMetadata;
  messages: Message[];
  lineCount: number;
}

/** Where a document came from, as the caller named it. */
export interface DocumentSource {
  /** The input path as given on the command line, or `-` for standard input. */
  source: string;
  /** Path relative to the input root, without extension, with `/` separators: the id prefix. */
  idBase: string;
}

/** A removed line or span, as listed in an `--explain` record. */
export interface RemovalRecord {
  line: number;
  endLine: number;
  column?: number;
  text: string;
  rule: string;
  category: string;
  reason: string;
  score?: number;
}

/**
 * The public article record: one per article, the unit of every output format. Documented in the
 * README; field order is the serialisation order.
 */
export interface ArticleRecord {
  /** `<relative-path-without-ext>#<index>`, stable across runs. */
  id: string;
  source: string;
  /** 0-based position of the article in its source. */
  index: number;
  /** Number of articles in the source. */
  count: number;
  title: string | null;
  date: string | null;
  /** Paragraphs joined by a blank line. */
  text: string;
  paragraphs: string[];
  words: number;
  /** First and last raw line numbers (1-based, inclusive) of the article's content. */
  lines: [number, number];
  /** Why this article starts here; null for the first article. */
  boundary: Boundary | null;
  /**
   * Id of the first copy of this article in the run when it is an exact or near duplicate
   * (docs/corpus.md); null when it is the first copy. Absent when duplicate detection is off.
   */
  duplicate_of?: string | null;
  /** With `--explain`: every line or span removed from this article's stretch of the input. */
  removed?: RemovalRecord[];
  /** With `--explain`: candidate boundaries considered within this article's stretch and why not split. */
  explain?: Message[];
}

/** Everything the pipeline produced for one document. */
export interface DocumentResult {
  source: DocumentSource;
  records: ArticleRecord[];
  messages: Message[];
  counters: Counters;
  metadata: DocumentMetadata;
  lineCount: number;
}
