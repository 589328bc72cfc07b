import type { SpanRule } from './types.js';

/**
 * A link's screen-reader note, flattened into the sentence that holds the link: Reuters' ", opens new
 * tab" after every outbound link ("…said Priyanka Sachdeva, senior market analyst at Phillip Nova,
 * opens new tab."), WordPress' "(opens in a new window)". It is the page's markup speaking, not the
 * story; the sentence around it stays whole. The clean stage cuts every note of a sentence, one match
 * at a time. Without brackets only the note's own wording counts
 * ("opens new tab", no article): "a browser that opens a new tab" is a sentence's.
 */
const ANNOTATION = /\s?\((?:opens|open) (?:in )?(?:a )?new (?:tab|window)\)|,? opens new (?:tab|window)\b/iu;

export const rule: SpanRule = {
  kind: 'span',
  id: 'link-annotation',
  category: 'markup',
  description: 'A link\'s screen-reader note inside a sentence: ", opens new tab" (Reuters), "(opens in a new window)".',
  englishOnly: true,
  match(text) {
    const found = ANNOTATION.exec(text);
    return found === null ? null : { start: found.index, end: found.index + found[0].length, reason: 'a link\'s "opens new tab" note' };
  },
  examples: {
    source: "Reuters' story pages and WordPress links, as they print them (made-up sentences)",
    cases: [
      {
        input: '"Geopolitical risk is back in focus," said Priyanka Sachdeva, senior market analyst at Phillip Nova, opens new tab.',
        remains: '"Geopolitical risk is back in focus," said Priyanka Sachdeva, senior market analyst at Phillip Nova.',
      },
      { input: 'Our Standards: The Thomson Reuters Trust Principles., opens new tab', remains: 'Our Standards: The Thomson Reuters Trust Principles.' },
      { input: 'Read the full report (opens in a new window) on the agency’s website.', remains: 'Read the full report on the agency’s website.' },
      { input: 'The Federal Reserve, opens new tab said on Tuesday it would keep rates on hold.', remains: 'The Federal Reserve said on Tuesday it would keep rates on hold.' },
      // Every link of the sentence carries its note, and each goes (probe r24, a made-up page in the shape of Reuters).
      {
        input: 'TOKYO/WASHINGTON, May 2 (Reuters) - Nippon Steel (5401.T), opens new tab has pushed back the expected closing of its $14.9 billion acquisition of United States Steel (X.N), opens new tab to the end of June.',
        remains: 'TOKYO/WASHINGTON, May 2 (Reuters) - Nippon Steel (5401.T) has pushed back the expected closing of its $14.9 billion acquisition of United States Steel (X.N) to the end of June.',
      },
    ],
    keep: [
      'The store opens new branches in Leeds and York next month.',
      'A browser that opens a new tab for every link annoys users, the survey found.',
    ],
  },
};
