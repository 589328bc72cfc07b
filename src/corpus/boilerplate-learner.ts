import type { CorpusOptions } from '../options.js';
import { detectLanguage, stopwordsFor, type LanguageCode } from '../text/language.js';
import { CountMinSketch } from './count-min-sketch.js';
import { DuplicateIndex } from './duplicate-index.js';
import { fnv1a32, hash64, hash64Hex, type Hash64 } from './hash.js';
import { normaliseLineForCounting } from './normalise-line.js';
import { EXAMPLE_CHARS, GROUPS_COUNTED, type LearnedLine, type Profile } from './profile.js';
import { isProseLike } from './prose.js';

/**
 * One document as the first pass sees it: its normalised paragraphs (before the rules, so a profile
 * does not depend on the cleaner's version) and its group key.
 */
export interface ObservedDocument {
  paragraphs: readonly string[];
  /** Site, folder or any key the caller groups documents by; one value for an ungrouped corpus. */
  group: string;
  /** The document's language when the caller knows it (saves a franc run, most of this pass's time). */
  language?: LanguageCode;
}

/**
 * Lines without a letter are never learned: with digits normalised to `#`, every "3" or "1:04" in a
 * standings table or price list (aeb autoracing.com.br, bgr.com) would match a comment counter elsewhere.
 */
const LETTER = /\p{L}/u;

interface TableEntry {
  documents: number;
  groups: Set<number>;
  example: string;
}

/**
 * First pass of learned boilerplate. Counts, for every normalised non-prose paragraph with a
 * letter, the distinct documents and groups it occurs in; {@link toProfile} keeps those in
 * ≥ `learnedMinDocuments` documents and ≥ `learnedMinGroups` groups.
 *
 * Never learned from repeated articles: a document whose article (its prose paragraphs, or all its
 * paragraphs when none is prose) is an exact or near-duplicate of an earlier document's is skipped
 * whole, so a story published twice, or syndicated to several sites, counts once; and a line counts
 * once per document however often it repeats in it.
 *
 * Memory is bounded: a count-min sketch of `sketchWidth × sketchDepth` 32-bit counters, plus an exact
 * table of at most `learnerTableSize` lines (each with ≤ 256 group hashes and a 120-character
 * example). When the table is full, its less frequent half is evicted; a line seen again after
 * eviction re-enters with its sketch estimate of documents (an upper bound) and the groups seen since
 * (a lower bound), so the group threshold is never met on evidence that was not seen. Below the table
 * size (every development corpus here) all counts are exact. The article duplicate index remembers at
 * most `learnerRememberedDocuments` documents (~2 KB each).
 */
export class BoilerplateLearner {
  private readonly sketch: CountMinSketch;
  private readonly table = new Map<string, TableEntry>();
  private readonly articles: DuplicateIndex;
  /** Distinct group hashes seen, kept only up to the group threshold (all {@link groupsSeen} needs). */
  private readonly groups = new Set<number>();
  private documents = 0;
  private duplicatesSkipped = 0;
  private evictions = 0;

  constructor(
    private readonly options: CorpusOptions,
    private readonly groupLabel = 'groups',
  ) {
    if (!Number.isInteger(options.learnerTableSize) || options.learnerTableSize < 2) {
      throw new RangeError(`learner table size must be ≥ 2, got ${options.learnerTableSize}`);
    }
    this.sketch = new CountMinSketch(options.sketchWidth, options.sketchDepth);
    this.articles = new DuplicateIndex(options, options.learnerRememberedDocuments);
  }

  /** Counts one document; returns false when it was skipped as a copy of an earlier one. */
  observe(document: ObservedDocument): boolean {
    const stopwords = stopwordsFor(document.language ?? detectLanguage(document.paragraphs));
    const prose: string[] = [];
    const furniture = new Map<string, { text: string; hash: Hash64 }>();
    for (const paragraph of document.paragraphs) {
      if (isProseLike(paragraph, stopwords)) prose.push(paragraph);
      else if (LETTER.test(paragraph)) {
        const hash = hash64(normaliseLineForCounting(paragraph));
        const key = hash64Hex(hash);
        if (!furniture.has(key)) furniture.set(key, { text: paragraph, hash });
      }
    }
    const article = prose.length > 0 ? prose : document.paragraphs;
    const verdict = this.articles.add(this.articles.sign(String(this.documents + this.duplicatesSkipped), article));
    if (verdict.duplicateOf !== null) {
      this.duplicatesSkipped++;
      return false;
    }
    this.documents++;
    const group = fnv1a32(document.group);
    if (this.groups.size < this.options.learnedMinGroups) this.groups.add(group);
    for (const [key, { text, hash }] of furniture) this.count(key, hash, text, group);
    return true;
  }

  /** Distinct groups among the counted documents, up to `learnedMinGroups` (enough to compare with it). */
  get groupsSeen(): number {
    return this.groups.size;
  }

  /**
   * The learned lines so far, most frequent first, at most `learnedMaxLines`.
   *
   * @param minGroups the group threshold; default `learnedMinGroups`. Callers with one folder or one
   *   file for the whole corpus pass `Math.min(learnedMinGroups, groupsSeen)` (see `LearningPass`).
   */
  toProfile(minGroups = this.options.learnedMinGroups): Profile {
    const { learnedMinDocuments: minDocuments, learnedMaxLines } = this.options;
    const lines: LearnedLine[] = [];
    for (const [hash, entry] of this.table) {
      if (entry.documents >= minDocuments && entry.groups.size >= minGroups) {
        lines.push({ hash, documents: entry.documents, groups: entry.groups.size, example: entry.example });
      }
    }
    lines.sort(byFrequency);
    return {
      format: 'newsclean-profile',
      version: 1,
      parameters: { minDocuments, minGroups, groupLabel: this.groupLabel },
      documents: this.documents,
      duplicatesSkipped: this.duplicatesSkipped,
      lines: lines.slice(0, learnedMaxLines),
    };
  }

  private count(key: string, hash: Hash64, text: string, group: number): void {
    const estimate = this.sketch.increment(hash);
    const entry = this.table.get(key);
    if (entry !== undefined) {
      entry.documents++;
      if (entry.groups.size < GROUPS_COUNTED) entry.groups.add(group);
      return;
    }
    // Before any eviction the table has seen every occurrence, so a new entry's true count is 1.
    const documents = this.evictions > 0 ? estimate : 1;
    this.table.set(key, { documents, groups: new Set([group]), example: text.slice(0, EXAMPLE_CHARS) });
    if (this.table.size > this.options.learnerTableSize) this.evictLessFrequentHalf();
  }

  /** Deterministic: ties are broken by hash, never by arrival. */
  private evictLessFrequentHalf(): void {
    const ranked = [...this.table].map(([hash, entry]) => ({ hash, documents: entry.documents, groups: entry.groups.size }));
    ranked.sort(byFrequency);
    for (const { hash } of ranked.slice(Math.floor(this.options.learnerTableSize / 2))) this.table.delete(hash);
    this.evictions++;
  }
}

function byFrequency(a: Omit<LearnedLine, 'example'>, b: Omit<LearnedLine, 'example'>): number {
  return b.documents - a.documents || b.groups - a.groups || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0);
}
