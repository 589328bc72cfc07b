import { describe, expect, it } from 'vitest';
import { createPalette } from '../../src/report/colour.js';
import { formatSummary } from '../../src/report/summary.js';

const plain = createPalette(0);

describe('formatSummary', () => {
  it('says files, articles, lines removed, time and throughput on one line', () => {
    const line = formatSummary({ files: 2, failed: 0, articles: 5, linesRemoved: 31, bytes: 25_000, elapsedMs: 40 }, plain);
    expect(line).toBe('newsclean: 2 files, 5 articles, 31 lines removed in 0.04 s (50 files/s, 0.63 MB/s)\n');
  });

  it('uses the singular and names failures', () => {
    const line = formatSummary({ files: 1, failed: 1, articles: 1, linesRemoved: 1, bytes: 2_000_000, elapsedMs: 2000 }, plain);
    expect(line).toBe('newsclean: 1 file, 1 article, 1 line removed, 1 failed in 2.00 s (0.5 files/s, 1 MB/s)\n');
  });
});
