/**
 * Every tunable of the pipeline in one place, each with its unit, range and where the value came
 * from. Stages read these; nothing else holds a threshold.
 */

/** A user's additions to and removals from the rule catalogue (`--rules FILE`). */
export interface RuleOverrides {
  /** Rule ids to switch off. */
  disable: string[];
  /** Extra line rules, each a regular expression over one normalised line. */
  add: Array<{ id: string; category: string; description: string; pattern: string; flags?: string }>;
}

export interface CleaningOptions {
  /** Keep image captions and credits instead of removing them (`--keep captions`). */
  keepCaptions: boolean;
  /** User rule overrides. */
  rules: RuleOverrides;
  /** Run the line classifier after the rules (off: rules only). */
  classifier: boolean;
  /**
   * Remove everything after a comments heading ("Comments", "34 responses to …", "joe says:") that
   * follows at least 50 words of prose: a comment thread reads like story text, line by line.
   */
  cutCommentThreads: boolean;
  /**
   * Boilerplate probability at or above which the classifier removes a paragraph. Range [0, 1];
   * null takes the threshold fitted with the weights on the train split of the aeb development set
   * (models/classifier.json, `npm run train`).
   */
  classifierThreshold: number | null;
  /**
   * Width of the uncertain band around the threshold, as a share of the distance from the threshold
   * to 0 (below) and to 1 (above), range [0, 1]: with threshold 0.6 and 0.4, paragraphs scoring
   * 0.36–0.76 are uncertain. Uncertain paragraphs are labelled by their nearest certain neighbours
   * (jusText's context revision). 0.4 chosen on the aeb train split (0.2 and 0.6 scored lower).
   */
  uncertainMargin: number;
  /**
   * Paragraphs of at most this many words (range 0–10) are always labelled by their neighbours, like
   * jusText's "short" class (its length_low of 70 characters is about 10 words; 3 keeps more one-line
   * story sentences such as "There were wins too." judged on their own).
   */
  shortWords: number;
  /**
   * Boilerplate probability at or above which the classifier removes a paragraph inside the story
   * span (from the first to the last prose paragraph the model scores as story), range [0, 1]; the
   * general threshold applies when it is higher. Inside the story a list item or a table row looks like a menu item, and losing
   * story words costs more than keeping a stray line. Chosen on the aeb train split with the shipped
   * model (0.8–0.95 tried; best mean F1 less the damage penalty of the training script).
   */
  mainBlockThreshold: number;
  /**
   * Boilerplate probability at or above which a prose paragraph (at least 8 words, a fifth of them
   * stopwords, ending a sentence) outside the story span is removed, range [0, 1]; the general
   * threshold applies when it is higher. Prose is rarely furniture, and a lost story sentence costs
   * more than a kept comment. Chosen on the aeb train split with the shipped model (0.65–0.85 tried).
   */
  proseThreshold: number;
  /**
   * Document guard, in words (range 0–1000): when the classifier would keep fewer words than this
   * and less than {@link CleaningOptions.minKeptShare} of the document, it stands aside and only the
   * rules' removals hold, so a results table or a list-shaped article in any language is never
   * emptied. 60 words is a short news brief; chosen on the aeb train split.
   */
  minKeptWords: number;
  /** Share of the document's words (range [0, 1]) below which the guard above applies. 0.1, aeb train split. */
  minKeptShare: number;
}

export interface SegmentationOptions {
  /** Split documents into articles at all (`--no-split` turns this off). */
  enabled: boolean;
  /**
   * Boundary probability above which a split is made. Range [0, 1]. The default 0.5 is the decision
   * point chosen on the training split of synthetic concatenations: training folds its chosen
   * offset into the model's bias (see docs/segmentation.md and `npm run train`). Higher splits less.
   */
  threshold: number;
  /**
   * Fewest words an article may hold; the decoder never makes a shorter one. Unit: words
   * (whitespace-separated). Range ≥ 1. Default null: the length chosen with the threshold in
   * training (models/segmenter.json: 50 words, see MIN_ARTICLE_WORDS in src/training/train-segmenter.ts), long enough that a story's first
   * two paragraphs, a subheading or a pull-quote cannot become an article of their own.
   */
  minArticleWords: number | null;
  /**
   * Weight of each article's lexical cost in the decoder (nats of its words under its own unigram
   * model, Utiyama & Isahara 2001), in log-odds units per nat. Range ≥ 0; 0 decodes on boundary
   * scores alone. Default null: the weight chosen with the threshold on the training split of
   * synthetic news concatenations (`npm run train`, stored in models/segmenter.json).
   */
  lexicalWeight: number | null;
  /**
   * What one line of the input is: `paragraph` (news, one paragraph per line or blank-line
   * separated) or `sentence` (one sentence per line with no news structure, as in Choi's set). Each
   * has its own decoder settings chosen in training (models/segmenter.json: `decision` and
   * `sentenceText`); `threshold` and `lexicalWeight` then adjust from the unit's defaults. Default
   * `paragraph`.
   */
  unit: 'paragraph' | 'sentence';
}

