import type { DuplicateTally } from '../corpus/duplicate-report.js';
import type { Profile } from '../corpus/profile.js';
import type { Palette } from './colour.js';

/** Totals of one CLI run, for the summary line. */
export interface RunStats {
  /** Inputs processed successfully. */
  files: number;
  /** Inputs that failed (missing, unreadable, binary, not written). */
  failed: number;
  articles: number;
  /** Raw lines removed as boilerplate, over all processed inputs. */
  linesRemoved: number;
  /** Bytes of input text read (UTF-16 code units are not bytes: this counts the files' bytes). */
  bytes: number;
  /** Wall-clock time of the run, in milliseconds. */
  elapsedMs: number;
}

/**
 * The one-line summary printed on standard error at the end of a run, e.g.
 * `newsclean: 2 files, 5 articles, 31 lines removed in 0.04 s (50 files/s, 0.6 MB/s)`.
 */
export function formatSummary(stats: RunStats, palette: Palette): string {
  const seconds = Math.max(stats.elapsedMs, 1) / 1000;
  const parts = [
    plural(stats.files, 'file'),
    plural(stats.articles, 'article'),
    `${plural(stats.linesRemoved, 'line')} removed`,
  ];
  const failed = stats.failed > 0 ? `, ${palette.error(`${stats.failed} failed`)}` : '';
  const rate = `${round(stats.files / seconds)} files/s, ${round(stats.bytes / 1e6 / seconds)} MB/s`;
  return `newsclean: ${palette.strong(parts.join(', '))}${failed} in ${seconds.toFixed(2)} s ${palette.dim(`(${rate})`)}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Two significant figures at most, never scientific notation: 0.12, 3.4, 56, 7800. */
function round(value: number): string {
  if (value >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(2)));
}

/** Learned boilerplate of a run, for the lines after the summary. */
export interface LearnedSummary {
  profile: Profile;
  /** Where the profile came from: `--profile FILE` loaded, or a first pass (saved to a file or not). */
  origin: { kind: 'loaded'; file: string } | { kind: 'learned'; savedTo: string | null; elapsedMs: number };
  /** Paragraphs the second pass removed as learned boilerplate. */
  removed: number;
}

/** Learned lines listed in the summary, most frequent first. */
const TOP_LEARNED = 10;
/** Characters of a learned line's example shown in the summary. */
const LEARNED_PREVIEW = 50;

/**
 * Where the profile came from, how many lines it holds and removed, and its most frequent lines:
 * ```
 * newsclean: learned 325 boilerplate lines from 181 documents (0 copies not counted) in 1.20 s, saved to site.json
 * newsclean: 101 paragraphs removed as learned boilerplate; most frequent learned lines (documents):
 *       77  Facebook
 * ```
 */
export function formatLearnedSummary(summary: LearnedSummary, palette: Palette): string {
  const { profile, origin } = summary;
  const lines = plural(profile.lines.length, 'boilerplate line');
  const head =
    origin.kind === 'loaded'
      ? `profile ${origin.file}: ${lines} learned from ${plural(profile.documents, 'document')}`
      : `learned ${lines} from ${plural(profile.documents, 'document')} (${profile.duplicatesSkipped} ${profile.duplicatesSkipped === 1 ? 'copy' : 'copies'} not counted) ` +
        `in ${(origin.elapsedMs / 1000).toFixed(2)} s${origin.savedTo === null ? '' : `, saved to ${origin.savedTo}`}`;
  let out = `newsclean: ${head}\n`;
  const removed = `${plural(summary.removed, 'paragraph')} removed as learned boilerplate`;
  if (profile.lines.length === 0) return `${out}newsclean: ${removed}\n`;
  out += `newsclean: ${removed}; most frequent learned lines (documents):\n`;
  const width = String(profile.lines[0]!.documents).length;
  for (const line of profile.lines.slice(0, TOP_LEARNED)) {
    out += `  ${String(line.documents).padStart(width + 4)}  ${palette.dim(preview(line.example))}\n`;
  }
  return out;
}

/**
 * Duplicate detection's line, e.g. `newsclean: 2 duplicate articles left out (1 exact, 1 near) in 1
 * cluster; detection took 0.02 s`.
 */
export function formatDuplicateSummary(tally: DuplicateTally, dropped: boolean, elapsedMs: number): string {
  const what = dropped ? 'left out' : 'marked';
  return (
    `newsclean: ${tally.duplicates} duplicate article${tally.duplicates === 1 ? '' : 's'} ${what} ` +
    `(${tally.exact} exact, ${tally.near} near) in ${plural(tally.clusters, 'cluster')}; detection took ${(elapsedMs / 1000).toFixed(2)} s\n`
  );
}

function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > LEARNED_PREVIEW ? `${oneLine.slice(0, LEARNED_PREVIEW - 1)}…` : oneLine;
}
