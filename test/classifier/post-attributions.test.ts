import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { keepPostAttributions } from '../../src/classifier/post-attributions.js';

const junk: LineJudgement = { probability: 0.8, initial: 'bad', boilerplate: true, revision: null };
const story: LineJudgement = { probability: 0.1, initial: 'good', boilerplate: false, revision: null };
const post = 'I can’t thank this man enough. He’s taught me so much and I’m so grateful for everything he’s done for me.';

describe('keepPostAttributions', () => {
  const cases = [
    // aeb container 92101975…, page 3f65af7b….
    { line: '— Dele (@dele_official) November 19, 2019', postKept: true, kept: true },
    { line: '— Governor Kristi Noem (@govkristinoem) November 18, 2019', postKept: true, kept: true },
    { line: '— Dele (@dele_official) November 19, 2019', postKept: false, kept: false },
    { line: 'Follow us on Twitter (@Spacedotcom) for more', postKept: true, kept: false },
  ];
  it.each(cases)('$line after a post kept: $postKept → kept: $kept', ({ line, postKept, kept }) => {
    const judged = keepPostAttributions([postKept ? story : junk, junk], [post, line]);
    expect(!judged[1]!.boilerplate).toBe(kept);
  });
});
