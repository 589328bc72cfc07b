import { describe, expect, it } from 'vitest';
import type { LineJudgement } from '../../src/classifier/classify.js';
import { keepWireLeads } from '../../src/classifier/wire-leads.js';

const junk: LineJudgement = { probability: 0.8, initial: 'bad', boilerplate: true, revision: null };

function line(text: string): { text: string; words: number } {
  return { text, words: text.split(' ').length };
}

describe('keepWireLeads', () => {
  const cases = [
    // aeb page 5caf91b8…, under the page's timestamp line.
    { text: 'HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a San Francisco Bay Area commuter train (all times local):', kept: true },
    { text: "TOKYO, Nov 30 (Reuters) - Japan's factory output fell for a second straight month in October", kept: true },
    { text: 'ST. JOSEPH, Mich. (AP) -- A judge on Monday ordered the release of a man held for a decade', kept: true },
    // A bare dateline line, and labels that look like one (aeb pages 624fcd90…, 57d46c9d…).
    { text: 'WASHINGTON (AP) —', kept: false },
    { text: 'READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing', kept: false },
    { text: 'FILE PHOTO: Traders work on the floor at the New York Stock Exchange (NYSE) in New York, U.S.', kept: false },
    { text: 'BUFFALO, N.Y. — About three years ago, a 17-year-old NHL Draft prospect started working out', kept: false },
  ];
  it.each(cases)('$text → kept: $kept', ({ text, kept }) => {
    const judged = keepWireLeads([junk], [line(text)]);
    expect(!judged[0]!.boilerplate).toBe(kept);
    if (kept) expect(judged[0]!.revision).toContain('wire story');
  });
});
