import { BOILERPLATE_CATEGORIES, generateBoilerplateBlock, type BoilerplateCategory } from './boilerplate-blocks.js';
import { createRandom, type Random } from './random.js';
import { wordTokens } from './tokens.js';

export type { BoilerplateCategory } from './boilerplate-blocks.js';

/** One clean single article, the raw material of synthetic concatenations. */
export interface SourceArticle {
  /** Stable id (for a folder of files: the file name without extension). */
  id: string;
  /** Headline, or null when the source has none. */
  title: string | null;
  /** Body paragraphs in order, each non-empty and on one line. */
  paragraphs: string[];
}

/** Gold label of one line of a synthetic document. */
export type SynthLineLabel =
  | { kind: 'content'; /** 0-based index of the article in the document. */ article: number }
  | { kind: 'boilerplate'; category: BoilerplateCategory };

/** Where an article sits in a synthetic document and how it was chosen. */
export interface SynthArticle {
  sourceId: string;
  /** The headline as it appears in the text, or null when dropped (or the source had none). */
  title: string | null;
  /** 0-based index in `lines` of the article's first content line (its title when present). */
  firstLine: number;
  /** 0-based index in `lines` of its last content line (inclusive). */
  lastLine: number;
  /** The article's content lines in order: title first when present, then body paragraphs. */
  paragraphs: string[];
  /** How the article was picked: `same-topic` by lexical overlap, `random`, or null for the first. */
  join: 'random' | 'same-topic' | null;
  /** True when the first paragraphs were dropped, as for a story scraped mid-way. */
  startsMidStory: boolean;
}

/** One synthetic document with its gold. */
export interface SynthDocument {
  /** `synth-<seed>-<index>` (index 0-based). */
  id: string;
  /** The document, one paragraph per line, without blank lines. */
  lines: string[];
  /** `lines` joined with `\n`, with a final newline: what the pipeline reads. */
  text: string;
  /** One label per entry of `lines`. */
  labels: SynthLineLabel[];
  articles: SynthArticle[];
  /** 0-based line indexes where the 2nd, 3rd, … article starts: the gold boundaries. */
  boundaries: number[];
}

/** How the set is drawn. Shares are probabilities in [0, 1]. */
export interface SynthOptions {
  /** Seed of the generator; same seed and articles give the same set. */
  seed: number;
  /** Number of documents. */
  count: number;
  /** Fewest and most articles in a concatenation (inclusive). */
  minArticles: number;
  maxArticles: number;
  /** Share of documents that hold a single article (negatives for the false-split rate). */
  singleArticleShare: number;
  /** Per article: chance that its headline line is dropped from the text. */
  dropTitleShare: number;
  /** Per join: chance of a boilerplate block between the two articles. */
  boilerplateAtJoinShare: number;
  /** Per article: chance of a boilerplate block between two of its own paragraphs. */
  boilerplateInsideShare: number;
  /** Per join: chance that the next article is the most similar of a candidate pool. */
  sameTopicShare: number;
  /** Size of the random candidate pool for same-topic joins. */
  candidatePool: number;
  /** Per article after the first: chance it starts mid-story (1–3 opening paragraphs dropped). */
  midStoryShare: number;
}

export const defaultSynthOptions: SynthOptions = {
  seed: 1,
  count: 200,
  minArticles: 2,
  maxArticles: 5,
  singleArticleShare: 0.15,
  dropTitleShare: 0.5,
  boilerplateAtJoinShare: 0.5,
  boilerplateInsideShare: 0.3,
  sameTopicShare: 0.3,
  candidatePool: 8,
  midStoryShare: 0.1,
};

/**
 * How each join of a synthetic document was made, one list of kinds per gold boundary (the 2nd, 3rd…
 * article): the report breaks boundary recall down by them, since the augmentations differ in how
 * hard they are (issue #5 asks for same-topic joins and joins without a headline in particular).
 */
export function joinKinds(doc: SynthDocument): JoinKind[][] {
  return doc.articles.slice(1).map((article, index) => [
    article.join === 'same-topic' ? 'same-topic join' : 'random join',
    article.startsMidStory ? 'starts mid-story' : article.title === null ? 'no headline' : 'headline shown',
    article.firstLine > doc.articles[index]!.lastLine + 1 ? 'boilerplate at join' : 'clean join',
  ]);
}

/** Every kind {@link joinKinds} gives (the report lists those present alphabetically, score.ts `recallByKind`). */
export const JOIN_KINDS = ['random join', 'same-topic join', 'headline shown', 'no headline', 'starts mid-story', 'clean join', 'boilerplate at join'] as const;
export type JoinKind = (typeof JOIN_KINDS)[number];

/**
 * Builds a reproducible set of concatenated documents from single clean articles. Pure: the same
 * articles (in the same order) and options always give the same documents. Articles without
 * paragraphs are ignored; a document never repeats an article.
 */
