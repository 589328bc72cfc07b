import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { dropFurnitureLines } from '../../src/classifier/furniture-lines.js';

describe('dropFurnitureLines', () => {
  it('removes kept furniture with its shape\'s reason and leaves story lines and earlier labels alone', () => {
    const kept: LineJudgement = { probability: 0.3, initial: 'good', boilerplate: false, revision: null };
    const removed: LineJudgement = { ...kept, probability: 0.9, boilerplate: true };
    const texts = [
      '11/19/2019 by Lars Brandle',
      'Share on FacebookShare on TwitterShare on LinkedinShare via Email Share via Shortlink',
      'November 20, 2019 / 1:07 AM / CBS News',
      'WeWork employees have waited weeks to hear notice of the layoffs.',
    ];
    const judged = dropFurnitureLines([kept, kept, removed, kept], texts);
    expect(judged[0]).toEqual({ ...kept, boilerplate: true, revision: 'removed: a byline with its date' });
    expect(judged[1]).toEqual({ ...kept, boilerplate: true, revision: 'removed: links glued into one line (a menu)' });
    expect(judged[2]).toBe(removed);
    expect(judged[3]).toBe(kept);
  });
});
