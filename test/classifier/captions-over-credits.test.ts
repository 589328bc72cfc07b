import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { CAPTION_OVER_CREDIT, dropCaptionsOverCredits, type CaptionLine } from '../../src/classifier/captions-over-credits.js';

const kept: LineJudgement = { probability: 0.6, initial: 'uncertain', boilerplate: false, revision: null };
const removed: LineJudgement = { ...kept, probability: 0.9, initial: 'bad', boilerplate: true };
const line = (overrides: Partial<CaptionLine> = {}): CaptionLine => ({ words: 10, removedBefore: 0, creditAfter: false, ...overrides });

describe('dropCaptionsOverCredits', () => {
  it.each([
    // Gulf News (probe r30): "3 MIN READ" removed by a rule right above, "Image Credit: Supplied" right under.
    ['a rule removed the line above', [kept], [line({ removedBefore: 1, creditAfter: true })], [true]],
    ['the classifier removed the line above', [removed, kept], [line(), line({ creditAfter: true })], [true, true]],
    ['the page opens with it', [kept], [line({ creditAfter: true })], [true]],
  ] as const)('removes a caption over its credit when %s', (_why, judgements, lines, expected) => {
    const judged = dropCaptionsOverCredits(judgements, lines);
    expect(judged.map((j) => j.boilerplate)).toEqual(expected);
    expect(judged.at(-1)!.revision).toBe(CAPTION_OVER_CREDIT);
  });

  it.each([
    // aeb train page 5fbc7ccb: ZDNet's disclosure under a kept line, over "Jason Cipriani/ZDNet" (in the gold).
    ['a kept story line sits right above it', [kept, kept], [line(), line({ creditAfter: true })]],
    ['no credit line follows it', [removed, kept], [line(), line()]],
    ['it runs longer than a caption', [removed, kept], [line(), line({ words: 31, creditAfter: true })]],
    // Golden case removes-widgets-flattened-line-by-line: a story paragraph under a newsletter widget, over the BBC's credit label.
    ['the classifier is sure it is story', [removed, { ...kept, probability: 0.05, initial: 'good' }], [line(), line({ removedBefore: 5, creditAfter: true })]],
  ] as const)('keeps the paragraph when %s', (_why, judgements, lines) => {
    const judged = dropCaptionsOverCredits(judgements, lines);
    expect(judged.at(-1)).toBe(judgements.at(-1));
  });
});
