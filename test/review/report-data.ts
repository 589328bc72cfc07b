import { failedReviewDocument, toReviewDocument } from '../../src/review/build-review.js';
import type { ReviewDocument } from '../../src/review/model.js';
import { renderHtmlReport } from '../../src/review/render-html.js';
import { describeRule } from '../../src/review/rule-catalogue.js';
import { goldResult, SEED_000, SEED_004 } from './gold-result.js';
import { SAMPLE_TEXT, sampleResult } from './sample-result.js';

/**
 * A fixed run for the report tests: the two seeds with their gold annotations, the sample, a failed
 * document, and `copies` more samples renamed, to show a large run stays usable. One copy carries a
 * scraped `</script>` so the embedding is tested where it matters.
 */
export function fixedRun(copies: number): ReviewDocument[] {
  const seeds = [SEED_000, SEED_004].map((name) => {
    const { text, result } = goldResult(name);
    return toReviewDocument(text, result);
  });
  const sample = toReviewDocument(SAMPLE_TEXT, sampleResult());
  const hostile = toReviewDocument(SAMPLE_TEXT.replace('Stray menu item', 'Stray </script><script>alert(1)</script>'), sampleResult());
  const extra = Array.from({ length: copies }, (_, i) => {
    const name = `bulk/${String(i).padStart(5, '0')}.txt`;
    return { ...(i === 0 ? hostile : sample), source: name, name };
  });
  return [...seeds, sample, failedReviewDocument('broken.txt', 'binary file (NUL bytes)'), ...extra];
}

export function fixedReport(copies: number): string {
  return renderHtmlReport(fixedRun(copies), { describe: (id) => describeRule(id), threshold: 0.5 });
}
