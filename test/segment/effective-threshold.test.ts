import { describe, expect, it } from 'vitest';
import { effectiveThreshold } from '../../src/segment/segment-paragraphs.js';
import { shippedSegmenterModel } from '../../src/segment/shipped-model.js';

describe('effectiveThreshold', () => {
  const model = { ...shippedSegmenterModel(), sentenceText: { ...shippedSegmenterModel().sentenceText, threshold: 0.3 } };

  it('is the caller’s threshold for paragraphs, whose decision is folded into the bias', () => {
    expect(effectiveThreshold(model, { unit: 'paragraph', threshold: 0.5 })).toBe(0.5);
    expect(effectiveThreshold(model, { unit: 'paragraph', threshold: 0.8 })).toBe(0.8);
  });

  it('shifts by the sentence decision for sentences: explanations quote the threshold that decided', () => {
    expect(effectiveThreshold(model, { unit: 'sentence', threshold: 0.5 })).toBe(0.3);
    // Log-odds add: 0.3 then 0.7 cancel out.
    expect(effectiveThreshold(model, { unit: 'sentence', threshold: 0.7 })).toBe(0.5);
  });
});
