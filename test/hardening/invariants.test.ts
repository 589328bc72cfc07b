/**
 * The invariants of issue 7 as property tests over thousands of generated documents (fixed seeds, so
 * runs are reproducible), and over every real document when ../shared is present:
 * accounting (every input line kept once or removed with a rule id; no output text absent from the
 * normalised input), idempotence on the text output, and no throw on arbitrary Unicode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../src/io/serialise.js';
import { checkAccounting } from '../../src/pipeline/accounting.js';
import { processText } from '../../src/pipeline/process.js';
import type { ArticleRecord } from '../../src/types.js';
import { documentArbitrary } from './documents.js';
import { loadRealDocuments } from './shared-data.js';

/** Generated documents per property; the closing note of issue 7 quotes these counts. */
export const RUNS = { accounting: 2000, idempotence: 1000, unicode: 3000 } as const;

const MODES = [
  { name: 'split', options: {} },
  { name: 'no-split', options: { segmentation: { enabled: false } } },
] as const;

/** Titles and paragraphs of a run's articles in output order: what a reader of the text output sees. */
function content(records: readonly ArticleRecord[]): string[] {
  return records.flatMap((r) => (r.title === null ? r.paragraphs : [r.title, ...r.paragraphs]));
}

describe.each(MODES)('invariants ($name)', ({ options }) => {
  it(`accounts for every line of ${RUNS.accounting} generated documents`, { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(documentArbitrary(), (raw) => {
        const result = processText(raw, { ...options, explain: true });
        expect(checkAccounting(raw, result).violations).toEqual([]);
      }),
      { numRuns: RUNS.accounting, seed: 42 },
    );
  });

  it(`is idempotent on its own text output over ${RUNS.idempotence} generated documents`, { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(documentArbitrary(), (raw) => {
        const first = processText(raw, options).records;
        const again = processText(serialiseDocument(first, 'text'), options).records;
        expect(content(again)).toEqual(content(first));
      }),
      { numRuns: RUNS.idempotence, seed: 43 },
    );
  });
});

describe('arbitrary Unicode', () => {
  it(`never throws on ${RUNS.unicode} strings of any code points`, { timeout: 300_000 }, () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }));
    fc.assert(
      fc.property(anyText, (raw) => {
        const result = processText(raw, { explain: true });
        expect(checkAccounting(raw, result).violations).toEqual([]);
      }),
      { numRuns: RUNS.unicode, seed: 44 },
    );
  });
});

describe('real documents: the seeds and both aeb variants', () => {
  const documents = loadRealDocuments();
  it.skipIf(documents === null)('accounts for every line of every document (--explain)', { timeout: 600_000 }, () => {
    const failures = documents!.flatMap((doc) => {
      const violations = checkAccounting(doc.text, processText(doc.text, { explain: true })).violations;
      return violations.length === 0 ? [] : [{ document: doc.name, first: violations[0], count: violations.length }];
    });
    expect(failures).toEqual([]);
    expect(documents!.length).toBe(364);
  });
  if (documents === null) it.skip('../shared is absent: the real-document invariants are not checked here', () => undefined);
});
