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
