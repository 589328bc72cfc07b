import { learnedLookup, type LearnedLookup } from '../corpus/apply-profile.js';
import { normaliseLineForCounting } from '../corpus/normalise-line.js';
import type { Profile } from '../corpus/profile.js';
import type { PipelineOptions } from '../options.js';
import { processDocument } from '../pipeline/process.js';
import { normaliseText } from '../stages/normalise.js';
import { splitLines } from '../text/lines.js';
import { TITLE_RECOVERED } from '../segment/titles.js';
import type { ArticleRecord, DocumentResult, Message } from '../types.js';
import type { GoldDocument } from './gold.js';

/** What a system made of one raw input, in the shape the metrics read. */
export interface SystemOutput {
  /** Articles in order, each as its output paragraphs (the title first when one was promoted). */
  articles: string[][];
  /** Each article's title (null when it has none); absent for systems that make none. */
  titles?: ReadonlyArray<string | null>;
  /** 1-based raw line numbers the system removed (see {@link removedLinesOf}). */
  removedLines: ReadonlySet<number>;
}

/** A system under evaluation: newsclean itself or a trivial baseline. */
export interface EvalSystem {
  name: string;
  /** One line saying what it is, for the report. */
  description: string;
  run(doc: GoldDocument): SystemOutput;
}

/** newsclean's real pipeline with the given options. */
export function newscleanSystem(options: PipelineOptions): EvalSystem {
  return {
    name: 'newsclean',
    description: 'the pipeline (normalise → clean → segment → assemble)',
    run: (doc) => outputOf(processDocument(doc.raw, { source: doc.id, idBase: doc.id }, options), doc.raw),
  };
}

/** A paragraph the learned profile removed from one document. */
export interface LearnedRemoval {
  document: string;
  /** The document's report group, whose profile removed it. */
  group: string;
  /** 1-based raw line. */
  line: number;
  text: string;
  /** Whether the gold keeps it: its raw line is labelled content, or (no line labels) a gold paragraph has its normalised text. */
  gold: boolean;
}

/**
 * newsclean with learned boilerplate (`--learn-boilerplate`): each document gets its report group's
 * profile (`profiles`, learned on that group's own raw inputs). Every learned removal is kept in
 * `removals`, with whether it was a gold line: the rules had kept it (the learned pass runs on what
 * they kept), so each such line is a loss the profile alone caused.
 */
export function learnedSystem(options: PipelineOptions, profiles: ReadonlyMap<string, Profile>): { system: EvalSystem; removals: LearnedRemoval[] } {
  const lookups = new Map<string, LearnedLookup>([...profiles].map(([group, profile]) => [group, learnedLookup(profile)]));
  const removals: LearnedRemoval[] = [];
  const system: EvalSystem = {
    name: 'newsclean',
    description: "the pipeline with boilerplate learned from its group's own inputs (--learn-boilerplate)",
    run: (doc) => {
      const learned = lookups.get(doc.group);
      const result = processDocument(doc.raw, { source: doc.id, idBase: doc.id }, options, learned === undefined ? {} : { learned });
      const goldParagraphs = new Set(doc.articles.flat().map(normaliseLineForCounting));
      for (const message of result.messages) {
        if (message.ruleId !== 'learned') continue;
        const label = doc.lineLabels?.[message.line - 1];
        const gold = label === undefined ? goldParagraphs.has(normaliseLineForCounting(message.text)) : label.kind === 'content';
        removals.push({ document: doc.id, group: doc.group, line: message.line, text: message.text, gold });
      }
      return outputOf(result, doc.raw);
    },
  };
  return { system, removals };
}

/** Baseline: every non-blank line kept, one article per file. */
export const keepEverythingSystem: EvalSystem = {
  name: 'keep-everything',
  description: 'baseline: every paragraph kept, one article per file',
  run: (doc) => {
    const paragraphs = normaliseText(doc.raw).paragraphs.map((p) => p.text);
    return { articles: paragraphs.length === 0 ? [] : [paragraphs], removedLines: new Set() };
  },
};

/** Baseline for segmentation: newsclean's cleaning, never a split. */
export function oneArticlePerFileSystem(options: PipelineOptions): EvalSystem {
  const unsplit: PipelineOptions = { ...options, segmentation: { ...options.segmentation, enabled: false } };
  return {
    name: 'one-article-per-file',
    description: 'baseline: newsclean cleaning, no split',
    run: (doc) => outputOf(processDocument(doc.raw, { source: doc.id, idBase: doc.id }, unsplit), doc.raw),
  };
}

/** A pipeline result as the metrics read it; `raw` gives the line lengths for span removals. */
export function outputOf(result: DocumentResult, raw: string): SystemOutput {
  return {
    // A title read from a removed line is metadata, not kept text: the cleaning figures do not count it.
    articles: result.records.map((record) =>
      record.title === null || isRecoveredTitle(record, result.messages) ? record.paragraphs : [record.title, ...record.paragraphs],
    ),
    titles: result.records.map((record) => record.title),
    removedLines: removedLinesOf(result.messages, splitLines(raw).map((line) => line.text.trim().length)),
  };
}

/** Whether a record's title was read from a removed line (its text stays out of the article, so out of the cleaning figures). */
function isRecoveredTitle(record: ArticleRecord, messages: readonly Message[]): boolean {
  return messages.some((m) => m.action === 'title' && m.ruleId === TITLE_RECOVERED && m.text === record.title && m.line < record.lines[0]);
}

/** Share of a line's characters that span removals must reach for the line to count as removed. */
const REMOVED_SPAN_SHARE = 0.5;

/**
 * Raw lines (1-based) the pipeline removed: those inside a `remove-line` message, and those of which
 * `remove-span` and `metadata` messages took at least half the characters (seed 000's first line:
 * `date …` read as metadata and a newsletter widget trimmed away leave nothing of the line).
 * `lineLengths[i]` is the trimmed length of raw line i + 1.
 */
export function removedLinesOf(messages: readonly Message[], lineLengths: readonly number[]): Set<number> {
  const removed = new Set<number>();
  const spanChars = new Map<number, number>();
  for (const message of messages) {
    if (message.action === 'remove-line') {
      for (let line = message.line; line <= Math.min(message.endLine, lineLengths.length); line++) removed.add(line);
    } else if ((message.action === 'remove-span' || message.action === 'metadata') && message.line === message.endLine) {
      spanChars.set(message.line, (spanChars.get(message.line) ?? 0) + message.text.length);
    }
  }
  for (const [line, chars] of spanChars) {
    const length = lineLengths[line - 1] ?? 0;
    if (length > 0 && chars >= length * REMOVED_SPAN_SHARE) removed.add(line);
  }
  return removed;
}
