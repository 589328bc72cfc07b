import { describe, expect, it } from 'vitest';
import { toReviewDocument } from '../../src/review/build-review.js';
import { plainStyle, renderTerminalDocument } from '../../src/review/render-terminal.js';
import { expectGolden } from './golden.js';
import { goldResult, SEED_000, SEED_004 } from './gold-result.js';
import { SAMPLE_TEXT, sampleResult } from './sample-result.js';

const layout = { width: 100, style: plainStyle };

describe('terminal review listing, colour off', () => {
  it('draws every kind of annotation (golden sample)', () => {
    const listing = renderTerminalDocument(toReviewDocument(SAMPLE_TEXT, sampleResult()), layout);
    expectGolden('sample.txt', listing);
  });

  it('draws seed 004 with its gold annotations: four articles, struck blocks with rule ids (golden)', () => {
    const { text, result } = goldResult(SEED_004);
    const listing = renderTerminalDocument(toReviewDocument(text, result), layout);
    expectGolden('seed-004.txt', listing);
    expect(listing.match(/^══ article \d\/4/gmu)).toHaveLength(4);
    expect(listing).toMatch(/^ {2}9 - \[embed-consent-block\] +Twitter$/mu);
    expect(listing).toMatch(/^ 87 - \[video-block\] +3:39$/mu);
  });

  it('draws seed 000 with its gold annotations (golden)', () => {
    const { text, result } = goldResult(SEED_000);
    expectGolden('seed-000.txt', renderTerminalDocument(toReviewDocument(text, result), layout));
  });

  it('keeps every line within the width when words allow it', () => {
    const { text, result } = goldResult(SEED_004);
    const narrow = renderTerminalDocument(toReviewDocument(text, result), { width: 60, style: plainStyle });
    const listingLines = narrow.slice(0, narrow.indexOf('\nremoved by rule')).split('\n');
    const tooLong = listingLines.filter((line) => !line.startsWith('══') && line.length > 60);
    expect(tooLong).toEqual([]);
  });
});