export function buildSynthDocuments(articles: readonly SourceArticle[], options: Partial<SynthOptions> = {}): SynthDocument[] {
  const settings: SynthOptions = { ...defaultSynthOptions, ...options };
  const usable = articles.filter((article) => article.paragraphs.length > 0);
  if (usable.length === 0) return [];
  const random = createRandom(settings.seed);
  const topicWords = usable.map(contentWordSet);
  const documents: SynthDocument[] = [];
  for (let index = 0; index < settings.count; index++) {
    const wanted = random.chance(settings.singleArticleShare) ? 1 : random.int(settings.minArticles, settings.maxArticles);
    const picks = pickArticles(random, usable.length, Math.min(wanted, usable.length), topicWords, settings);
    documents.push(assembleDocument(random, `synth-${settings.seed}-${index}`, picks, usable, settings));
  }
  return documents;
}

interface Pick {
  article: number;
  join: SynthArticle['join'];
}

function pickArticles(
  random: Random,
  available: number,
  wanted: number,
  topicWords: ReadonlyArray<ReadonlySet<string>>,
  settings: SynthOptions,
): Pick[] {
  const used = new Set<number>();
  const drawUnused = (): number => {
    let candidate = random.int(0, available - 1);
    while (used.has(candidate)) candidate = (candidate + 1) % available;
    return candidate;
  };
  const picks: Pick[] = [];
  for (let position = 0; position < wanted; position++) {
    const previous = picks[picks.length - 1];
    let pick: Pick;
    if (previous !== undefined && random.chance(settings.sameTopicShare)) {
      const pool = new Set<number>();
      const poolSize = Math.min(settings.candidatePool, available - used.size);
      while (pool.size < poolSize) {
        const candidate = drawUnused();
        used.add(candidate);
        pool.add(candidate);
      }
      for (const candidate of pool) used.delete(candidate);
      pick = { article: mostSimilar(topicWords[previous.article]!, [...pool], topicWords), join: 'same-topic' };
    } else {
      pick = { article: drawUnused(), join: previous === undefined ? null : 'random' };
    }
    used.add(pick.article);
    picks.push(pick);
  }
  return picks;
}

/** Jaccard overlap of content words; the first candidate wins ties, so the choice is deterministic. */
function mostSimilar(reference: ReadonlySet<string>, candidates: number[], topicWords: ReadonlyArray<ReadonlySet<string>>): number {
  let best = candidates[0]!;
  let bestScore = -1;
  for (const candidate of candidates) {
    const words = topicWords[candidate]!;
    let shared = 0;
    for (const word of words) if (reference.has(word)) shared++;
    const union = reference.size + words.size - shared;
    const score = union === 0 ? 0 : shared / union;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Words of four letters or more: a cheap, language-neutral stand-in for content words. */
function contentWordSet(article: SourceArticle): Set<string> {
  const text = [article.title ?? '', ...article.paragraphs].join(' ');
  return new Set(wordTokens(text).filter((token) => token.length >= 4));
}

function assembleDocument(
  random: Random,
  id: string,
  picks: Pick[],
  sources: readonly SourceArticle[],
  settings: SynthOptions,
): SynthDocument {
  const lines: string[] = [];
  const labels: SynthLineLabel[] = [];
  const articles: SynthArticle[] = [];
  const addBlock = (context: readonly string[]): void => {
    const block = generateBoilerplateBlock(random, random.pick(BOILERPLATE_CATEGORIES), context);
    for (const line of block.lines) {
      lines.push(line);
      labels.push({ kind: 'boilerplate', category: block.category });
    }
  };
  picks.forEach((pick, position) => {
    const source = sources[pick.article]!;
    const startsMidStory = position > 0 && source.paragraphs.length >= 6 && random.chance(settings.midStoryShare);
    const body = startsMidStory ? source.paragraphs.slice(random.int(1, 3)) : source.paragraphs;
    const title = source.title !== null && !startsMidStory && !random.chance(settings.dropTitleShare) ? source.title : null;
    if (position > 0 && random.chance(settings.boilerplateAtJoinShare)) {
      addBlock(random.chance(0.5) ? articles[position - 1]!.paragraphs : body);
    }
    const insideAt = body.length >= 2 && random.chance(settings.boilerplateInsideShare) ? random.int(1, body.length - 1) : -1;
    const firstLine = lines.length;
    const paragraphs = title === null ? [] : [title];
    const addContent = (line: string): void => {
      lines.push(line);
      labels.push({ kind: 'content', article: position });
      paragraphs.push(line);
    };
    if (title !== null) {
      lines.push(title);
      labels.push({ kind: 'content', article: position });
    }
    body.forEach((paragraph, index) => {
      if (index === insideAt) addBlock(body);
      addContent(paragraph);
    });
    articles.push({ sourceId: source.id, title, firstLine, lastLine: lines.length - 1, paragraphs, join: pick.join, startsMidStory });
  });
  return {
    id,
    lines,
    text: `${lines.join('\n')}\n`,
    labels,
    articles,
    boundaries: articles.slice(1).map((article) => article.firstLine),
  };
}