/**
 * Corpus-level passes (src/corpus/, docs/corpus.md): learned boilerplate and duplicate articles.
 * Thresholds were chosen on the aeb development set (181 pages, 126 sites) as described in
 * docs/corpus.md.
 */
export interface CorpusOptions {
  /**
   * A normalised non-prose line is learned as boilerplate when it occurs in at least this many
   * distinct documents (exact and near-duplicate documents count once). Unit: documents, range ≥ 2.
   * Source: aeb `page` (docs/corpus.md): at 5 (with 3 groups) no gold line is removed; at 3 docs /
   * 2 sites gold list items such as "Boys Soccer" are.
   */
  learnedMinDocuments: number;
  /**
   * …and in at least this many distinct groups (sites or folders, as the caller keys them), so one
   * site's run of similar pages cannot teach its own article lines. Unit: groups, range ≥ 1. Source: aeb
   * `page` as above; use 1 when the caller has no grouping.
   */
  learnedMinGroups: number;
  /** Most lines a profile keeps (the most frequent first). Unit: lines, range ≥ 1. Keeps a profile under ~100 KB. */
  learnedMaxLines: number;
  /**
   * Exact counting table of the first pass: at most this many distinct lines are tracked; beyond it the
   * least frequent half is evicted (their counts survive in the count-min sketch). Unit: entries, range
   * ≥ 2. About 200 bytes each, so the default bounds the table at ~20 MB.
   */
  learnerTableSize: number;
  /**
   * Documents whose articles the first pass remembers to recognise later copies; documents past this
   * many are still checked against those remembered, but not remembered themselves. Unit: documents,
   * range ≥ 0. About 2 KB each, so the default bounds this at ~100 MB.
   */
  learnerRememberedDocuments: number;
  /** Count-min sketch width (counters per row). Unit: counters, range ≥ 1; 2^20 × 4 rows × 4 bytes = 16 MB. */
  sketchWidth: number;
  /** Count-min sketch depth (rows). Unit: rows, range ≥ 1. Standard choice (Cormode & Muthukrishnan 2005). */
  sketchDepth: number;
  /**
   * Articles whose estimated Jaccard similarity of word-shingle sets is at least this are near-duplicates.
   * Range (0, 1]. Source: issue 8 (0.8).
   */
  dedupeThreshold: number;
  /** MinHash signature length. Unit: hash functions, range ≥ 1, divisible by `minhashBands`. */
  minhashPermutations: number;
  /**
   * LSH bands (rows per band = permutations / bands). 32 × 4 makes a pair at Jaccard 0.8 a candidate with
   * probability 1 − (1 − 0.8⁴)³² ≈ 0.99999995 (datatrove's 14 × 8: 0.924); the extra candidates cost
   * only their verification against the threshold.
   */
  minhashBands: number;
  /** Words per shingle; shingles never cross a paragraph break. Unit: words, range ≥ 1. Source: datatrove's MinhashConfig (n_grams 5). */
  shingleWords: number;
}

export interface PipelineOptions {
  cleaning: CleaningOptions;
  segmentation: SegmentationOptions;
  corpus: CorpusOptions;
  /** Attach removals and candidate boundaries to each record. */
  explain: boolean;
}

export const defaultOptions: PipelineOptions = {
  cleaning: {
    keepCaptions: false,
    rules: { disable: [], add: [] },
    classifier: true,
    cutCommentThreads: true,
    classifierThreshold: null,
    uncertainMargin: 0.4,
    shortWords: 3,
    mainBlockThreshold: 0.85,
    proseThreshold: 0.75,
    minKeptWords: 60,
    minKeptShare: 0.1,
  },
  segmentation: {
    enabled: true,
    threshold: 0.5,
    minArticleWords: null,
    lexicalWeight: null,
    unit: 'paragraph',
  },
  corpus: {
    learnedMinDocuments: 5,
    learnedMinGroups: 3,
    learnedMaxLines: 1000,
    learnerTableSize: 100_000,
    learnerRememberedDocuments: 50_000,
    sketchWidth: 1 << 20,
    sketchDepth: 4,
    dedupeThreshold: 0.8,
    minhashPermutations: 128,
    minhashBands: 32,
    shingleWords: 5,
  },
  explain: false,
};

/** Deep-merges a partial set of options over the defaults. */
export function resolveOptions(partial: DeepPartial<PipelineOptions> = {}): PipelineOptions {
  return {
    cleaning: {
      ...defaultOptions.cleaning,
      ...partial.cleaning,
      rules: {
        disable: partial.cleaning?.rules?.disable?.filter(isString) ?? [],
        add: (partial.cleaning?.rules?.add ?? []) as RuleOverrides['add'],
      },
    },
    segmentation: { ...defaultOptions.segmentation, ...partial.segmentation },
    corpus: { ...defaultOptions.corpus, ...partial.corpus },
    explain: partial.explain ?? defaultOptions.explain,
  };
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
